import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaderboardPageFromDataset } from '@/app/leaderboard/page-from-dataset';
import type { DatabaseHandle } from '@/db/client';
import { getLeaderboardData } from '@/db/queries/leaderboard';
import { listShownRunValues } from '@/db/queries/leaderboard-runs';
import { rowsOf } from '@/db/queries/leaderboard-sql';
import { queryLeaderboardView, type LeaderboardWindow } from '@/db/queries/leaderboard-view';
import { shownRunValues } from '@/lib/leaderboard/run-cells';
import type { LeaderboardTable } from '@/lib/leaderboard/build-rows';
import type { LeaderboardBenchmark, LeaderboardData } from '@/lib/leaderboard/types';
import { emptyView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { stages } from '@/lib/vocabulary';
import { importRunFile } from '@/seeds/program/import-run';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

/**
 * The leaderboard built by SQL (the server's path at any size) must equal the one the browser builds
 * from the whole dataset (lib/leaderboard/build-rows + TanStack sorting, as app/leaderboard/page-from-dataset
 * runs it) on the real data: same columns and references, rows, order, cells, averages and counts.
 */
let handle: DatabaseHandle;
let data: LeaderboardData;
let benchmarks: Map<string, LeaderboardBenchmark>;

beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
  data = await getLeaderboardData({ db: handle.db });
  benchmarks = new Map(data.benchmarks.map((b) => [b.id, b]));
}, 120_000);
afterAll(() => handle?.close());

