import type { Interval } from './uncertainty';

export interface RankInput {
  id: string;
  /** The value on a scale shared by every entry (fractions as percent). */
  value: number;
  /** Its 95% interval on that scale; null when none is known (the entry then counts as the bare value). */
  interval: Interval | null;
}

export interface RankRange {
  /** Best rank the entry can claim: 1 + entries whose whole interval lies above its own. */
  best: number;
  /** Worst rank: every entry not wholly below it (those whose intervals overlap, and those above) is ahead or level. */
  worst: number;
}

/**
 * Shared ranks, in the manner of LMArena's rank spread: an entry's rank is the range of places it could
 * take among the entries whose 95% intervals overlap its own. Without intervals this is the ordinary
 * competition rank, where ties share a range.
 */
export function rankRanges(entries: readonly RankInput[], higherIsBetter: boolean): Map<string, RankRange> {
  return rankRangesAmong(entries, entries, higherIsBetter);
}

/** An entry of the field ranked against, standing for `count` entries with the same value and interval. */
export type FieldEntry = Omit<RankInput, 'id'> & { count?: number };

/**
 * The rank ranges of `targets` among `field` (every entry of the ranking, targets included), so that a
 * page can rank its top entries against all values known only by their value, interval and multiplicity.
 */
export function rankRangesAmong(targets: readonly RankInput[], field: readonly FieldEntry[], higherIsBetter: boolean): Map<string, RankRange> {
  const sign = higherIsBetter ? 1 : -1;
  // In "better is larger" terms, so one comparison serves both directions.
  const boundsOf = (e: Omit<RankInput, 'id'>) => {
    const lo = e.interval ? e.interval.low : e.value;
    const hi = e.interval ? e.interval.high : e.value;
    return sign > 0 ? { lo, hi } : { lo: -hi, hi: -lo };
  };
  const los: number[] = [];
  const his: number[] = [];
  for (const e of field) {
    const b = boundsOf(e);
    for (let i = 0; i < (e.count ?? 1); i++) {
      los.push(b.lo);
      his.push(b.hi);
    }
  }
  los.sort((a, b) => a - b);
  his.sort((a, b) => a - b);
  const n = los.length;
  const ranks = new Map<string, RankRange>();
  for (const t of targets) {
    const b = boundsOf(t);
    const above = n - upperBound(los, b.hi); // entries whose low end is above this high end
    const below = lowerBound(his, b.lo); // entries whose high end is below this low end
    ranks.set(t.id, { best: above + 1, worst: n - below });
  }
  return ranks;
}

/** First index whose value is > x. */
function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is >= x. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "3" for a single place, "1–3" for a shared range. */
export function rankRangeText(r: RankRange): string {
  return r.best === r.worst ? String(r.best) : `${r.best}–${r.worst}`;
}
