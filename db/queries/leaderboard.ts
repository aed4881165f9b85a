import { and, asc, eq } from 'drizzle-orm';
import { packLeaderboardData } from '../../lib/leaderboard/packed';
import type { LeaderboardData } from '../../lib/leaderboard/types';
import { getDb, type Database } from '../client';
import { benchmarks, models, results, sources, sourceTables } from '../schema';
import { listRunValues } from './leaderboard-runs';

/**
 * Every model, benchmark, source and reported value, and every run value (shown only when a view
 * includes runs), in the compact shape the browser's leaderboard builds views from. Read only for a dataset small enough to send whole (lib/browser-limits).
 */
export function getLeaderboardData({ db = getDb() }: { db?: Database } = {}): Promise<LeaderboardData> {
  return readLeaderboardData(db, true);
}

/**
 * The same data packed for the browser (see lib/leaderboard/packed), as JSON text, without run values:
 * those follow from /api/leaderboard/runs only when a view includes runs, so they never weigh on the rest.
 */
export async function getPackedLeaderboardJson({ db = getDb() }: { db?: Database } = {}): Promise<string> {
  return JSON.stringify(packLeaderboardData(await readLeaderboardData(db, false)));
}

async function readLeaderboardData(db: Database, withRuns: boolean): Promise<LeaderboardData> {
  const [modelRows, benchmarkRows, sourceRows, valueRows, runRows] = await Promise.all([
    db
      .select({
        id: models.id,
        name: models.name,
        family: models.family,
        organization: models.organization,
        stage: models.stage,
        modality: models.modality,
        paramsB: models.paramsB,
        aliases: models.aliases,
      })
      .from(models)
      .orderBy(asc(models.family), asc(models.name), asc(models.id)),
    db
      .select({
        id: benchmarks.id,
        name: benchmarks.name,
        category: benchmarks.category,
        scale: benchmarks.scale,
        higherIsBetter: benchmarks.higherIsBetter,
        aliases: benchmarks.aliases,
      })
      .from(benchmarks)
      .orderBy(asc(benchmarks.name)),
    db
      .select({ id: sources.id, shortTitle: sources.shortTitle, organization: sources.organization, year: sources.year, bibtex: sources.bibtex })
      .from(sources)
      .orderBy(asc(sources.id)),
    db
      .select({
        id: results.id,
        modelId: results.modelId,
        benchmarkId: results.benchmarkId,
        sourceId: results.sourceId,
        valueAsPrinted: results.valueAsPrinted,
        value: results.value,
        unit: results.unit,
        metric: results.metric,
        setting: results.setting,
        flags: results.flags,
      })
      .from(results)
      .innerJoin(sourceTables, and(eq(results.sourceId, sourceTables.sourceId), eq(results.tableLabel, sourceTables.label)))
      .orderBy(asc(results.sourceId), asc(sourceTables.position), asc(results.position)),
    withRuns ? listRunValues(db) : [],
  ]);
  return {
    models: modelRows,
    benchmarks: benchmarkRows,
    sources: sourceRows,
    values: valueRows.map((v, order) => ({ ...v, order })),
    runValues: runRows,
  };
}
