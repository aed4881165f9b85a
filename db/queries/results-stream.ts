import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import pg from 'pg';
import type { ResultFilters } from '../../lib/result-filters';
import type { ResultView } from '../../lib/result-view';
import type { Database } from '../client';
import { results, sourceTables } from '../schema';
import { countResultsUpTo } from './leaderboard-catalog';
import { filterConditions, listResults, selectResultViews } from './results';

/** Rows per round trip: large enough to keep above 200,000 rows/s, small enough for a first byte at once. */
const batchSize = 5_000;

/**
 * Every result matching the filters, in printed order, a batch at a time, so an export of any size
 * starts at once and never holds all rows. Both walk the source tables in printed order and each
 * table's rows in index order (results_printed_order_idx). On PostgreSQL through server-side cursors
 * in one read-only repeatable-read transaction (one consistent snapshot); on the embedded PGlite,
 * which has one connection for everyone, keyset pages, so other requests run between batches.
 */
export async function* resultBatches(db: Database, filters: ResultFilters = {}, { oneQueryLimit = 10_000 } = {}): AsyncGenerator<ResultView[]> {
  // Up to oneQueryLimit results in the store (a few MB), one query reads them: walking ~100 source tables would cost more.
  if ((await countResultsUpTo({ db, limit: oneQueryLimit })) <= oneQueryLimit) {
    const rows = await listResults({ db, filters });
    for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
    return;
  }
  const client = (db as unknown as { $client?: unknown }).$client;
  yield* client instanceof pg.Pool ? cursorBatches(db, client, filters) : keysetBatches(db, filters);
}


async function* cursorBatches(db: Database, pool: pg.Pool, filters: ResultFilters): AsyncGenerator<ResultView[]> {
  const client = await pool.connect();
  let open = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    // One cursor per source table, each read in index order: the first rows leave at once, with no sort of the whole set.
    for (const table of await tablesInOrder(db, filters, (text, values) => client.query<string[]>({ text, values, rowMode: 'array' }))) {
      const query = selectResultViews(db).where(and(...inTable(table), ...filterConditions(filters))).orderBy(asc(results.position), asc(results.id));
      const { sql: text, params } = query.toSQL();
      // drizzle lists the selected fields in the order of its field object; rows come back as arrays in that order.
      const fields = Object.keys(query._.selectedFields) as (keyof ResultView)[];
      await client.query({ text: `DECLARE results_export NO SCROLL CURSOR FOR ${text}`, values: params });
      for (;;) {
        const { rows } = await client.query<unknown[]>({ text: `FETCH ${batchSize} FROM results_export`, rowMode: 'array' });
        if (rows.length) yield rows.map((row) => Object.fromEntries(fields.map((f, i) => [f, row[i]])) as unknown as ResultView);
        if (rows.length < batchSize) break;
      }
      await client.query('CLOSE results_export');
    }
    await client.query('COMMIT');
    open = false;
  } finally {
    // A reader that stops early (closed download) or an error lands here: the transaction must not stay open.
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

type Table = { sourceId: string; label: string };
const inTable = (t: Table) => [eq(results.sourceId, t.sourceId), eq(results.tableLabel, t.label)];

/** The source tables the export walks through, in printed order, read by `run` (the cursor's own connection, or any). */
async function tablesInOrder(db: Database, filters: ResultFilters, run?: (text: string, values: unknown[]) => Promise<{ rows: string[][] }>): Promise<Table[]> {
  const query = db
    .select({ sourceId: sourceTables.sourceId, label: sourceTables.label })
    .from(sourceTables)
    .where(filters.source ? inArray(sourceTables.sourceId, filters.source) : undefined)
    .orderBy(asc(sourceTables.sourceId), asc(sourceTables.position));
  if (!run) return query;
  const { sql: text, params } = query.toSQL();
  const { rows } = await run(text, params);
  return rows.map(([sourceId, label]) => ({ sourceId: sourceId!, label: label! }));
}

async function* keysetBatches(db: Database, filters: ResultFilters): AsyncGenerator<ResultView[]> {
  for (const table of await tablesInOrder(db, filters)) {
    let after: { position: number; id: string } | null = null;
    for (;;) {
      const rows: (ResultView & { position: number })[] = await selectResultViews(db, { position: results.position })
        .where(
          and(
            ...inTable(table),
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
