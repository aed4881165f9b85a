import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaderboardPageFromDataset } from '@/app/leaderboard/page-from-dataset';
import type { DatabaseHandle } from '@/db/client';
import { listModelsFiltered } from '@/db/queries/catalog-lists';
import { listPickableModels, searchPickableModels } from '@/db/queries/compare-models';
import { listResults } from '@/db/queries/results';
import { searchSite } from '@/db/queries/site-search';
import { averageTier } from '@/lib/leaderboard/build-rows';
import { searchModels } from '@/lib/name-search';
import type { LeaderboardData } from '@/lib/leaderboard/types';
import { emptyView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { openSeededLeaderboard, testDriver } from './test-database';

let handle: DatabaseHandle;
let data: LeaderboardData;

beforeAll(async () => {
  ({ handle, data } = await openSeededLeaderboard());
});
afterAll(() => handle?.close());

const view = (patch: Partial<LeaderboardView>): LeaderboardView => ({ ...emptyView, rows: 200, ...patch });

describe(`token search on ${testDriver}`, () => {
  it('the API filters (q of /api/models and /api/results) use the same words rule', async () => {
    const models = (await listModelsFiltered({ filters: { q: 'mimo rl' }, db: handle.db })).map((m) => m.id);
    expect(models).toContain('mimo-7b-rl');
    expect([...models].sort()).toEqual(searchModels(data.models, 'mimo rl').map((m) => m.id).sort());
    const results = await listResults({ filters: { q: 'MiMo-7B-RL AIME 2024' }, db: handle.db });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.benchmarkName.includes('AIME 2024') || r.benchmarkAsPrinted.replace(/\s/g, '').toLowerCase().includes('aime')) ).toBe(true);
    expect(results.some((r) => r.modelId === 'mimo-7b-rl' && r.benchmarkId === 'aime-2024')).toBe(true);
    // a word that is nowhere finds nothing, and punctuation alone filters nothing out
    expect(await listResults({ filters: { q: 'mimo zzqx' }, db: handle.db })).toEqual([]);
    expect((await listModelsFiltered({ filters: { q: ' - ' }, db: handle.db })).length).toBe(data.models.length);
  });

  it("the compare picker's server search (models.search_text) finds what the browser's search finds", async () => {
    const all = await listPickableModels({ db: handle.db });
    for (const q of ['mimo rl', 'QWEN 7B', 'qwen2.5-math', 'llama 3', 'r1 distill', 'minicpm', '7b', 'zzz nothing', '---']) {
      const found = (await searchPickableModels({ q, limit: 1000, db: handle.db })).map((m) => m.id);
      expect(found, q).toEqual(searchModels(all, q).map((m) => m.id));
    }
    expect((await searchPickableModels({ q: 'qwen', limit: 1000, db: handle.db })).length).toBeGreaterThan(10);
  });

  it('the leaderboard finds "mimo rl" and "qwen 7b" regardless of case and dashes', () => {
    const mimo = leaderboardPageFromDataset(data, view({ q: 'mimo rl' })).table.rows.map((r) => r.model.id);
    expect(mimo).toContain('mimo-7b-rl');
    expect(mimo.every((id) => id.includes('mimo') && id.includes('rl'))).toBe(true);
    const qwen = leaderboardPageFromDataset(data, view({ q: 'qwen 7b' })).table.rows.map((r) => r.model);
    expect(qwen.length).toBeGreaterThan(0);
    expect(qwen.every((m) => /qwen/i.test(m.family + m.name) && [m.id, m.name, ...m.aliases].some((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '').includes('7b')))).toBe(true);
  });

  it('the site search finds a model by tokens and splits a query between a model and a benchmark', async () => {
    const hits = await searchSite({ q: 'mimo rl', db: handle.db });
    expect(hits.models.map((m) => m.id)).toContain('mimo-7b-rl');
    const split = await searchSite({ q: 'MiMo-7B-RL AIME 2024', db: handle.db });
    expect(split.results.length).toBeGreaterThan(0);
    expect(split.results.some((r) => r.modelId === 'mimo-7b-rl' && r.benchmarkId === 'aime-2024')).toBe(true);
    expect(split.results.every((r) => r.modelId.startsWith('mimo-7b-rl') && r.benchmarkId === 'aime-2024')).toBe(true);
    expect((await searchSite({ q: ' - ', db: handle.db })).models).toEqual([]);
  });
});

describe(`averages over different subsets on ${testDriver}`, () => {
  const benchmarks = ['aime-2024', 'math-500', 'gpqa-diamond', 'livecodebench-v5'];
  it('ranks complete averages first, then partial ones, then none, in both directions', () => {
    for (const desc of [true, false]) {
      const rows = leaderboardPageFromDataset(data, view({ benchmarks, sort: [{ id: 'average', desc }] })).table.rows;
      const tiers = rows.map((r) => averageTier(r.average));
      expect(tiers).toEqual([...tiers].sort());
      expect(tiers).toContain(0);
      expect(tiers).toContain(1);
      const complete = rows.filter((r) => averageTier(r.average) === 0).map((r) => r.average.value!);
      expect(complete).toEqual([...complete].sort((a, b) => (desc ? b - a : a - b)));
      const partial = rows.filter((r) => averageTier(r.average) === 1).map((r) => r.average.partial!);
      expect(partial).toEqual([...partial].sort((a, b) => (desc ? b - a : a - b)));
    }
  });

  it('complete=1 keeps only the rows with a complete average, over the same columns', () => {
    const all = leaderboardPageFromDataset(data, view({ benchmarks }));
    const complete = leaderboardPageFromDataset(data, view({ benchmarks, complete: true }));
    expect(complete.rowCount).toBeGreaterThan(0);
    expect(complete.rowCount).toBe(all.table.rows.filter((r) => r.average.value !== null).length);
    expect(complete.table.rows.every((r) => r.average.value !== null && r.average.count === r.average.of)).toBe(true);
    expect(complete.table.columns.map((c) => c.benchmark.id)).toEqual(all.table.columns.map((c) => c.benchmark.id));
  });
});
