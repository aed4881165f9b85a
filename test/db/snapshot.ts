import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';

const tables = ['sources', 'source_tables', 'models', 'benchmarks', 'results', 'series', 'points'] as const;

/** Row counts and a content hash of every table: equal snapshots mean nothing was written. */
export async function snapshotDatabase(db: Database) {
  const counts = {} as Record<(typeof tables)[number], number>;
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = (await db.execute(sql.raw(`select to_jsonb(t) as row from "${table}" t order by 1::text`))) as unknown as
      | { rows: { row: unknown }[] }
      | { row: unknown }[];
    const list = Array.isArray(rows) ? rows : rows.rows;
    const texts = list.map((r) => JSON.stringify(r.row)).sort();
    counts[table] = texts.length;
    hash.update(`${table}\n${texts.join('\n')}\n`);
  }
  return { counts, hash: hash.digest('hex') };
}
