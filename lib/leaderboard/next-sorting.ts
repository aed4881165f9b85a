import type { LeaderboardColumn } from './build-rows';
import { infoColumns, type SortEntry } from './view-params';

/**
 * The sort after a header activation: a plain click sorts by that column alone (first direction
 * per column, then the other, then off); with `multi` (shift-click) the column is added or toggled
 * in place and the others are kept.
 */
export function nextSorting(current: readonly SortEntry[], id: string, options: { multi: boolean; descFirst: boolean }): SortEntry[] {
  const existing = current.find((s) => s.id === id);
  const first = options.descFirst;
  const toggled = (s: SortEntry): SortEntry | null => (s.desc === first ? { id, desc: !first } : null);
  if (!options.multi) {
    if (!existing) return [{ id, desc: first }];
    const next = toggled(existing);
    return next ? [next] : [];
  }
  if (!existing) return [...current, { id, desc: first }];
  return current.flatMap((s) => (s.id === id ? (toggled(s) ?? []) : [s]));
}

/** Without a chosen sort: the most widely reported visible benchmark, best first. */
function defaultSorting(columns: readonly LeaderboardColumn[]): SortEntry[] {
  const widest = [...columns].sort((a, b) => b.modelsWithValues - a.modelsWithValues)[0];
  return widest ? [{ id: widest.benchmark.id, desc: widest.benchmark.higherIsBetter }] : [];
}

/** The sort a view applies: its entries on columns it shows, or the default when none is usable. */
export function viewSorting(sort: readonly SortEntry[], columns: readonly LeaderboardColumn[], hidden: readonly string[]): SortEntry[] {
  const shown = new Set<string>(['model', ...infoColumns.filter((c) => !hidden.includes(c)), ...columns.map((c) => c.benchmark.id)]);
  const usable = sort.filter((s) => shown.has(s.id));
  return usable.length ? usable : defaultSorting(columns);
}
