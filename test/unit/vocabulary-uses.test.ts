import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flags, units } from '@/lib/vocabulary';

/** Every source file the app, data layer and seeding program are made of, migrations' SQL included. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'meta' ? [] : sourceFiles(p);
    return /\.(ts|tsx|sql)$/.test(e.name) ? [p] : [];
  });
}
const files = ['app', 'lib', 'db', 'seeds/program', 'bench'].flatMap(sourceFiles).map((f) => ({ f, text: readFileSync(f, 'utf8') }));

/** The string literals a pattern captures, with the file each came from. */
const named = (pattern: RegExp) => files.flatMap(({ f, text }) => [...text.matchAll(pattern)].map((m) => ({ f, value: m[1]! })));

// Code that tests for one flag or unit by name (in TypeScript or in SQL) must name one that exists.
describe('flags and units the code names by hand are in the vocabulary', () => {
  it('flags: flags.includes(...), has(...) in the discrepancy reasons, and = ANY (r.flags) in SQL', () => {
    const uses = [
      ...named(/flags\.includes\('([^']+)'\)/g),
      ...named(/'([^']+)' = ANY \(r\.flags\)/g),
      ...named(/\bhas\('([^']+)'\)/g).filter((u) => u.f.endsWith('discrepancy-reasons.ts')),
    ];
    expect(uses.length).toBeGreaterThan(10);
    expect(uses.filter((u) => !flags.has(u.value))).toEqual([]);
  });

  it("units: unit ===, !==, <> and IN (...) comparisons", () => {
    const uses = [
      ...named(/unit (?:===|!==|<>|=) '([^']+)'/g),
      ...named(/unit IN \('([^']+)'/g),
      ...named(/unit IN \('[^']+', '([^']+)'\)/g),
    ];
    expect(uses.length).toBeGreaterThan(8);
    expect(uses.filter((u) => !units.has(u.value))).toEqual([]);
  });
});
