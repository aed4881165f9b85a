import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listDiscrepancies } from '@/db/queries/discrepancies';
import { getResultViews, listResultRanks, listResults, rankFieldsOf } from '@/db/queries/results';
import { parseCsvTable } from '@/lib/csv';
import type { ResultView } from '@/lib/result-view';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
let all: ResultView[];

beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
  all = await listResults({ db: handle.db });
});
afterAll(() => handle?.close());

// Rows per printed table or figure; each was compared with the number of cells counted in the source.
const perTable: [string, string, number][] = [
  ['llama-2-model-card', 'Evaluation of fine-tuned LLMs on different safety datasets', 6],
  ['llama-2-model-card', 'Evaluation of pretrained LLMs on automatic safety benchmarks', 14],
  ['llama-2-model-card', 'Overall performance on grouped academic benchmarks', 56],
  ['llama-3-model-card', 'Base pretrained models', 55],
  ['llama-3-model-card', 'Instruction tuned models', 25],
  ['llama-3.1-eval-details', 'eval_details.md (numbers given in prose)', 15],
  ['llama-3.1-model-card', 'Base pretrained models', 58],
  ['llama-3.1-model-card', 'Instruction tuned models', 79],
  ['llama-3.1-model-card', 'Multilingual benchmarks', 21],
  ['llama-3.2-model-card', 'Base Pretrained Models', 21],
  ['llama-3.2-model-card', 'Instruction Tuned Models', 117],
  ['llama-3.2-model-card', 'Multilingual Benchmarks', 63],
  ['llama-3.3-model-card', 'Instruction tuned models', 36],
  ['mimo-7b', 'README: MiMo-7B-RL-0530 table', 1],
  ['mimo-7b', 'Table 1', 116],
  ['mimo-7b', 'Table 4', 70],
  ['mimo-7b', 'Table 5', 20],
  ['mimo-7b', 'Table 6', 24],
  ['mimo-vl', 'benchmarks.png', 42],
  ['mimo-vl', 'benchmarks_general.png', 252],
  ['mimo-vl', 'benchmarks_gui.png', 30],
  ['mimo-vl', 'benchmarks_reasoning.png', 73],
  ['minicpm', 'Section 7.1', 2],
  ['minicpm', 'Table 1', 35],
  ['minicpm', 'Table 3', 227],
  ['minicpm', 'Table 4', 126],
  ['minicpm', 'Table 5', 84],
  ['minicpm', 'Table 6', 45],
  ['minicpm-readme', 'Text evaluation', 14],
  ['minicpm-readme', 'MiniCPM-MoE-8x2B Evaluation', 18],
  ['minicpm-readme', 'DPO evaluation', 10],
  ['qwen-readme', 'Performance', 103],
  ['qwen-readme', 'Quantization > GPTQ (BF16/Int8/Int4 comparison)', 48],
  ['qwen-readme-2023-08', 'Performance (August 2023 version)', 14],
  ['qwen2.5-llm-blog', 'Performances on Multilingualism', 108],
  ['qwen2.5-llm-blog', 'Qwen-Turbo & Qwen2.5-14B-Instruct & Qwen2.5-32B-Instruct Performance', 82],
  ['qwen2.5-llm-blog', 'Qwen2.5-0.5B/1.5B-Instruct Performance', 44],
  ['qwen2.5-llm-blog', 'Qwen2.5-0.5B/1.5B/3B Performance', 132],
  ['qwen2.5-llm-blog', 'Qwen2.5-14B/32B Performance', 129],
  ['qwen2.5-llm-blog', 'Qwen2.5-3B-Instruct Performance', 44],
  ['qwen2.5-llm-blog', 'Qwen2.5-72B Performance', 96],
  ['qwen2.5-llm-blog', 'Qwen2.5-72B-Instruct Performance', 70],
  ['qwen2.5-llm-blog', 'Qwen2.5-7B Performance', 110],
  ['qwen2.5-llm-blog', 'Qwen2.5-7B-Instruct Performance', 56],
  ['qwen2.5-vl-readme', 'Performance', 136],
  ['octothinker', 'plot/data/cpt_results/stable.json', 78],
  ['octothinker', 'plot/plot/pass_k.ipynb', 36],
  ['octothinker', 'plot/plot/3b_decay_ablation_longqa_ratio.ipynb', 20],
  ['octothinker', 'plot/plot/analysis_data_quality.ipynb', 16],
  ['octothinker', 'plot/plot/3b_decay_ablation_omi2_ratio.ipynb', 16],
  ['octothinker', 'plot/plot/3b_decay_ablation_shortqa_ratio.ipynb', 16],
  ['octothinker', 'plot/plot/octothinker-1b.ipynb', 12],
  ['octothinker', 'plot/plot/octothinker-3b.ipynb', 25],
  ['octothinker', 'plot/plot/3b_decay_ablation_omi2_openr1_mix_ratio.ipynb', 12],
  ['octothinker', 'plot/plot/analysis_data_quantity.ipynb', 12],
  ['octothinker', 'plot/plot/analysis_instruction.ipynb', 8],
  ['octothinker', 'plot/plot/analysis_longcot_instruction.ipynb', 8],
  ['octothinker', 'plot/plot/motivation.ipynb', 4],
];

