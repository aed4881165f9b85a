/** Filters shared by the results API, the export CLI and the pages; parsed from a query string. */
export const listFilterKeys = ['source', 'model', 'benchmark', 'family', 'category', 'stage', 'modality'] as const;
export type ListFilterKey = (typeof listFilterKeys)[number];

export type ResultFilters = Partial<Record<ListFilterKey, string[]>> & { q?: string };

export interface ParamIssue {
  param: string;
  message: string;
}

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

/**
 * Reads filters from query parameters. Lists are comma-separated and may repeat (`model=a&model=b`).
 * Anything unusable is reported as an issue and left out, never thrown.
 */
export function parseResultFilters(
  params: URLSearchParams,
  otherKeys: readonly string[] = [],
  listKeys: readonly ListFilterKey[] = listFilterKeys,
): { filters: ResultFilters; issues: ParamIssue[] } {
  const filters: ResultFilters = {};
  const issues: ParamIssue[] = [];
  const seenKeys = new Set<string>();
  for (const key of params.keys()) {
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    if ((listKeys as readonly string[]).includes(key)) {
      const values = params
        .getAll(key)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      const good = [...new Set(values.filter((v) => valuePattern.test(v)))];
      if (good.length !== new Set(values).size) issues.push({ param: key, message: `"${key}" has a malformed value` });
      if (good.length > maxValues) issues.push({ param: key, message: `"${key}" has more than ${maxValues} values` });
      else if (good.length) filters[key as ListFilterKey] = good;
    } else if (key === 'q') {
      const q = (params.get('q') ?? '').trim();
      if (q.length > maxQueryLength) issues.push({ param: 'q', message: `"q" is longer than ${maxQueryLength} characters` });
      else if (hasControlCharacters(q)) issues.push({ param: 'q', message: '"q" contains control characters' });
      else if (q) filters.q = q;
    } else if (!otherKeys.includes(key)) {
      issues.push({ param: key, message: `unknown parameter "${key}"` });
    }
  }
  return { filters, issues };
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
