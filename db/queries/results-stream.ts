import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import pg from 'pg';
import type { ResultFilters } from '../../lib/result-filters';
import type { ResultView } from '../../lib/result-view';
import type { Database } from '../client';
import { results, sourceTables } from '../schema';
import { filterConditions, printedOrder, selectResultViews } from './results';

/** Rows per round trip: large enough to keep above 200,000 rows/s, small enough for a first byte at once. */
const batchSize = 5_000;

/**
 * Every result matching the filters, in printed order, a batch at a time, so an export of any size
 * starts at once and never holds all rows. On PostgreSQL a server-side cursor in a read-only
 * repeatable-read transaction (one consistent snapshot); on the embedded PGlite, which has one
 * connection for everyone, keyset pages per source table, so other requests run between batches.
 */
export function resultBatches(db: Database, filters: ResultFilters = {}): AsyncGenerator<ResultView[]> {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool ? cursorBatches(db, client, filters) : keysetBatches(db, filters);
}

async function* cursorBatches(db: Database, pool: pg.Pool, filters: ResultFilters): AsyncGenerator<ResultView[]> {
  const query = selectResultViews(db).where(and(...filterConditions(filters))).orderBy(...printedOrder, asc(results.id));
  const { sql: text, params } = query.toSQL();
  // drizzle lists the selected fields in the order of its field object; rows come back as arrays in that order.
  const fields = Object.keys(query._.selectedFields) as (keyof ResultView)[];
  const client = await pool.connect();
  let open = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    await client.query({ text: `DECLARE results_export NO SCROLL CURSOR FOR ${text}`, values: params });
    for (;;) {
      const { rows } = await client.query<unknown[]>({ text: `FETCH ${batchSize} FROM results_export`, rowMode: 'array' });
      if (!rows.length) break;
      yield rows.map((row) => Object.fromEntries(fields.map((f, i) => [f, row[i]])) as unknown as ResultView);
    }
    await client.query('COMMIT');
    open = false;
  } finally {
    // A reader that stops early (closed download) or an error lands here: the transaction must not stay open.
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

async function* keysetBatches(db: Database, filters: ResultFilters): AsyncGenerator<ResultView[]> {
  const tables = await db
    .select({ sourceId: sourceTables.sourceId, label: sourceTables.label })
    .from(sourceTables)
    .where(filters.source ? inArray(sourceTables.sourceId, filters.source) : undefined)
    .orderBy(asc(sourceTables.sourceId), asc(sourceTables.position));
  for (const table of tables) {
    let after: { position: number; id: string } | null = null;
    for (;;) {
      const rows: (ResultView & { position: number })[] = await selectResultViews(db, { position: results.position })
        .where(
          and(
            eq(results.sourceId, table.sourceId),
            eq(results.tableLabel, table.label),
            after ? or(gt(results.position, after.position), and(eq(results.position, after.position), gt(results.id, after.id))) : undefined,
            ...filterConditions(filters),
          ),
        )
        .orderBy(asc(results.position), asc(results.id))
        .limit(batchSize);
      if (rows.length) yield rows.map(withoutPosition);
      if (rows.length < batchSize) break;
      const last = rows[rows.length - 1]!;
      after = { position: last.position, id: last.id };
    }
  }
}

function withoutPosition(row: ResultView & { position?: number }): ResultView {
  const view = { ...row };
  delete view.position;
  return view;
}
