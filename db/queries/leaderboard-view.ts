import { sql } from 'drizzle-orm';
import type { LeaderboardColumn, LeaderboardTable } from '../../lib/leaderboard/build-rows';
import { isAveraged, pickColumns } from '../../lib/leaderboard/pick-columns';
import type { LeaderboardBenchmark } from '../../lib/leaderboard/types';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import { getDb, type Database } from '../client';
import { baseCtes, filtersModels, rowModelsSql, rowsOf, textArray } from './leaderboard-sql';
import { cachedByDataVersion } from './version-cache';
import { queryLeaderboardPage } from './leaderboard-page';
import { queryShownRunValues } from './leaderboard-runs';
import { withRunValues } from '../../lib/leaderboard/run-cells';

/** One page of a leaderboard view, built by the database: what the page shows, and how many rows the view has. */
export interface LeaderboardWindow {
  table: LeaderboardTable;
  rowCount: number;
  /** The page shown (a page past the end shows the last one). */
  page: number;
}

/**
 * The view's columns: coverage (models with a value) per benchmark over the view's models, the
 * columns picked from it, and each column's reference metric and setting (the one most shown
 * values use; ties go to the earliest printed), all counted in SQL.
 */
export async function queryLeaderboardColumns(
  db: Database,
  view: LeaderboardView,
  benchmarks: ReadonlyMap<string, LeaderboardBenchmark>,
  version?: number,
): Promise<LeaderboardColumn[]> {
  const coverage = await coverageOf(db, view, version);
  const ids = pickColumns(benchmarks, coverage, view);
  const reference = await referencesOf(db, view, ids, version);
  return ids.map((id) => ({
    benchmark: benchmarks.get(id)!,
    reference: reference.get(id) ?? { metric: '', setting: '' },
    modelsWithValues: coverage.get(id) ?? 0,
  }));
}

/**
 * Models with a value, per benchmark, among the view's models. Over all models and sources it is a
 * scan of every cell, the largest cost of the default view at a million values: that one is kept
 * until the data version moves.
 */
async function coverageOf(db: Database, view: LeaderboardView, version: number | undefined): Promise<Map<string, number>> {
  const read = async () => {
    // Across several sources a pair counts once, whichever source's value shows: no need to rank them (half the time at 1M).
    const query =
      view.sources.length > 1
        ? sql`WITH rm AS (${rowModelsSql(view)}) SELECT benchmark_id, count(*)::int AS n FROM (SELECT DISTINCT c.model_id, c.benchmark_id
            FROM leaderboard_source_cells c ${filtersModels(view) ? sql`JOIN rm ON rm.id = c.model_id` : sql``}
            WHERE c.source_id = ANY(${textArray(view.sources)})) pairs GROUP BY benchmark_id`
        : sql`WITH ${baseCtes(view)} SELECT benchmark_id, count(*)::int AS n FROM cells GROUP BY benchmark_id`;
    const rows = await rowsOf<{ benchmark_id: string; n: number }>(db, query);
    return new Map(rows.map((r) => [r.benchmark_id, Number(r.n)]));
  };
  return filtersModels(view) || view.sources.length ? read() : cachedByDataVersion(db, 'leaderboard:coverage', read, version);
}

type Reference = { metric: string; setting: string };

/**
 * Each column's reference metric and setting. Over all models and sources a benchmark's reference is
 * the same in every view, so those are kept per data version, each read the first time a view shows it.
 */
async function referencesOf(db: Database, view: LeaderboardView, ids: string[], version: number | undefined): Promise<Map<string, Reference>> {
  if (filtersModels(view) || view.sources.length) return readReferences(db, view, ids);
  const known = await cachedByDataVersion(db, 'leaderboard:references', async () => new Map<string, Reference>(), version);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) for (const [id, r] of await readReferences(db, view, missing)) known.set(id, r);
  return known;
}

/** Each column's reference metric and setting: the one most shown values use, ties to the earliest printed. */
async function readReferences(db: Database, view: LeaderboardView, ids: string[]): Promise<Map<string, Reference>> {
  if (!ids.length) return new Map();
  const groups = await rowsOf<{ benchmark_id: string; metric: string; setting: string; n: number }>(
    db,
    sql`WITH ${baseCtes(view)} SELECT benchmark_id, metric, setting, count(*)::int AS n FROM cells
      WHERE benchmark_id = ANY(${textArray(ids)}) GROUP BY benchmark_id, metric, setting`,
  );
  const top = new Map<string, typeof groups>();
  for (const g of groups) {
    const best = top.get(g.benchmark_id);
    if (!best || Number(g.n) > Number(best[0]!.n)) top.set(g.benchmark_id, [g]);
    else if (Number(g.n) === Number(best[0]!.n)) best.push(g);
  }
  const reference = new Map<string, { metric: string; setting: string }>();
  const tied: typeof groups = [];
  for (const [id, best] of top) {
    if (best.length === 1) reference.set(id, { metric: best[0]!.metric, setting: best[0]!.setting });
    else tied.push(...best);
  }
  // Only where counts tie does the printed order decide; those rows alone are sorted.
  if (tied.length) {
    const firsts = await rowsOf<{ benchmark_id: string; metric: string; setting: string }>(
      db,
      sql`WITH ${baseCtes(view)}, tied AS (SELECT * FROM unnest(${textArray(tied.map((t) => t.benchmark_id))}, ${textArray(tied.map((t) => t.metric))},
          ${textArray(tied.map((t) => t.setting))}) AS t(benchmark_id, metric, setting))
        SELECT DISTINCT ON (c.benchmark_id) c.benchmark_id, c.metric, c.setting FROM cells c JOIN tied USING (benchmark_id, metric, setting)
        WHERE c.benchmark_id = ANY(${textArray([...new Set(tied.map((t) => t.benchmark_id))])})
        ORDER BY c.benchmark_id, c.source_id, c.table_position, c.position, c.result_id`,
    );
    for (const f of firsts) reference.set(f.benchmark_id, { metric: f.metric, setting: f.setting });
  }
  return reference;
}

/** A leaderboard view, computed in the database: filters, the shown value of each cell, averages, sort and paging. */
export async function queryLeaderboardView({
  db = getDb(),
  view,
  benchmarks,
  version,
}: {
  db?: Database;
  view: LeaderboardView;
  benchmarks: ReadonlyMap<string, LeaderboardBenchmark>;
  /** The data version, when the caller has just read it (saves reading it again). */
  version?: number;
}): Promise<LeaderboardWindow> {
  const columns = await queryLeaderboardColumns(db, view, benchmarks, version);
  const averagedColumns = columns.filter((c) => isAveraged(c.benchmark)).map((c) => c.benchmark.id);
  if (!columns.length) return { table: { columns, rows: [], averagedColumns }, rowCount: 0, page: 1 };
  const { rows, rowCount, page } = await queryLeaderboardPage(db, view, columns, averagedColumns.length);
  if (!view.runs) return { table: { columns, rows, averagedColumns }, rowCount, page };
  // Runs sit beside the page's cells: they change neither the rows, nor their order, nor the averages.
  const ids = columns.map((c) => c.benchmark.id);
  const shown = await queryShownRunValues(db, rows.map((r) => r.model.id), ids);
  return { table: { columns, rows: withRunValues(rows, ids, shown), averagedColumns }, rowCount, page };
}
