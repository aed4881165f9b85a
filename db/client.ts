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
import { claimDataFolder, currentOwner, DataFolderInUseError } from './ownership/claim-folder';
import { describeOwner } from './ownership/owner-record';
import { bridgePort, serveOverSocket } from './ownership/socket-bridge';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'pg';
  /** Who answers: this process's own PGlite, a PostgreSQL server, or the app server that owns the folder. */
  via: string;
  /** Applies the committed drizzle-kit migrations; safe to call repeatedly. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /**
   * For the app server: own the folder and let the project's tools in over a local socket.
   * Without it a process that finds the folder served reaches it through that socket.
   */
  serve?: boolean;
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

function openPostgres(connection: pg.PoolConfig, via: string): DatabaseHandle {
  const pool = new pg.Pool({ max: 10, ...connection });
  const db = drizzleNodePg(pool, { schema });
  return {
    db: db as unknown as Database,
    driver: 'pg',
    via,
    migrate: () => migrateNodePg(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}

/** PGlite in this process; a folder is claimed first, so no other process opens it meanwhile. */
function openOwnPglite(dataDir: string, serve: boolean): DatabaseHandle {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const claim = inMemory ? undefined : claimDataFolder(dataDir);
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema });
  const bridge = claim && serve ? serveOverSocket(client, dataDir).then((b) => (claim.announceSocket(b.socketDir), b)) : undefined;
  // A failure to listen leaves the app working; the tools then say the folder is in use.
  bridge?.catch((error: unknown) => console.error(`database socket: ${error instanceof Error ? error.message : error}`));
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    via: inMemory ? 'PGlite in memory' : `PGlite in ${dataDir}`,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      try {
        await (await bridge?.catch(() => undefined))?.close();
        await client.close();
      } finally {
        claim?.release();
      }
    },
  };
}

/**
 * PostgreSQL through `pg` when DATABASE_URL is set. Otherwise the embedded PGlite folder: opened
 * here when no one holds it, reached through the app server's socket when the app owns it, and
 * refused (DataFolderInUseError) when another command holds it.
 */
export function openDatabase(env: DatabaseEnv = readDatabaseEnv(), options: OpenOptions = {}): DatabaseHandle {
  // JIT compiling a leaderboard query took ~200 ms at 1M results, more than running it; our queries are short.
  if (env.DATABASE_URL) return openPostgres({ connectionString: env.DATABASE_URL, options: '-c jit=off' }, 'PostgreSQL');
  const dataDir = env.PGLITE_DATA_DIR;
  const owner = dataDir.startsWith('memory://') ? undefined : currentOwner(dataDir);
  if (owner && owner.pid !== process.pid) {
    if (owner.socketDir && !options.serve) {
      return openPostgres(
        { host: owner.socketDir, port: bridgePort, user: 'postgres', database: 'postgres', max: 2 },
        `the app server that owns ${dataDir} (${describeOwner(owner)})`,
      );
    }
    throw new DataFolderInUseError(dataDir, owner);
  }
  return openOwnPglite(dataDir, options.serve ?? false);
}

const globalForDb = globalThis as unknown as { benchboardDb?: DatabaseHandle };

/**
 * The one shared handle of the app (kept on globalThis so dev reloads reuse it); it owns and serves the
 * folder. With DATABASE_READ_URL the app, which never writes, reads from that replica.
 */
export function getDatabase(): DatabaseHandle {
  const env = readDatabaseEnv();
  globalForDb.benchboardDb ??= env.DATABASE_READ_URL
    ? openPostgres({ connectionString: env.DATABASE_READ_URL, options: '-c jit=off' }, 'PostgreSQL read replica')
    : openDatabase(env, { serve: true });
  return globalForDb.benchboardDb;
}

/** The shared handle if something in this process has opened it, without opening one. */
export function openedDatabase(): DatabaseHandle | undefined {
  return globalForDb.benchboardDb;
}

export function getDb(): Database {
  return getDatabase().db;
}
