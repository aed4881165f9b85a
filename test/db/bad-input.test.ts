import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { readDataVersion } from '@/db/queries/version-cache';
import { importResultsFile } from '@/seeds/program/import-file';
import { SeedValidationError } from '@/seeds/program/problems';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { snapshotDatabase } from './snapshot';
import { openSeededTestDatabase, testDriver } from './test-database';

const fixture = path.resolve('test/fixtures/seeds-min');
const goodCsv = readFileSync(path.join(fixture, 'demo-paper/results.csv'), 'utf8');
const header = goodCsv.split('\n')[0]!;
let handle: DatabaseHandle;
let work: string;

/** A copy of the fixture seed folder whose results.csv is replaced by `csv`. */
function seedFolderWith(csv: string): string {
  const dir = mkdtempSync(path.join(work, 'seeds-'));
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(path.join(dir, 'demo-paper/results.csv'), csv);
  return dir;
}

function importFileWith(csv: string): string {
  const file = path.join(mkdtempSync(path.join(work, 'import-')), 'mine.csv');
  writeFileSync(file, csv);
  return file;
}

const row = (fields: Partial<Record<string, string>>) => {
  const base: Record<string, string> = {
    table: 'Table 1',
    section: 'Math',
    model: 'demo-rl',
    model_as_printed: 'Demo-1B-RL',
    benchmark: 'toy-math',
    benchmark_as_printed: 'ToyMath',
    metric: 'EM',
    setting: '0-shot',
    value: '12.5',
    unit: '',
    flags: '',
    note: '',
  };
  return header
    .split(',')
    .map((c) => fields[c] ?? base[c] ?? '')
    .join(',');
};

// Each case: what is wrong, the CSV, and what the message must name (line and field).
const badCases: [string, string, RegExp][] = [
  ['an unknown model', `${header}\n${row({ model: 'no-such-model' })}\n`, /line 2, field "model": unknown model "no-such-model"/],
  ['an unknown benchmark', `${header}\n${row({ benchmark: 'nope' })}\n`, /line 2, field "benchmark": unknown benchmark "nope"/],
  ['a non-numeric value', `${header}\n${row({})}\n${row({ setting: '1-shot', value: 'n/a' })}\n`, /line 3, field "value": "n\/a" is not a number/],
  ['a value outside the scale', `${header}\n${row({ value: '101.2' })}\n`, /line 2, field "value": 101.2 is outside the range/],
  ['a judge score above 10', `${header}\n${row({ benchmark: 'toy-judge', benchmark_as_printed: 'ToyJudge', value: '12' })}\n`, /field "value": 12 is outside/],
  ['a duplicate row', `${header}\n${row({})}\n${row({ value: '13.0' })}\n`, /line 3: duplicate row: .* line 2/],
  ['a missing table', `${header}\n${row({ table: '' })}\n`, /line 2, field "table"/],
  ['a table without a page', `${header}\n${row({ table: 'Table 2' })}\n`, /line 2, field "page": missing page/],
  ['a malformed CSV line', `${header}\n${row({})}\nTable 1,"unclosed,demo-rl\n`, /line 3: malformed CSV/],
  ['a line with too few fields', `${header}\nTable 1,Math,demo-rl\n`, /line 2: malformed CSV: expected 12 fields/],
  ['an empty file', '', /the file is empty/],
  ['a header without rows', `${header}\n`, /header but no rows/],
  ['an unknown flag', `${header}\n${row({ flags: 'made_up' })}\n`, /line 2, field "flags/],
  ['a spelling that is not an alias', `${header}\n${row({ model_as_printed: 'Demo RL 1B' })}\n`, /field "model_as_printed": "Demo RL 1B" is not an alias/],
];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'benchboard-bad-'));
  handle = await openSeededTestDatabase(fixture);
});
afterAll(async () => {
  await handle?.close();
  rmSync(work, { recursive: true, force: true });
});

