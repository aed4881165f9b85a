import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listResults } from '@/db/queries/results';
import { resultBatches } from '@/db/queries/results-stream';
import { benchmarks, models, results, sources, sourceTables } from '@/db/schema';
import { exportColumns, toExportRecord } from '@/lib/export-columns';
import { csvChunks, jsonChunks } from '@/lib/export-stream';
import type { ResultFilters } from '@/lib/result-filters';
import { resultsToCsv } from '@/test/support/whole-export';
import type { ResultView } from '@/lib/result-view';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

/** Text that CSV must quote or JSON must escape, and text that looks as if it should but need not. */
const awkward = ['plain', '', ' leading', 'trailing ', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', '\ttab first', 'nbsp\u00a0', '\u00a0nbsp first',
  'ünïcødé 模型', 'emoji 😀', 'back\\slash', 'ctrl\u0001char', '"', ',', 'in\tside', 'n=12 looks like items', "it's", 'vt\u000bff\u000cbs\u0008'];
const pick = (i: number, offset = 0) => awkward[(i + offset) % awkward.length]!;
const settings = ['0-shot', 'n=200; 0-shot', '4-shot, n=1319', '32 samples averaged; T=0.6', 'avg@8', '', ' spaced ', 'n=abc', 'k=5;n=7'];
const values: [number, string][] = [[0.1234, 'fraction'], [0.5, 'fraction'], [1, 'fraction'], [0, 'percent'], [40, 'percent'], [100, 'percent'],
  [33.333333333333336, 'percent'], [150, 'percent'], [-1.5, 'score'], [-0, 'percent'], [1e-7, 'percent'], [1234.5, 'elo'], [7.25, 'score10'], [2e21, 'score']];

/** Two sources of awkward text, four tables, 3,000 results with every kind of cell the export writes. */
async function writeAwkwardResults(db: DatabaseHandle['db']) {
  await db.transaction(async (tx) => {
    const source = (id: string, title: string, arxivId: string | null) =>
      ({ id, title, shortTitle: id, authors: 'Test', organization: 'Test', year: 2025, kind: 'paper' as const, arxivId, paginated: true, bibtex: '' });
    await tx.insert(sources).values([source('zz-awkward', 'A "quoted", title\nover two lines', null), source('zz-awkward-2', ' leading space', '2501.00001')]);
    const tables = [['zz-awkward', 'Table 1, "a"'], ['zz-awkward', ' Fig. 2'], ['zz-awkward-2', 'Table 3'], ['zz-awkward-2', 'Table\n4']] as const;
    await tx.insert(sourceTables).values(tables.map(([sourceId, label], position) =>
      ({ sourceId, label, kind: 'table' as const, caption: '', layout: 'model-rows' as const, position })));
    await tx.insert(models).values(Array.from({ length: 6 }, (_, i) => ({ id: `zz-model-${i}`, name: `Model ${pick(i, 3)}`, family: 'ZZ', organization: 'Test',
      modality: 'text' as const, stage: 'base' as const, aliases: [] })));
    await tx.insert(benchmarks).values([null, 500, 1319, 1].map((items, i) => ({ id: `zz-bench-${i}`, name: `Bench ${pick(i, 7)}`, category: 'math' as const,
      modality: 'text' as const, scale: 'percent' as const, higherIsBetter: true, description: '', aliases: [], items })));
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const [sourceId, tableLabel] = tables[i % 7 === 0 ? 0 : i % 4]!;
      const [value, unit] = values[i % values.length]!;
      return {
        id: `zz-${i}`, sourceId, tableLabel, section: i % 5 ? '' : pick(i, 1), page: i % 3 ? String(i % 40) : i % 2 ? null : ' 7',
        modelId: `zz-model-${i % 6}`, modelAsPrinted: `${pick(i)} #${i}`, benchmarkId: `zz-bench-${i % 4}`, benchmarkAsPrinted: pick(i, 5),
        metric: pick(i, 9), setting: settings[i % settings.length]!, value, valueAsPrinted: i % 11 ? String(value) : pick(i, 2), unit: unit as 'percent',
        flags: (i % 3 === 0 ? [] : i % 3 === 1 ? ['bold'] : ['self_evaluated', 'bold']) as 'bold'[], note: pick(i, 11), position: (i * 7919) % 3001, origin: 'test',
      };
    });
    for (let i = 0; i < rows.length; i += 500) await tx.insert(results).values(rows.slice(i, i + 500));
  });
}

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
  await writeAwkwardResults(handle.db);
}, 180_000);
afterAll(() => handle?.close());

const indented = (json: string, depth: number) => json.replace(/\n/g, `\n${' '.repeat(depth)}`);

/** The JSON export as it was written before rows were formatted from arrays: one JSON.stringify per record, indented. */
function previousJson(rows: readonly ResultView[]): string {
  let text = `{\n "columns": ${indented(JSON.stringify(exportColumns, null, 1), 1)},\n "results": [`;
  rows.forEach((row, i) => (text += `${i ? ',' : ''}\n  ${indented(JSON.stringify(toExportRecord(row), null, 1), 2)}`));
  return `${text}${rows.length ? '\n ' : ''}],\n "count": ${rows.length}\n}\n`;
}

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const chunk of chunks) all += chunk;
  return all;
}

const paths = { 'one query': {}, [testDriver === 'pg' ? 'COPY per table' : 'keyset pages']: { oneQueryLimit: 0 }, 'small batches': { oneQueryLimit: 0, batchSize: 700 } };
const filterSets: ResultFilters[] = [{}, { source: ['zz-awkward', 'mimo-7b', "o'brien \\ $1"] }, { q: 'model' }, { benchmark: ['zz-bench-2', 'gsm8k'] }, { model: ['nothing-such'] }];

describe(`the CSV and JSON exports are byte for byte what toExportRecord gives (${testDriver})`, () => {
  it('has awkward rows to export', async () => {
    const csv = resultsToCsv(await listResults({ db: handle.db, filters: { source: ['zz-awkward'] } }));
    for (const cell of ['" leading"', '"say ""hi"""', '"two\nlines"', '"\u00a0nbsp first"', ',1e-7,', ',2e+21,', ',0.1234,']) expect(csv).toContain(cell);
  });

  for (const [name, options] of Object.entries(paths)) {
    it(`on the real data and 3,000 awkward results, read by ${name}`, async () => {
      for (const filters of filterSets) {
        const rows = await listResults({ db: handle.db, filters });
        expect(await text(csvChunks(resultBatches(handle.db, filters, options)))).toBe(resultsToCsv(rows));
        expect(await text(jsonChunks(resultBatches(handle.db, filters, options)))).toBe(previousJson(rows));
      }
    });
  }

  it('reads a table in several batches when it holds more rows than one batch', async () => {
    const sizes: number[] = [];
    for await (const { table, rows } of resultBatches(handle.db, { source: ['zz-awkward'] }, { oneQueryLimit: 0, batchSize: 700 })) {
      if (table.table === 'Table 1, "a"') sizes.push(rows.length);
    }
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.slice(0, -1).every((n) => n === 700)).toBe(true);
  });
});
