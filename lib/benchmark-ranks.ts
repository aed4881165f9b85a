import { byRank } from './charts/ranking';
import { rankRanges, rankRangeText } from './rank-ranges';
import { commonIntervalOf, uncertaintyOf } from './result-uncertainty';
import type { ResultView } from './result-view';
import { onCommonScale } from './units';

type Rankable = Pick<ResultView, 'id' | 'modelId' | 'modelName' | 'sourceShortTitle' | 'value' | 'valueAsPrinted' | 'unit' | 'setting'> & {
  benchmarkItems?: number | null;
};

export interface RankedValue<T extends Rankable> {
  result: T;
  /** "1–3": every place the value could take among those its interval overlaps. */
  rank: string;
  ci95Low: number | null;
  ci95High: number | null;
}

/** A benchmark's values best first, each with its shared rank range (see lib/rank-ranges.ts). */
export function rankWithNoise<T extends Rankable>(values: readonly T[], higherIsBetter: boolean): RankedValue<T>[] {
  const ranks = rankRanges(
    values.map((r) => ({ id: r.id, value: onCommonScale(r.value, r.unit), interval: commonIntervalOf(r) })),
    higherIsBetter,
  );
  return [...values].sort(byRank(higherIsBetter)).map((r) => {
    const u = uncertaintyOf(r);
    return { result: r, rank: rankRangeText(ranks.get(r.id)!), ci95Low: u.ci95Low, ci95High: u.ci95High };
  });
}
