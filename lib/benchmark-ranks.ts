import { byRank } from './charts/ranking';
import { rankRanges, rankRangesAmong, rankRangeText, type RankRange } from './rank-ranges';
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
  const ranks = rankRanges(values.map(rankInputOf), higherIsBetter);
  return withRanks([...values].sort(byRank(higherIsBetter)), ranks);
}

/** Values that stand for `count` printed values each: a benchmark's values grouped by what their intervals rest on. */
export type FieldGroup = Pick<Rankable, 'value' | 'unit' | 'setting' | 'benchmarkItems'> & { count: number };

/**
 * The same ranking for the best few values only (`top`, already best first), ranked among every value of
 * the benchmark (`field`, grouped), so a page ranks its top 100 without holding every value.
 */
export function rankTopWithNoise<T extends Rankable>(top: readonly T[], field: readonly FieldGroup[], higherIsBetter: boolean): RankedValue<T>[] {
  const fieldEntries = field.map((g) => ({ value: onCommonScale(g.value, g.unit), interval: commonIntervalOf(g), count: g.count }));
  return withRanks(top, rankRangesAmong(top.map(rankInputOf), fieldEntries, higherIsBetter));
}

function rankInputOf(r: Rankable) {
  return { id: r.id, value: onCommonScale(r.value, r.unit), interval: commonIntervalOf(r) };
}

function withRanks<T extends Rankable>(sorted: readonly T[], ranks: Map<string, RankRange>): RankedValue<T>[] {
  return sorted.map((r) => {
    const u = uncertaintyOf(r);
    return { result: r, rank: rankRangeText(ranks.get(r.id)!), ci95Low: u.ci95Low, ci95High: u.ci95High };
  });
}

/** Whether any value of the field has an interval (otherwise ranks only share places for equal values). */
export function anyInterval(field: readonly FieldGroup[]): boolean {
  return field.some((g) => uncertaintyOf(g).ci95Low !== null);
}
