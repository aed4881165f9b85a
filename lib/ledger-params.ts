import type { Discrepancy } from './discrepancies';
import { isSettingClass, type SettingClass } from './discrepancy-class';
import { parsePageNumber } from './paging';
import type { ParamIssue } from './result-filters';

/** The discrepancy ledger's view state, as the URL of /discrepancies and /api/discrepancies spells it. */
export const ledgerSorts = ['model', 'benchmark', 'spread', 'values'] as const;
export type LedgerSort = (typeof ledgerSorts)[number];
export type SortDirection = 'asc' | 'desc';

export interface LedgerView {
  setting: SettingClass | 'all';
  sort: LedgerSort;
  dir: SortDirection;
  page: number;
}

export const ledgerPageSize = 20;
export const ledgerParamKeys = ['setting', 'same_setting', 'view', 'sort', 'dir', 'page'] as const;

/** The direction a first click on a column sorts: largest gaps first, names A to Z. */
export const defaultDirection: Record<LedgerSort, SortDirection> = { model: 'asc', benchmark: 'asc', spread: 'desc', values: 'desc' };
export const defaultLedgerView: LedgerView = { setting: 'all', sort: 'model', dir: 'asc', page: 1 };

/** Old spellings kept working: `same_setting=true|false` (API) and `view=same|differ` (page). */
function legacySetting(params: URLSearchParams): { value: SettingClass | 'not-same' | null; issue?: ParamIssue } {
  const sameSetting = params.get('same_setting');
  if (sameSetting === 'true') return { value: 'same' };
  if (sameSetting === 'false') return { value: 'not-same' };
  if (sameSetting !== null) return { value: null, issue: { param: 'same_setting', message: 'same_setting must be "true" or "false"' } };
  const view = params.get('view');
  if (view === 'same') return { value: 'same' };
  if (view === 'differ') return { value: 'different' };
  if (view !== null && view !== 'all') return { value: null, issue: { param: 'view', message: 'view must be "all", "same" or "differ"' } };
  return { value: null };
}

/** Reads the view; every bad value becomes an issue (a 400 on the API, a notice and the default on the page). */
export function parseLedgerView(params: URLSearchParams): { view: LedgerView & { notSame?: boolean }; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  const view: LedgerView & { notSame?: boolean } = { ...defaultLedgerView };
  const setting = params.get('setting');
  if (setting !== null && setting !== 'all' && !isSettingClass(setting)) {
    issues.push({ param: 'setting', message: 'setting must be "all", "same", "different" or "unknown"' });
  }
  const legacy = legacySetting(params);
  if (legacy.issue) issues.push(legacy.issue);
  if (setting !== null && (setting === 'all' || isSettingClass(setting))) view.setting = setting;
  else if (legacy.value === 'not-same') view.notSame = true;
  else if (legacy.value) view.setting = legacy.value;
  const sort = params.get('sort');
  if (sort !== null) {
    if ((ledgerSorts as readonly string[]).includes(sort)) view.sort = sort as LedgerSort;
    else issues.push({ param: 'sort', message: `sort must be one of ${ledgerSorts.join(', ')}` });
  }
  view.dir = defaultDirection[view.sort];
  const dir = params.get('dir');
  if (dir === 'asc' || dir === 'desc') view.dir = dir;
  else if (dir !== null) issues.push({ param: 'dir', message: 'dir must be "asc" or "desc"' });
  const page = params.get('page');
  if (page !== null) {
    const n = parsePageNumber(page);
    if (n === null) issues.push({ param: 'page', message: 'page must be a whole number from 1' });
    else view.page = n;
  }
  return { view, issues };
}

const byName = (a: string, b: string) => a.localeCompare(b);

/** The pairs a view keeps, in its order (ties by model, then benchmark; unknown spreads last either way). */
export function applyLedgerView(all: readonly Discrepancy[], view: LedgerView & { notSame?: boolean }): Discrepancy[] {
  const kept = all.filter((d) => (view.notSame ? d.setting !== 'same' : view.setting === 'all' || d.setting === view.setting));
  const sign = view.dir === 'asc' ? 1 : -1;
  const tie = (a: Discrepancy, b: Discrepancy) => byName(a.modelName, b.modelName) || byName(a.benchmarkName, b.benchmarkName);
  const primary: Record<LedgerSort, (a: Discrepancy, b: Discrepancy) => number> = {
    model: (a, b) => sign * tie(a, b),
    benchmark: (a, b) => sign * (byName(a.benchmarkName, b.benchmarkName) || byName(a.modelName, b.modelName)),
    spread: (a, b) => (a.spread === null ? 1 : 0) - (b.spread === null ? 1 : 0) || sign * ((a.spread ?? 0) - (b.spread ?? 0)),
    values: (a, b) => sign * (a.results.length - b.results.length),
  };
  return [...kept].sort((a, b) => primary[view.sort](a, b) || tie(a, b));
}

/** The URL query of a view and filters, leaving out defaults so every view has one short permalink. */
export function ledgerQuery(base: URLSearchParams, change: Partial<LedgerView>): string {
  const p = new URLSearchParams(base);
  for (const key of ['view', 'same_setting']) p.delete(key);
  for (const [key, value] of Object.entries(change)) p.set(key, String(value));
  const sort = (p.get('sort') ?? 'model') as LedgerSort;
  if (p.get('setting') === 'all') p.delete('setting');
  if (p.get('page') === '1') p.delete('page');
  if (p.get('dir') === defaultDirection[sort]) p.delete('dir');
  if (p.get('sort') === 'model') p.delete('sort');
  const text = p.toString();
  return text ? `?${text}` : '';
}
