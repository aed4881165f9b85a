import { sql } from 'drizzle-orm';
import { flags as flagTerm } from '../../lib/vocabulary';
import { getDb, type Database } from '../client';
import { rowsOf, textArray } from './leaderboard-sql';
import type { ResultRank } from './results';

/**
 * A large benchmark's page, counted and ranked by the database: the counts it shows and a slice of its
 * values best first, without reading every value into the web process. Both read the covering index
 * results_benchmark_rank_idx (migration 0018), so a benchmark's values cost an index-only scan.
 */

export interface BenchmarkTally {
  /** Printed values, repeats included. */
  values: number;
  /** Values after repeats (lib/repeated-values.ts repeatKey: source, model, value as printed, marks). */
  distinctValues: number;
  models: number;
  /** Each source with how many values it printed, by source id (the order the printed-order list gives). */
  sources: { id: string; shortTitle: string; count: number }[];
  /** The values grouped by what their intervals rest on, each group with its size: the field every rank counts against. */
  field: { value: number; unit: string; setting: string; count: number }[];
}

const markedFlags = flagTerm.values.filter((f) => flagTerm.info[f].mark !== '');

/**
 * Which marks a value carries, one boolean per distinct mark: the marks part of repeatKey, since
 * each mark is one character (a value with "*" and "†" has the same key however its flags spell them).
 */
const distinctMarks = [...new Set(markedFlags.map((f) => flagTerm.info[f].mark))];
const markKey = sql.join(
  [sql`ARRAY[`, sql.join(distinctMarks.map((mark) => sql`flags && ${textArray(markedFlags.filter((f) => flagTerm.info[f].mark === mark))}`), sql`, `), sql`]`],
  sql``,
);

