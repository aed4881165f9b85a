import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listFigureGroups, listSeries } from '@/db/queries/curves';
import { SeedValidationError } from '@/seeds/program/problems';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { snapshotDatabase } from './snapshot';
import { openSeededTestDatabase, testDriver } from './test-database';

const fixture = path.resolve('test/fixtures/seeds-min');
const accFile = 'demo-paper/curves/exports/demo/acc_toymath.csv';
const accCsv = readFileSync(path.join(fixture, accFile), 'utf8');
let handle: DatabaseHandle;
let work: string;

function folderWith(file: string, text: string): string {
  const dir = mkdtempSync(path.join(work, 'seeds-'));
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'benchboard-curves-'));
  handle = await openSeededTestDatabase(fixture);
});
afterAll(async () => {
  await handle?.close();
  rmSync(work, { recursive: true, force: true });
});

describe(`training curves from W&B exports on ${testDriver}`, () => {
  it('loads one series per run, benchmark and metric, skipping empty cells and __MIN/__MAX columns', async () => {
    const series = await listSeries({ sourceId: 'demo-paper', db: handle.db });
    expect(series.map((s) => `${s.runLabel}|${s.metric}|${s.points.length}`).sort()).toEqual([
      'Beta ablation|accuracy|2',
      'Demo 1B Base|accuracy|3',
      'Demo 1B Base|mean length of correct answers|2',
    ]);
    const alpha = series.find((s) => s.runLabel === 'Demo 1B Base' && s.metric === 'accuracy')!;
    expect(alpha.modelId).toBe('demo-base');
    expect(alpha.benchmarkId).toBe('toy-math');
    expect(alpha.points).toEqual([
      { step: 0, value: 0.1, valueAsPrinted: '0.1' },
      { step: 10, value: 0.25, valueAsPrinted: '0.25' },
      { step: 20, value: 0.4, valueAsPrinted: '0.4' },
    ]);
    expect(series.find((s) => s.runLabel === 'Beta ablation')!.modelId).toBeNull();
  });

  it('re-seeding after a step is removed from an export deletes exactly that point', async () => {
    const before = await listSeries({ sourceId: 'demo-paper', db: handle.db });
    const dir = folderWith(accFile, accCsv.replace(/"10","0.25".*\n/, ''));
    const summary = await writeSeedBundle(handle.db, readSeedDirectory(dir));
    expect(summary.points.deleted).toBe(1);
    const after = await listSeries({ sourceId: 'demo-paper', db: handle.db });
    const alpha = after.find((s) => s.runLabel === 'Demo 1B Base' && s.metric === 'accuracy')!;
    expect(alpha.points.map((p) => p.step)).toEqual([0, 20]);
    await writeSeedBundle(handle.db, readSeedDirectory(fixture));
    expect(await listSeries({ sourceId: 'demo-paper', db: handle.db })).toEqual(before);
  });

  it('names figure groups from figures.csv, and by their id where a source has none', async () => {
    expect(await listFigureGroups({ sourceId: 'demo-paper', db: handle.db })).toEqual([{ id: 'demo-group', title: 'demo-group' }]);
    await writeSeedBundle(handle.db, readSeedDirectory(folderWith('demo-paper/curves/figures.csv', 'figure_group,title\ndemo-group,"Demo runs, raw"\n')));
    expect(await listFigureGroups({ sourceId: 'demo-paper', db: handle.db })).toEqual([{ id: 'demo-group', title: 'Demo runs, raw' }]);
    expect((await listSeries({ sourceId: 'demo-paper', db: handle.db })).every((x) => x.figureTitle === 'Demo runs, raw')).toBe(true);
    await writeSeedBundle(handle.db, readSeedDirectory(fixture));
    expect(await listFigureGroups({ sourceId: 'demo-paper', db: handle.db })).toEqual([{ id: 'demo-group', title: 'demo-group' }]);
  });

  const header = accCsv.split('\n')[0]!;
  it.each([
    ['a missing Step column', accFile, accCsv.replace('"Step"', '"Stop"'), /acc_toymath\.csv, line 1, field "Step": missing the Step column/],
    ['a non-numeric accuracy', accFile, accCsv.replace('"20","0.4"', '"20","n/a"'), /acc_toymath\.csv, line 4, field "run\.alpha_0101 - val\/test_score\/ToyMath": "n\/a" is not a number/],
    ['an accuracy above 1', accFile, accCsv.replace('"20","0.4"', '"20","40"'), /line 4, .*40 is outside 0 to 1/],
    ['an unknown run id', accFile, accCsv.replaceAll('run.beta_0102', 'run.gamma_0103'), /line 1, .*run "run\.gamma_0103" is not in runs\.csv/],
    ['a malformed export line', accFile, `${header}\n"0","0.1\n`, /acc_toymath\.csv, line 2: malformed CSV/],
    ['a runs.csv without run_id', 'demo-paper/curves/runs.csv', 'figure_group,data_folder,run,run_label\nx,exports/demo,a,b\n', /runs\.csv, line 1: missing column\(s\): run_id/],
    ['an unknown model in runs.csv', 'demo-paper/curves/runs.csv', 'figure_group,data_folder,run_id,run_label,model\ndemo-group,exports/demo,run.alpha_0101,A,nobody\ndemo-group,exports/demo,run.beta_0102,B,\n', /runs\.csv, line 2, field "model": unknown model "nobody"/],
    ['a figures.csv naming a group runs.csv lacks', 'demo-paper/curves/figures.csv', 'figure_group,title\ndemo-group,Demo\nnope,X\n', /figures\.csv, line 3, field "figure_group": figure group "nope" is not in runs\.csv/],
    ['a figures.csv with an empty title', 'demo-paper/curves/figures.csv', 'figure_group,title\ndemo-group, \n', /figures\.csv, line 2, field "title": must not be empty/],
    ['a figures.csv without a title column', 'demo-paper/curves/figures.csv', 'figure_group,name\ndemo-group,Demo\n', /figures\.csv, line 1: missing column\(s\): title/],
  ])('rejects %s with file and line, writing nothing', async (_what, file, text, message) => {
    const before = await snapshotDatabase(handle.db);
    const dir = folderWith(file, text);
    let error: unknown;
    try {
      await writeSeedBundle(handle.db, readSeedDirectory(dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });
});
