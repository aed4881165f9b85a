import * as z from 'zod/mini';
import { list, one, readApiParams, type ParamIssue } from './search-params/read';

/** Filters shared by the results API, the export CLI and the pages; parsed from a query string. */
export const listFilterKeys = ['source', 'model', 'benchmark', 'family', 'category', 'stage', 'modality'] as const;
export type ListFilterKey = (typeof listFilterKeys)[number];

export type ResultFilters = Partial<Record<ListFilterKey, string[]>> & { q?: string };

export type { ParamIssue } from './search-params/read';

const controlCharacters = /[\u0000-\u001f\u007f]/;

/** Text a database or a page should never receive (NUL and other control characters). */
export function hasControlCharacters(text: string): boolean {
  return controlCharacters.test(text);
}

/** Drops control characters from free text typed into a search box. */
export function withoutControlCharacters(text: string): string {
  return [...text].filter((ch) => !controlCharacters.test(ch)).join('');
}

const valuePattern = /^[\p{L}\p{N}][\p{L}\p{N} ._()+/-]{0,99}$/u;
const maxValues = 100;
const maxQueryLength = 200;

/** A list filter: ids or names, each well-formed, at most maxValues. */
const filterList = (key: string) =>
  list(Infinity)
    .check(z.refine((values: string[]) => values.every((v) => valuePattern.test(v)), `"${key}" has a malformed value`))
    .check(z.maxLength(maxValues, `"${key}" has more than ${maxValues} values`));

/** The schema of the shared filters, one zod schema per parameter. */
export const resultFilterParams = {
  ...(Object.fromEntries(listFilterKeys.map((k) => [k, filterList(k)])) as Record<ListFilterKey, ReturnType<typeof filterList>>),
  q: one(
    z.pipe(z.string(), z.transform((t: string) => t.trim()))
      .check(z.maxLength(maxQueryLength, `"q" is longer than ${maxQueryLength} characters`))
      .check(z.refine((t: string) => !hasControlCharacters(t), '"q" contains control characters')),
  ),
};

/**
 * Reads filters from query parameters. Lists are comma-separated and may repeat (`model=a&model=b`).
 * Anything unusable is reported as an issue and left out, never thrown.
 */
export function parseResultFilters(
  params: URLSearchParams,
  otherKeys: readonly string[] = [],
  listKeys: readonly ListFilterKey[] = listFilterKeys,
): { filters: ResultFilters; issues: ParamIssue[] } {
  const schemas = Object.fromEntries([...listKeys, 'q' as const].map((k) => [k, resultFilterParams[k]]));
  const known = new URLSearchParams([...params].filter(([k]) => !otherKeys.includes(k) || Object.hasOwn(schemas, k)));
  const { values, issues } = readApiParams(known, schemas);
  return { filters: filtersOf(values), issues };
}

/** Filters from read filter parameters: empty lists and an empty search left out. */
export function filtersOf(values: Partial<Record<ListFilterKey, string[]>> & { q?: string }): ResultFilters {
  const { q, ...lists } = values;
  const filters: ResultFilters = Object.fromEntries(Object.entries(lists).filter(([, v]) => v?.length));
  if (q) filters.q = q;
  return filters;
}

export type FilterOptions = Record<ListFilterKey, ReadonlySet<string>>;

/** Reports filter values that name nothing in the database (e.g. a misspelt model id). */
export function unknownFilterValues(filters: ResultFilters, options: FilterOptions): ParamIssue[] {
  const issues: ParamIssue[] = [];
  for (const key of listFilterKeys) {
    const unknown = (filters[key] ?? []).filter((v) => !options[key].has(v));
    if (unknown.length) issues.push({ param: key, message: `unknown ${key}: ${unknown.map((v) => `"${v}"`).join(', ')}` });
  }
  return issues;
}
