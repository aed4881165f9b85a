import { sql } from 'drizzle-orm';
import { getDb, type Database } from '../client';
import { cachedByDataVersion } from './version-cache';

/** One paper's headline comparison: which of its tables, models and benchmarks to show. */
export interface HeadlineSpec {
  sourceId: string;
  /** Tables of that source to read from, in order of preference when a model has a value in several. */
  tables: string[];
  /** Models in the order shown; every model of the first table, in printed order, when omitted. */
  modelIds?: string[];
  benchmarkIds: string[];
}

export interface HeadlineCell {
  resultId: string;
  modelId: string;
  benchmarkId: string;
  valueAsPrinted: string;
  table: string;
  flags: string[];
}

export interface HeadlineGrid {
  /** `printed`: the spelling of the paper's table (of the first row that has it); `name`: ours. */
  models: { id: string; name: string; printed: string; family: string }[];
  benchmarks: { id: string; name: string; printed: string }[];
  /** At most one per model and benchmark: from the first listed table that has it, then first printed. */
  cells: HeadlineCell[];
}

interface CellRow {
  result_id: string;
  model_id: string;
  model_name: string;
  model_as_printed: string;
  family: string;
  benchmark_id: string;
  benchmark_name: string;
  benchmark_as_printed: string;
  value_as_printed: string;
  table_label: string;
  flags: string[];
  first_position: number;
}

async function loadHeadlineGrid(db: Database, spec: HeadlineSpec): Promise<HeadlineGrid> {
  const tableArray = sql`ARRAY[${sql.join(spec.tables.map((t) => sql`${t}`), sql`, `)}]::text[]`;
  const benchArray = sql`ARRAY[${sql.join(spec.benchmarkIds.map((b) => sql`${b}`), sql`, `)}]::text[]`;
  const modelFilter = spec.modelIds
    ? sql`AND r.model_id = ANY(ARRAY[${sql.join(spec.modelIds.map((m) => sql`${m}`), sql`, `)}]::text[])`
    : sql`AND r.table_label = ${spec.tables[0]}`;
  const answer = await db.execute(sql`
    SELECT DISTINCT ON (r.model_id, r.benchmark_id)
      r.id AS result_id, r.model_id, m.name AS model_name, r.model_as_printed, m.family,
      r.benchmark_id, b.name AS benchmark_name, r.benchmark_as_printed,
      r.value_as_printed, r.table_label, r.flags,
      min(r.position) OVER (PARTITION BY r.model_id) AS first_position
    FROM results r
    JOIN models m ON m.id = r.model_id
    JOIN benchmarks b ON b.id = r.benchmark_id
    WHERE r.source_id = ${spec.sourceId}
      AND r.table_label = ANY(${tableArray})
      AND r.benchmark_id = ANY(${benchArray})
      ${modelFilter}
    ORDER BY r.model_id, r.benchmark_id, array_position(${tableArray}, r.table_label), r.position
  `);
  // node-postgres answers { rows }, PGlite through drizzle an array
  const rows = (Array.isArray(answer) ? answer : (answer as { rows: unknown[] }).rows) as CellRow[];
  const printedOrder = () => [...new Map(rows.map((r) => [r.model_id, Number(r.first_position)])).entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  const modelOrder = spec.modelIds ?? printedOrder();
  const models = modelOrder.flatMap((id) => {
    const row = rows.find((r) => r.model_id === id);
    return row ? [{ id, name: row.model_name, printed: row.model_as_printed, family: row.family }] : [];
  });
  const benchmarks = spec.benchmarkIds.flatMap((id) => {
    const row = modelOrder.map((m) => rows.find((r) => r.benchmark_id === id && r.model_id === m)).find(Boolean);
    return row ? [{ id, name: row.benchmark_name, printed: row.benchmark_as_printed }] : [];
  });
  return {
    models,
    benchmarks,
    cells: rows.map((r) => ({ resultId: r.result_id, modelId: r.model_id, benchmarkId: r.benchmark_id, valueAsPrinted: r.value_as_printed, table: r.table_label, flags: r.flags })),
  };
}

/** A paper's headline grid as printed: models × benchmarks, each cell one reported result. */
export function getHeadlineGrid({ spec, db = getDb() }: { spec: HeadlineSpec; db?: Database }): Promise<HeadlineGrid> {
  return cachedByDataVersion(db, `headline-grid:${JSON.stringify(spec)}`, () => loadHeadlineGrid(db, spec));
}