/** The kept counts of cells by benchmark, metric and setting, overall and per source (migrations 0014, 0016), equal a count made now. */
async function expectSettingCountsKept() {
  const kept = await rowsOf(handle.db, sql`SELECT benchmark_id, metric, setting, cells FROM leaderboard_setting_counts ORDER BY 1, 2, 3`);
  const counted = await rowsOf(handle.db, sql`SELECT benchmark_id, metric, setting, count(*)::int AS cells FROM leaderboard_cells GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
  expect(kept.length).toBeGreaterThan(100);
  expect(kept).toEqual(counted);
  const keptBySource = await rowsOf(handle.db, sql`SELECT source_id, benchmark_id, metric, setting, cells FROM leaderboard_source_setting_counts ORDER BY 1, 2, 3, 4`);
  const countedBySource = await rowsOf(
    handle.db,
    sql`SELECT source_id, benchmark_id, metric, setting, count(*)::int AS cells FROM leaderboard_source_cells GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
  expect(keptBySource.length).toBeGreaterThan(100);
  expect(keptBySource).toEqual(countedBySource);
}

const v = (patch: Partial<LeaderboardView>): LeaderboardView => ({ ...emptyView, ...patch });

/** What both builds must agree on; `order` (a value's position in the browser's copy) exists only there. */
function comparable(w: { table: LeaderboardTable; rowCount: number; page: number }) {
  return {
    rowCount: w.rowCount,
    page: w.page,
    columns: w.table.columns,
    averagedColumns: w.table.averagedColumns,
    rows: w.table.rows.map((r) => ({
      ...r,
      cells: Object.fromEntries(Object.entries(r.cells).map(([id, c]) => [id, { ...c, value: { ...c.value, order: 0 } }])),
    })),
  };
}

function matrix(): [string, LeaderboardView][] {
  const defaultColumns = leaderboardPageFromDataset(data, v({})).table.columns.map((c) => c.benchmark.id);
  const lowerIsBetter = data.benchmarks.filter((b) => !b.higherIsBetter).map((b) => b.id);
  const views: [string, LeaderboardView][] = [['default', v({})]];
  for (const id of ['model', 'family', 'params', 'stage', 'average', ...defaultColumns]) {
    for (const desc of [true, false]) views.push([`sort ${id} ${desc ? 'desc' : 'asc'}`, v({ sort: [{ id, desc }], rows: 200 })]);
  }
  const sources = [...new Set(data.values.map((x) => x.sourceId))];
  views.push(
    ['lower-is-better columns', v({ benchmarks: lowerIsBetter.slice(0, 5), sort: [{ id: lowerIsBetter[0]!, desc: true }], rows: 200 })],
    ['every benchmark, comparable', v({ benchmarks: data.benchmarks.map((b) => b.id), comparable: true, rows: 200 })],
    // more averaged columns than a PostgreSQL function takes arguments (100)
    ['every benchmark, sort average', v({ benchmarks: data.benchmarks.map((b) => b.id), sort: [{ id: 'average', desc: true }], rows: 200 })],
    ['comparable, sort average', v({ comparable: true, sort: [{ id: 'average', desc: true }], rows: 200 })],
    ['complete rows only', v({ complete: true, sort: [{ id: 'average', desc: true }], rows: 100 })],
    ['complete rows of two columns', v({ complete: true, benchmarks: ['gsm8k', 'math'], sort: [{ id: 'average', desc: false }], rows: 100 })],
    ['average tiers, two columns', v({ benchmarks: ['gsm8k', 'math', 'humaneval'], sort: [{ id: 'average', desc: true }], rows: 200 })],
    ['complete, comparable, math', v({ complete: true, comparable: true, categories: ['math'], rows: 100 })],
    // Comparable over every source reads model rows for models with no cell off its reference: filtered, sorted and paged too.
    ['comparable, family Qwen, sort a column', v({ comparable: true, families: ['Qwen'], sort: [{ id: defaultColumns[0]!, desc: true }], rows: 100 })],
    ['comparable, search qwen 7b', v({ comparable: true, q: 'qwen 7b', sort: [{ id: 'average', desc: false }] })],
    ['comparable, base models, page 2', v({ comparable: true, stages: ['base'], page: 2 })],
    ['comparable, sort each default column', v({ comparable: true, sort: defaultColumns.map((id, i) => ({ id, desc: i % 2 === 0 })), rows: 200 })],
    ['family Qwen', v({ families: ['Qwen'], rows: 100 })],
    // A model filter counts the most covered benchmarks first, then those whose overall coverage reaches the last column's.
    ['family Qwen, category math', v({ families: ['Qwen'], categories: ['math'], rows: 100 })],
    ['search llama, category code, reasoning', v({ q: 'llama', categories: ['code', 'reasoning'], rows: 100 })],
    ['stage base, three named benchmarks', v({ stages: ['base'], benchmarks: ['gsm8k', 'math', 'mmlu'], sort: [{ id: 'mmlu', desc: true }] })],
    ['search minicpm', v({ q: 'minicpm', sort: [{ id: 'average', desc: true }], rows: 100 })],
    ['stages rl, sft', v({ stages: ['rl', 'sft'], sort: [{ id: 'params', desc: false }] })],
    ['modality', v({ modalities: ['vision-language'], rows: 100 })],
    ['size 1-10', v({ size: { min: 1, max: 10 }, rows: 100 })],
    ['size 70-', v({ size: { min: 70, max: null } })],
    ['search mimo rl', v({ q: 'mimo rl' })],
    ['search qwen 7b', v({ q: 'qwen 7b', rows: 100 })],
    ['search no match', v({ q: 'zzzz-nothing' })],
    ['category code, reasoning', v({ categories: ['code', 'reasoning'], rows: 100 })],
    ['category aggregate', v({ categories: ['aggregate'] })],
    ['one source', v({ sources: [sources[0]!], rows: 100 })],
    ['two sources, comparable', v({ sources: sources.slice(0, 2), comparable: true, rows: 100, sort: [{ id: 'average', desc: false }] })],
    ['every source, sort model', v({ sources, sort: [{ id: 'model', desc: false }], rows: 200 })],
    ['page 2', v({ page: 2 })],
    ['page 50 (past the end)', v({ page: 50, rows: 20 })],
    ['100 rows', v({ rows: 100 })],
    ['multi-sort family, average', v({ sort: [{ id: 'family', desc: false }, { id: 'average', desc: true }], rows: 200 })],
    ['sort by a hidden column', v({ hide: ['params'], sort: [{ id: 'params', desc: true }] })],
    ['sort by a column not shown', v({ benchmarks: ['gsm8k'], sort: [{ id: 'aime-2024', desc: true }] })],
    ['every source but the first, comparable', v({ sources: sources.slice(1), comparable: true, rows: 200 })],
    // Several sources read one model row per model and source, and rank cells only for models in more than one of them.
    ['every source, sort average', v({ sources, sort: [{ id: 'average', desc: true }], rows: 200 })],
    ['three sources, family Qwen, sort a column', v({ sources: sources.slice(2, 5), families: ['Qwen'], sort: [{ id: defaultColumns[1]!, desc: false }], rows: 100 })],
    ['every source, search qwen, comparable', v({ sources, q: 'qwen', comparable: true, sort: [{ id: 'average', desc: true }], rows: 100 })],
    ['two sources, complete rows, page 2', v({ sources: sources.slice(0, 2), complete: true, page: 2, rows: 20 })],
  );
  // One source reads its own cells (leaderboard_source_cells) without ranking across sources: check each.
  for (const source of sources) views.push([`source ${source} alone`, v({ sources: [source], rows: 200, sort: [{ id: 'average', desc: true }] })]);
  return views;
}

describe(`the leaderboard built in SQL equals the browser's build on the real data (${testDriver})`, () => {
  it('agrees on every view of the matrix', async () => {
    const views = matrix();
    expect(views.length).toBeGreaterThan(40);
    for (const [name, view] of views) {
      const sqlBuilt: LeaderboardWindow = await queryLeaderboardView({ db: handle.db, view, benchmarks });
      const jsBuilt = leaderboardPageFromDataset(data, view);
      expect(comparable(sqlBuilt), name).toEqual(comparable(jsBuilt));
    }
  }, 120_000);

  it('stays equal after writes that drop values, change a source year and a model organization', async () => {
    const bundle = readSeedDirectory(path.resolve('seeds'));
    const dropped = new Set(bundle.results.filter((_, i) => i % 7 === 0).map((r) => r.id));
    const changed = {
      ...bundle,
      results: bundle.results.filter((r) => !dropped.has(r.id)),
      sources: bundle.sources.map((s, i) => (i === 0 ? { ...s, year: s.year + 5 } : s)),
      models: bundle.models.map((m) => (m.family === 'Qwen' ? { ...m, organization: 'Someone else' } : m)),
    };
    try {
      await writeSeedBundle(handle.db, changed);
      const after = await getLeaderboardData({ db: handle.db });
      expect(after.values.length).toBe(data.values.length - dropped.size);
      const sources = [...new Set(after.values.map((x) => x.sourceId))];
      const views = [v({}), v({ families: ['Qwen'], rows: 200 }), v({ comparable: true, rows: 200 }), v({ sort: [{ id: 'average', desc: true }], rows: 200 }),
        v({ sources, rows: 200 }), v({ sources: sources.slice(0, 3), comparable: true, rows: 200 }), v({ sources: [sources[0]!], rows: 200 })];
      for (const view of views) {
        expect(comparable(await queryLeaderboardView({ db: handle.db, view, benchmarks }))).toEqual(comparable(leaderboardPageFromDataset(after, view)));
      }
      await expectSettingCountsKept();
    } finally {
      await writeSeedBundle(handle.db, bundle);
    }
    const restored = await getLeaderboardData({ db: handle.db });
    const view = v({ rows: 200 });
    expect(comparable(await queryLeaderboardView({ db: handle.db, view, benchmarks }))).toEqual(comparable(leaderboardPageFromDataset(restored, view)));
    await expectSettingCountsKept();
  }, 120_000);

  it('sorts the Stage column in lineage order (base, mid-trained base, SFT, RL, …), not by label', async () => {
    const sorted = await queryLeaderboardView({ db: handle.db, view: v({ sort: [{ id: 'stage', desc: false }], rows: 200 }), benchmarks });
    const order = [...new Set(sorted.table.rows.map((r) => r.model.stage))];
    expect(order).toEqual(stages.sort(order));
    expect(order.indexOf('base')).toBeLessThan(order.indexOf('sft'));
    expect(order.indexOf('sft')).toBeLessThan(order.indexOf('rl'));
    expect(order.indexOf('rl')).toBeLessThan(order.indexOf('instruct'));
  });

  it('has views that exercise what it compares', async () => {
    const multi = await queryLeaderboardView({ db: handle.db, view: v({ benchmarks: data.benchmarks.map((b) => b.id), comparable: true, rows: 200 }), benchmarks });
    const cells = multi.table.rows.flatMap((r) => Object.values(r.cells));
    expect(cells.some((c) => c.count > 1)).toBe(true);
    expect(cells.some((c) => !c.comparable)).toBe(true);
    const complete = await queryLeaderboardView({ db: handle.db, view: v({ complete: true, benchmarks: ['gsm8k', 'math'] }), benchmarks });
    const all = await queryLeaderboardView({ db: handle.db, view: v({ benchmarks: ['gsm8k', 'math'] }), benchmarks });
    expect(complete.rowCount).toBeGreaterThan(0);
    expect(complete.rowCount).toBeLessThan(all.rowCount);
    const names = (await queryLeaderboardView({ db: handle.db, view: v({ q: 'mimo rl', rows: 200 }), benchmarks })).table.rows.map((r) => r.model.name);
    expect(names).toContain('MiMo-7B-RL');
    // Over every source, some models are read from one source's model row and some, in several sources, cell by cell.
    const [split] = await rowsOf<{ one: number; several: number }>(
      handle.db,
      sql`SELECT count(*) FILTER (WHERE n = 1)::int AS one, count(*) FILTER (WHERE n > 1)::int AS several
        FROM (SELECT model_id, count(*) AS n FROM leaderboard_source_model_rows GROUP BY model_id) m`,
    );
    expect(split!.one).toBeGreaterThan(10);
    expect(split!.several).toBeGreaterThan(10);
  });
});

describe(`with "include runs" the SQL build still equals the browser's, on imported runs (${testDriver})`, () => {
  const fixture = (name: string) => path.resolve('test/fixtures/runs', name);
  let runOnly = { modelId: '', benchmarkId: 'gsm8k' };

  beforeAll(async () => {
    // Two runs of one file for the same model (the newer import must show), others of other models and benchmarks.
    await importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k.json'), { format: 'lm-eval', runName: 'Older' });
    await new Promise((r) => setTimeout(r, 5));
    await importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k.json'), { format: 'lm-eval', runName: 'Newer' });
    await importRunFile(handle.db, fixture('lm-eval-0.4.3-mmlu-group.json'), { format: 'lm-eval', runName: 'Group' });
    await importRunFile(handle.db, fixture('lighteval-gsm8k.json'), { format: 'lighteval', runName: 'Light' });
    await importRunFile(handle.db, fixture('eee-gsm8k.json'), { format: 'eee' });
    // A run for a model no source reports on gsm8k: its cell holds the run value alone.
    const withGsm8k = new Set(data.values.filter((x) => x.benchmarkId === 'gsm8k').map((x) => x.modelId));
    const bare = leaderboardPageFromDataset(data, v({ rows: 200 })).table.rows.find((r) => !withGsm8k.has(r.model.id))!;
    runOnly = { modelId: bare.model.id, benchmarkId: 'gsm8k' };
    await importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k.json'), { format: 'lm-eval', runName: 'Alone', model: bare.model.id });
    data = await getLeaderboardData({ db: handle.db });
  }, 120_000);
  afterAll(async () => {
    await handle.db.execute(sql`DELETE FROM runs`);
  });

  const runViews = (): [string, LeaderboardView][] => [
    ['runs, default', v({ runs: true })],
    ['runs, 200 rows', v({ runs: true, rows: 200 })],
    ['runs, sort gsm8k', v({ runs: true, sort: [{ id: 'gsm8k', desc: true }], rows: 200 })],
    ['runs, sort average', v({ runs: true, sort: [{ id: 'average', desc: true }], rows: 100 })],
    ['runs, comparable', v({ runs: true, comparable: true, rows: 200 })],
    ['runs, Qwen', v({ runs: true, families: ['Qwen'], rows: 100 })],
    ['runs, one source', v({ runs: true, sources: [data.values[0]!.sourceId], rows: 100 })],
    ['runs, every benchmark', v({ runs: true, benchmarks: data.benchmarks.map((b) => b.id), rows: 200 })],
    ['runs, complete', v({ runs: true, complete: true, rows: 100 })],
    ['runs, page 2', v({ runs: true, page: 2 })],
  ];

  it('agrees on every view', async () => {
    expect(data.runValues.length).toBeGreaterThan(6);
    for (const [name, view] of runViews()) {
      const sqlBuilt = await queryLeaderboardView({ db: handle.db, view, benchmarks });
      expect(comparable(sqlBuilt), name).toEqual(comparable(leaderboardPageFromDataset(data, view)));
    }
  }, 120_000);

  it('only adds run values beside the cells: rows, order, cells and averages are those of the view without runs', async () => {
    for (const [name, view] of runViews()) {
      const withRuns = await queryLeaderboardView({ db: handle.db, view, benchmarks });
      const without = await queryLeaderboardView({ db: handle.db, view: { ...view, runs: false }, benchmarks });
      expect(without.table.rows.some((r) => r.runs), name).toBe(false);
      const stripped = withRuns.table.rows.map((r) => {
        const rest = { ...r };
        delete rest.runs;
        return rest;
      });
      expect(comparable({ ...withRuns, table: { ...withRuns.table, rows: stripped } }), name).toEqual(comparable(without));
    }
  }, 120_000);

  it('sends the browser (/api/leaderboard/runs) exactly the run values the rule shows', async () => {
    const key = (r: { modelId: string; benchmarkId: string }) => `${r.modelId} ${r.benchmarkId}`;
    const byPair = (list: { modelId: string; benchmarkId: string }[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const expected = [...shownRunValues(data.runValues).values()].flatMap((m) => [...m.values()]);
    expect(expected.length).toBeLessThan(data.runValues.length);
    expect(byPair(await listShownRunValues(handle.db))).toEqual(byPair(expected));
  });

  it('shows the newest run, and a run value alone where nothing is reported', async () => {
    const built = await queryLeaderboardView({ db: handle.db, view: v({ runs: true, rows: 200 }), benchmarks });
    const qwen = built.table.rows.find((r) => r.model.id === 'qwen2.5-7b')!;
    expect(qwen.cells.gsm8k).toBeDefined();
    expect(qwen.runs?.gsm8k).toMatchObject({ runName: 'Newer', position: 0, valueRaw: '0.8324488248673237', value: 83.24488248673237 });
    const bare = built.table.rows.find((r) => r.model.id === runOnly.modelId)!;
    expect(bare.cells.gsm8k).toBeUndefined();
    expect(bare.runs?.gsm8k?.runName).toBe('Alone');
  });
});
