import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listSources } from '@/db/queries/catalog';
import { listBenchmarksFiltered, listModelsFiltered, listSourcesFiltered } from '@/db/queries/catalog-lists';
import { openSeededTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openSeededTestDatabase(path.resolve('test/fixtures/seeds-min'));
});
afterAll(async () => {
  await handle?.close();
});

const byId = <T extends { id: string }, K extends keyof T>(rows: T[], key: K) => Object.fromEntries(rows.map((r) => [r.id, r[key]]));

// The fixture: demo-base has 1 result and demo-rl 2; toy-math 2 and toy-judge 1; all 3 in demo-paper,
// which also has 3 training curves and the tables "Table 1", "Table 2" and "Training curves".
describe(`each catalog list counts its own rows' results on ${testDriver}`, () => {
  it('models (/api/models)', async () => {
    expect(byId(await listModelsFiltered({ db: handle.db }), 'results')).toEqual({ 'demo-base': 1, 'demo-rl': 2 });
  });

  it('benchmarks (/api/benchmarks)', async () => {
    expect(byId(await listBenchmarksFiltered({ db: handle.db }), 'results')).toEqual({ 'toy-math': 2, 'toy-judge': 1 });
  });

  it('sources, with their tables (/api/sources)', async () => {
    const [source] = await listSourcesFiltered({ db: handle.db });
    expect(source).toMatchObject({ id: 'demo-paper', results: 3 });
    expect(source!.tables.map((t) => t.label)).toEqual(['Table 1', 'Table 2', 'Training curves']);
  });

  it('sources with their curves (the Sources page)', async () => {
    expect(await listSources({ db: handle.db })).toMatchObject([{ id: 'demo-paper', results: 3, series: 3 }]);
  });
});
