import { describe, expect, it } from 'vitest';
import { colorDistance, contrastRatio, deltaE2000 } from '@/lib/charts/color-distance';
import { familyColor, familyPalettes, mainFamilies, seriesColor } from '@/lib/charts/palette';
import { chartThemes } from '@/lib/charts/theme';

const schemes = ['light', 'dark'] as const;

describe('colour arithmetic', () => {
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])('CIEDE2000 of %j and %j is %d (Sharma, Wu and Dalal test data)', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(colorDistance('#123456', '#123456')).toBe(0);
  });
});

describe.each(schemes)('the family palette on the %s background', (scheme) => {
  const palette = familyPalettes[scheme];
  const background = chartThemes[scheme].background;

  it('gives every family at least 3:1 contrast against the chart background', () => {
    for (const [family, color] of Object.entries(palette)) expect([family, contrastRatio(color, background) >= 3]).toEqual([family, true]);
  });

  it('keeps the main families at least 15 CIEDE2000 apart, and every family at least 10', () => {
    const entries = Object.entries(palette);
    for (const [i, [a, ca]] of entries.entries()) {
      for (const [b, cb] of entries.slice(i + 1)) {
        const floor = mainFamilies.includes(a) && mainFamilies.includes(b) ? 15 : 10;
        expect([a, b, colorDistance(ca, cb) >= floor]).toEqual([a, b, true]);
      }
    }
  });

  it('keeps apart the families the issue saw collide', () => {
    expect(colorDistance(familyColor('MiMo', scheme), familyColor('Mistral', scheme))).toBeGreaterThan(15);
    expect(colorDistance(familyColor('Qwen', scheme), familyColor('StableLM', scheme))).toBeGreaterThan(15);
    const blues = ['Llama', 'Gemma', 'DeepSeek', 'OctoThinker'].map((f) => familyColor(f, scheme));
    for (const [i, a] of blues.entries()) for (const b of blues.slice(i + 1)) expect(colorDistance(a, b)).toBeGreaterThan(15);
  });

  it('gives unlisted families the neutral colour, and series ten distinct colours', () => {
    expect(familyColor('StableLM', scheme)).toBe(palette.other);
    expect(familyColor('No such family', scheme)).toBe(palette.other);
    expect(new Set(Array.from({ length: 10 }, (_, i) => seriesColor(i, scheme))).size).toBe(10);
    expect(seriesColor(14, scheme)).toBe(seriesColor(0, scheme));
  });
});

it('keeps one hue per family across schemes (the dark shade is not a different family colour)', () => {
  const hue = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16);
    const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    return (Math.atan2(Math.sqrt(3) * (g - b), 2 * r - g - b) * 180) / Math.PI;
  };
  for (const family of mainFamilies.filter((f) => !['GPT', 'other'].includes(f))) {
    const d = Math.abs(hue(familyPalettes.light[family]!) - hue(familyPalettes.dark[family]!));
    expect([family, Math.min(d, 360 - d) < 40]).toEqual([family, true]);
  }
});
