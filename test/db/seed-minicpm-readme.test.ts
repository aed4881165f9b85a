import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listResults } from '@/db/queries/results';
import type { ResultView } from '@/lib/result-view';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
let readme: ResultView[];
let paper: ResultView[];

beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
  readme = await listResults({ filters: { source: ['minicpm-readme'] }, db: handle.db });
  paper = await listResults({ filters: { source: ['minicpm'] }, db: handle.db });
});
afterAll(() => handle?.close());

describe(`MiniCPM README cells the paper does not print, on ${testDriver}`, () => {
  it('holds 42 cells in three tables, without pages, each naming the README file and commit it comes from', () => {
    const perTable = Object.fromEntries(['Text evaluation', 'MiniCPM-MoE-8x2B Evaluation', 'DPO evaluation'].map((t) => [t, readme.filter((r) => r.table === t).length]));
    expect(perTable).toEqual({ 'Text evaluation': 14, 'MiniCPM-MoE-8x2B Evaluation': 18, 'DPO evaluation': 10 });
    expect(readme).toHaveLength(42);
    for (const r of readme) {
      expect(r.page).toBeNull();
      expect(r.note.startsWith('origin: git OpenBMB/MiniCPM@3e7c74e:README-en.md; ')).toBe(true);
    }
    expect([...new Set(readme.filter((r) => r.table === 'Text evaluation').map((r) => r.section))]).toEqual(['Against larger models', 'Against models of its size', 'Against chat models']);
  });

  it('never repeats a number the paper prints for the same model and benchmark', () => {
    for (const r of readme) {
      const same = paper.filter((p) => p.modelId === r.modelId && p.benchmarkId === r.benchmarkId && p.value === r.value);
      expect(same, `${r.modelId} / ${r.benchmarkId} / ${r.valueAsPrinted}`).toEqual([]);
    }
  });

  // table, model, printed model, benchmark, printed benchmark, value as printed, section, flags
  it.each([
    ['Text evaluation', 'llama-2-7b', 'Llama2-7B', 'minicpm-avg-chn', 'Average Score in Chinese', '31.765', 'Against larger models', ['average']],
    ['Text evaluation', 'stablelm-zephyr-3b', 'StableLM-Zephyr-3B', 'math', 'MATH', '12.49', 'Against models of its size', []],
    ['Text evaluation', 'phi-2', 'Phi-2-2B', 'minicpm-avg-en', 'Average Score in English', '54.41', 'Against models of its size', ['average']],
    ['Text evaluation', 'yi-6b-chat', 'Yi-6B-Chat', 'minicpm-avg-chn', 'Average Score in Chinese', '70.995', 'Against chat models', ['average']],
    ['MiniCPM-MoE-8x2B Evaluation', 'gemma-7b', 'Gemma-7B', 'mbpp-full', 'MBPP', '44.4', '', ['full_set']],
    ['MiniCPM-MoE-8x2B Evaluation', 'qwen1.5-7b', 'Qwen1.5-7B', 'mmlu', 'MMLU', '61', '', []],
    ['MiniCPM-MoE-8x2B Evaluation', 'qwen1.5-7b', 'Qwen1.5-7B', 'c-eval', 'CEval', '74.1', '', []],
    ['MiniCPM-MoE-8x2B Evaluation', 'minicpm-2.4b', 'MiniCPM-2.4B', 'mbpp-full', 'MBPP', '35.93', '', ['full_set']],
    ['MiniCPM-MoE-8x2B Evaluation', 'minicpm-moe-8x2b', 'MiniCPM-MoE-8x2B', 'humaneval', 'HumanEval', '55.49', '', []],
    ['DPO evaluation', 'mixtral-8x7b-instruct-v0.1', 'Mistral-8*7b-Instruct-v0.1', 'mt-bench', 'MT-bench', '8.30', '', ['llm_judged']],
    ['DPO evaluation', 'mpt-34b-instruct', 'MPT-34B-instruct', 'mt-bench', 'MT-bench', '6.39', '', ['llm_judged', 'suspect']],
  ])('%s: %s (%s) on %s (%s) is %s', (table, model, modelAsPrinted, benchmark, benchmarkAsPrinted, printed, section, flags) => {
    const rows = readme.filter((r) => r.table === table && r.modelId === model && r.benchmarkId === benchmark);
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect([r.modelAsPrinted, r.benchmarkAsPrinted, r.valueAsPrinted, r.value, r.section, r.flags]).toEqual([
      modelAsPrinted,
      benchmarkAsPrinted,
      printed,
      Number(printed),
      section,
      flags,
    ]);
  });

  it('carries the marks: dagger = full MBPP set, star on a model = copied from its report, MT-bench judged on a 10-point scale', () => {
    const moe = readme.filter((r) => r.table === 'MiniCPM-MoE-8x2B Evaluation');
    for (const r of moe) expect(r.flags.includes('full_set')).toBe(r.benchmarkId === 'mbpp-full');
    expect(moe.filter((r) => r.benchmarkId === 'mbpp-full').map((r) => r.modelId)).toEqual(['mistral-7b-instruct-v0.2', 'gemma-7b', 'qwen1.5-7b', 'minicpm-2.4b', 'minicpm-moe-8x2b']);
    for (const r of moe.filter((x) => ['gemma-7b', 'qwen1.5-7b'].includes(x.modelId))) expect(r.note).toMatch(/star on .* taken from .* report/);
    for (const r of readme.filter((x) => x.table === 'DPO evaluation')) expect([r.unit, r.flags.includes('llm_judged')]).toEqual(['score10', true]);
  });

  it('notes on the paper rows where the README prints the same number with a different mark', () => {
    const deepseek = paper.find((r) => r.table === 'Table 6' && r.modelId === 'deepseek-moe-16b-base' && r.benchmarkId === 'mbpp')!;
    expect(deepseek.note).toMatch(/README .* full MBPP set/);
    const arc = paper.find((r) => r.table === 'Table 3' && r.modelId === 'llama-2-7b' && r.benchmarkId === 'arc-e')!;
    expect([arc.flags, arc.note]).toEqual([['perplexity_scored'], expect.stringMatching(/README .* without its perplexity mark/)]);
  });
});
