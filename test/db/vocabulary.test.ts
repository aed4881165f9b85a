import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrintedScore } from '@/app/ui/printed-score';
import type { DatabaseHandle } from '@/db/client';
import { rowsOf } from '@/db/queries/leaderboard-sql';
import { flagText, marksOf } from '@/lib/display-text';
import { categories, flags, modalities, scales, sourceKinds, stages, tableKinds, tableLayouts, units, type Term, type TermInfo } from '@/lib/vocabulary';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'benchboard-vocab-'));
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
});
afterAll(async () => {
  await handle?.close();
  rmSync(work, { recursive: true, force: true });
});

type AnyTerm = Term<readonly [string, ...string[]], TermInfo>;
// Every closed-vocabulary column, and the SQL that lists the values the seeded data holds in it.
const columns: [string, AnyTerm, string][] = [
  ['benchmark category', categories, 'SELECT DISTINCT category AS v FROM benchmarks'],
  ['model stage', stages, 'SELECT DISTINCT stage AS v FROM models'],
  ['model modality', modalities, 'SELECT DISTINCT modality AS v FROM models'],
  ['benchmark modality', modalities, 'SELECT DISTINCT modality AS v FROM benchmarks'],
  ['benchmark scale', scales, 'SELECT DISTINCT scale AS v FROM benchmarks'],
  ['result unit', units, 'SELECT DISTINCT unit AS v FROM results'],
  ['result flag', flags, 'SELECT DISTINCT unnest(flags) AS v FROM results'],
  ['source kind', sourceKinds, 'SELECT DISTINCT kind AS v FROM sources'],
  ['table kind', tableKinds, 'SELECT DISTINCT kind AS v FROM source_tables'],
  ['table layout', tableLayouts, 'SELECT DISTINCT layout AS v FROM source_tables'],
];
const valuesIn = async (query: string) => (await rowsOf<{ v: string }>(handle.db, sql.raw(query))).map((r) => r.v);

describe(`the seeded data speaks the vocabulary on ${testDriver}`, () => {
  it.each(columns)('every %s in the data is in the vocabulary, and labelled', async (_, term, query) => {
    const found = await valuesIn(query);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((v) => !term.has(v))).toEqual([]);
    for (const v of found) expect(term.label(v).trim(), v).not.toBe('');
  });

  it('the data uses most of each main vocabulary (so these checks are not vacuous)', async () => {
    expect((await valuesIn(columns[0]![2])).length).toBeGreaterThanOrEqual(12);
    expect((await valuesIn(columns[1]![2])).length).toBeGreaterThanOrEqual(5);
    expect(new Set(await valuesIn(columns[2]![2]))).toEqual(new Set(modalities.values));
    expect((await valuesIn(columns[5]![2])).length).toBeGreaterThanOrEqual(3);
    expect((await valuesIn(columns[6]![2])).length).toBeGreaterThanOrEqual(10);
  });

  it('every unit and flag combination in the data renders with its tag, marks and words', async () => {
    const combos = await rowsOf<{ unit: string; flags: string[] }>(handle.db, sql`SELECT DISTINCT unit, flags FROM results`);
    expect(combos.length).toBeGreaterThan(5);
    for (const { unit, flags: f } of combos) {
      const html = renderToStaticMarkup(createElement(PrintedScore, { valueAsPrinted: '12.5', flags: f, unit }));
      const tag = units.info[unit as keyof typeof units.info].tag;
      expect(html).toBe(`12.5${marksOf(f) ? `<span class="mark">${marksOf(f)}</span>` : ''}${tag ? `<span class="unit">${tag}</span>` : ''}`);
      for (const flag of f) expect(flagText(flag)).toBe(flags.info[flag as keyof typeof flags.info].label);
    }
  });
});

describe('a value outside the vocabulary in a seed file is refused, naming file and entry', () => {
  const fixture = path.resolve('test/fixtures/seeds-min');
  const folderWith = (file: string, edit: (text: string) => string) => {
    const dir = mkdtempSync(path.join(work, 'seeds-'));
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')));
    return dir;
  };
  it.each([
    ['a stage', 'catalog/models.json', (t: string) => t.replace('"stage":"rl"', '"stage":"reinforced"'), /catalog\/models\.json, field "\[1\] \(demo-rl\)\.stage"/],
    ['a modality', 'catalog/models.json', (t: string) => t.replace('"modality":"text"', '"modality":"audio"'), /catalog\/models\.json, field "\[0\] \(demo-base\)\.modality"/],
    ['a category', 'catalog/benchmarks.json', (t: string) => t.replace('"category":"alignment"', '"category":"Alignment"'), /catalog\/benchmarks\.json, field "\[1\] \(toy-judge\)\.category"/],
    ['a unit', 'demo-paper/results.csv', (t: string) => t.replace('55.5,,', '55.5,percentage,'), /demo-paper\/results\.csv, line 3, field "unit"/],
  ])('%s', (_, file, edit, where) => {
    expect(() => readSeedDirectory(folderWith(file, edit))).toThrow(where);
  });
});
