import type { ResultView } from './result-view';
import { itemsFromSetting, samplesAveraged } from './samples-averaged';
import { commonScaleInterval, resultUncertainty, type Interval, type ResultUncertainty } from './uncertainty';

type Measured = Pick<ResultView, 'value' | 'unit' | 'setting'> & { benchmarkItems?: number | null };

/** Items a result was measured on: the count its own setting states ("n=1319"), else the benchmark's catalog count. */
export function itemsOf(r: Measured): number | null {
  return itemsFromSetting(r.setting) ?? r.benchmarkItems ?? null;
}

/** The 95% interval of one reported value in its own unit, with what it rests on; nulls where none applies. */
export function uncertaintyOf(r: Measured): ResultUncertainty & { samples: number | null } {
  return { ...resultUncertainty(r.value, r.unit, itemsOf(r)), samples: samplesAveraged(r.setting) };
}

/** The same interval on the common scale (fractions as percent), unrounded, for ranking and comparing. */
export function commonIntervalOf(r: Measured): Interval | null {
  return commonScaleInterval(r.value, r.unit, itemsOf(r));
}
