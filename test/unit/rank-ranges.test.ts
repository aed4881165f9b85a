import { describe, expect, it } from 'vitest';
import { rankRanges, rankRangeText } from '@/lib/rank-ranges';
import { commonScaleInterval } from '@/lib/uncertainty';

// A fixture benchmark of 30 items (AIME-sized); expected ranges worked out from statsmodels' Wilson
// intervals: a 62.69-90.49, b 59.11-88.23, c 52.12-83.34, d 24.59-57.68, e and f 3.46-25.62.
const aime = [
  { id: 'a', value: 80.0 },
  { id: 'b', value: 76.7 },
  { id: 'c', value: 70.0 },
  { id: 'd', value: 40.0 },
  { id: 'e', value: 10.0 },
  { id: 'f', value: 10.0 },
].map((e) => ({ ...e, interval: commonScaleInterval(e.value, 'percent', 30) }));

describe('rankRanges', () => {
  it('shares ranks among overlapping intervals', () => {
    const ranks = rankRanges(aime, true);
    expect(Object.fromEntries([...ranks].map(([id, r]) => [id, rankRangeText(r)]))).toEqual({
      a: '1–3',
      b: '1–3',
      c: '1–4',
      d: '3–6',
      e: '4–6',
      f: '4–6',
    });
  });

  it('mirrors for lower-is-better benchmarks', () => {
    const ranks = rankRanges(aime, false);
    expect(rankRangeText(ranks.get('e')!)).toBe('1–3');
    expect(rankRangeText(ranks.get('a')!)).toBe('4–6');
  });

  it('is the plain competition rank without intervals, ties sharing', () => {
    const bare = [
      { id: 'x', value: 9, interval: null },
      { id: 'y', value: 7, interval: null },
      { id: 'z', value: 7, interval: null },
      { id: 'w', value: 1, interval: null },
    ];
    const ranks = rankRanges(bare, true);
    expect([...ranks.values()].map(rankRangeText)).toEqual(['1', '2–3', '2–3', '4']);
  });

  it('separates well-measured values that intervals do not join', () => {
    const big = [80, 70, 60].map((v, i) => ({ id: String(i), value: v, interval: commonScaleInterval(v, 'percent', 14042) }));
    expect([...rankRanges(big, true).values()].map(rankRangeText)).toEqual(['1', '2', '3']);
  });
});
