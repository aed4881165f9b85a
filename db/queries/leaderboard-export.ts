import type { LeaderboardBenchmark } from '../../lib/leaderboard/types';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import type { ResultView } from '../../lib/result-view';
import { getDb, type Database } from '../client';
import { queryLeaderboardView } from './leaderboard-view';
import { getResultViews } from './results';
import { getRunsWithValues } from './runs';

/** Models a view export covers at most; a larger view is refused (the results API exports any size). */
export const viewExportRowLimit = 5_000;

interface LeaderboardViewExport {
  /** The reported values the view shows, row by row in its order, column by column. */
  results: ResultView[];
  /** With "include runs": each run whose values the view shows, with only those values. */
  runs: Awaited<ReturnType<typeof getRunsWithValues>>;
  rowCount: number;
}

/** Every page of a leaderboard view, as the records the EEE and .eval_results exports are built from; null when it has more rows than viewExportRowLimit. */
export async function queryLeaderboardViewExport({
  db = getDb(),
  view,
  benchmarks,
}: {
  db?: Database;
  view: LeaderboardView;
  benchmarks: ReadonlyMap<string, LeaderboardBenchmark>;
}): Promise<LeaderboardViewExport | null> {
  const { table, rowCount } = await queryLeaderboardView({ db, view: { ...view, page: 1, rows: viewExportRowLimit }, benchmarks });
  if (rowCount > viewExportRowLimit) return null;
  const ids = table.columns.map((c) => c.benchmark.id);
  const resultIds = table.rows.flatMap((r) => ids.flatMap((id) => r.cells[id]?.value.id ?? []));
  const shown = new Map<string, Set<number>>();
  for (const r of table.rows) {
    for (const v of Object.values(r.runs ?? {})) shown.set(v.runId, (shown.get(v.runId) ?? new Set()).add(v.position));
  }
  const [results, runs] = await Promise.all([getResultViews({ ids: resultIds, db }), getRunsWithValues({ shown, db })]);
  return { results, runs, rowCount };
}
