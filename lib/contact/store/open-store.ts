import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { contactConfig, type ContactConfig } from '../core/config';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { EnquiryStore } from './store';

/**
 * `mustExist`: for the operator's scripts, which only read or send what the server stored. A
 * mistyped CONTACT_DB would otherwise create a new, empty file there and report "nothing waiting".
 */
export function openStore(
  config: ContactConfig = contactConfig(),
  { mustExist = false }: { mustExist?: boolean } = {},
): EnquiryStore {
  if (config.databaseUrl) return openPostgresStore(config.databaseUrl);
  if (mustExist && config.dbPath !== ':memory:' && !existsSync(config.dbPath)) {
    throw new Error(
      `No enquiries database at ${resolve(config.dbPath)}. The server creates it at its first ` +
        `enquiry, at CONTACT_DB (default data/contact.db, from the folder it runs in). Set ` +
        `CONTACT_DB (or DATABASE_URL) here to what the server uses.`,
    );
  }
  return openSqliteStore(config.dbPath);
}

let shared: EnquiryStore | undefined;

/**
 * One store per server process, opened on its first use (so builds never touch it). A store that
 * cannot open (a read-only folder, a bad path) fails that call, inside the caller's error
 * handling, as a failed save would; the next enquiry tries again, so fixing it needs no restart.
 */
export function sharedStore(config: ContactConfig = contactConfig()): EnquiryStore {
  shared ??= lazyStore(config.databaseUrl ? 'postgres' : 'sqlite', () => openStore(config));
  return shared;
}

export function lazyStore(kind: EnquiryStore['kind'], open: () => EnquiryStore): EnquiryStore {
  let store: EnquiryStore | undefined;
  // Async, so a failure to open is a rejected promise like any other store error.
  const opened = async () => (store ??= open());
  return {
    kind,
    save: async (entry) => (await opened()).save(entry),
    get: async (id) => (await opened()).get(id),
    saveUnlessSame: async (entry, since) => (await opened()).saveUnlessSame(entry, since),
    list: async (options) => (await opened()).list(options),
    pending: async (limit) => (await opened()).pending(limit),
    claimPending: async (options) => (await opened()).claimPending(options),
    markSent: async (id) => (await opened()).markSent(id),
    markFailed: async (id, error, at) => (await opened()).markFailed(id, error, at),
    deleteOlderThan: async (before) => (await opened()).deleteOlderThan(before),
    findByEmail: async (email) => (await opened()).findByEmail(email),
    forgetEmail: async (email) => (await opened()).forgetEmail(email),
    count: async () => (await opened()).count(),
    close: async () => {
      const open = store;
      store = undefined;
      await open?.close();
    },
  };
}
