import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface ChangeCount {
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export const noChanges = (): ChangeCount => ({ inserted: 0, updated: 0, unchanged: 0, deleted: 0 });

const chunkSize = 500;

function same(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null) return b === undefined || b === null;
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * Writes only what differs: rows whose key is new are inserted, rows with a changed field are
 * updated (both through one INSERT ... ON CONFLICT per chunk), identical rows are not touched.
 */
export async function upsertChanged<T extends PgTable>(
  tx: Transaction,
  table: T,
  keyColumns: PgColumn[],
  rows: T['$inferInsert'][],
  existing: Record<string, unknown>[],
): Promise<ChangeCount> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keyProps = Object.entries(columns)
    .filter(([, c]) => keyColumns.includes(c))
    .map(([prop]) => prop);
  const keyOf = (row: Record<string, unknown>) => keyProps.map((p) => String(row[p])).join('\u001f');
  const before = new Map(existing.map((row) => [keyOf(row), row]));
  const count = noChanges();
  const changed: T['$inferInsert'][] = [];
  for (const row of rows) {
    const old = before.get(keyOf(row as Record<string, unknown>));
    if (!old) count.inserted += 1;
    else if (Object.entries(row as Record<string, unknown>).every(([k, v]) => same(v, old[k]))) {
      count.unchanged += 1;
      continue;
    } else count.updated += 1;
    changed.push(row);
  }
  const set: Record<string, SQL> = {};
  for (const [prop, column] of Object.entries(columns)) {
    if (!keyColumns.includes(column)) set[prop] = sql.raw(`excluded."${column.name}"`);
  }
  for (let i = 0; i < changed.length; i += chunkSize) {
    const chunk = changed.slice(i, i + chunkSize);
    const insert = tx.insert(table).values(chunk as never);
    await (Object.keys(set).length
      ? insert.onConflictDoUpdate({ target: keyColumns, set: set as never })
      : insert.onConflictDoNothing());
  }
  return count;
}
