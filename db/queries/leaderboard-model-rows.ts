import { sql, type SQL } from 'drizzle-orm';
import type { LeaderboardColumn } from '../../lib/leaderboard/build-rows';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import { filtersModels, textArray } from './leaderboard-sql';

/**
 * A view that shows every cell's primary value (no comparable or source options) reads one row per
 * model from leaderboard_model_rows (migration 0012): the scores at their benchmarks' slots. Its
 * per-model aggregate is then a scan of narrow rows, with no cell per model and column to group.
 */
export const fromModelRows = (view: LeaderboardView) => !view.comparable && !view.sources.length;

/**
 * The `agg` CTE's rows (model_id, counted, a<i> per averaged column i, k<j> per sort key j) for
 * leaderboard-page.ts, from leaderboard_model_rows; needs the CTE `rm` when the view filters models.
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
  return sql`SELECT p.*, (${counted})::int AS counted FROM (
      SELECT r.model_id ${sql.join([...pivots, ...keys].map((x) => sql`, ${x}`), sql``)}
      FROM leaderboard_model_rows r ${filtersModels(view) ? sql`JOIN rm ON rm.id = r.model_id` : sql``}
      CROSS JOIN (SELECT ${sql.join(slots, sql`, `)} FROM leaderboard_slots WHERE benchmark_id = ANY(${textArray(ids)})) k
      WHERE ${sql.join(ids.map((_, i) => sql`${score(i)} IS NOT NULL`), sql` OR `)}) p`;
}

/** A column's cells at one metric and setting other than its reference. */
export type OtherSetting = { benchmarkId: string; metric: string; setting: string };

/** The view's models with a cell at one of `others` (so off its column's reference), as `SELECT model_id`; needs the CTE `rm`. */
export function otherSettingModels(view: LeaderboardView, others: readonly OtherSetting[]): SQL {
  if (!others.length) return sql`SELECT NULL::text AS model_id WHERE false`;
  return sql`SELECT DISTINCT c.model_id FROM leaderboard_cells c
    ${filtersModels(view) ? sql`JOIN rm ON rm.id = c.model_id` : sql``}
    JOIN unnest(${textArray(others.map((o) => o.benchmarkId))}, ${textArray(others.map((o) => o.metric))}, ${textArray(others.map((o) => o.setting))})
      AS o(benchmark_id, metric, setting) USING (benchmark_id, metric, setting)`;
}
