import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { readDatabaseEnv, type DatabaseEnv } from './env';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'pg';
  /** Applies the committed drizzle-kit migrations; safe to call repeatedly. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** PGlite in a local folder by default (`memory://` for a throwaway one); `pg` when DATABASE_URL is set. */
export function openDatabase(env: DatabaseEnv = readDatabaseEnv()): DatabaseHandle {
  if (env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
    const db = drizzleNodePg(pool, { schema });
    return {
      db: db as unknown as Database,
      driver: 'pg',
      migrate: () => migrateNodePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const dataDir = env.PGLITE_DATA_DIR;
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

const globalForDb = globalThis as unknown as { benchboardDb?: DatabaseHandle };

/** The one shared handle of this process (kept on globalThis so dev reloads reuse it). */
export function getDatabase(): DatabaseHandle {
  globalForDb.benchboardDb ??= openDatabase();
  return globalForDb.benchboardDb;
}

/** The shared handle if something in this process has opened it, without opening one. */
export function openedDatabase(): DatabaseHandle | undefined {
  return globalForDb.benchboardDb;
}

export function getDb(): Database {
  return getDatabase().db;
}
