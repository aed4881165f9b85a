import { asc, sql } from 'drizzle-orm';
import type { LeaderboardChoices } from '../../lib/leaderboard/choices';
import type { LeaderboardBenchmark } from '../../lib/leaderboard/types';
import type { KnownValues } from '../../lib/leaderboard/view-params';
import { getDb, type Database } from '../client';
import { benchmarks, models, results, sources } from '../schema';
import { rowsOf } from './leaderboard-sql';

/** What the leaderboard page needs besides the view's rows: small lists, read in SQL per request. */
export interface LeaderboardCatalog {
  benchmarks: Map<string, LeaderboardBenchmark>;
  choices: LeaderboardChoices;
  known: KnownValues;
  /** Reported values, counted only up to `countUpTo` + 1 (enough to tell whether the dataset may go to the browser). */
  valueCount: number;
}

export async function getLeaderboardCatalog({ db = getDb(), countUpTo }: { db?: Database; countUpTo: number }): Promise<LeaderboardCatalog> {
  const [benchmarkRows, sourceRows, facets, valueCount] = await Promise.all([
    db
      .select({ id: benchmarks.id, name: benchmarks.name, category: benchmarks.category, scale: benchmarks.scale, higherIsBetter: benchmarks.higherIsBetter, aliases: benchmarks.aliases })
      .from(benchmarks)
      .orderBy(asc(benchmarks.name)),
    db
      .select({ id: sources.id, shortTitle: sources.shortTitle, organization: sources.organization, year: sources.year, bibtex: sources.bibtex })
      .from(sources)
      .orderBy(asc(sources.id)),
    rowsOf<{ kind: string; value: string }>(
      db,
      sql`SELECT DISTINCT 'family' AS kind, family AS value FROM ${models}
        UNION SELECT DISTINCT 'stage', stage FROM ${models} UNION SELECT DISTINCT 'modality', modality FROM ${models}`,
    ),
    countResultsUpTo({ db, limit: countUpTo }),
  ]);
  const facet = (kind: string) => facets.filter((f) => f.kind === kind).map((f) => f.value).sort((a, b) => a.localeCompare(b));
  const choices: LeaderboardChoices = {
    benchmarks: benchmarkRows.map(({ id, name, category }) => ({ id, name, category })),
    families: facet('family'),
    stages: facet('stage'),
    modalities: facet('modality'),
    sources: sourceRows,
  };
  return {
    benchmarks: new Map(benchmarkRows.map((b) => [b.id, b])),
    choices,
    known: {
      benchmarks: new Set(benchmarkRows.map((b) => b.id)),
      categories: new Set(benchmarkRows.map((b) => b.category)),
      families: new Set(choices.families),
      stages: new Set(choices.stages),
      modalities: new Set(choices.modalities),
      sources: new Set(sourceRows.map((s) => s.id)),
    },
    valueCount,
  };
}

/** Reported values, counted up to `limit` + 1 and no further: enough to tell whether the dataset may go whole. */
export async function countResultsUpTo({ db = getDb(), limit }: { db?: Database; limit: number }): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${results} LIMIT ${limit + 1}) capped`);
  return Number(row?.n ?? 0);
}

/** Reported values per benchmark, summed over the leaderboard cells' counts. */
export async function valueCountsByBenchmark({ db = getDb() }: { db?: Database } = {}): Promise<Map<string, number>> {
  const rows = await rowsOf<{ benchmark_id: string; n: number }>(db, sql`SELECT benchmark_id, sum(value_count)::int AS n FROM leaderboard_cells GROUP BY benchmark_id`);
  return new Map(rows.map((r) => [r.benchmark_id, Number(r.n)]));
}
