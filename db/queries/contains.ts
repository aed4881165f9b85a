import { and, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { searchTokens } from '../../lib/name-search';

/** The same normalisation as lib/name-search in SQL: lowercased, letters and digits only. */
const normalised = (text: SQL | AnyPgColumn) => sql`regexp_replace(lower(${text}), '[^[:alnum:]]', '', 'g')`;

/** True where the token (already normalised: letters and digits only, so no LIKE wildcards) is in a column or an alias. */
export function tokenIn(token: string, columns: AnyPgColumn[], arrayColumns: AnyPgColumn[] = []): SQL {
  const pattern = `%${token}%`;
  return or(
    ...columns.map((c) => sql`${normalised(c)} like ${pattern}`),
    ...arrayColumns.map((c) => sql`exists (select 1 from unnest(${c}) as alias(name) where ${normalised(sql`alias.name`)} like ${pattern})`),
  )!;
}

/**
 * The search rule of lib/name-search for `q` typed into an API filter: every word of it, ignoring case,
 * spaces and dashes, is found in one of the columns or aliases ("qwen 7b", "mimo rl aime 2024").
 * A query of punctuation only matches everything, as it does in the browser.
 */
export function textMatches(q: string, columns: AnyPgColumn[], arrayColumns: AnyPgColumn[] = []): SQL {
  const tokens = searchTokens(q);
  if (!tokens.length) return sql`true`;
  return and(...tokens.map((t) => tokenIn(t, columns, arrayColumns)))!;
}

/**
 * The same rule over a model's id, name, family and aliases, read from the generated column
 * models.search_text (migration 0017: those names normalised, joined by spaces, which no token holds).
 */
export function modelNameMatches(q: string, searchText: SQL = sql`models.search_text`): SQL {
  const tokens = searchTokens(q);
  return tokens.length ? and(...tokens.map((t) => sql`strpos(${searchText}, ${t}) > 0`))! : sql`true`;
}
