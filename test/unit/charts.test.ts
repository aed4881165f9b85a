import { describe, expect, it } from 'vitest';
import { curveChart, movingAverage } from '@/lib/charts/curves';
import { groupedBarCharts } from '@/lib/charts/grouped-bars';
import { lineageChart } from '@/lib/charts/lineage';
import { byRank, rankingChart, rankingInputOf, settingSummary } from '@/lib/charts/ranking';
import { sizeScatter } from '@/lib/charts/size-scatter';
import { familyColor } from '@/lib/charts/theme';
import type { CompareRow } from '@/lib/compare';
import type { LeaderboardRow } from '@/lib/leaderboard/build-rows';
import type { ResultView } from '@/lib/result-view';

const base: ResultView = {
  id: 'r0', sourceId: 's', sourceTitle: 'S', sourceShortTitle: 'Report', sourceArxiv: null, sourceYear: 2025, sourceAuthors: 'A',
  table: 'Table 4', page: '17', section: '', modelId: 'm1', modelName: 'Model One', modelAsPrinted: 'Model One', modelFamily: 'MiMo',
  modelStage: 'rl', modelModality: 'text', modelParamsB: 7, benchmarkId: 'aime-2025', benchmarkName: 'AIME 2025', benchmarkAsPrinted: 'AIME 2025',
  benchmarkCategory: 'math', benchmarkHigherIsBetter: true, metric: 'Pass@1', setting: '32 samples', value: 55.4, valueAsPrinted: '55.4',
  unit: 'percent', flags: [], note: '',
};
const r = (over: Partial<ResultView>): ResultView => ({ ...base, ...over });

describe('ranking chart', () => {
  const results = [
    r({ id: 'a', value: 55.4, valueAsPrinted: '55.4' }),
    r({ id: 'b', value: 55.4, valueAsPrinted: '55.4', table: 'Table 6', page: '19' }),
    r({ id: 'e', value: 49.1, valueAsPrinted: '49.1', table: 'Table 7', page: '20' }),
    r({ id: 'c', modelId: 'm2', modelName: 'Other', modelFamily: 'Qwen', value: 0.705, valueAsPrinted: '0.705', unit: 'fraction', flags: ['self_evaluated'] }),
  ];
  const chart = rankingChart(results, { higherIsBetter: true, scheme: 'light', unitTitle: 'score (percent)' });

  it('shows every distinct value once, fractions on the percent scale, best first', () => {
    expect(chart.data.datasets[0]!.data).toEqual([70.5, 55.4, 49.1]);
  });
  it('labels a model with several values by every place each was printed, and keeps marks', () => {
    expect(chart.data.labels).toEqual(['Other*', 'Model One (Report: Table 4, p. 17; Table 6, p. 19)', 'Model One (Report: Table 7, p. 20)']);
    expect(chart.rows[1]!.where).toBe('Report: Table 4, p. 17; Table 6, p. 19');
  });
  it('colours by family and outlines self-measured values', () => {
    expect(chart.data.datasets[0]!.borderColor).toEqual([familyColor('Qwen', 'light'), familyColor('MiMo', 'light'), familyColor('MiMo', 'light')]);
    expect(chart.data.datasets[0]!.borderWidth).toEqual([2, 0, 0]);
  });
  it('says how many printed values the distinct ones stand for', () => {
    expect(chart.caption).toMatch(/^3 distinct reported values \(4 printed; a repeat shares its bar\), highest first/);
  });
  it('puts metric and setting in the axis title', () => {
    expect((chart.options.scales!.x as { title: { text: string } }).title.text).toBe('score (percent) — Pass@1 · 32 samples');
    expect(settingSummary([r({ metric: 'EM' }), r({ metric: 'F1' })])).toBe('2 different metrics · 32 samples');
  });
  it('lists lowest first when lower is better', () => {
    const low = rankingChart(results, { higherIsBetter: false, scheme: 'dark', unitTitle: 'x' });
    expect(low.data.datasets[0]!.data[0]).toBe(49.1);
  });
  it('says when it shows only the best values of a longer list', () => {
    expect(rankingChart(results, { higherIsBetter: true, scheme: 'light', unitTitle: 'x', of: 174 }).caption).toMatch(/^The best 3 distinct of 174 printed values, highest first/);
    expect(rankingChart(results, { higherIsBetter: true, scheme: 'light', unitTitle: 'x', of: 4 }).caption).toMatch(/^3 distinct reported values/);
  });
  it('ranks on the common scale with ties by model name, and a bar keeps only what it needs', () => {
    const tie = r({ id: 'd', modelName: 'Another', value: 0.554, unit: 'fraction' });
    expect([...results, tie].sort(byRank(true)).map((x) => x.id)).toEqual(['c', 'd', 'a', 'b', 'e']);
    expect([...results, tie].sort(byRank(false)).map((x) => x.id)).toEqual(['e', 'd', 'a', 'b', 'c']);
    expect(Object.keys(rankingInputOf(base)).sort()).toEqual(
      ['flags', 'metric', 'modelFamily', 'modelId', 'modelName', 'page', 'setting', 'sourceShortTitle', 'table', 'unit', 'value', 'valueAsPrinted'],
    );
  });
});

