import { sql, type SQL } from 'drizzle-orm';
import { defaultColumnCount, mayBeDefaultColumn } from '../../lib/leaderboard/pick-columns';
import type { LeaderboardBenchmark } from '../../lib/leaderboard/types';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import type { Database } from '../client';
import { baseCtes, filtersModels, rowModelsSql, rowsOf, textArray } from './leaderboard-sql';

/** How many of a view's shown cells a benchmark has at one metric and setting. */
export type SettingGroup = { benchmark_id: string; metric: string; setting: string; n: number };

const read = async (db: Database, query: SQL) => (await rowsOf<SettingGroup>(db, query)).map((g) => ({ ...g, n: Number(g.n) }));

/** Every benchmark's cells over all models and sources, by metric and setting: kept by the writing transaction (migration 0014). */
const keptSettingGroups = (db: Database) => read(db, sql`SELECT benchmark_id, metric, setting, cells AS n FROM leaderboard_setting_counts`);

/**
 * The view's shown cells counted by benchmark, metric and setting. Over all models and sources they
 * are read from the kept counts. With model filters, a benchmark printed at one metric and setting
 * only has one group, whose count is the number of the view's models with a value: that is counted
 * over one narrow row per model (leaderboard_model_rows), and only benchmarks printed at several
 * settings count their cells. "As reported in" views add up their sources' kept counts; a view with
 * model filters and sources counts its cells.
 */
export async function settingGroups(db: Database, view: LeaderboardView, benchmarks: ReadonlyMap<string, LeaderboardBenchmark>): Promise<SettingGroup[]> {
  if (view.sources.length && filtersModels(view)) {
    return read(db, sql`WITH ${baseCtes(view)} SELECT benchmark_id, metric, setting, count(*)::int AS n FROM cells GROUP BY benchmark_id, metric, setting`);
  }
  if (view.sources.length) return sourcesSettingGroups(db, view.sources);
  const kept = await keptSettingGroups(db);
  if (!filtersModels(view)) return kept;
  const groupsOf = new Map<string, SettingGroup[]>();
  for (const g of kept) groupsOf.set(g.benchmark_id, [...(groupsOf.get(g.benchmark_id) ?? []), g]);
  const count = (ids: readonly string[]) => filteredGroups(db, view, ids.map((id) => groupsOf.get(id)!));
  if (view.benchmarks.length) return count(view.benchmarks.filter((id) => groupsOf.has(id)));
  // A view's models have at most as many values as all models: the columns are the most covered of the benchmarks
  // most covered overall, counted first, and of those whose overall count reaches the last of them, counted next.
  const overall = new Map([...groupsOf].map(([id, gs]) => [id, gs.reduce((sum, g) => sum + g.n, 0)]));
  const ranked = [...overall.keys()].filter((id) => mayBeDefaultColumn(benchmarks.get(id), view)).sort((a, b) => overall.get(b)! - overall.get(a)! || a.localeCompare(b));
  const first = await count(ranked.slice(0, defaultColumnCount));
  const covered = new Map<string, number>();
  for (const g of first) covered.set(g.benchmark_id, (covered.get(g.benchmark_id) ?? 0) + g.n);
  const reach = covered.size < defaultColumnCount ? 0 : Math.min(...covered.values());
  const next = ranked.slice(defaultColumnCount).filter((id) => overall.get(id)! >= reach);
  return [...first, ...(next.length ? await count(next) : [])];
}

/**
 * The view's shown cells of some benchmarks (with their kept groups) by metric and setting. A benchmark
 * at one metric and setting has one group, whose count is the view's models with a value, counted over
 * their model rows; the others count their cells.
 */
async function filteredGroups(db: Database, view: LeaderboardView, kept: readonly SettingGroup[][]): Promise<SettingGroup[]> {
  const single = kept.filter((gs) => gs.length === 1).map((gs) => gs[0]!);
  const several = kept.filter((gs) => gs.length > 1).map((gs) => gs[0]!.benchmark_id);
  const [withValues, counted] = await Promise.all([
    single.length ? modelsWithValues(db, view, single.map((g) => g.benchmark_id)) : new Map<string, number>(),
    several.length
      ? read(
          db,
          sql`WITH rm AS (${rowModelsSql(view)}) SELECT c.benchmark_id, c.metric, c.setting, count(*)::int AS n
            FROM leaderboard_cells c JOIN rm ON rm.id = c.model_id WHERE c.benchmark_id = ANY(${textArray(several)})
            GROUP BY c.benchmark_id, c.metric, c.setting`,
        )
      : [],
  ]);
  return [...single.flatMap((g) => (withValues.get(g.benchmark_id) ? [{ ...g, n: withValues.get(g.benchmark_id)! }] : [])), ...counted];
}

/** Per benchmark, the view's models with a value: one pass over their model rows, a count per benchmark's slot. */
async function modelsWithValues(db: Database, view: LeaderboardView, ids: readonly string[]): Promise<Map<string, number>> {
  const slots = ids.map((id, i) => sql`max(slot) FILTER (WHERE benchmark_id = ${id}) AS ${sql.raw(`s${i}`)}`);
  const counts = ids.map((_, i) => sql`count(r.scores[${sql.raw(`k.s${i}`)}]) AS ${sql.raw(`n${i}`)}`);
  const [row] = await rowsOf<Record<string, number>>(
    db,
    sql`WITH rm AS (${rowModelsSql(view)}) SELECT ${sql.join(counts, sql`, `)} FROM leaderboard_model_rows r JOIN rm ON rm.id = r.model_id
      CROSS JOIN (SELECT ${sql.join(slots, sql`, `)} FROM leaderboard_slots WHERE benchmark_id = ANY(${textArray(ids)})) k`,
  );
  return new Map(ids.map((id, i) => [id, Number(row?.[`n${i}`] ?? 0)]));
}

/**
 * Over several sources a pair reported in more than one of them shows one cell, the rule's pick: the
 * sources' kept counts are added up, and for the models reported in more than one source (found from
 * their per-source model rows) their cells are taken out and the picked ones put back.
 */
function sourcesSettingGroups(db: Database, sources: readonly string[]): Promise<SettingGroup[]> {
  const these = textArray(sources);
  return read(
    db,
    sql`WITH several AS (SELECT model_id FROM leaderboard_source_model_rows WHERE source_id = ANY(${these}) GROUP BY model_id HAVING count(*) > 1),
      theirs AS (SELECT c.* FROM leaderboard_source_cells c JOIN several USING (model_id) WHERE c.source_id = ANY(${these})),
      picked AS (SELECT DISTINCT ON (model_id, benchmark_id) benchmark_id, metric, setting FROM theirs
        ORDER BY model_id, benchmark_id, superseded, other_maker, year DESC, source_id),
      changes AS (SELECT benchmark_id, metric, setting, cells AS n FROM leaderboard_source_setting_counts WHERE source_id = ANY(${these})
        UNION ALL SELECT benchmark_id, metric, setting, -1 FROM theirs UNION ALL SELECT benchmark_id, metric, setting, 1 FROM picked)
    SELECT benchmark_id, metric, setting, sum(n)::int AS n FROM changes GROUP BY benchmark_id, metric, setting HAVING sum(n) > 0`,
  );
}
