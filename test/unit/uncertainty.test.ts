import { describe, expect, it } from 'vitest';
import reference from '../fixtures/wilson-statsmodels.json';
import { commonScaleInterval, intervalsOverlap, plusMinus, resultUncertainty, wilsonInterval } from '@/lib/uncertainty';

describe('wilsonInterval', () => {
  it('was checked against a real reference', () => {
    expect(reference.origin).toMatch(/statsmodels .*proportion_confint.*wilson/);
    expect(reference.cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(reference.cases)('matches statsmodels for p=$p, n=$n', ({ p, n, low, high }) => {
    const got = wilsonInterval(p, n);
    expect(got.low).toBeCloseTo(low, 12);
    expect(got.high).toBeCloseTo(high, 12);
  });

  it('stays inside [0, 1] at the edges and is not degenerate there', () => {
    const zero = wilsonInterval(0, 30);
    expect(zero.low).toBe(0);
    expect(zero.high).toBeGreaterThan(0.1);
    const one = wilsonInterval(1, 30);
    expect(one.high).toBe(1);
    expect(one.low).toBeLessThan(0.9);
  });

  it('rejects what is not a proportion or an item count', () => {
    expect(() => wilsonInterval(1.2, 30)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2.5)).toThrow(RangeError);
  });
});

describe('resultUncertainty', () => {
  it('gives the interval in percent for a percent value (AIME 2024, 30 problems)', () => {
    expect(resultUncertainty(68.2, 'percent', 30)).toEqual({ items: 30, ci95Low: 50.31, ci95High: 81.96, ciMethod: 'wilson-95' });
  });

  it('gives it as a fraction for a fraction value', () => {
    expect(resultUncertainty(0.164, 'fraction', 500)).toEqual({ items: 500, ci95Low: 0.1341, ci95High: 0.199, ciMethod: 'wilson-95' });
  });

  it('handles 0% and 100%', () => {
    expect(resultUncertainty(0, 'percent', 30)).toMatchObject({ ci95Low: 0, ci95High: 11.35 });
    expect(resultUncertainty(100, 'percent', 30)).toMatchObject({ ci95Low: 88.65, ci95High: 100 });
  });

  it('gives none without an item count', () => {
    expect(resultUncertainty(68.2, 'percent', null)).toEqual({ items: null, ci95Low: null, ci95High: null, ciMethod: null });
  });

  it('gives none on scales that are not proportions, but keeps the count', () => {
    for (const unit of ['score10', 'elo', 'score']) {
      expect(resultUncertainty(7.5, unit, 80)).toEqual({ items: 80, ci95Low: null, ci95High: null, ciMethod: null });
    }
  });

  it('gives none for a value outside its unit', () => {
    expect(resultUncertainty(101, 'percent', 30).ciMethod).toBeNull();
    expect(resultUncertainty(1.5, 'fraction', 30).ciMethod).toBeNull();
  });
});

describe('helpers', () => {
  it('plusMinus is the larger side of the asymmetric interval', () => {
    expect(plusMinus(68.2, { ci95Low: 50.31, ci95High: 81.96 })).toBeCloseTo(17.89, 10);
    expect(plusMinus(68.2, { ci95Low: null, ci95High: null })).toBeNull();
  });

  it('commonScaleInterval puts fractions on the percent scale', () => {
    const a = commonScaleInterval(0.164, 'fraction', 500)!;
    const b = commonScaleInterval(16.4, 'percent', 500)!;
    expect(a.low).toBeCloseTo(b.low, 10);
    expect(a.high).toBeCloseTo(13.412892031587176 + (b.high - b.low), 10);
    expect(commonScaleInterval(8.1, 'score10', 80)).toBeNull();
  });

  it('intervalsOverlap counts touching as overlap', () => {
    expect(intervalsOverlap({ low: 0, high: 1 }, { low: 1, high: 2 })).toBe(true);
    expect(intervalsOverlap({ low: 0, high: 1 }, { low: 1.01, high: 2 })).toBe(false);
  });
});
