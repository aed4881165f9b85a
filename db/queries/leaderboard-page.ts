import { sql, type SQL } from 'drizzle-orm';
import { stages } from '../../lib/vocabulary';
import type { LeaderboardCell, LeaderboardColumn, LeaderboardRow } from '../../lib/leaderboard/build-rows';
import { viewSorting } from '../../lib/leaderboard/next-sorting';
import { isAveraged } from '../../lib/leaderboard/pick-columns';
import type { LeaderboardView } from '../../lib/leaderboard/view-params';
import type { Database } from '../client';
import { primaryCellsSql, rankJoins, rankOrder, rowModelsSql, rowsOf, scoreOf, textArray } from './leaderboard-sql';
import { exactModels, modelRowsAggregate, pageCellsFromRows, type OtherSetting } from './leaderboard-model-rows';

/** The stage's place in lineage order (the vocabulary's order), which is what the Stage column sorts by. */
const stageRankSql = sql.raw(`CASE m.stage ${stages.values.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE ${stages.values.length} END`);

/** TanStack's text sort (lowercased, code-unit order), as the browser's table sorts names. */
const textKey = (expr: SQL) => sql`lower(${expr}) COLLATE "C"`;

/**
 * ORDER BY terms for the view's sort, as the browser's TanStack table applies it (columns.tsx):
 * missing values last either way, lower-is-better columns inverted, complete averages before partial
 * ones, then the rows' catalog order (family, name, id) as TanStack's stable sort leaves them.
 */
function orderTerms(view: LeaderboardView, columns: readonly LeaderboardColumn[]): { keys: string[]; order: SQL } {
  const keys: string[] = [];
  const terms: SQL[] = [];
  const dir = (desc: boolean) => sql.raw(desc ? 'DESC NULLS LAST' : 'ASC NULLS LAST');
  for (const entry of viewSorting(view.sort, columns, view.hide)) {
    if (entry.id === 'model') terms.push(sql`${textKey(sql`x.name`)} ${dir(entry.desc)}`);
    else if (entry.id === 'family') terms.push(sql`${textKey(sql`x.family`)} ${dir(entry.desc)}`);
    else if (entry.id === 'stage') terms.push(sql`x.stage_rank ${dir(entry.desc)}`);
    else if (entry.id === 'params') terms.push(sql`x.params_b ${dir(entry.desc)}`);
    else if (entry.id === 'average') terms.push(sql`(NOT x.complete) ASC, x.partial ${dir(entry.desc)}`);
    else {
      const column = columns.find((c) => c.benchmark.id === entry.id)!;
      const key = sql.raw(`k${keys.length}`);
      keys.push(entry.id);
      terms.push(sql`x.${key} ${dir(entry.desc === column.benchmark.higherIsBetter)}`);
    }
  }
  terms.push(sql`x.family, x.name, x.model_id`);
  return { keys, order: sql.join(terms, sql`, `) };
}

type PageRow = {
  model_id: string;
  row_count: number;
  page: number;
  partial: number | null;
  complete: boolean;
  counted: number;
  model: LeaderboardRow['model'];
  cells: [string, string, string, string, number, string, string, string, string[], number, boolean][] | null;
};