describe(`bad seed files are rejected whole on ${testDriver}`, () => {
  it('loads the good fixture exactly as printed', async () => {
    const snap = await snapshotDatabase(handle.db);
    expect(snap.counts.results).toBe(3);
  });

  it.each(badCases)('%s', async (_what, csv, message) => {
    const before = await snapshotDatabase(handle.db);
    const dir = seedFolderWith(csv);
    let error: unknown;
    try {
      await writeSeedBundle(handle.db, readSeedDirectory(dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(/demo-paper\/results\.csv/);
    expect((error as Error).message).toMatch(message);
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });

  it('a bad row at the end of a long file writes none of the rows before it', async () => {
    const before = await snapshotDatabase(handle.db);
    const good = Array.from({ length: 2000 }, (_, i) => row({ setting: `${i}-shot`, value: String(i % 100) }));
    const dir = seedFolderWith(`${header}\n${good.join('\n')}\n${row({ value: 'oops' })}\n`);
    expect(() => readSeedDirectory(dir)).toThrow(/line 2002, field "value"/);
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });

  it('a database error halfway through a load rolls everything back', async () => {
    const before = await snapshotDatabase(handle.db);
    const dir = seedFolderWith(`${header}\n${Array.from({ length: 1500 }, (_, i) => row({ setting: `s${i}` })).join('\n')}\n`);
    const bundle = readSeedDirectory(dir);
    // Corrupt one late row after validation so the database itself refuses it mid-transaction.
    bundle.results[1400]!.modelId = 'not-in-the-database';
    await expect(writeSeedBundle(handle.db, bundle)).rejects.toThrow();
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });

  it('loading the same folder again changes nothing, not even the data version', async () => {
    const version = await readDataVersion(handle.db);
    const again = await writeSeedBundle(handle.db, readSeedDirectory(fixture));
    for (const [what, counts] of Object.entries(again)) expect(counts, what).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    expect(again.results.unchanged).toBe(3);
    expect(await readDataVersion(handle.db)).toBe(version);
  });

  it('a row dropped from the folder is removed when the folder is loaded again', async () => {
    // a copy of the fixture under the fixture's own folder name, so that its rows are the folder's, with one row fewer
    const copy = path.join(mkdtempSync(path.join(work, 'same-name-')), path.basename(fixture));
    cpSync(fixture, copy, { recursive: true });
    writeFileSync(path.join(copy, 'demo-paper/results.csv'), `${goodCsv.split('\n').slice(0, 3).join('\n')}\n`);
    const summary = await writeSeedBundle(handle.db, readSeedDirectory(copy));
    expect(summary.results).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, deleted: 1 });
    expect((await snapshotDatabase(handle.db)).counts.results).toBe(2);
    await writeSeedBundle(handle.db, readSeedDirectory(fixture));
    expect((await snapshotDatabase(handle.db)).counts.results).toBe(3);
  });
});

describe(`imports of a user's file on ${testDriver}`, () => {
  const importHeader = `source,${header},page`;
  const importRow = (fields: Partial<Record<string, string>>) => `${fields.source ?? 'demo-paper'},${row(fields)},${fields.page ?? ''}`;

  it.each(badCases.filter(([what]) => what !== 'a header without rows'))('rejects %s', async (_what, csv) => {
    const before = await snapshotDatabase(handle.db);
    const converted = csv
      .split('\n')
      .map((line, i) => (line === '' ? line : i === 0 ? `source,${line},page` : `demo-paper,${line},`))
      .join('\n');
    await expect(importResultsFile(handle.db, importFileWith(converted))).rejects.toThrow(SeedValidationError);
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });

  it('rejects an unknown source', async () => {
    const file = importFileWith(`${importHeader}\n${importRow({ source: 'nowhere' })}\n`);
    await expect(importResultsFile(handle.db, file)).rejects.toThrow(/line 2, field "source": unknown source "nowhere"/);
  });

  it('a dry run reports the change and writes nothing; a real run writes it; a rerun changes nothing', async () => {
    const file = importFileWith(`${importHeader}\n${importRow({ table: 'Table 9', page: '12', setting: 'mine' })}\n`);
    const before = await snapshotDatabase(handle.db);
    const dry = await importResultsFile(handle.db, file, { dryRun: true });
    expect(dry.results.inserted).toBe(1);
    expect(dry.tables.inserted).toBe(1);
    expect(await snapshotDatabase(handle.db)).toEqual(before);

    const real = await importResultsFile(handle.db, file);
    expect(real.results.inserted).toBe(1);
    const after = await snapshotDatabase(handle.db);
    expect(after.counts.results).toBe(before.counts.results + 1);

    const again = await importResultsFile(handle.db, file);
    expect(again.results).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await snapshotDatabase(handle.db)).toEqual(after);
  });

  it('re-seeding keeps rows a user imported', async () => {
    const before = await snapshotDatabase(handle.db);
    await writeSeedBundle(handle.db, readSeedDirectory(fixture));
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });
});
