import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listResults } from '@/db/queries/results';
import { resultBatches } from '@/db/queries/results-stream';
import type { ResultFilters } from '@/lib/result-filters';
import type { ResultView } from '@/lib/result-view';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
}, 120_000);
afterAll(() => handle?.close());

async function streamed(filters: ResultFilters): Promise<{ rows: ResultView[]; batches: number }> {
  const rows: ResultView[] = [];
  let batches = 0;
  for await (const batch of resultBatches(handle.db, filters, { oneQueryLimit: 0 })) {
    rows.push(...batch);
    batches += 1;
  }
  return { rows, batches };
}

describe(`exports streamed in batches (${testDriver === 'pg' ? 'server-side cursors' : 'keyset pages'})`, () => {
  it('give every result, in printed order, exactly as the whole read gives them', async () => {
    const whole = await listResults({ db: handle.db });
    const { rows, batches } = await streamed({});
    expect(rows.length).toBe(whole.length);
    expect(rows).toEqual(whole);
    expect(batches).toBeGreaterThan(1);
  });

  it('read a small store in one query, with the same rows', async () => {
    const rows: ResultView[] = [];
    for await (const batch of resultBatches(handle.db, { family: ['Qwen'] })) rows.push(...batch);
    expect(rows).toEqual(await listResults({ db: handle.db, filters: { family: ['Qwen'] } }));
  });

  it('apply the export filters the same way', async () => {
    for (const filters of [{ source: ['mimo-7b', 'minicpm'] }, { benchmark: ['gsm8k'], family: ['Qwen'] }, { q: 'mimo' }, { model: ['nothing-such'] }] as ResultFilters[]) {
      expect((await streamed(filters)).rows).toEqual(await listResults({ db: handle.db, filters }));
    }
  });

  it('let go of the connection when the reader stops early', async () => {
    for (let i = 0; i < 12; i += 1) {
      for await (const batch of resultBatches(handle.db, {}, { oneQueryLimit: 0 })) {
        expect(batch.length).toBeGreaterThan(0);
        break;
      }
    }
    // With a connection kept per abandoned reader the pool (10) would be exhausted and this would hang.
    expect((await streamed({ source: ['mimo-7b'] })).rows.length).toBeGreaterThan(0);
  });
});
