import { classifyPair, type SettingClass } from './discrepancy-class';
import { discrepancyReasons, type Reason } from './discrepancy-reasons';
import type { ResultView } from './result-view';
import { commonUnit, onCommonScale } from './units';

/** One model on one benchmark reported with values that differ, or flagged as self-contradictory. */
export interface Discrepancy {
  modelId: string;
  modelName: string;
  benchmarkId: string;
  benchmarkName: string;
  /** `values-differ`: two or more different numbers; `source-conflict`: a source contradicts itself. */
  kind: 'values-differ' | 'source-conflict';
  /** How the settings of the differing values relate: same stated, different stated, or not known. */
  setting: SettingClass;
  /** Kept for the old API: `setting === 'same'` (two different numbers at one stated setting). */
  differsAtSameSetting: boolean;
  /** What the values' metric, setting, flags and notes say about the gap. */
  reasons: Reason[];
  /** Highest minus lowest, on the percent scale for fractions (null when units cannot be compared). */
  spread: number | null;
  results: ResultView[];
}

/** Fractions compare with percents once scaled; other units only with themselves. */
function comparable(r: ResultView): { unit: string; value: number } {
  return { unit: commonUnit(r.unit), value: onCommonScale(r.value, r.unit) };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Groups results by model and benchmark and keeps the groups whose numbers differ (the same number
 * printed twice, e.g. "5.00" and "5.0", is not a discrepancy) or that carry a `conflict` flag.
 */
export function findDiscrepancies(rows: readonly ResultView[]): Discrepancy[] {
  const groups = new Map<string, ResultView[]>();
  for (const r of rows) {
    const key = `${r.modelId}\u001f${r.benchmarkId}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: Discrepancy[] = [];
  for (const list of groups.values()) {
    const values = list.map(comparable);
    const distinct = new Set(values.map((v) => `${v.unit}:${round(v.value)}`));
    const conflict = list.some((r) => r.flags.includes('conflict'));
    if (distinct.size < 2 && !conflict) continue;
    const units = new Set(values.map((v) => v.unit));
    const numbers = values.map((v) => v.value);
    const keyOf = new Map(list.map((r, i) => [r, `${values[i]!.unit}:${round(values[i]!.value)}`]));
    const key = (r: ResultView) => keyOf.get(r)!;
    const setting = classifyPair(list, key);
    const first = list[0]!;
    out.push({
      modelId: first.modelId,
      modelName: first.modelName,
      benchmarkId: first.benchmarkId,
      benchmarkName: first.benchmarkName,
      kind: distinct.size >= 2 ? 'values-differ' : 'source-conflict',
      setting,
      differsAtSameSetting: setting === 'same',
      reasons: discrepancyReasons(list, key),
      spread: units.size === 1 ? round(Math.max(...numbers) - Math.min(...numbers)) : null,
      results: list,
    });
  }
  return out.sort((a, b) => a.modelName.localeCompare(b.modelName) || a.benchmarkName.localeCompare(b.benchmarkName));
}
