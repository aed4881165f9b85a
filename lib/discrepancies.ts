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
  /** True when two different numbers share metric and setting, so the settings do not explain the gap. */
  differsAtSameSetting: boolean;
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
    const bySetting = new Map<string, Set<number>>();
    list.forEach((r, i) => {
      const key = `${r.metric}\u001f${r.setting}`;
      const set = bySetting.get(key) ?? new Set<number>();
      set.add(round(values[i]!.value));
      bySetting.set(key, set);
    });
    const first = list[0]!;
    out.push({
      modelId: first.modelId,
      modelName: first.modelName,
      benchmarkId: first.benchmarkId,
      benchmarkName: first.benchmarkName,
      kind: distinct.size >= 2 ? 'values-differ' : 'source-conflict',
      differsAtSameSetting: [...bySetting.values()].some((s) => s.size > 1),
      spread: units.size === 1 ? round(Math.max(...numbers) - Math.min(...numbers)) : null,
      results: list,
    });
  }
  return out.sort((a, b) => a.modelName.localeCompare(b.modelName) || a.benchmarkName.localeCompare(b.benchmarkName));
}