/** How many values the benchmark has (an index-only count), to choose between reading them whole and ranking in SQL. */
export async function countBenchmarkValues({ benchmark, db = getDb() }: { benchmark: string; db?: Database }): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM results WHERE benchmark_id = ${benchmark}`);
  return row?.n ?? 0;
}

export async function benchmarkTally({ benchmark, db = getDb() }: { benchmark: string; db?: Database }): Promise<BenchmarkTally> {
  const [row] = await rowsOf<{ values: number; models: number; distinct_values: number; sources: [string, string, number][]; field: [number, string, string, number][] }>(
    db,
    sql`WITH b AS NOT MATERIALIZED (
      SELECT source_id, model_id, value, unit, setting, value_as_printed, flags FROM results WHERE benchmark_id = ${benchmark}
    )
    SELECT
      (SELECT count(*)::int FROM b) AS values,
      (SELECT count(*)::int FROM (SELECT model_id FROM b GROUP BY model_id) m) AS models,
      (SELECT count(*)::int FROM (SELECT source_id, model_id, value_as_printed, ${markKey} AS marks FROM b GROUP BY 1, 2, 3, 4) d) AS distinct_values,
      (SELECT coalesce(json_agg(json_build_array(s.source_id, src.short_title, s.n) ORDER BY s.source_id), '[]')
        FROM (SELECT source_id, count(*)::int AS n FROM b GROUP BY source_id) s JOIN sources src ON src.id = s.source_id) AS sources,
      (SELECT coalesce(json_agg(json_build_array(value, unit, setting, n)), '[]')
        FROM (SELECT value, unit, setting, count(*)::int AS n FROM b GROUP BY value, unit, setting) g) AS field`,
  );
  return {
    values: row?.values ?? 0,
    models: row?.models ?? 0,
    distinctValues: row?.distinct_values ?? 0,
    sources: (row?.sources ?? []).map(([id, shortTitle, count]) => ({ id, shortTitle, count })),
    field: (row?.field ?? []).map(([value, unit, setting, count]) => ({ value: Number(value), unit, setting, count })),
  };
}

export interface RankCandidates {
  /** Values whose common-scale value lies in the slice's window, in printed order. */
  rows: ResultRank[];
  /** Values better than the window: each ranks before every candidate. */
  above: number;
  /** The nearest common-scale values outside the window (null when there is none), to check its edges fall in gaps. */
  nextAbove: number | null;
  nextBelow: number | null;
  lo: number | null;
  hi: number | null;
}

/** A value on the common scale (fractions as percent), as the index results_benchmark_rank_idx orders a benchmark's values. */
const common = (r: string) => sql.raw(`(CASE WHEN ${r}.unit = 'fraction' THEN ${r}.value * 100 ELSE ${r}.value END)`);

/**
 * The values whose common-scale value lies within a hair of those at ranks start..start+count-1 in the
 * database's order (best first), read along the index. The page sorts them with byRank
 * (lib/charts/ranking.ts) to get the exact slice: the hair covers the 12-digit rounding of
 * onCommonScale, which SQL does not repeat. `hi` is the window's edge on the better side, `lo` on the worse.
 */
export async function rankCandidates({
  benchmark,
  higherIsBetter,
  start,
  count,
  db = getDb(),
}: {
  benchmark: string;
  higherIsBetter: boolean;
  start: number;
  count: number;
  db?: Database;
}): Promise<RankCandidates> {
  const [best, worst, better, worse, order] = higherIsBetter ? ['max', 'min', '>', '<', 'DESC'] : ['min', 'max', '<', '>', 'ASC'];
  const hair = (x: string, side: 1 | -1) => `${x} ${(side > 0) === higherIsBetter ? '+' : '-'} 1e-9 * greatest(1, abs(${x}))`;
  const raw = sql.raw;
  const rows = await rowsOf<ResultRank & { above: number; next_above: number | null; next_below: number | null; lo: number | null; hi: number | null }>(
    db,
    sql`WITH slice AS (SELECT ${common('k')} AS c FROM results k WHERE k.benchmark_id = ${benchmark} ORDER BY 1 ${raw(order)} OFFSET ${start} LIMIT ${count}),
    edge AS (SELECT ${raw(hair(`${best}(c)`, 1))} AS hi, ${raw(hair(`${worst}(c)`, -1))} AS lo FROM slice),
    around AS (SELECT
      (SELECT count(*)::int FROM results k WHERE k.benchmark_id = ${benchmark} AND ${common('k')} ${raw(better)} edge.hi) AS above,
      (SELECT ${raw(worst)}(${common('k')}) FROM results k WHERE k.benchmark_id = ${benchmark} AND ${common('k')} ${raw(better)} edge.hi) AS next_above,
      (SELECT ${raw(best)}(${common('k')}) FROM results k WHERE k.benchmark_id = ${benchmark} AND ${common('k')} ${raw(worse)} edge.lo) AS next_below,
      edge.lo, edge.hi FROM edge),
    candidates AS (SELECT r.* FROM around JOIN results r ON r.benchmark_id = ${benchmark} AND ${common('r')} BETWEEN least(around.lo, around.hi) AND greatest(around.lo, around.hi))
    SELECT r.id, r.model_id AS "modelId", m.name AS "modelName", r.source_id AS "sourceId", s.short_title AS "sourceShortTitle",
      r.value, r.value_as_printed AS "valueAsPrinted", r.unit, r.setting, r.flags, bm.items AS "benchmarkItems",
      around.above, around.next_above, around.next_below, around.lo, around.hi
    FROM around LEFT JOIN (candidates r
      JOIN models m ON m.id = r.model_id
      JOIN sources s ON s.id = r.source_id
      JOIN benchmarks bm ON bm.id = r.benchmark_id
      JOIN source_tables st ON st.source_id = r.source_id AND st.label = r.table_label) ON true
    ORDER BY r.source_id, st.position, r.position, r.id`,
  );
  const first = rows[0];
  const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return {
    rows: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id,
        modelId: r.modelId,
        modelName: r.modelName,
        sourceId: r.sourceId,
        sourceShortTitle: r.sourceShortTitle,
        value: Number(r.value),
        valueAsPrinted: r.valueAsPrinted,
        unit: r.unit,
        setting: r.setting,
        flags: r.flags,
        benchmarkItems: r.benchmarkItems,
      })),
    above: first?.above ?? 0,
    nextAbove: num(first?.next_above),
    nextBelow: num(first?.next_below),
    lo: num(first?.lo),
    hi: num(first?.hi),
  };
}
