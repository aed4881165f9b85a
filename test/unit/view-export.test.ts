import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@/lib/csv';
import { escapeLatex, escapeMarkdown, marksLegend, toCsv, toJson, toLatex, toMarkdown, type ExportTable } from '@/lib/view-export';

const score = (valueAsPrinted: string, sourceId: string, flags: string[] = [], setting = '') =>
  ({ kind: 'score', valueAsPrinted, value: Number(valueAsPrinted), flags, sourceId, metric: 'Pass@1', setting }) as const;

const table: ExportTable = {
  title: 'Leaderboard: 50% & more',
  url: 'http://x/?family=MiMo',
  columns: [
    { id: 'model', header: 'Model', kind: 'text' },
    { id: 'params', header: 'Size', kind: 'size' },
    { id: 'average', header: 'Average', kind: 'average' },
    { id: 'aime', header: 'AIME 2025', kind: 'score', metric: 'Pass@1', setting: '32 samples' },
    { id: 'mmlu', header: 'MMLU_Pro', kind: 'score', metric: 'Pass@1', setting: '' },
  ],
  rows: [
    {
      model: { kind: 'text', text: 'MiMo-7B-RL' },
      params: { kind: 'size', paramsB: 7.61 },
      average: { kind: 'average', value: 57.0, partial: 57.0, count: 2, of: 2 },
      aime: score('55.4', 'mimo', [], '32 samples'),
      mmlu: score('58.6', 'mimo', ['self_evaluated']),
    },
    {
      model: { kind: 'text', text: 'Modèle, "v2" | 模型' },
      params: { kind: 'size', paramsB: null },
      average: { kind: 'average', value: null, partial: 40, count: 1, of: 2 },
      aime: score('40.0', 'other', ['llm_judged'], '8 samples'),
    },
  ],
  sources: [
    { id: 'mimo', key: 'xiaomi2025mimo', bibtex: '@misc{xiaomi2025mimo, title={MiMo}, year={2025}}' },
    { id: 'other', key: 'other2024', bibtex: '@misc{other2024, title={Other}, year={2024}}' },
    { id: 'unused', key: 'unused', bibtex: '@misc{unused, title={U}, year={2020}}' },
  ],
};

describe('view exports', () => {
  it('CSV: plain numbers, marks, sources and average counts in columns of their own', () => {
    const records = parseCsvRecords(toCsv(table)).map((r) => r.fields);
    expect(records[0]).toEqual([
      'Model',
      'Size (billion parameters)',
      'Average',
      'Average over reported columns',
      'Average columns reported',
      'Average columns in view',
      'AIME 2025',
      'AIME 2025 marks',
      'AIME 2025 source',
      'MMLU_Pro',
      'MMLU_Pro marks',
      'MMLU_Pro source',
    ]);
    expect(records[1]).toEqual(['MiMo-7B-RL', '7.61', '57.0', '57.0', '2', '2', '55.4', '', 'xiaomi2025mimo', '58.6', '*', 'xiaomi2025mimo']);
    expect(records[2]).toEqual(['Modèle, "v2" | 模型', '', '', '40.0', '1', '2', '40.0', '†', 'other2024', '', '', '']);
  });
  it('JSON keeps the order, gives numbers, marks, settings and the legend', () => {
    const json = JSON.parse(toJson(table));
    expect(json.rows[0].aime).toEqual({ value: 55.4, value_as_printed: '55.4', marks: '', flags: [], metric: 'Pass@1', setting: '32 samples', cite: 'xiaomi2025mimo' });
    expect(json.rows[0].params).toBe(7.61);
    expect(json.rows[1].mmlu).toBeNull();
    expect(json.columns[3]).toEqual({ id: 'aime', header: 'AIME 2025', kind: 'score', metric: 'Pass@1', setting: '32 samples' });
    expect(json.marks.map((m: { mark: string }) => m.mark).sort()).toEqual(['*', '†']);
    expect(json.bibtex).toHaveLength(2);
  });
  it('Markdown escapes pipes, cites keys per cell, lists settings and marks, and only the BibTeX it needs', () => {
    const md = toMarkdown(table);
    expect(md).toContain('| Modèle, "v2" \\| 模型 |  | (40.0, 1/2) | 40.0† [@other2024] |  |');
    expect(md).toContain('| MiMo-7B-RL | 7.61B | 57.0 | 55.4 [@xiaomi2025mimo] | 58.6* [@xiaomi2025mimo] |');
    expect(md).toContain('- AIME 2025: Pass@1, 32 samples');
    expect(md).toContain('- †: graded by an LLM judge');
    expect(md).toContain('@misc{other2024');
    expect(md).not.toContain('@misc{unused');
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
  });
  it('LaTeX: a whole document, booktabs, specials escaped, marks, settings as notes, a legend', () => {
    const tex = toLatex(table);
    expect(tex).toContain('\\documentclass{article}');
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('\\caption{Leaderboard: 50\\% \\& more}');
    expect(tex).toContain('MMLU\\_Pro');
    expect(tex).toContain('58.6\\textsuperscript{*}~\\cite{xiaomi2025mimo}');
    // reported at 8 samples where the column's values mostly use 32
    expect(tex).toContain('40.0\\textsuperscript{\\dag}\\textsuperscript{\\S}~\\cite{other2024}');
    expect(tex).toContain('AIME 2025: Pass@1, 32 samples.');
    expect(tex).toContain('\\textsuperscript{\\dag}~graded by an LLM judge.');
    expect(tex).toContain('\\resizebox{\\linewidth}{!}');
    expect(tex).toContain('\\begin{filecontents*}[overwrite]{benchboard.bib}');
    expect(tex).not.toContain('@misc{unused');
    expect(escapeLatex('a_b & c%$#{}~^\\')).toBe('a\\_b \\& c\\%\\$\\#\\{\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
  });
  it('the legend joins the meanings one mark stands for', () => {
    const t: ExportTable = { ...table, rows: [{ a: score('1', 'mimo', ['llm_judged']) }, { a: score('2', 'mimo', ['perplexity_scored']) }] };
    expect(marksLegend(t)).toEqual([{ mark: '†', meaning: 'graded by an LLM judge; or multiple-choice score obtained by perplexity ranking of the options' }]);
  });
});
