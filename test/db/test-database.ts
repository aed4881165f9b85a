import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { getLeaderboardData } from '@/db/queries/leaderboard';
import type { LeaderboardData } from '@/lib/leaderboard/types';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or, when TEST_DATABASE_URL
 * names a throwaway PostgreSQL database, that database with its schema dropped and recreated.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  const handle = url
    ? openDatabase({ DATABASE_URL: url, PGLITE_DATA_DIR: 'unused' })
    : openDatabase({ PGLITE_DATA_DIR: 'memory://' });
  if (url) {
    await handle.db.execute(sql`drop schema if exists public cascade`);
    await handle.db.execute(sql`drop schema if exists drizzle cascade`);
    await handle.db.execute(sql`create schema public`);
  }
  await handle.migrate();
  return handle;
}

export const testDriver = process.env.TEST_DATABASE_URL ? 'pg' : 'pglite';

/** A fresh test database holding the seed directory `dir` (the real seeds unless a fixture is named). */
export async function openSeededTestDatabase(dir = path.resolve('seeds')): Promise<DatabaseHandle> {
  const handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(dir));
  return handle;
}

/** A test database loaded with the real seeds, and the leaderboard's whole dataset read from it. */
export async function openSeededLeaderboard(): Promise<{ handle: DatabaseHandle; data: LeaderboardData }> {
  const handle = await openSeededTestDatabase();
  return { handle, data: await getLeaderboardData({ db: handle.db }) };
}
