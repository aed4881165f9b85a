import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listResults } from '@/db/queries/results';
import { resultBatches } from '@/db/queries/results-stream';
import type { ResultFilters } from '@/lib/result-filters';
import { viewBatches, type ExportBatch } from '@/lib/export-rows';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
}, 120_000);
afterAll(() => handle?.close());

/** Each row with its table's leading columns, as the export writes it. */
const flat = (batches: Iterable<ExportBatch>) => [...batches].flatMap(({ table, rows }) => rows.map((row) => [...Object.values(table), ...row]));
const whole = async (filters: ResultFilters = {}) => flat(viewBatches(await listResults({ db: handle.db, filters })));

async function streamed(filters: ResultFilters, oneQueryLimit = 0): Promise<{ rows: unknown[][]; batches: number }> {
  const all: ExportBatch[] = [];
  for await (const batch of resultBatches(handle.db, filters, { oneQueryLimit })) all.push(batch);
  return { rows: flat(all), batches: all.length };
}

describe(`exports streamed in batches (${testDriver === 'pg' ? 'COPY per table' : 'keyset pages'})`, () => {
  it('give every result, in printed order, exactly as the whole read gives them', async () => {
    const expected = await whole();
    const { rows, batches } = await streamed({});
    expect(rows.length).toBe(expected.length);
    expect(rows).toEqual(expected);
    expect(batches).toBeGreaterThan(1);
  });

  it('read a small store in one query, with the same rows', async () => {
    expect((await streamed({ family: ['Qwen'] }, 10_000)).rows).toEqual(await whole({ family: ['Qwen'] }));
  });

  it('apply the export filters the same way', async () => {
    for (const filters of [{ source: ['mimo-7b', 'minicpm'] }, { benchmark: ['gsm8k'], family: ['Qwen'] }, { q: 'mimo' }, { model: ['nothing-such'] }] as ResultFilters[]) {
      expect((await streamed(filters)).rows).toEqual(await whole(filters));
    }
  });

  it('let go of the connection when the reader stops early', async () => {
    for (let i = 0; i < 12; i += 1) {
      for await (const batch of resultBatches(handle.db, {}, { oneQueryLimit: 0 })) {
        expect(batch.rows.length).toBeGreaterThan(0);
        break;
      }
    }
    // With a connection kept per abandoned reader the pool (10) would be exhausted and this would hang.
    expect((await streamed({ source: ['mimo-7b'] })).rows.length).toBeGreaterThan(0);
  });
});
