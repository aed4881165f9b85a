import { describe, expect, it } from 'vitest';
import { buildComparison } from '@/lib/compare';
import { averageTier, compareAverages, type LeaderboardAverage } from '@/lib/leaderboard/build-rows';
import type { ResultView } from '@/lib/result-view';

const complete = (value: number): LeaderboardAverage => ({ value, partial: value, count: 4, of: 4 });
const partial = (mean: number): LeaderboardAverage => ({ value: null, partial: mean, count: 2, of: 4 });
const none: LeaderboardAverage = { value: null, partial: null, count: 0, of: 4 };

describe('ranking by average', () => {
  const rows = { c60: complete(60), c80: complete(80), p90: partial(90), p50: partial(50), none };
  const order = (desc: boolean) =>
    Object.entries(rows)
      .sort(([, a], [, b]) => compareAverages(a, b, desc))
      .map(([k]) => k);

  it('puts complete averages first, partial ones next (a high partial mean never outranks a complete one), none last', () => {
    expect(order(true)).toEqual(['c80', 'c60', 'p90', 'p50', 'none']);
  });
  it('keeps the tier order when ascending, and orders within each tier', () => {
    expect(order(false)).toEqual(['c60', 'c80', 'p50', 'p90', 'none']);
  });
  it('names the tiers', () => {
    expect([averageTier(complete(1)), averageTier(partial(1)), averageTier(none)]).toEqual([0, 1, 2]);
  });
});

const result = (id: string, modelId: string, benchmarkId: string, value: number): ResultView => ({
  id, sourceId: 's', sourceTitle: 'S', sourceShortTitle: 'S', sourceArxiv: null, sourceYear: 2025, sourceAuthors: 'A', table: 'Table 1', page: null,
  section: '', modelId, modelName: modelId, modelAsPrinted: modelId, modelFamily: 'F', modelStage: 'rl', modelModality: 'text', modelParamsB: 7,
  benchmarkId, benchmarkName: benchmarkId, benchmarkAsPrinted: benchmarkId, benchmarkCategory: 'math', benchmarkHigherIsBetter: true,
  metric: 'Pass@1', setting: '', value, valueAsPrinted: String(value), unit: 'percent', flags: [], note: '',
});

describe('comparison rows', () => {
  const models = [{ id: 'ref', organization: 'O' }, { id: 'b', organization: 'O' }, { id: 'c', organization: 'O' }];
  const rows = buildComparison(
    [result('1', 'ref', 'aime', 70), result('2', 'b', 'gsm8k', 80), result('3', 'c', 'gsm8k', 85), result('4', 'b', 'only-b', 1), result('5', 'ref', 'math', 90), result('6', 'b', 'math', 80)],
    models,
    new Map(),
    false,
  );
  it('keeps benchmarks only the reference reports, and those two or more models share, but not one other model alone', () => {
    expect(rows.map((r) => r.benchmarkId).sort()).toEqual(['aime', 'gsm8k', 'math']);
  });
  it('gives no differences in a row without a reference value', () => {
    expect(rows.find((r) => r.benchmarkId === 'gsm8k')!.cells.map((c) => c?.delta ?? null)).toEqual([null, null, null]);
    expect(rows.find((r) => r.benchmarkId === 'math')!.cells[1]!.delta).toBe(-10);
  });
});
