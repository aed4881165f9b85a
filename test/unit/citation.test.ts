import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibtexKey, citationSentence, citedAuthors, citedPlace, isValidBibtex } from '@/lib/citation';
import type { ResultView } from '@/lib/result-view';

const r: ResultView = {
  id: 'x', sourceId: 'mimo-7b', sourceTitle: 'MiMo', sourceShortTitle: 'MiMo-7B technical report', sourceArxiv: '2505.07608', sourceYear: 2025,
  sourceAuthors: 'Xiaomi LLM-Core Team', table: 'Table 4', page: '17', section: 'Mathematics', modelId: 'mimo-7b-rl', modelName: 'MiMo-7B-RL',
  modelAsPrinted: 'MiMo-7B-RL', modelFamily: 'MiMo', modelStage: 'rl', modelModality: 'text', modelParamsB: 7, benchmarkId: 'aime-2025',
  benchmarkName: 'AIME 2025', benchmarkAsPrinted: 'AIME 2025', benchmarkCategory: 'math', benchmarkHigherIsBetter: true, metric: 'Pass@1',
  setting: '32 samples averaged', value: 55.4, valueAsPrinted: '55.4', unit: 'percent', flags: [], note: '',
};

describe('citationSentence', () => {
  it('names model, value as printed, benchmark, metric, setting, authors, year, table, page and arXiv id', () => {
    expect(citationSentence(r)).toBe(
      'MiMo-7B-RL scores 55.4 on AIME 2025 (Pass@1, 32 samples averaged) as reported in Xiaomi LLM-Core Team (2025), Table 4, p. 17 [arXiv:2505.07608].',
    );
  });
  it('leaves out a missing page and a missing arXiv id', () => {
    expect(citationSentence({ ...r, page: null, sourceArxiv: null })).toBe(
      'MiMo-7B-RL scores 55.4 on AIME 2025 (Pass@1, 32 samples averaged) as reported in Xiaomi LLM-Core Team (2025), Table 4.',
    );
  });
  it('cites figures as figures', () => {
    expect(citedPlace({ table: 'benchmarks_gui.png', page: null })).toBe('figure benchmarks_gui.png');
  });
  it('says when an LLM judged the answer or the reporting team measured it, and keeps the unit', () => {
    const s = citationSentence({ ...r, flags: ['llm_judged', 'self_evaluated'], metric: '', setting: '', unit: 'score10', valueAsPrinted: '7.4' });
    expect(s).toContain('scores 7.4 out of 10 on AIME 2025 (graded by an LLM judge, measured by the reporting team)');
  });
  it('keeps trailing zeros as printed', () => {
    expect(citationSentence({ ...r, valueAsPrinted: '40.0', metric: '', setting: '' })).toContain('scores 40.0 on AIME 2025 as reported');
  });
  it('shortens lists of people to the first surname et al.', () => {
    expect(citedAuthors('Zengzhi Wang, Fan Zhou, Xuefeng Li, Pengfei Liu')).toBe('Wang et al.');
    expect(citedAuthors('Shengding Hu, Yuge Tu, Xu Han, et al.')).toBe('Hu et al.');
    expect(citedAuthors('Qwen Team')).toBe('Qwen Team');
  });
});

describe('BibTeX', () => {
  it('reads keys and checks structure', () => {
    expect(bibtexKey('@misc{xiaomi2025mimo,\n title={X}, year={2025}}')).toBe('xiaomi2025mimo');
    expect(isValidBibtex('@misc{k,\n title = {A {B}},\n year = {2025}\n}')).toBe(true);
    expect(isValidBibtex('@misc{k,\n title = {A {B},\n year = {2025}\n}')).toBe(false);
    expect(isValidBibtex('@misc{, title={A}, year={1}}')).toBe(false);
  });
  it('every seeded source has a valid entry with a unique key', () => {
    const dir = path.resolve('seeds');
    const files = readdirSync(dir).map((d) => path.join(dir, d, 'source.json')).filter(existsSync);
    const keys = files.map((f) => {
      const { bibtex } = JSON.parse(readFileSync(f, 'utf8')) as { bibtex: string };
      expect(isValidBibtex(bibtex), f).toBe(true);
      return bibtexKey(bibtex);
    });
    expect(new Set(keys).size).toBe(keys.length);
  });
});
