import { contactConfig, type ContactConfig } from './config';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { EnquiryStore } from './store';

export function openStore(config: ContactConfig = contactConfig()): EnquiryStore {
  return config.databaseUrl
    ? openPostgresStore(config.databaseUrl)
    : openSqliteStore(config.dbPath);
}

let shared: EnquiryStore | undefined;

/** One store per server process, opened on the first enquiry (so builds never touch it). */
export function sharedStore(): EnquiryStore {
  shared ??= openStore();
  return shared;
}
