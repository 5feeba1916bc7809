import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '@/lib/contact/store/postgres-store';
import { openSqliteStore } from '@/lib/contact/store/sqlite-store';
import type { EnquiryStore } from '@/lib/contact/store/store';

export type StoreFactory = {
  name: 'sqlite' | 'postgres';
  open: () => Promise<EnquiryStore>;
  /** A second connection to the database `open` made last, as another server would have. */
  openAgain: () => Promise<EnquiryStore>;
  cleanup: () => Promise<void>;
  /** The environment that points the operator's commands at the database `open` made last. */
  commandEnv: () => Record<string, string>;
};

/** A real SQLite file in a fresh temporary folder. */
export function sqliteFactory(): StoreFactory & { lastPath: () => string } {
  const dirs: string[] = [];
  const path = (dir: string) => join(dir, 'nested', 'contact.db');
  return {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'enquiries-'));
      dirs.push(dir);
      return openSqliteStore(path(dir));
    },
    lastPath: () => path(dirs[dirs.length - 1] ?? ''),
    commandEnv: () => ({ CONTACT_DB: path(dirs[dirs.length - 1] ?? ''), DATABASE_URL: '' }),
    async openAgain() {
      return openSqliteStore(path(dirs[dirs.length - 1] ?? ''));
    },
    async cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database on the PostgreSQL server at TEST_DATABASE_URL (.ci/run starts one). Without
 * that variable the PostgreSQL suite is skipped and says so.
 */
export function postgresFactory(adminUrl: string): StoreFactory {
  const databases: string[] = [];
  const urlOf = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const admin = () => new pg.Client({ connectionString: adminUrl });
  return {
    name: 'postgres',
    async open() {
      const name = `snynet_test_${process.pid}_${databases.length}_${Date.now()}`;
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      databases.push(name);
      return openPostgresStore(urlOf(name));
    },
    async openAgain() {
      return openPostgresStore(urlOf(databases[databases.length - 1] ?? ''));
    },
    commandEnv: () => ({ DATABASE_URL: urlOf(databases[databases.length - 1] ?? '') }),
    async cleanup() {
      const client = admin();
      await client.connect();
      for (const name of databases.splice(0))
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh, empty database on the PostgreSQL server at `adminUrl`, for a server to use. */
export async function freshDatabase(adminUrl: string) {
  const name = `snynet_faults_${process.pid}_${Date.now()}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    url: url.toString(),
    /** Ids of the enquiries in its table. */
    async ids(): Promise<Set<string>> {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const result = await client.query('SELECT id FROM enquiries');
      await client.end();
      return new Set(result.rows.map((row: { id: string }) => row.id));
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** An enquiry stored and waiting for its email, as the form would leave it; returns its id. */
export async function waitingEnquiry(
  store: EnquiryStore,
  createdAt = new Date().toISOString(),
): Promise<string> {
  const id = randomUUID();
  await store.save({
    id,
    createdAt,
    spamReason: null,
    enquiry: {
      name: 'Aina',
      email: 'aina@example.my',
      phone: '',
      company: '',
      message: 'Please quote a firewall for our office.',
    },
  });
  return id;
}