function find(source: string, table: string, model: string, benchmark: string, extra: (r: ResultView) => boolean = () => true) {
  const rows = all.filter((r) => r.sourceId === source && r.table === table && r.modelId === model && r.benchmarkId === benchmark && extra(r));
  expect(rows, `${source} / ${table} / ${model} / ${benchmark}`).toHaveLength(1);
  return rows[0]!;
}

describe(`every source, table by table, on ${testDriver}`, () => {
  it.each(perTable)('%s · %s has %i results', (source, table, count) => {
    expect(all.filter((r) => r.sourceId === source && r.table === table)).toHaveLength(count);
  });

  it('has no table outside the list above', () => {
    const listed = new Set(perTable.map(([s, t]) => `${s}\u001f${t}`));
    expect(all.filter((r) => !listed.has(`${r.sourceId}\u001f${r.table}`))).toEqual([]);
    expect(all).toHaveLength(perTable.reduce((n, [, , c]) => n + c, 0));
  });

  it('gives every result a source, a table, and a page where the source has pages', () => {
    for (const r of all) {
      expect(r.sourceTitle).not.toBe('');
      expect(r.table).not.toBe('');
    }
    expect(all.filter((r) => ['mimo-7b', 'minicpm'].includes(r.sourceId) && r.page === null).map((r) => r.table)).toEqual([
      'README: MiMo-7B-RL-0530 table',
    ]);
  });

  // [source, table, model, benchmark, printed value, flags that must be present]
  it.each([
    ['mimo-vl', 'benchmarks_general.png', 'mimo-vl-7b-sft', 'mmmu-val', '64.6', ['llm_judged']],
    ['mimo-vl', 'benchmarks_general.png', 'claude-3.7-sonnet', 'mmmu-val', '69.8', ['self_evaluated', 'llm_judged']],
    ['mimo-vl', 'benchmarks_general.png', 'internvl3-8b', 'mme-realworld-cn', '58.5', ['self_evaluated', 'bold']],
    ['mimo-vl', 'benchmarks_general.png', 'gemma-3-27b-it', 'ifeval', '88.9', ['bold']],
    ['mimo-vl', 'benchmarks_general.png', 'claude-3.7-sonnet', 'ifeval', '88.7', ['self_evaluated']],
    ['mimo-vl', 'benchmarks_general.png', 'qwen2.5-vl-7b-instruct', 'screenspot-v2', '88.0', ['conflict']],
    ['mimo-vl', 'benchmarks_reasoning.png', 'mimo-vl-7b-sft', 'olympiadbench', '59.4', ['bold']],
    ['mimo-vl', 'benchmarks_reasoning.png', 'qwen2.5-72b-instruct', 'math-500', '82.8', ['self_evaluated']],
    ['mimo-vl', 'benchmarks_reasoning.png', 'gemini-2.5-pro', 'aime-2025', '86.7', []],
    ['mimo-vl', 'benchmarks_gui.png', 'qwen2.5-vl-7b-instruct', 'screenspot-v2', '88.8', ['conflict', 'from_chart']],
    ['mimo-vl', 'benchmarks_gui.png', 'os-atlas', 'websrc-val', '89.1', ['from_chart']],
    ['mimo-vl', 'benchmarks.png', 'mimo-vl-7b-sft', 'aime-2025', '51.0', ['conflict', 'from_chart']],
    ['mimo-vl', 'benchmarks.png', 'mimo-vl-7b-rl', 'drop', '85.1', ['from_chart']],
    ['minicpm', 'Table 1', 'minicpm-ablation-a-1', 'c-eval', '40.0', ['not_released_model']],
    ['minicpm', 'Table 1', 'minicpm-ablation-b-3', 'mbpp', '32.8', []],
    ['minicpm', 'Table 3', 'llama-2-7b', 'c-eval', '32.42', []],
    ['minicpm', 'Table 3', 'llama-2-7b', 'arc-e', '75.25', ['perplexity_scored']],
    ['minicpm', 'Table 3', 'stablelm-zephyr-3b', 'math', '12.12', ['conflict']],
    ['minicpm', 'Table 3', 'gemini-nano-3b', 'mbpp', '27.20', []],
    ['minicpm', 'Table 3', 'minicpm-2.4b', 'minicpm-avg-chn', '51.10', ['average']],
    ['minicpm', 'Table 4', 'chatglm2-6b', 'c-eval', '52.05', []],
    ['minicpm', 'Table 4', 'qwen-7b-chat', 'arc-e', '64.44', ['perplexity_scored']],
    ['minicpm', 'Table 4', 'minicpm-2.4b-dpo', 'minicpm-avg-chn', '48.51', ['average']],
    ['minicpm', 'Table 5', 'lwm-text-128k', 'infinitebench-passkey', '100', []],
    ['minicpm', 'Table 5', 'minicpm-2.4b-128k', 'infinitebench-avg-no-code-math', '37.68', ['average']],
    ['minicpm', 'Table 6', 'llama-2-34b', 'mbpp-full', '33.0', ['full_set']],
    ['minicpm', 'Table 6', 'mistral-7b', 'math', '5.0', []],
    ['minicpm', 'Table 3', 'mistral-7b', 'math', '5.00', []],
    ['minicpm', 'Table 6', 'minicpm-moe-8x2b', 'bbh', '39.22', []],
    ['minicpm', 'Section 7.1', 'minicpm-2.4b-dpo', 'mt-bench', '7.25', ['llm_judged']],
  ])('%s · %s: %s on %s is %s', (source, table, model, benchmark, printed, flags) => {
    const r = find(source, table, model, benchmark);
    expect(r.valueAsPrinted).toBe(printed);
    expect(r.flags).toEqual(expect.arrayContaining(flags));
  });

  it('splits the two-number cells of the Qwen2.5-VL README into two results that keep the printed cell', () => {
    const halves = all.filter((r) => r.sourceId === 'qwen2.5-vl-readme' && r.modelId === 'qwen2.5-vl-72b-instruct' && r.benchmarkId === 'androidcontrol');
    expect(halves.map((r) => r.valueAsPrinted)).toEqual(['67.36', '93.7']);
    expect(halves[0]!.note).toContain('"67.36/93.7"');
  });

  const shared = path.resolve('../shared/sources/baselines/baselines.csv');
  it.runIf(existsSync(shared))('matches baselines.csv row for row (every value, table, name and metric as printed)', () => {
    const original = parseCsvTable(readFileSync(shared, 'utf8')).rows.map((r) => r.values);
    const loaded = all.filter((r) => original.some((o) => o.source_key === r.sourceId));
    let i = 0;
    for (const o of original) {
      const parts = o.value!.match(/^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/)?.slice(1) ?? [o.value!.replace(/\((\w+)\)$/, '')];
      const rows = loaded.filter(
        (r) => r.sourceId === o.source_key && r.table === o.table && r.modelAsPrinted === o.model && r.benchmarkAsPrinted === o.benchmark && r.metric === o.metric && r.setting.startsWith(o.setting!),
      );
      expect(rows.map((r) => r.valueAsPrinted).sort(), JSON.stringify(o)).toEqual([...parts].sort());
      i += parts.length;
    }
    expect(i).toBe(loaded.length);
  });
});

