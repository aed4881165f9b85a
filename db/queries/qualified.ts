import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * A column written with its table's name. Drizzle writes the columns of a select list without it,
 * so in a subquery there `"id"` would name the subquery's own table's id (every count came out 0).
 */
export function qualified(column: AnyPgColumn): SQL {
  return sql`${column.table}.${sql.identifier(column.name)}`;
}

/** How many rows of `child` point, through `foreignKey`, at the outer query's row (`outer`): a select field. */
export function countOf(child: PgTable, foreignKey: AnyPgColumn, outer: AnyPgColumn): SQL<number> {
  return sql<number>`(select count(*)::int from ${child} where ${qualified(foreignKey)} = ${qualified(outer)})`;
}
