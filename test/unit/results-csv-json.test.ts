import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '@/lib/csv';
import { exportColumns } from '@/lib/export-columns';
import { resultsToCsv, resultsToJson } from '@/test/support/whole-export';
import { csvChunks, jsonChunks } from '@/lib/export-stream';
import { viewBatches } from '@/lib/export-rows';
import type { ResultView } from '@/lib/result-view';

const result: ResultView = {
  id: 'abc',
  sourceId: 'demo',
  sourceTitle: 'A "quoted", title',
  sourceShortTitle: 'Demo',
  sourceArxiv: null,
  sourceYear: 2025,
  sourceAuthors: 'Lab',
  table: 'Table 1',
  page: null,
  section: '',
  modelId: 'm',
  modelName: 'Modèle 7B',
  modelAsPrinted: 'Modèle-7B',
  modelFamily: 'F',
  modelStage: 'base',
  modelModality: 'text',
  modelParamsB: 7,
  benchmarkId: 'b',
  benchmarkName: 'B',
  benchmarkAsPrinted: 'B',
  benchmarkCategory: 'math',
  benchmarkHigherIsBetter: true,
  metric: 'EM',
  setting: '4-shot',
  value: 40,
  valueAsPrinted: '40.0',
  unit: 'percent',
  flags: ['self_evaluated', 'bold'],
  note: 'line one\nline two',
};

describe('the export', () => {
  it('starts with the contract columns in order', () => {
    expect(exportColumns.slice(0, 17)).toEqual([
      'source_id', 'source_title', 'source_arxiv', 'table', 'page', 'model_id', 'model_name', 'model_as_printed',
      'benchmark_id', 'benchmark_name', 'benchmark_as_printed', 'metric', 'setting', 'value', 'value_as_printed', 'flags', 'note',
    ]);
  });
  it('writes CSV that reads back to the same values, printed value kept', () => {
    const table = parseCsvTable(resultsToCsv([result]));
    expect(table.header).toEqual([...exportColumns]);
    expect(table.rows[0]!.values).toMatchObject({
      source_title: 'A "quoted", title',
      model_name: 'Modèle 7B',
      value: '40',
      value_as_printed: '40.0',
      flags: 'self_evaluated;bold',
      page: '',
      note: 'line one\nline two',
    });
  });
  it('writes JSON with the same columns', () => {
    const json = JSON.parse(resultsToJson([result]));
    expect(json.count).toBe(1);
    expect(Object.keys(json.results[0])).toEqual([...exportColumns]);
    expect(json.results[0].value_as_printed).toBe('40.0');
  });
});

describe('the streamed export', () => {
  async function collect(chunks: AsyncGenerator<string>): Promise<string> {
    let text = '';
    for await (const chunk of chunks) text += chunk;
    return text;
  }
  async function* batches(...sizes: number[]) {
    for (const n of sizes) yield* viewBatches(Array.from({ length: n }, (_, i) => ({ ...result, id: `r${i}` })));
  }
  const whole = (...sizes: number[]) => sizes.flatMap((n) => Array.from({ length: n }, (_, i) => ({ ...result, id: `r${i}` })));

  it('writes the same CSV as the whole export, batch by batch', async () => {
    expect(await collect(csvChunks(batches(2, 0, 3)))).toBe(resultsToCsv(whole(2, 0, 3)));
    expect(await collect(csvChunks(batches()))).toBe(resultsToCsv([]));
  });

  it('writes JSON with the same columns, results and count, also when empty', async () => {
    for (const sizes of [[2, 3], [], [0], [1]]) {
      expect(JSON.parse(await collect(jsonChunks(batches(...sizes))))).toEqual(JSON.parse(resultsToJson(whole(...sizes))));
    }
  });
});