/** The view's rows of one page, sorted and counted in SQL; `columns` come from queryLeaderboardColumns. */
export async function queryLeaderboardPage(
  db: Database,
  view: LeaderboardView,
  columns: readonly LeaderboardColumn[],
  averagedCount: number,
  /** The columns' cells at a metric or setting other than the column's reference, by group (from the view's setting counts). */
  otherSettings: readonly OtherSetting[],
): Promise<{ rows: LeaderboardRow[]; rowCount: number; page: number }> {
  const { keys, order } = orderTerms(view, columns);
  const list = <T>(f: (c: LeaderboardColumn, i: number) => T) => columns.map(f);
  const cols = sql`SELECT * FROM unnest(${textArray(list((c) => c.benchmark.id))}, ARRAY[${sql.join(list((_, i) => sql`${i}`), sql`, `)}]::int[],
      ARRAY[${sql.join(list((c) => sql.raw(isAveraged(c.benchmark) ? 'true' : 'false')), sql`, `)}]::boolean[],
      ${textArray(list((c) => c.reference.metric))}, ${textArray(list((c) => c.reference.setting))})
      AS t(benchmark_id, ord, averaged, ref_metric, ref_setting)`;
  // In comparable mode a cell whose primary value is at another setting shows the best-ranked one at the column's.
  const comparableCtes = view.comparable
    ? sql`, cmp AS (SELECT DISTINCT ON (r.model_id, r.benchmark_id) r.model_id, r.benchmark_id, r.id AS result_id, ${scoreOf} AS score, r.unit
          FROM prim p JOIN results r ON r.model_id = p.model_id AND r.benchmark_id = p.benchmark_id AND r.metric = p.ref_metric AND r.setting = p.ref_setting
          ${rankJoins}
          WHERE NOT p.comparable ${view.sources.length ? sql`AND r.source_id = ANY(${textArray(view.sources)})` : sql``}
          ORDER BY r.model_id, r.benchmark_id, ${rankOrder}),
        chosen AS (SELECT p.model_id, p.benchmark_id, p.ord, p.averaged, p.value_count,
          coalesce(x.result_id, p.result_id) AS result_id, coalesce(x.score, p.score) AS score, coalesce(x.unit, p.unit) AS unit,
          (p.comparable OR x.result_id IS NOT NULL) AS comparable, (p.comparable OR x.result_id IS NOT NULL) AS sortable
          FROM prim p LEFT JOIN cmp x USING (model_id, benchmark_id))`
    : sql`, chosen AS (SELECT model_id, benchmark_id, ord, averaged, value_count, result_id, score, unit, comparable, true AS sortable FROM prim)`;
  // The average adds the averaged columns' scores in column order, as the browser does (0 + a + b ...; a missing
  // one adds 0, which changes no double): one pivoted value per column lets the database group by hashing, unsorted.
  const averaged = columns.flatMap((c, i) => (isAveraged(c.benchmark) ? [{ id: c.benchmark.id, key: sql.raw(`a${i}`), index: i }] : []));
  const pivots = averaged.map((a) => sql`, max(score) FILTER (WHERE benchmark_id = ${a.id} AND sortable AND unit IN ('percent', 'fraction')) AS ${a.key}`);
  const total = sql.join([sql`0::double precision`, ...averaged.map((a) => sql`coalesce(a.${a.key}, 0)`)], sql` + `);
  const size = view.rows;
  // The exact models' cells are ranked and compared one by one (prim, cmp, chosen); every other model is read from its model row.
  const rows = await rowsOf<PageRow>(
    db,
    sql`WITH rm AS (${rowModelsSql(view)}), exact AS MATERIALIZED (${exactModels(view, otherSettings)}), cells AS (${primaryCellsSql(view, true)}), cols AS (${cols}),
      prim AS (SELECT c.*, k.ord, k.averaged, k.ref_metric, k.ref_setting, (c.metric = k.ref_metric AND c.setting = k.ref_setting) AS comparable
        FROM cells c JOIN cols k USING (benchmark_id) WHERE c.benchmark_id = ANY(${textArray(list((c) => c.benchmark.id))}))
      ${comparableCtes},
      agg AS (SELECT model_id, (count(*) FILTER (WHERE averaged AND sortable AND unit IN ('percent', 'fraction')))::int AS counted ${sql.join(pivots, sql``)}
          ${sql.join(keys.map((id, i) => sql`, max(score) FILTER (WHERE benchmark_id = ${id} AND sortable) AS ${sql.raw(`k${i}`)}`), sql``)}
        FROM chosen GROUP BY model_id
        UNION ALL ${modelRowsAggregate(view, columns, averaged, keys)}),
      x AS (SELECT a.*, m.name, m.family, m.params_b, ${stageRankSql} AS stage_rank,
          CASE WHEN a.counted > 0 THEN (${total}) / a.counted END AS partial,
          (a.counted > 0 AND a.counted = ${averagedCount}) AS complete
        FROM agg a JOIN models m ON m.id = a.model_id),
      shown AS MATERIALIZED (SELECT * FROM x ${view.complete ? sql`WHERE x.complete` : sql``}),
      size AS (SELECT count(*) AS row_count, least(${view.page}, greatest(1, ceil(count(*) / ${size}::numeric)::int)) AS page FROM shown),
      -- Counted apart and cut by OFFSET and LIMIT, the sort keeps only the rows up to the page's end (a bounded heap sort).
      paged AS (SELECT x.model_id, x.partial, x.complete, x.counted, s.row_count, s.page, row_number() OVER (ORDER BY ${order}) AS n
        FROM (SELECT * FROM shown x ORDER BY ${order} OFFSET (SELECT (page - 1) * ${size} FROM size) LIMIT ${size}) x CROSS JOIN size s),
      page_cells AS (SELECT c.model_id,
          json_agg(json_build_array(c.benchmark_id, r.id, r.source_id, r.value_as_printed, r.value, r.unit, r.metric, r.setting, r.flags, c.value_count, c.comparable) ORDER BY c.ord) AS cells
        FROM (SELECT model_id, benchmark_id, ord, value_count, result_id, comparable FROM chosen UNION ALL ${pageCellsFromRows(view)}) c
        JOIN paged p USING (model_id) JOIN results r ON r.id = c.result_id GROUP BY c.model_id)
    SELECT p.model_id, p.row_count::int AS row_count, p.page, p.partial, p.complete, p.counted,
      json_build_object('id', m.id, 'name', m.name, 'family', m.family, 'organization', m.organization, 'stage', m.stage,
        'modality', m.modality, 'paramsB', m.params_b, 'aliases', m.aliases) AS model, pc.cells
    FROM paged p JOIN models m ON m.id = p.model_id LEFT JOIN page_cells pc ON pc.model_id = p.model_id
    ORDER BY p.n`,
  );
  const first = rows[0];
  if (!first) return { rows: [], rowCount: 0, page: 1 };
  return {
    rowCount: Number(first.row_count),
    page: Number(first.page),
    rows: rows.map((r) => toRow(r, averagedCount)),
  };
}

function toRow(r: PageRow, of: number): LeaderboardRow {
  const cells: Record<string, LeaderboardCell> = {};
  for (const [benchmarkId, id, sourceId, valueAsPrinted, value, unit, metric, setting, flags, count, comparable] of r.cells ?? []) {
    // `order` (printed position across all sources) only ranks values in the browser's build; the database ranked these.
    cells[benchmarkId] = { value: { id, modelId: r.model_id, benchmarkId, sourceId, valueAsPrinted, value: Number(value), unit, metric, setting, flags, order: 0 }, count, comparable };
  }
  const partial = r.partial === null ? null : Number(r.partial);
  return { model: { ...r.model, paramsB: r.model.paramsB === null ? null : Number(r.model.paramsB) }, cells, average: { value: r.complete ? partial : null, partial, count: r.counted, of } };
}
