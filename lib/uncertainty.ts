/**
 * Sampling uncertainty of a reported accuracy, from the number of items it was measured on.
 * Method, assumptions and limits: docs/uncertainty.md.
 */

import { units } from './vocabulary';

/** The standard normal quantile for a two-sided 95% interval, as scipy's norm.ppf(0.975) gives it. */
export const z95 = 1.959963984540054;

export const ciMethod = 'wilson-95' as const;

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval of a proportion `p` (0-1) observed on `n` items, as statsmodels'
 * proportion_confint(count = p * n, nobs = n, alpha = 0.05, method = "wilson") computes it.
 */
export function wilsonInterval(p: number, n: number, z: number = z95): Interval {
  if (!Number.isFinite(p) || p < 0 || p > 1) throw new RangeError(`proportion out of range: ${p}`);
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`item count must be a positive integer: ${n}`);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 and p = 1 the bound is exactly 0 or 1; floating point lands a hair off (0.9999999999999999).
  return { low: p === 0 ? 0 : Math.max(0, centre - half), high: p === 1 ? 1 : Math.min(1, centre + half) };
}

/** The units an accuracy-like value can be in; every other unit (Elo, 10-point scores, ...) gets no interval. */
const proportionScale: Record<string, number> = { percent: units.info.percent.max, fraction: units.info.fraction.max };

export interface ResultUncertainty {
  /** Items the value was measured on; null when unknown. */
  items: number | null;
  /** The 95% interval in the value's own unit; null when there is none. */
  ci95Low: number | null;
  ci95High: number | null;
  ciMethod: typeof ciMethod | null;
}

const none = (items: number | null): ResultUncertainty => ({ items, ci95Low: null, ci95High: null, ciMethod: null });

/** Rounds a bound so it carries no more digits than a reader can use (0.01 points in percent). */
function roundBound(value: number, unit: string): number {
  const digits = unit === 'fraction' ? 4 : 2;
  return Number(value.toFixed(digits));
}

/**
 * The interval of one reported value, in its own unit, or nulls where it does not apply: no
 * known item count, a unit that is not a proportion, or a value outside the unit's range.
 */
export function resultUncertainty(value: number, unit: string, items: number | null): ResultUncertainty {
  const scale = proportionScale[unit];
  if (items === null || !Number.isInteger(items) || items <= 0) return none(items);
  if (scale === undefined || !Number.isFinite(value) || value < 0 || value > scale) return none(items);
  const { low, high } = wilsonInterval(value / scale, items);
  return { items, ci95Low: roundBound(low * scale, unit), ci95High: roundBound(high * scale, unit), ciMethod };
}

/** "± 16.1" style half-width of an interval, for a compact display (the interval is asymmetric; this is its larger side). */
export function plusMinus(value: number, u: Pick<ResultUncertainty, 'ci95Low' | 'ci95High'>): number | null {
  if (u.ci95Low === null || u.ci95High === null) return null;
  return Math.max(value - u.ci95Low, u.ci95High - value);
}

/** Whether two intervals share any point (touching counts as overlapping). */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** The unrounded interval on the common scale (fractions as percent), for ranking and comparing; null where none applies. */
export function commonScaleInterval(value: number, unit: string, items: number | null): Interval | null {
  const scale = proportionScale[unit];
  if (items === null || !Number.isInteger(items) || items <= 0) return null;
  if (scale === undefined || !Number.isFinite(value) || value < 0 || value > scale) return null;
  const { low, high } = wilsonInterval(value / scale, items);
  return { low: low * 100, high: high * 100 };
}
