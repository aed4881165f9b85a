import type { Discrepancy } from './discrepancies';
import * as z from 'zod/mini';
import { settingClasses, type SettingClass } from './discrepancy-class';
import { applyAliases, one, pageNumber, readParams, type Alias, type ParamIssue } from './search-params/read';

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

/** The direction a first click on a column sorts: largest gaps first, names A to Z. */
export const defaultDirection: Record<LedgerSort, SortDirection> = { model: 'asc', benchmark: 'asc', spread: 'desc', values: 'desc' };
export const defaultLedgerView: LedgerView = { setting: 'all', sort: 'model', dir: 'asc', page: 1 };

const settingMessage = 'setting must be "all", "same", "different" or "unknown"';

/** The ledger's schema, one zod schema per parameter, shared by /discrepancies and /api/discrepancies. */
export const ledgerParams = {
  setting: one(z.enum(['all', ...settingClasses], { error: settingMessage })),
  sort: one(z.enum(ledgerSorts, { error: `sort must be one of ${ledgerSorts.join(', ')}` })),
  dir: one(z.enum(['asc', 'desc'], { error: 'dir must be "asc" or "desc"' })),
  page: pageNumber(() => 'page must be a whole number from 1'),
  /** Deprecated API spelling with no canonical equivalent: every pair but those at the same setting. */
  same_setting: one(z.literal('false')),
};

/**
 * Old spellings: same_setting=true|1 and view=same|differ|all for setting=...; same_setting=false stays
 * readable (API, deprecated) as "every pair but the same-setting ones", which no setting value names.
 */
export const ledgerAliases: readonly Alias[] = [
  { old: 'same_setting', canonical: 'setting', values: { true: 'same', '1': 'same' }, keep: ['false'], message: () => 'same_setting must be "true" or "false"' },
  { old: 'view', canonical: 'setting', values: { same: 'same', differ: 'different', all: null }, message: () => 'view must be "all", "same" or "differ"' },
];

/** Every parameter the ledger reads: its schema's and its old spellings' (the list filters read the rest). */
export const ledgerParamKeys: readonly string[] = [...new Set([...Object.keys(ledgerParams), ...ledgerAliases.map((a) => a.old)])];

/** Reads the view; every bad value becomes an issue (a 400 on the API, a notice and the default on the page). */
export function parseLedgerView(input: URLSearchParams): { view: LedgerView & { notSame?: boolean }; issues: ParamIssue[] } {
  const aliased = applyAliases(input, ledgerAliases);
  const own = new URLSearchParams([...aliased.params].filter(([k]) => Object.hasOwn(ledgerParams, k)));
  const { values, issues } = readParams(own, ledgerParams);
  const view: LedgerView & { notSame?: boolean } = { ...defaultLedgerView };
  if (values.setting) view.setting = values.setting;
  else if (values.same_setting) view.notSame = true;
  if (values.sort) view.sort = values.sort;
  view.dir = values.dir ?? defaultDirection[view.sort];
  if (values.page) view.page = values.page;
  return { view, issues: [...aliased.issues, ...issues] };
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
