/** Reads the leaderboard's view from a URL: the search-params schema of `/`. Anything unusable is dropped and reported as a notice; parsing never throws. */
import * as z from 'zod/mini';
import { applyAliases, flag, list, oldFlagValues, one, pageNumber, readOne, readParams, short, text, toSearchParams, type Alias, type SearchParamsInput } from '../search-params/read';
import { emptyView, infoColumns, listParams, pageSizes, type KnownValues, type LeaderboardView, type SizeRange } from './view-params';

const maxListLength = 200;
const sizeHint = (text: string) => `Ignored the size range "${short(text)}" (write it like 1-10, -8 or 70-, in billions of parameters).`;

/** Each parameter's syntax; which ids exist is checked against the database's values afterwards. */
const leaderboardParams = {
  ...(Object.fromEntries(Object.keys(listParams).map((k) => [k, list(maxListLength)])) as Record<keyof typeof listParams, ReturnType<typeof list>>),
  size: readOne((text): SizeRange | null => {
    const match = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(text.trim());
    const min = match?.[1] !== undefined ? Number(match[1]) : null;
    const max = match?.[2] !== undefined ? Number(match[2]) : null;
    return match && (min !== null || max !== null) && (min === null || max === null || min <= max) ? { min, max } : null;
  }, sizeHint),
  q: text(100, () => 'Ignored a search longer than 100 characters.'),
  sort: list(maxListLength),
  hide: list(maxListLength),
  same_setting: flag('same_setting'),
  complete: flag('complete'),
  runs: flag('runs'),
  page: pageNumber((text) => `Ignored page="${short(text)}" (use a page number from 1).`),
  rows: one(
    z.pipe(
      z.enum(pageSizes.map(String) as [string, ...string[]], { error: (i) => `Ignored rows="${short(String(i.input))}" (use ${pageSizes.join(', ')}).` }),
      z.transform(Number),
    ),
  ),
};

/** Old spellings: comparable=1 (and true) for same_setting=1; true/false/0 for any flag. */
export const leaderboardAliases: readonly Alias[] = [
  { old: 'comparable', canonical: 'same_setting', values: { '1': '1', ...oldFlagValues }, message: (v) => `Ignored comparable="${short(v)}" (use same_setting=1).` },
  ...(['same_setting', 'complete', 'runs'] as const).map((name) => ({ old: name, canonical: name, values: oldFlagValues, message: () => '' })),
];

/** Reads a view: old spellings first become canonical, then each parameter is checked on its own. */
export function parseLeaderboardView(input: SearchParamsInput, known: KnownValues): { view: LeaderboardView; notices: string[] } {
  const aliased = applyAliases(toSearchParams(input), leaderboardAliases);
  const { values, issues, unknown } = readParams(aliased.params, leaderboardParams);
  const notices = [...unknown.map((key) => `Ignored the unknown parameter "${short(key)}".`), ...[...aliased.issues, ...issues].map((i) => i.message)];
  // A fresh object with fresh arrays: the parser pushes into them, and a shared default must never change.
  const view: LeaderboardView = { ...emptyView, size: { min: null, max: null }, sort: [], hide: [] };

  for (const [param, field] of Object.entries(listParams) as [keyof typeof listParams, (typeof listParams)[keyof typeof listParams]][]) {
    const given = values[param] ?? [];
    const bad = given.filter((v) => !known[field].has(v));
    if (bad.length) notices.push(`Ignored unknown ${param} value${bad.length > 1 ? 's' : ''}: ${bad.slice(0, 5).map((b) => `"${short(b)}"`).join(', ')}.`);
    view[field] = given.filter((v) => known[field].has(v));
  }
  if (values.size) view.size = values.size;
  if (values.q !== undefined) view.q = values.q;

  const columnIds = new Set(['model', ...infoColumns, ...known.benchmarks]);
  for (const entry of values.sort ?? []) {
    const [id = '', dir = 'desc'] = entry.split(':');
    if (!columnIds.has(id) || (dir !== 'asc' && dir !== 'desc')) notices.push(`Ignored the sort "${short(entry)}".`);
    else if (!view.sort.some((s) => s.id === id)) view.sort.push({ id, desc: dir === 'desc' });
  }
  for (const column of values.hide ?? []) {
    if ((infoColumns as readonly string[]).includes(column)) view.hide.push(column);
    else notices.push(`Ignored hiding "${short(column)}" (only ${infoColumns.join(', ')} can be hidden).`);
  }
  view.comparable = values.same_setting ?? false;
  view.complete = values.complete ?? false;
  view.runs = values.runs ?? false;
  if (values.page !== undefined) view.page = values.page;
  if (values.rows !== undefined) view.rows = values.rows;
  return { view, notices };
}

