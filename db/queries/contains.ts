import { ilike, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** An ILIKE pattern matching text that contains `q` literally (its %, _ and \ escaped). */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** True where any of the text columns, or any element of the text-array columns (aliases), contains `q`. */
export function textMatches(q: string, columns: AnyPgColumn[], arrayColumns: AnyPgColumn[] = []): SQL {
  const pattern = containsPattern(q);
  return or(
    ...columns.map((c) => ilike(c, pattern)),
    ...arrayColumns.map((c) => sql`array_to_string(${c}, ' ') ilike ${pattern}`),
  )!;
}
