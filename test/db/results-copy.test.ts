import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { copyCsvChunks } from '@/db/queries/results-copy';
import { resultBatches } from '@/db/queries/results-stream';
import { csvChunks } from '@/lib/export-stream';
import type { ResultFilters } from '@/lib/result-filters';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
}, 120_000);
afterAll(() => handle?.close());

async function viaCopy(filters: ResultFilters): Promise<string | null> {
  const chunks = await copyCsvChunks(handle.db, filters, { oneQueryLimit: 0 });
  if (!chunks) return null;
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString('utf8');
}

async function viaRows(filters: ResultFilters): Promise<string> {
  let text = '';
  for await (const c of csvChunks(resultBatches(handle.db, filters, { oneQueryLimit: 0 }))) text += c;
  return text;
}

describe(`the CSV export by COPY (${testDriver})`, () => {
  it.runIf(testDriver === 'pg')('is byte for byte the CSV built from rows, on the real data, whole and filtered', async () => {
    for (const filters of [{}, { family: ['Qwen'] }, { benchmark: ['gsm8k', 'math'] }, { q: 'mimo rl' }, { source: ['mimo-7b'] }] as ResultFilters[]) {
      const rows = await viaRows(filters);
      expect(rows.split('\n').length, JSON.stringify(filters)).toBeGreaterThan(2);
      expect(await viaCopy(filters), JSON.stringify(filters)).toBe(rows);
    }
  }, 120_000);

  it.runIf(testDriver === 'pg')('covers what it compares: intervals, quoted fields and flags', async () => {
    const text = (await viaCopy({}))!;
    expect(text).toContain(',wilson-95\n');
    expect(text).toMatch(/,"[^"\n]*,[^"\n]*",/);
    expect(text).toMatch(/,[a-z-]+;[a-z-]+,/);
  });

  it('does not apply on PGlite or to a small store, which keep the row path', async () => {
    if (testDriver === 'pglite') expect(await viaCopy({})).toBeNull();
    expect(await copyCsvChunks(handle.db, {})).toBeNull();
  });
});
