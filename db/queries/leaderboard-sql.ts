import { sql, type SQL } from 'drizzle-orm';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import type { Database } from '../client';
import { modelNameMatches } from './contains';

/** SQL pieces the leaderboard's views are built from (db/queries/leaderboard-view.ts). */

/** A text[] parameter; drizzle spreads a JS array into a list, so each element is bound on its own. */
export function textArray(values: readonly string[]): SQL {
  return values.length ? sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]` : sql`ARRAY[]::text[]`;
}

/** The primary-value rule (lib/leaderboard/primary-value.ts) after the partition columns; as in migration 0004. */
export const rankOrder = sql.raw(
  `('superseded' = ANY (r.flags)), (s.organization IS DISTINCT FROM m.organization), s.year DESC, r.source_id, st.position, r.position, r.id`,
);

/** A value on its common scale (fractions as percent, to 12 significant digits), as lib/units onCommonScale. */
export const scoreOf = sql.raw(`CASE WHEN r.unit <> 'fraction' THEN r.value WHEN r.value = 0 THEN 0 ELSE round((r.value * 100)::numeric, (11 - floor(log10(abs(r.value * 100))))::int)::double precision END`);

/** Joins that rankOrder needs, for results aliased r. */
export const rankJoins = sql.raw(
  `JOIN models m ON m.id = r.model_id JOIN sources s ON s.id = r.source_id JOIN source_tables st ON st.source_id = r.source_id AND st.label = r.table_label`,
);


/** Whether the view keeps only some models (family, stage, modality, size, search). */
export const filtersModels = (view: LeaderboardView) =>
  Boolean(view.families.length || view.stages.length || view.modalities.length || view.size.min !== null || view.size.max !== null || view.q);

/** The models a view's model filters keep (family, stage, modality, size, search), as `SELECT id`. */
export function rowModelsSql(view: LeaderboardView): SQL {
  const where: SQL[] = [sql`true`];
  if (view.families.length) where.push(sql`m.family = ANY(${textArray(view.families)})`);
  if (view.stages.length) where.push(sql`m.stage = ANY(${textArray(view.stages)})`);
  if (view.modalities.length) where.push(sql`m.modality = ANY(${textArray(view.modalities)})`);
  if (view.size.min !== null || view.size.max !== null) where.push(sql`m.params_b IS NOT NULL`);
  if (view.size.min !== null) where.push(sql`m.params_b >= ${view.size.min}`);
  if (view.size.max !== null) where.push(sql`m.params_b <= ${view.size.max}`);
  if (view.q) where.push(modelNameMatches(view.q, sql.raw('m.search_text')));
  return sql`SELECT m.id FROM models m WHERE ${sql.join(where, sql` AND `)}`;
}

/**
 * Each row model's primary cell per benchmark with its value count: read from leaderboard_cells, or,
 * "as reported in" some sources, the first of those sources' own primary cells (leaderboard_source_cells)
 * by the rule's cross-source keys. Needs a CTE `rm` of row models, and with `onlyExact` a CTE `exact` of the
 * models it is limited to (leaderboard-model-rows.ts).
 */
export function primaryCellsSql(view: LeaderboardView, onlyExact = false): SQL {
  // Every model is a row model unless a filter says otherwise: then the join would only cost.
  const rows = sql`${filtersModels(view) ? sql`JOIN rm ON rm.id = c.model_id` : sql``} ${onlyExact ? sql`JOIN exact ON exact.model_id = c.model_id` : sql``}`;
  if (!view.sources.length) {
    return sql`SELECT c.model_id, c.benchmark_id, c.result_id, c.source_id, c.table_position, c.position, c.metric, c.setting, c.score, c.unit, c.value_count
      FROM leaderboard_cells c ${rows}`;
  }
  if (view.sources.length === 1) {
    return sql`SELECT c.model_id, c.benchmark_id, c.result_id, c.source_id, c.table_position, c.position, c.metric, c.setting, c.score, c.unit, c.value_count
      FROM leaderboard_source_cells c ${rows} WHERE c.source_id = ${view.sources[0]}`;
  }
  return sql`SELECT DISTINCT ON (c.model_id, c.benchmark_id) c.model_id, c.benchmark_id, c.result_id, c.source_id,
      c.table_position, c.position, c.metric, c.setting, c.score, c.unit,
      (sum(c.value_count) OVER (PARTITION BY c.model_id, c.benchmark_id))::int AS value_count
    FROM leaderboard_source_cells c ${rows}
    WHERE c.source_id = ANY(${textArray(view.sources)})
    ORDER BY c.model_id, c.benchmark_id, c.superseded, c.other_maker, c.year DESC, c.source_id`;
}

/** The CTEs `rm` (row models) and `cells` (their primary cells) that every leaderboard query starts from. */
export function baseCtes(view: LeaderboardView): SQL {
  return sql`rm AS (${rowModelsSql(view)}), cells AS (${primaryCellsSql(view)})`;
}

/** Rows of a raw query on either driver (node-postgres answers an object, PGlite's drizzle one too; be lenient). */
export async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] } | T[];
  return Array.isArray(result) ? result : result.rows;
}
