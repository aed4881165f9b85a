/**
 * The leaderboard's view as URL parameters, parsed and written by one module on server and client.
 * Anything unusable is dropped and reported as a notice; parsing never throws.
 */
import { parsePageNumber } from '../paging';

export interface SortEntry {
  id: string;
  desc: boolean;
}

export interface SizeRange {
  min: number | null;
  max: number | null;
}

export interface LeaderboardView {
  /** Benchmark columns chosen explicitly; empty means the default set. */
  benchmarks: string[];
  categories: string[];
  families: string[];
  stages: string[];
  modalities: string[];
  /** Only values reported in these sources count ("as reported in ..."). */
  sources: string[];
  size: SizeRange;
  q: string;
  sort: SortEntry[];
  /** Hidden descriptive columns (family, params, stage, average). */
  hide: string[];
  /** Only values whose metric and setting match the column's reference setting. */
  comparable: boolean;
  /** Only rows whose average covers every visible averaged column ("complete rows only"). */
  complete: boolean;
  /** Show measured run values beside the reported ones ("include runs"); they never rank, average or pick rows. */
  runs: boolean;
  /** 1-based page of rows; a page past the end shows the last one. */
  page: number;
  /** Rows per page, one of pageSizes. */
  rows: number;
}

/** Rows per page a reader can choose; the first is the default. */
export const pageSizes = [20, 50, 100, 200] as const;

export const infoColumns = ['family', 'params', 'stage', 'average'] as const;

export interface KnownValues {
  benchmarks: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  families: ReadonlySet<string>;
  stages: ReadonlySet<string>;
  modalities: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

export const emptyView: Readonly<LeaderboardView> = Object.freeze({
  benchmarks: [],
  categories: [],
  families: [],
  stages: [],
  modalities: [],
  sources: [],
  size: { min: null, max: null },
  q: '',
  sort: [],
  hide: [],
  comparable: false,
  complete: false,
  runs: false,
  page: 1,
  rows: pageSizes[0],
});

const listParams = {
  benchmark: 'benchmarks',
  category: 'categories',
  family: 'families',
  stage: 'stages',
  modality: 'modalities',
  source: 'sources',
} as const satisfies Record<string, keyof KnownValues & keyof LeaderboardView>;

const knownKeys = new Set([...Object.keys(listParams), 'size', 'q', 'sort', 'hide', 'comparable', 'complete', 'runs', 'page', 'rows']);
const maxListLength = 200;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function toSearchParams(input: SearchParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

function list(params: URLSearchParams, key: string): string[] {
  return [
    ...new Set(
      params
        .getAll(key)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ].slice(0, maxListLength);
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function parseLeaderboardView(input: SearchParamsInput, known: KnownValues): { view: LeaderboardView; notices: string[] } {
  const params = toSearchParams(input);
  const notices: string[] = [];
  // A fresh object with fresh arrays: the parser pushes into them, and a shared default must never change.
  const view: LeaderboardView = { ...emptyView, size: { min: null, max: null }, sort: [], hide: [] };

  for (const key of new Set(params.keys())) {
    if (!knownKeys.has(key)) notices.push(`Ignored the unknown parameter "${short(key)}".`);
  }
  for (const [param, field] of Object.entries(listParams) as [keyof typeof listParams, (typeof listParams)[keyof typeof listParams]][]) {
    const values = list(params, param);
    const good = values.filter((v) => known[field].has(v));
    const bad = values.filter((v) => !known[field].has(v));
    if (bad.length) notices.push(`Ignored unknown ${param} value${bad.length > 1 ? 's' : ''}: ${bad.slice(0, 5).map((b) => `"${short(b)}"`).join(', ')}.`);
    view[field] = good;
  }

  const size = params.get('size');
  if (size !== null) {
    const match = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(size.trim());
    const min = match?.[1] !== undefined ? Number(match[1]) : null;
    const max = match?.[2] !== undefined ? Number(match[2]) : null;
    if (!match || (min === null && max === null) || (min !== null && max !== null && min > max)) {
      notices.push(`Ignored the size range "${short(size)}" (write it like 1-10, -8 or 70-, in billions of parameters).`);
    } else view.size = { min, max };
  }

  const q = (params.get('q') ?? '').trim();
  if (q.length > 100) notices.push('Ignored a search longer than 100 characters.');
  else view.q = q;

  const columnIds = new Set(['model', ...infoColumns, ...known.benchmarks]);
  for (const entry of list(params, 'sort')) {
    const [id = '', dir = 'desc'] = entry.split(':');
    if (!columnIds.has(id) || (dir !== 'asc' && dir !== 'desc')) notices.push(`Ignored the sort "${short(entry)}".`);
    else if (!view.sort.some((s) => s.id === id)) view.sort.push({ id, desc: dir === 'desc' });
  }

  for (const column of list(params, 'hide')) {
    if ((infoColumns as readonly string[]).includes(column)) view.hide.push(column);
    else notices.push(`Ignored hiding "${short(column)}" (only ${infoColumns.join(', ')} can be hidden).`);
  }

  for (const flag of ['comparable', 'complete', 'runs'] as const) {
    const value = params.get(flag);
    if (value === null) continue;
    if (value === '1' || value === 'true') view[flag] = true;
    else if (value !== '0' && value !== 'false') notices.push(`Ignored ${flag}="${short(value)}" (use 1 or 0).`);
  }

  const page = params.get('page');
  if (page !== null) {
    const n = parsePageNumber(page);
    if (n === null) notices.push(`Ignored page="${short(page)}" (use a page number from 1).`);
    else view.page = n;
  }
  const rows = params.get('rows');
  if (rows !== null) {
    const n = Number(rows);
    if (!(pageSizes as readonly number[]).includes(n)) notices.push(`Ignored rows="${short(rows)}" (use ${pageSizes.join(', ')}).`);
    else view.rows = n;
  }
  return { view, notices };
}

/** The query string for a view, without defaults, in a stable order (so equal views give equal URLs). */
export function serializeLeaderboardView(view: LeaderboardView): string {
  const params = new URLSearchParams();
  for (const [param, field] of Object.entries(listParams) as [string, keyof LeaderboardView][]) {
    const values = view[field] as string[];
    if (values.length) params.set(param, values.join(','));
  }
  if (view.size.min !== null || view.size.max !== null) params.set('size', `${view.size.min ?? ''}-${view.size.max ?? ''}`);
  if (view.q) params.set('q', view.q);
  if (view.sort.length) params.set('sort', view.sort.map((s) => `${s.id}:${s.desc ? 'desc' : 'asc'}`).join(','));
  if (view.hide.length) params.set('hide', view.hide.join(','));
  if (view.comparable) params.set('comparable', '1');
  if (view.complete) params.set('complete', '1');
  if (view.runs) params.set('runs', '1');
  if (view.rows !== emptyView.rows) params.set('rows', String(view.rows));
  if (view.page > 1) params.set('page', String(view.page));
  return params.toString();
}
