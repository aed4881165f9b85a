import { flags as flagTerm, units } from './vocabulary';
import type { ResultView } from './result-view';

/** Short texts the pages show beside a value: its marks, its flags in words, where it was printed, a size, a unit. */

/** The marks a table prints next to a value (e.g. "*" for self-measured), from its flags. */
export function marksOf(flags: readonly string[]): string {
  return [...new Set(flags.map((f) => (flagTerm.has(f) ? flagTerm.info[f].mark : '')))].join('');
}

export function flagText(flag: string): string {
  return flagTerm.label(flag);
}

/** "Table 4, p. 17" or "benchmarks_gui.png" */
export function whereText(r: Pick<ResultView, 'table' | 'page'>): string {
  return r.page ? `${r.table}, p. ${r.page}` : r.table;
}

export function paramsText(paramsB: number | null): string {
  if (paramsB === null) return '—';
  return paramsB >= 1 ? `${paramsB}B` : `${Math.round(paramsB * 1000)}M`;
}

export function unitSuffix(unit: string): string {
  return units.has(unit) ? units.info[unit].suffix : '';
}

/** A difference in points with its sign: "+1.25", "-0.40", "0.00". */
export const signedPoints = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(2)}`;

/** A run value's metric and shots: "exact_match, 5-shot". */
export const runSettingText = (v: { metric: string; shots: number | null }) => `${v.metric}${v.shots === null ? '' : `, ${v.shots}-shot`}`;