const octoEvals = path.resolve('../shared/sources/octothinker/base-evals/repo-base-evals.csv');
describe(`OctoThinker repository data on ${testDriver}`, () => {
  it.runIf(existsSync(octoEvals))('matches repo-base-evals.csv for every row, the commented-out 8B stable-stage line included', () => {
    const original = parseCsvTable(readFileSync(octoEvals, 'utf8')).rows.map((r) => r.values);
    const kept = original;
    const loaded = all.filter((r) => r.sourceId === 'octothinker');
    expect(kept).toHaveLength(loaded.length);
    expect(original.filter((o) => o.flags!.includes('commented-out'))).toHaveLength(13);
    const key = (...parts: (string | undefined)[]) => parts.join(' | ');
    // The notebook comment names the checkpoint "8b stable"; the file spells out what that is.
    const printedModel = (o: Record<string, string | undefined>) => (o.flags!.includes('commented-out') ? '8b stable' : o.model);
    const expected = kept.map((o) => key(printedModel(o), o.benchmark, o.value, o.setting, o.metric!.includes('(fraction)') ? 'fraction' : 'percent'));
    const actual = loaded.map((r) => key(r.modelAsPrinted, r.benchmarkAsPrinted, r.valueAsPrinted, r.setting, r.unit));
    expect(actual.sort()).toEqual(expected.sort());
    for (const r of loaded) expect(r.flags).toEqual(expect.arrayContaining(['repo_data', 'unverified']));
  });

  it('keeps the OctoThinker-1B-Long-Base AMC23 fraction as the file has it', () => {
    const r = find('octothinker', 'plot/data/cpt_results/stable.json', 'octothinker-1b-long-base', 'amc23');
    expect([r.valueAsPrinted, r.unit]).toEqual(['0.075', 'fraction']);
  });

  it('loads the RL curves: runs x benchmarks x metrics, raw points as exported', async () => {
    const { listSeries } = await import('@/db/queries/curves');
    const series = await listSeries({ sourceId: 'octothinker', db: handle.db });
    expect(series).toHaveLength(323);
    expect(series.reduce((n, s) => n + s.points.length, 0)).toBe(25451);
    const qwen = series.find((s) => s.figureGroup === 'motivation' && s.runLabel === 'Qwen2.5-3B' && s.benchmarkId === 'amc23' && s.metric === 'accuracy')!;
    expect(qwen.modelId).toBe('qwen2.5-3b');
    expect(qwen.points.slice(0, 2)).toEqual([
      { step: 0, value: 0.1, valueAsPrinted: '0.1' },
      { step: 4, value: 0.15, valueAsPrinted: '0.15' },
    ]);
    const length = series.find((s) => s.figureGroup === 'motivation' && s.runLabel === 'Qwen2.5-3B' && s.benchmarkId === 'amc23' && s.metric !== 'accuracy')!;
    expect(length.points[1]).toEqual({ step: 4, value: 344.3333333333333, valueAsPrinted: '344.3333333333333' });
  });
});

