import { describe, expect, it } from 'vitest';
import type { NameHits } from '@/lib/check/claims';
import { draftClaims, draftKeys, splitDraft } from '@/lib/check/extract';
import { nameKey } from '@/lib/check/names';
import { roundPrinted, sameNumber, shotsAgree } from '@/lib/check/numbers';
import { readDraft } from '@/lib/check/read-draft';

const index = new Map<string, NameHits>([
  [nameKey('MiMo-7B-RL'), { models: ['mimo-7b-rl'], benchmarks: [] }],
  [nameKey('Qwen2.5 7B'), { models: ['qwen2.5-7b'], benchmarks: [] }],
  [nameKey('AIME 2024'), { models: [], benchmarks: ['aime-2024'] }],
  [nameKey('MMLU'), { models: [], benchmarks: ['mmlu'] }],
]);
const claims = (text: string) => draftClaims(splitDraft(text), index).map((c) => ({ value: c.value, model: c.model.ids[0] ?? null, benchmark: c.benchmark.ids[0] ?? null, shots: c.shots, at: c.offset }));

describe('names', () => {
  it('compares names by case, dashes, spaces and two-digit years', () => {
    expect(nameKey('AIME 24')).toBe(nameKey('aime-2024'));
    expect(nameKey('Qwen2.5-7B')).toBe(nameKey('qwen2.5 7b'));
    expect(nameKey('HumanEval+')).not.toBe(nameKey('HumanEval'));
  });
});

describe('numbers', () => {
  it('matches as printed or to the printed precision, never beyond it', () => {
    expect(sameNumber('68.20', '68.2', 'percent')).toBe(true);
    expect(sameNumber('68.3', '68.25', 'percent')).toBe(true);
    expect(sameNumber('68.23', '68.2', 'percent')).toBe(false);
    expect(sameNumber('68.2', '0.682', 'fraction')).toBe(true);
    expect(roundPrinted('1.005', 2)).toBe('1.01');
  });
  it('reads shot counts in settings', () => {
    expect(shotsAgree(5, '5-shot')).toBe(true);
    expect(shotsAgree(3, '5-shot')).toBe(false);
    expect(shotsAgree(4, '3-5-shot')).toBe(true);
    expect(shotsAgree(0, 'T=0.6, top-p 0.95')).toBe(true);
  });
});

describe('LaTeX tables', () => {
  const tex = String.raw`\begin{tabular}{lcc}
\toprule
Model & \multicolumn{1}{c}{AIME 24} & MMLU (5-shot) \\
\midrule
\rowcolor{gray!10} MiMo-7B-RL & \textbf{68.2}$^\dagger$ & \underline{58.1} $\pm$ 0.3 \\
Qwen2.5 7B & \cellcolor{blue!20}12.5* & -- \\
\bottomrule
\end{tabular}`;
  it('reads marked cells, skips deviations and dashes, and places each number', () => {
    const got = claims(tex);
    expect(got.map(({ value, model, benchmark, shots }) => ({ value, model, benchmark, shots }))).toEqual([
      { value: '68.2', model: 'mimo-7b-rl', benchmark: 'aime-2024', shots: null },
      { value: '58.1', model: 'mimo-7b-rl', benchmark: 'mmlu', shots: 5 },
      { value: '12.5', model: 'qwen2.5-7b', benchmark: 'aime-2024', shots: null },
    ]);
    expect(tex.slice(got[0]!.at, got[0]!.at + 4)).toBe('68.2');
  });
  it('reads the transpose (benchmarks in rows)', () => {
    const t = String.raw`\begin{tabular}{lc}\hline Benchmark & MiMo-7B-RL \\ \hline AIME 2024 & 68.2 \\ \hline\end{tabular}`;
    expect(claims(t).map((c) => [c.model, c.benchmark, c.value])).toEqual([['mimo-7b-rl', 'aime-2024', '68.2']]);
  });
  it('claims nothing in a table that names no model or benchmark', () => {
    expect(claims(String.raw`\begin{tabular}{lc} Learning rate & 0.5 \\ Steps & 12.0 \\ \end{tabular}`)).toEqual([]);
  });
});

describe('Markdown, CSV and prose', () => {
  it('reads pipe tables with emphasis', () => {
    expect(claims('| Model | AIME 2024 |\n|---|---|\n| MiMo-7B-RL | **68.2** |\n').map((c) => c.value)).toEqual(['68.2']);
  });
  it('reads CSV', () => {
    expect(claims('model,MMLU\nQwen2.5 7B,74.2\n').map((c) => [c.model, c.value])).toEqual([['qwen2.5-7b', '74.2']]);
  });
  it('reads scores in sentences and leaves years, sizes, shots, citations and references alone', () => {
    const text = 'In 2024 we trained 7B models for 5-shot use [12] (Table 3). MiMo-7B-RL reaches 68.2 on AIME 2024, up 3.2 points, and 58.1 on MMLU in 5-shot.';
    expect(claims(text).map((c) => [c.value, c.benchmark, c.shots])).toEqual([
      ['68.2', 'aime-2024', 5],
      ['58.1', 'mmlu', 5],
    ]);
  });
  it('looks up only keys found near numbers', () => {
    expect(draftKeys(splitDraft('No numbers here, MiMo-7B-RL.'))).toEqual([]);
  });
});

describe('reading a draft', () => {
  it('refuses empty, binary and oversized input', () => {
    expect(readDraft(new TextEncoder().encode('  \n'))).toMatchObject({ ok: false, status: 400 });
    expect(readDraft(new Uint8Array([0xff, 0xfe, 0x00, 0x01]))).toMatchObject({ ok: false, status: 400 });
    expect(readDraft(new Uint8Array(1024 * 1024 + 1).fill(65))).toMatchObject({ ok: false, status: 413 });
    expect(readDraft(new TextEncoder().encode('MMLU 58.1'))).toMatchObject({ ok: true });
  });
});
