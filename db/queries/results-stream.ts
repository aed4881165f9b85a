import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { exportRowFields, viewBatches, type ExportBatch, type ExportRow, type ExportTable } from '../../lib/export-rows';
import type { ResultFilters } from '../../lib/result-filters';
import type { Database } from '../client';
import { benchmarks, models, results, sources, sourceTables } from '../schema';
import { CopyOut, inlined } from './copy-rows';
import { countResultsUpTo } from './leaderboard-catalog';
import { filterConditions, listResults } from './results';

/** Rows per keyset page on PGlite: few round trips, yet other requests run between pages. */
const pageRows = 5_000;
/** Rows per batch from a COPY, which streams without round trips: few rows alive at once keeps the garbage collector's work small. */
const copyBatchRows = 1_000;

/**
 * Every result matching the filters, in printed order, a batch of one source table's rows at a time,
 * so an export of any size starts at once and never holds all rows. Both walk the source tables in
 * printed order and each table's rows in index order (results_printed_order_idx). On PostgreSQL through
 * one `COPY … TO STDOUT` per table in one read-only repeatable-read transaction (one consistent snapshot); on the
 * embedded PGlite, which has one connection for everyone, keyset pages, so other requests run between batches.
 */
export async function* resultBatches(
  db: Database,
  filters: ResultFilters = {},
  { oneQueryLimit = 10_000, batchSize }: { oneQueryLimit?: number; batchSize?: number } = {},
): AsyncGenerator<ExportBatch> {
  // Up to oneQueryLimit results in the store (a few MB), one query reads them: walking ~100 source tables would cost more.
  if ((await countResultsUpTo({ db, limit: oneQueryLimit })) <= oneQueryLimit) {
    const batches = viewBatches(await listResults({ db, filters }));
    const size = batchSize ?? pageRows;
    for (const { table, rows } of batches) for (let i = 0; i < rows.length; i += size) yield { table, rows: rows.slice(i, i + size) };
    return;
  }
  const client = (db as unknown as { $client?: unknown }).$client;
  yield* client instanceof pg.Pool ? copyBatches(db, client, filters, batchSize ?? copyBatchRows) : keysetBatches(db, filters, batchSize ?? pageRows);
}

/** The export row's fields (exportRowFields); the table's own columns come once per table instead. */
const exportRowColumns: Record<(typeof exportRowFields)[number], AnyPgColumn | SQL.Aliased> = {
  id: results.id,
  page: results.page,
  section: results.section,
  modelId: results.modelId,
  modelName: models.name,
  modelAsPrinted: results.modelAsPrinted,
  benchmarkId: results.benchmarkId,
  benchmarkName: benchmarks.name,
  benchmarkAsPrinted: results.benchmarkAsPrinted,
  benchmarkItems: benchmarks.items,
  metric: results.metric,
  setting: results.setting,
  value: results.value,
  valueAsPrinted: results.valueAsPrinted,
  unit: results.unit,
  // Joined by the database as Array.join does it (a null element as an empty string): one text field instead of an array to parse.
  flags: sql<string>`array_to_string(${results.flags}, ';', '')`.as('flags'),
  note: results.note,
};

// The same fields, in exportRowFields order for rows read as arrays.
const exportRowSelection = Object.fromEntries(exportRowFields.map((f) => [f, exportRowColumns[f]])) as typeof exportRowColumns;

function selectExportRows<E extends Record<string, AnyPgColumn>>(db: Database, table: ExportTable, filters: ResultFilters, extra: E, conditions: SQL[] = []) {
  return db
    .select({ ...exportRowSelection, ...extra })
    .from(results)
    .innerJoin(models, eq(results.modelId, models.id))
    .innerJoin(benchmarks, eq(results.benchmarkId, benchmarks.id))
    .where(and(eq(results.sourceId, table.sourceId), eq(results.tableLabel, table.table), ...conditions, ...filterConditions(filters)))
    .orderBy(asc(results.position), asc(results.id));
}

async function* copyBatches(db: Database, pool: pg.Pool, filters: ResultFilters, batchSize: number): AsyncGenerator<ExportBatch> {
  const client = await pool.connect();
  let copy: CopyOut | undefined;
  let open = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    // One COPY per source table, each read in index order: the first rows leave at once, with no sort of the whole set.
    for (const table of await tablesInOrder(db, filters, (text, values) => client.query<string[]>({ text, values, rowMode: 'array' }))) {
      const { sql: text, params } = selectExportRows(db, table, filters, {}).toSQL();
      copy = client.query(new CopyOut(`COPY (${inlined(client, text, params)}) TO STDOUT`, batchSize));
      for await (const rows of copy.batches()) yield { table, rows };
    }
    await client.query('COMMIT');
    open = false;
  } finally {
    // A reader that stops early (closed download) mid-COPY, or an error, lands here: the connection is dropped, which ends the COPY.
    const midCopy = copy !== undefined && !copy.finished;
    if (open && !midCopy) await client.query('ROLLBACK').catch(() => undefined);
    client.release(midCopy);
  }
}

/** The source tables the export walks through, in printed order, read by `run` (the export's own connection, or any). */
async function tablesInOrder(db: Database, filters: ResultFilters, run?: (text: string, values: unknown[]) => Promise<{ rows: unknown[][] }>): Promise<ExportTable[]> {
  const query = db
    .select({ sourceId: sourceTables.sourceId, sourceTitle: sources.title, sourceArxiv: sources.arxivId, table: sourceTables.label })
    .from(sourceTables)
    .innerJoin(sources, eq(sourceTables.sourceId, sources.id))
    .where(filters.source ? inArray(sourceTables.sourceId, filters.source) : undefined)
    .orderBy(asc(sourceTables.sourceId), asc(sourceTables.position));
  if (!run) return query;
  const { sql: text, params } = query.toSQL();
  const { rows } = await run(text, params);
  return rows.map(([sourceId, sourceTitle, sourceArxiv, table]) => ({ sourceId, sourceTitle, sourceArxiv, table }) as ExportTable);
}

async function* keysetBatches(db: Database, filters: ResultFilters, batchSize: number): AsyncGenerator<ExportBatch> {
  for (const table of await tablesInOrder(db, filters)) {
    let after: { position: number; id: string } | null = null;
    for (;;) {
      const keyset: SQL[] = after ? [or(gt(results.position, after.position), and(eq(results.position, after.position), gt(results.id, after.id)))!] : [];
      const page = await selectExportRows(db, table, filters, { position: results.position }, keyset).limit(batchSize);
      if (page.length) yield { table, rows: page.map((r) => exportRowFields.map((f) => r[f]) as ExportRow) };
      if (page.length < batchSize) break;
      const last = page[page.length - 1]!;
      after = { position: last.position, id: last.id as string };
    }
  }
}
