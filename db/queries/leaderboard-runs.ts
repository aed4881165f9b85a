import { asc, eq, sql } from 'drizzle-orm';
import type { LeaderboardRunValue } from '../../lib/leaderboard/types';
import type { Database } from '../client';
import { runs, runValues } from '../schema';
import { shownRunValues } from '../../lib/leaderboard/run-cells';
import { rowsOf, textArray } from './leaderboard-sql';

type RunCellRow = {
  run_id: string;
  position: number;
  model_id: string;
  benchmark_id: string;
  run_name: string;
  imported_at: string;
  value: number;
  value_raw: string;
  metric: string;
  shots: number | null;
};

/**
 * The run value each cell shows with "include runs": the newest imported run's (ties by run id), its
 * first value for the benchmark, as lib/leaderboard/run-cells compareRunValues; optionally only over
 * some models and benchmarks.
 */
async function readShownRunValues(db: Database, only?: { modelIds: readonly string[]; benchmarkIds: readonly string[] }): Promise<LeaderboardRunValue[]> {
  const rows = await rowsOf<RunCellRow>(
    db,
    sql`SELECT DISTINCT ON (r.model_id, v.benchmark_id) v.run_id, v.position, r.model_id, v.benchmark_id, r.run_name, r.imported_at,
        v.value, v.value_raw, v.metric, v.shots
      FROM runs r JOIN run_values v ON v.run_id = r.id
      ${only ? sql`WHERE r.model_id = ANY(${textArray(only.modelIds)}) AND v.benchmark_id = ANY(${textArray(only.benchmarkIds)})` : sql``}
      ORDER BY r.model_id, v.benchmark_id, r.imported_at COLLATE "C" DESC, r.id COLLATE "C", v.position`,
  );
  return rows.map(runValueOf);
}

/**
 * model -> benchmark -> the run value a page's cell shows. A query of its own, run only for views with
 * "include runs" and only over the page's models and columns, so other views never see it.
 */
export async function queryShownRunValues(db: Database, modelIds: readonly string[], benchmarkIds: readonly string[]): Promise<Map<string, Map<string, LeaderboardRunValue>>> {
  if (!modelIds.length || !benchmarkIds.length) return new Map();
  // One value per model and benchmark already: shownRunValues only groups them.
  return shownRunValues(await readShownRunValues(db, { modelIds, benchmarkIds }));
}

const runValueOf = (r: RunCellRow): LeaderboardRunValue => ({
  runId: r.run_id,
  position: Number(r.position),
  modelId: r.model_id,
  benchmarkId: r.benchmark_id,
  runName: r.run_name,
  importedAt: r.imported_at,
  value: Number(r.value),
  valueRaw: r.value_raw,
  metric: r.metric,
  shots: r.shots === null ? null : Number(r.shots),
});

/** The run value every cell shows with "include runs" (one per model and benchmark), for the browser's whole dataset. */
export const listShownRunValues = (db: Database) => readShownRunValues(db);

/** Every run value, in run order (the equivalence test hands them all to the browser's rule). */
export function listRunValues(db: Database): Promise<LeaderboardRunValue[]> {
  return db
    .select({
      runId: runValues.runId,
      position: runValues.position,
      modelId: runs.modelId,
      benchmarkId: runValues.benchmarkId,
      runName: runs.runName,
      importedAt: runs.importedAt,
      value: runValues.value,
      valueRaw: runValues.valueRaw,
      metric: runValues.metric,
      shots: runValues.shots,
    })
    .from(runValues)
    .innerJoin(runs, eq(runs.id, runValues.runId))
    .orderBy(asc(runValues.runId), asc(runValues.position));
}
