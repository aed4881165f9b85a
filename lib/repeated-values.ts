/**
 * One paper often prints the same number in several tables (a summary table and a detailed one).
 * Those are separate results (each cites its own table) but one reported value: counts and charts
 * take each value once and list every place it was printed.
 */
import { marksOf, whereText } from './display-text';

export interface RepeatFields {
  modelId: string;
  benchmarkId?: string;
  sourceId?: string;
  sourceShortTitle: string;
  valueAsPrinted: string;
  flags: readonly string[];
}

export interface PrintedPlace {
  id?: string;
  sourceShortTitle: string;
  table: string;
  page: string | null;
}

/**
 * Results with equal keys are one value printed again: same source, model, benchmark, printed value
 * and printed marks. A table's setting note (and our notes about it) may differ; another source's
 * equal number stays a report of its own.
 */
export function repeatKey(r: RepeatFields): string {
  return [r.sourceId ?? r.sourceShortTitle, r.modelId, r.benchmarkId ?? '', r.valueAsPrinted, [...marksOf(r.flags)].sort().join('')].join('\u001f');
}

/** Groups repeats, in order of first appearance; each group's first member stands for it. */
export function groupRepeats<T extends RepeatFields>(rows: readonly T[]): { first: T; all: T[] }[] {
  const groups = new Map<string, { first: T; all: T[] }>();
  for (const r of rows) {
    const key = repeatKey(r);
    const g = groups.get(key);
    if (g) g.all.push(r);
    else groups.set(key, { first: r, all: [r] });
  }
  return [...groups.values()];
}

/** "MiMo-7B: Table 4, p. 7; Table 5, p. 8 · MiMo-VL: Table 2": every place, each source named once. */
export function placesText(places: readonly PrintedPlace[]): string {
  const bySource = new Map<string, string[]>();
  for (const p of places) {
    const list = bySource.get(p.sourceShortTitle) ?? [];
    if (p.table) list.push(whereText(p));
    bySource.set(p.sourceShortTitle, list);
  }
  return [...bySource].map(([source, wheres]) => (wheres.length ? `${source}: ${wheres.join('; ')}` : source)).join(' · ');
}

export type RepeatPlace = PrintedPlace & { id: string; metric: string; setting: string };

/** Each distinct value once (its first printing), carrying the other places it was printed. */
export function withRepeats<T extends RepeatFields & RepeatPlace>(rows: readonly T[]): (T & { repeats: RepeatPlace[] })[] {
  return groupRepeats(rows).map(({ first, all }) => ({
    ...first,
    repeats: all.slice(1).map(({ id, sourceShortTitle, table, page, metric, setting }) => ({ id, sourceShortTitle, table, page, metric, setting })),
  }));
}
