import { describe, expect, it } from 'vitest';
import { parsePrintedNumber } from '@/lib/printed-number';
import { inUnitRange, unitAllowedOnScale } from '@/lib/units';

describe('parsePrintedNumber', () => {
  it.each([
    ['40.0', 40],
    ['0.0', 0],
    ['12.12', 12.12],
    ['100', 100],
    ['-3.5', -3.5],
    ['.5', 0.5],
    ['85.4%', 85.4],
    [' 7.25 ', 7.25],
  ])('reads %j as %d', (text, value) => expect(parsePrintedNumber(text)).toBe(value));

  it.each(['', '-', 'n/a', '1,024', '54.3/52.1', '34.5(SoM)', '1e3', '12.1*', 'NaN', 'Infinity', '1.2.3'])(
    'refuses %j',
    (text) => expect(parsePrintedNumber(text)).toBeNull(),
  );
});

describe('units and scales', () => {
  it('allows fractions and percents on percent benchmarks only', () => {
    expect(unitAllowedOnScale('fraction', 'percent')).toBe(true);
    expect(unitAllowedOnScale('percent', 'score10')).toBe(false);
  });
  it('checks ranges', () => {
    expect(inUnitRange(100, 'percent')).toBe(true);
    expect(inUnitRange(100.1, 'percent')).toBe(false);
    expect(inUnitRange(1.01, 'fraction')).toBe(false);
    expect(inUnitRange(10, 'score10')).toBe(true);
  });
});