describe('curves', () => {
  it('smooths with a trailing moving average, and not at all with window 1', () => {
    expect(movingAverage([1, 2, 3, 4], 1)).toEqual([1, 2, 3, 4]);
    expect(movingAverage([1, 2, 3, 4], 2)).toEqual([1, 1.5, 2.5, 3.5]);
  });
  const series = [{ id: 's1', runLabel: 'Run A', benchmarkId: 'math-500', metric: 'accuracy', unit: 'fraction', points: [{ step: 0, value: 0.1, valueAsPrinted: '0.1' }, { step: 4, value: 0.3, valueAsPrinted: '0.3' }] }];
  it('draws accuracy on the percent scale, keeps the exported values for the tooltip, and labels smoothing', () => {
    const raw = curveChart(series, { benchmarkName: 'MATH-500', metric: 'accuracy', smoothing: 1, scheme: 'light' });
    expect(raw.data.datasets[0]!.data).toEqual([{ x: 0, y: 10, raw: '0.1' }, { x: 4, y: 30, raw: '0.3' }]);
    const y = raw.options.scales!.y as { title: { text: string }; max?: number };
    expect(y.title.text).toBe('accuracy (percent)');
    expect(y.max).toBe(100);
    const label = raw.options.plugins!.tooltip!.callbacks!.label as unknown as (ctx: object) => string;
    expect(label({ dataset: { label: 'Run A' }, raw: { x: 4, y: 30, raw: '0.3' } })).toBe('Run A: step 4, 30.0% (exported as 0.3)');
    expect(raw.caption).toContain('without smoothing');
    const smooth = curveChart(series, { benchmarkName: 'MATH-500', metric: 'accuracy', smoothing: 2, scheme: 'light' });
    expect(smooth.data.datasets[0]!.data[1]).toEqual({ x: 4, y: 20, raw: '0.3' });
    expect((smooth.options.scales!.y as { title: { text: string } }).title.text).toContain('moving average of 2');
    expect(smooth.data.datasets[0]!.label).toBe('Run A');
  });
});

describe('grouped bars', () => {
  const cell = (over: Partial<ResultView>) => ({ result: r(over), count: 1, delta: null, sameSetting: true, withinNoise: null });
  const rows: CompareRow[] = [
    { benchmarkId: 'gsm8k', benchmarkName: 'GSM8K', category: 'math', higherIsBetter: true, cells: [cell({ value: 80 }), cell({ value: 0.9, unit: 'fraction' })] },
    { benchmarkId: 'mt-bench', benchmarkName: 'MT-Bench', category: 'alignment', higherIsBetter: true, cells: [cell({ value: 7.25, unit: 'score10' }), null] },
  ];
  it('never puts different scales on one axis', () => {
    const charts = groupedBarCharts(rows, ['A', 'B'], 'light');
    expect(charts.map((c) => c.axis)).toEqual(['percent', 'score10']);
    expect(charts[0]!.data.datasets.map((d) => d.data)).toEqual([[80], [90]]);
    expect(charts[1]!.data.datasets.map((d) => d.data)).toEqual([[7.25], [null]]);
    expect(charts[0]!.data.datasets.map((d) => d.label)).toEqual(['A', 'B']);
  });
});

describe('size scatter', () => {
  const row = (id: string, family: string, paramsB: number | null, value: number): LeaderboardRow => ({
    model: { id, name: id, family, organization: 'o', stage: 'base', modality: 'text', paramsB, aliases: [] },
    cells: { gsm8k: { value: { id: `v-${id}`, modelId: id, benchmarkId: 'gsm8k', sourceId: 's', valueAsPrinted: String(value), value, unit: 'percent', metric: '', setting: '', flags: [], order: 0 }, count: 1, comparable: true } },
    average: { value: null, partial: null, count: 0, of: 0 },
  });
  it('plots one point per sized model on a log axis, one dataset per family, and counts the unsized', () => {
    const chart = sizeScatter([row('a', 'MiniCPM', 2.4, 53.83), row('b', 'MiniCPM', 1.2, 31.77), row('c', 'GPT', null, 90)], 'gsm8k', { benchmarkName: 'GSM8K', scheme: 'light', sourceTitles: new Map([['s', 'Paper']]) });
    expect(chart.data.datasets).toHaveLength(1);
    expect(chart.data.datasets[0]!.data.map((p) => [p.x, p.y])).toEqual([[2.4, 53.83], [1.2, 31.77]]);
    expect((chart.options.scales!.x as { type: string }).type).toBe('logarithmic');
    expect(chart.skipped).toBe(1);
  });
  it('puts families without a colour of their own into one last "Other families" dataset, naming each family on hover', () => {
    const chart = sizeScatter([row('s', 'StableLM', 3, 40), row('f', 'Falcon', 7, 20), row('q', 'Qwen', 7, 80)], 'gsm8k', { benchmarkName: 'GSM8K', scheme: 'dark', sourceTitles: new Map() });
    expect(chart.data.datasets.map((d) => [d.label, d.data.length])).toEqual([['Qwen', 1], ['Other families', 2]]);
    expect(chart.data.datasets[1]!.backgroundColor).toBe(familyColor('other', 'dark'));
    const label = chart.options.plugins!.tooltip!.callbacks!.label as unknown as (ctx: object) => string;
    expect(label({ raw: chart.data.datasets[1]!.data[0] })).toBe('s (StableLM): 40 at 3B (as reported in s)');
  });
});

describe('lineage slope chart', () => {
  it('draws benchmarks shared by at least two models of the lineage', () => {
    const models = [{ id: 'base', name: 'Base' }, { id: 'rl', name: 'RL' }];
    const results = [
      r({ modelId: 'base', benchmarkId: 'aime-2024', benchmarkName: 'AIME 2024', value: 32.9 }),
      r({ modelId: 'rl', benchmarkId: 'aime-2024', benchmarkName: 'AIME 2024', value: 68.2 }),
      r({ modelId: 'rl', benchmarkId: 'drop', benchmarkName: 'DROP', value: 78.7 }),
    ];
    const chart = lineageChart(models, results, 'light');
    expect(chart.benchmarks).toEqual(['aime-2024']);
    expect(chart.data.labels).toEqual(['Base', 'RL']);
    expect(chart.data.datasets[0]!.data).toEqual([32.9, 68.2]);
  });
});
