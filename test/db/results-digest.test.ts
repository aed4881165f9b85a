import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { getDataSnapshot } from '@/db/queries/data-snapshot';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
}, 60_000);
afterAll(() => handle?.close());

/** The digest as the triggers should have left it, computed afresh from every row. */
async function recomputed(): Promise<{ sum: string; count: string; kept: string; keptCount: string }> {
  const result = (await handle.db.execute(sql`
    select (select coalesce(mod(sum(result_hash(r)), 18446744073709551616), 0)::text from results r) as sum,
      (select count(*)::text from results) as count,
      (select hash_sum::text from results_digest) as kept, (select row_count::text from results_digest) as "keptCount"`)) as unknown as
    | { rows: Record<string, string>[] }
    | Record<string, string>[];
  const row = (Array.isArray(result) ? result : result.rows)[0]!;
  return { sum: row.sum!, count: row.count!, kept: row.kept!, keptCount: row.keptCount! };
}

describe(`the results digest kept by the writing transaction (${testDriver})`, () => {
  it('equals the digest computed afresh after seeding, deleting and changing rows, and returns to the same snapshot id', async () => {
    const bundle = readSeedDirectory(path.resolve('seeds'));
    await writeSeedBundle(handle.db, bundle);
    const first = await recomputed();
    expect(first.kept).toBe(first.sum);
    expect(first.keptCount).toBe(first.count);
    const id = (await getDataSnapshot({ db: handle.db })).id;

    const changed = {
      ...bundle,
      results: bundle.results.filter((_, i) => i % 5 !== 0).map((r, i) => (i % 11 === 0 ? { ...r, note: `${r.note} (changed)` } : r)),
    };
    await writeSeedBundle(handle.db, changed);
    const after = await recomputed();
    expect(after.kept).toBe(after.sum);
    expect(Number(after.keptCount)).toBe(changed.results.length);
    expect((await getDataSnapshot({ db: handle.db })).id).not.toBe(id);

    await writeSeedBundle(handle.db, bundle);
    expect(await recomputed()).toEqual(first);
    expect((await getDataSnapshot({ db: handle.db })).id).toBe(id);
  }, 120_000);
});
