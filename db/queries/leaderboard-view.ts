import { sql } from 'drizzle-orm';
import type { LeaderboardColumn, LeaderboardTable } from '../../lib/leaderboard/build-rows';
import { isAveraged, pickColumns } from '../../lib/leaderboard/pick-columns';
import type { LeaderboardBenchmark } from '../../lib/leaderboard/types';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import { getDb, type Database } from '../client';
import { baseCtes, rowsOf, textArray } from './leaderboard-sql';
import { queryLeaderboardPage } from './leaderboard-page';
import { settingGroups, type SettingGroup } from './leaderboard-setting-groups';
import type { OtherSetting } from './leaderboard-model-rows';
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
 * values use; ties go to the earliest printed), all from one count of the view's cells by setting;
 * with the settings, other than the reference, that some of the columns' cells are at.
 */
async function queryLeaderboardColumns(
  db: Database,
  view: LeaderboardView,
  benchmarks: ReadonlyMap<string, LeaderboardBenchmark>,
): Promise<{ columns: LeaderboardColumn[]; otherSettings: OtherSetting[] }> {
  const groups = await settingGroups(db, view, benchmarks);
  const coverage = new Map<string, number>();
  for (const g of groups) coverage.set(g.benchmark_id, (coverage.get(g.benchmark_id) ?? 0) + g.n);
  const ids = pickColumns(benchmarks, coverage, view);
  const reference = await referencesOf(db, view, groups, new Set(ids));
  const columns = ids.map((id) => ({
    benchmark: benchmarks.get(id)!,
    reference: reference.get(id) ?? { metric: '', setting: '' },
    modelsWithValues: coverage.get(id) ?? 0,
  }));
  const otherSettings = groups
    .filter((g) => reference.has(g.benchmark_id) && (g.metric !== reference.get(g.benchmark_id)!.metric || g.setting !== reference.get(g.benchmark_id)!.setting))
    .map((g) => ({ benchmarkId: g.benchmark_id, metric: g.metric, setting: g.setting }));
  return { columns, otherSettings };
}

type Reference = { metric: string; setting: string };

/** Each picked column's reference metric and setting: the one most shown values use, ties to the earliest printed. */
async function referencesOf(db: Database, view: LeaderboardView, groups: readonly SettingGroup[], ids: ReadonlySet<string>): Promise<Map<string, Reference>> {
  const top = new Map<string, SettingGroup[]>();
  for (const g of groups) {
    if (!ids.has(g.benchmark_id)) continue;
    const best = top.get(g.benchmark_id);
    if (!best || g.n > best[0]!.n) top.set(g.benchmark_id, [g]);
    else if (g.n === best[0]!.n) best.push(g);
  }
  const reference = new Map<string, Reference>();
  const tied: SettingGroup[] = [];
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
}: {
  db?: Database;
  view: LeaderboardView;
  benchmarks: ReadonlyMap<string, LeaderboardBenchmark>;
}): Promise<LeaderboardWindow> {
  const { columns, otherSettings } = await queryLeaderboardColumns(db, view, benchmarks);
  const averagedColumns = columns.filter((c) => isAveraged(c.benchmark)).map((c) => c.benchmark.id);
  if (!columns.length) return { table: { columns, rows: [], averagedColumns }, rowCount: 0, page: 1 };
  const { rows, rowCount, page } = await queryLeaderboardPage(db, view, columns, averagedColumns.length, otherSettings);
  if (!view.runs) return { table: { columns, rows, averagedColumns }, rowCount, page };
  // Runs sit beside the page's cells: they change neither the rows, nor their order, nor the averages.
  const ids = columns.map((c) => c.benchmark.id);
  const shown = await queryShownRunValues(db, rows.map((r) => r.model.id), ids);
  return { table: { columns, rows: withRunValues(rows, ids, shown), averagedColumns }, rowCount, page };
}