describe(`discrepancies on ${testDriver}`, () => {
  it('finds Qwen2.5-7B on GSM8K: 80.2 in MiMo-7B Table 1 against 85.4 from Qwen', async () => {
    const [d] = (await listDiscrepancies({ filters: { model: ['qwen2.5-7b'], benchmark: ['gsm8k'] }, db: handle.db }));
    expect(d?.kind).toBe('values-differ');
    expect(d!.results.map((r) => `${r.sourceId}:${r.table}:${r.valueAsPrinted}`).sort()).toEqual([
      'mimo-7b:Table 1:80.2',
      'qwen2.5-llm-blog:Qwen2.5-7B Performance:85.4',
    ]);
    expect(d!.spread).toBeCloseTo(5.2);
    expect(d!.differsAtSameSetting).toBe(false);
    expect(d!.setting).toBe('different');
    expect(d!.reasons.map((r) => r.text)).toEqual(['shots differ: 4-shot vs 8-shot', "some values measured by the reporting team's own harness"]);
  });

  it('classes the pairs honestly: blank settings are unknown, a blank metric is no difference, rounding is named', async () => {
    const one = async (model: string, benchmark: string) => (await listDiscrepancies({ filters: { model: [model], benchmark: [benchmark] }, db: handle.db }))[0]!;
    const chatglm = await one('chatglm2-6b', 'bbh');
    expect(chatglm.setting).toBe('unknown');
    expect(chatglm.reasons.map((r) => r.text)).toEqual(['setting not stated by MiniCPM paper']);
    const gemma = await one('gemma-2-9b', 'bbh');
    expect(gemma.results.map((r) => `${r.metric}|${r.setting}`).sort()).toEqual(['EM|3-shot', '|3-shot']);
    expect(gemma.setting).toBe('same');
    expect(gemma.reasons.map((r) => r.kind)).toEqual(['unexplained']);
    const french = await one('llama-3.1-8b-instruct', 'mmlu-fr');
    expect(french.setting).toBe('same');
    expect(french.reasons.map((r) => r.kind)).toEqual(['rounding']);
    const all = await listDiscrepancies({ db: handle.db });
    for (const d of all.filter((x) => x.setting === 'same')) expect(d.results.filter((r) => r.setting.trim()).length).toBeGreaterThanOrEqual(2);
  });

  it('finds the StableLM-Zephyr-3B MATH cell that contradicts its own row, beside the README value 12.49', async () => {
    const [d] = await listDiscrepancies({ filters: { model: ['stablelm-zephyr-3b'], benchmark: ['math'] }, db: handle.db });
    expect(d?.kind).toBe('values-differ');
    const paper = d!.results.find((r) => r.sourceId === 'minicpm')!;
    expect([paper.valueAsPrinted, paper.flags]).toEqual(['12.12', ['conflict']]);
    expect(paper.note).toMatch(/12\.49/);
    const readme = d!.results.find((r) => r.sourceId === 'minicpm-readme')!;
    expect([readme.valueAsPrinted, readme.flags]).toEqual(['12.49', []]);
    expect(d!.spread).toBeCloseTo(0.37);
  });

  it('finds the MiMo-VL cells printed differently in two figures, at the same setting where metrics agree', async () => {
    const [d] = await listDiscrepancies({ filters: { model: ['qwen2.5-vl-7b-instruct'], benchmark: ['screenspot-v2'], source: ['mimo-vl'] }, db: handle.db });
    expect(d!.results.map((r) => r.valueAsPrinted).sort()).toEqual(['88.0', '88.8']);
  });

  it('does not count the same number printed twice ("5.00" and "5.0") as a discrepancy', async () => {
    const found = await listDiscrepancies({ filters: { model: ['mistral-7b'], benchmark: ['math'], source: ['minicpm'] }, db: handle.db });
    expect(found).toEqual([]);
  });
});

