import { sql } from 'drizzle-orm';
import type { LeaderboardColumn, LeaderboardTable } from '../../lib/leaderboard/build-rows';
import { isAveraged, pickColumns } from '../../lib/leaderboard/pick-columns';
import type { LeaderboardBenchmark } from '../../lib/leaderboard/types';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import { getDb, type Database } from '../client';
import { baseCtes, rowsOf, textArray } from './leaderboard-sql';
import { queryLeaderboardPage } from './leaderboard-page';

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
export async function queryLeaderboardColumns(db: Database, view: LeaderboardView, benchmarks: ReadonlyMap<string, LeaderboardBenchmark>): Promise<LeaderboardColumn[]> {
  const coverageRows = await rowsOf<{ benchmark_id: string; n: number }>(
    db,
    sql`WITH ${baseCtes(view)} SELECT benchmark_id, count(*)::int AS n FROM cells GROUP BY benchmark_id`,
  );
  const coverage = new Map(coverageRows.map((r) => [r.benchmark_id, Number(r.n)]));
  const ids = pickColumns(benchmarks, coverage, view);
  const references = ids.length
    ? await rowsOf<{ benchmark_id: string; metric: string; setting: string }>(
        db,
        sql`WITH ${baseCtes(view)}
          SELECT DISTINCT ON (benchmark_id) benchmark_id, metric, setting
          FROM (SELECT benchmark_id, metric, setting, source_id, table_position, position, result_id,
                  count(*) OVER (PARTITION BY benchmark_id, metric, setting) AS n
                FROM cells WHERE benchmark_id = ANY(${textArray(ids)})) shown
          ORDER BY benchmark_id, n DESC, source_id, table_position, position, result_id`,
      )
    : [];
  const reference = new Map(references.map((r) => [r.benchmark_id, { metric: r.metric, setting: r.setting }]));
  return ids.map((id) => ({
    benchmark: benchmarks.get(id)!,
    reference: reference.get(id) ?? { metric: '', setting: '' },
    modelsWithValues: coverage.get(id) ?? 0,
  }));
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
  const columns = await queryLeaderboardColumns(db, view, benchmarks);
  const averagedColumns = columns.filter((c) => isAveraged(c.benchmark)).map((c) => c.benchmark.id);
  if (!columns.length) return { table: { columns, rows: [], averagedColumns }, rowCount: 0, page: 1 };
  const { rows, rowCount, page } = await queryLeaderboardPage(db, view, columns, averagedColumns.length);
  return { table: { columns, rows, averagedColumns }, rowCount, page };
}
