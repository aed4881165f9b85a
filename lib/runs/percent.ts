/**
 * A fraction (0-1) as percent, moving the decimal point in the printed digits so no float noise
 * appears: "0.7301" → 73.01 (not 73.00999999999999), "0.8324488248673237" → 83.24488248673237.
 */
export function fractionToPercent(raw: string): number {
  const m = raw.match(/^(-?)(\d+)(?:\.(\d+))?$/);
  if (!m) return Number((Number(raw) * 100).toPrecision(15));
  const [, sign, whole, decimals = ''] = m;
  const digits = decimals.padEnd(2, '0');
  return Number(`${sign}${whole}${digits.slice(0, 2)}.${digits.slice(2) || '0'}`);
}

/** The display value of a raw number on its scale. */
export const displayValue = (raw: string, rawScale: string): number => (rawScale === 'fraction' ? fractionToPercent(raw) : Number(raw));