describe(`a benchmark's ranking fields and whole views read apart (the paged benchmark page) on ${testDriver}`, () => {
  it('ranks every benchmark: the same results in the same printed order as its whole views', async () => {
    const benchmarks = [...new Set(all.map((r) => r.benchmarkId))];
    expect(benchmarks.length).toBeGreaterThan(100);
    for (const benchmark of benchmarks) {
      expect(await listResultRanks({ benchmark, db: handle.db })).toEqual(all.filter((r) => r.benchmarkId === benchmark).map(rankFieldsOf));
    }
  });

  it('reads whole views of the ids asked for, in the order asked, leaving out unknown ids', async () => {
    const gsm8k = all.filter((r) => r.benchmarkId === 'gsm8k');
    expect(gsm8k.length).toBeGreaterThan(20);
    const wanted = [gsm8k[7]!, gsm8k[0]!, gsm8k[19]!];
    expect(await getResultViews({ ids: [wanted[0]!.id, 'no-such-result', wanted[1]!.id, wanted[2]!.id], db: handle.db })).toEqual(wanted);
    expect(await getResultViews({ ids: [], db: handle.db })).toEqual([]);
  });
});

describe(`item counts and sampling intervals on ${testDriver}`, () => {
  it('loads the catalog item counts into every view of the benchmark, and none where unknown', () => {
    const aime = all.filter((r) => r.benchmarkId === 'aime-2024');
    expect(aime.length).toBeGreaterThan(5);
    for (const r of aime) expect([r.benchmarkItems, r.benchmarkItemsSplit]).toEqual([30, 'AIME 2024 I and II, all problems']);
    for (const r of all.filter((x) => x.benchmarkId === 'mt-bench')) expect(r.benchmarkItems).toBeNull();
  });

  it('exports items and the Wilson interval after the contract columns, nulls where none applies', async () => {
    const { exportAllResults } = await import('@/db/queries/results-export');
    const json = JSON.parse(await exportAllResults({ format: 'json', db: handle.db })) as { columns: string[]; results: Record<string, unknown>[] };
    expect(json.columns.slice(-4)).toEqual(['items', 'ci95_low', 'ci95_high', 'ci_method']);
    const rl = json.results.find((r) => r.model_id === 'mimo-7b-rl' && r.benchmark_id === 'aime-2024' && r.table === 'Table 4')!;
    expect(rl).toMatchObject({ items: 30, ci_method: 'wilson-95' });
    expect(Number(rl.ci95_low)).toBeLessThan(Number(rl.value));
    expect(Number(rl.ci95_high)).toBeGreaterThan(Number(rl.value));
    const mt = json.results.find((r) => r.benchmark_id === 'mt-bench')!;
    expect([mt.items, mt.ci95_low, mt.ci95_high, mt.ci_method]).toEqual([null, null, null, null]);
    // OctoThinker states the set size in each setting ("n=675"), which counts even where the catalog has none.
    const olympiad = json.results.find((r) => r.benchmark_id === 'olympiadbench' && String(r.setting).includes('n=675'))!;
    expect(olympiad).toMatchObject({ items: 675, ci_method: 'wilson-95', unit: 'fraction' });
    const csv = await exportAllResults({ format: 'csv', db: handle.db });
    expect(csv.split('\n')[0]!.trim().endsWith('result_id,items,ci95_low,ci95_high,ci_method')).toBe(true);
  });
});
