import { sql, type SQL } from 'drizzle-orm';
import type { LeaderboardColumn } from '../../lib/leaderboard/build-rows';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import { filtersModels, textArray } from './leaderboard-sql';

/**
 * A view's per-model aggregate reads one narrow row per model: its cells' scores at their benchmarks'
 * slots, from leaderboard_model_rows (every source) or leaderboard_source_model_rows (the view's
 * sources; migrations 0011-0016). Only some models need their cells one by one ("exact" models):
 * in comparable mode those with a cell off its column's reference, and over several sources those
 * reported in more than one of them (their cell is the rule's pick across sources).
 */

/** A column's cells at one metric and setting other than its reference. */
export type OtherSetting = { benchmarkId: string; metric: string; setting: string };

const sourcesOf = (view: LeaderboardView) => textArray(view.sources);

/** The view's model rows, as `r` (model_id, scores, others); over several sources a model may have several. */
const modelRows = (view: LeaderboardView) =>
  view.sources.length
    ? sql`(SELECT model_id, scores, others FROM leaderboard_source_model_rows WHERE source_id = ANY(${sourcesOf(view)})) r`
    : sql`leaderboard_model_rows r`;

/** The models that need their cells one by one, as `SELECT model_id` (no row when no model does). Needs the CTE `rm`. */
export function exactModels(view: LeaderboardView, others: readonly OtherSetting[]): SQL {
  const parts: SQL[] = [];
  if (view.comparable && others.length) {
    const cells = view.sources.length ? sql`leaderboard_source_cells c` : sql`leaderboard_cells c`;
    parts.push(sql`SELECT DISTINCT c.model_id FROM ${cells} ${filtersModels(view) ? sql`JOIN rm ON rm.id = c.model_id` : sql``}
      JOIN unnest(${textArray(others.map((o) => o.benchmarkId))}, ${textArray(others.map((o) => o.metric))}, ${textArray(others.map((o) => o.setting))})
        AS o(benchmark_id, metric, setting) USING (benchmark_id, metric, setting)
      ${view.sources.length ? sql`WHERE c.source_id = ANY(${sourcesOf(view)})` : sql``}`);
  }
  if (view.sources.length > 1) {
    parts.push(sql`SELECT model_id FROM leaderboard_source_model_rows WHERE source_id = ANY(${sourcesOf(view)}) GROUP BY model_id HAVING count(*) > 1`);
  }
  return parts.length ? sql.join(parts, sql` UNION `) : sql`SELECT NULL::text AS model_id WHERE false`;
}

/**
 * The `agg` CTE's rows (model_id, counted, a<i> per averaged column i, k<j> per sort key j) for
 * leaderboard-page.ts, from the view's model rows; needs the CTE `rm` when the view filters models,
 * and the CTE `exact`, whose models it leaves out.
 */
export function modelRowsAggregate(
  view: LeaderboardView,
  columns: readonly LeaderboardColumn[],
  averaged: readonly { id: string; key: SQL; index: number }[],
  sortKeys: readonly string[],
): SQL {
  const ids = columns.map((c) => c.benchmark.id);
  const slot = (i: number) => sql.raw(`k.s${i}`);
  const score = (i: number) => sql`r.scores[${slot(i)}]`;
  const slots = ids.map((id, i) => sql`max(slot) FILTER (WHERE benchmark_id = ${id}) AS ${sql.raw(`s${i}`)}`);
  // Values in other units (Elo, 0-10 scores) are left out of averages, as the browser's build does.
  const pivots = averaged.map((a) => sql`CASE WHEN ${slot(a.index)} = ANY(r.others) THEN NULL ELSE ${score(a.index)} END AS ${a.key}`);
  const keys = sortKeys.map((id, j) => sql`${score(ids.indexOf(id))} AS ${sql.raw(`k${j}`)}`);
  // PostgreSQL passes at most 100 arguments to a function: count the averaged columns in chunks
  const chunks = Array.from({ length: Math.ceil(averaged.length / 100) }, (_, c) => averaged.slice(c * 100, c * 100 + 100));
  const counted = chunks.length ? sql.join(chunks.map((chunk) => sql`num_nonnulls(${sql.join(chunk.map((a) => sql`p.${a.key}`), sql`, `)})`), sql` + `) : sql`0`;
  const columnsOut = sql.raw(['model_id', 'counted', ...averaged.map((a) => `a${a.index}`), ...sortKeys.map((_, j) => `k${j}`)].join(', '));
  return sql`SELECT ${columnsOut} FROM (SELECT p.*, (${counted})::int AS counted FROM (
      SELECT r.model_id ${sql.join([...pivots, ...keys].map((x) => sql`, ${x}`), sql``)}
      FROM ${modelRows(view)} ${filtersModels(view) ? sql`JOIN rm ON rm.id = r.model_id` : sql``}
      CROSS JOIN (SELECT ${sql.join(slots, sql`, `)} FROM leaderboard_slots WHERE benchmark_id = ANY(${textArray(ids)})) k
      WHERE (${sql.join(ids.map((_, i) => sql`${score(i)} IS NOT NULL`), sql` OR `)})
      AND NOT EXISTS (SELECT 1 FROM exact WHERE exact.model_id = r.model_id)) p) mr`;
}

/**
 * The page's cells of models read from model rows (all but the exact ones), as prim's columns need
 * them: a model in one of the view's sources has its cells in that source alone. Needs the CTEs
 * `cols`, `paged` and `exact`.
 */
export function pageCellsFromRows(view: LeaderboardView): SQL {
  const cells = view.sources.length ? sql`leaderboard_source_cells c` : sql`leaderboard_cells c`;
  return sql`SELECT c.model_id, c.benchmark_id, k.ord, c.value_count, c.result_id, (c.metric = k.ref_metric AND c.setting = k.ref_setting) AS comparable
    FROM ${cells} JOIN cols k USING (benchmark_id)
    WHERE c.model_id IN (SELECT model_id FROM paged) AND NOT EXISTS (SELECT 1 FROM exact WHERE exact.model_id = c.model_id)
    ${view.sources.length ? sql`AND c.source_id = ANY(${sourcesOf(view)})` : sql``}`;
}
