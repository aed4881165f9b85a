import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@/lib/csv';
import { escapeLatex, escapeMarkdown, toCsv, toJson, toLatex, toMarkdown, type ExportTable } from '@/lib/view-export';

const table: ExportTable = {
  title: 'Leaderboard: 50% & more',
  url: 'http://x/?family=MiMo',
  columns: [
    { id: 'model', header: 'Model' },
    { id: 'aime', header: 'AIME 2025', note: 'Pass@1' },
    { id: 'mmlu', header: 'MMLU_Pro' },
  ],
  rows: [
    { model: { text: 'MiMo-7B-RL' }, aime: { text: '55.4', sourceId: 'mimo' }, mmlu: { text: '58.6*', sourceId: 'mimo' } },
    { model: { text: 'Modèle, "v2" | 模型' }, aime: { text: '40.0', sourceId: 'other' } },
  ],
  sources: [
    { id: 'mimo', key: 'xiaomi2025mimo', bibtex: '@misc{xiaomi2025mimo, title={MiMo}, year={2025}}' },
    { id: 'other', key: 'other2024', bibtex: '@misc{other2024, title={Other}, year={2024}}' },
    { id: 'unused', key: 'unused', bibtex: '@misc{unused, title={U}, year={2020}}' },
  ],
};

describe('view exports', () => {
  it('CSV quotes commas, quotes and keeps non-ASCII names and printed values', () => {
    const records = parseCsvRecords(toCsv(table)).map((r) => r.fields);
    expect(records).toEqual([
      ['Model', 'AIME 2025', 'MMLU_Pro'],
      ['MiMo-7B-RL', '55.4', '58.6*'],
      ['Modèle, "v2" | 模型', '40.0', ''],
    ]);
  });
  it('JSON keeps the order and cites each score', () => {
    const json = JSON.parse(toJson(table));
    expect(json.rows[0]).toEqual({ model: 'MiMo-7B-RL', aime: { value: '55.4', cite: 'xiaomi2025mimo' }, mmlu: { value: '58.6*', cite: 'xiaomi2025mimo' } });
    expect(json.rows[1].mmlu).toBeNull();
  });
  it('Markdown escapes pipes, cites keys per cell, and includes only the BibTeX it needs', () => {
    const md = toMarkdown(table);
    expect(md).toContain('| Modèle, "v2" \\| 模型 | 40.0 [@other2024] |  |');
    expect(md).toContain('| MiMo-7B-RL | 55.4 [@xiaomi2025mimo] | 58.6* [@xiaomi2025mimo] |');
    expect(md).toContain('@misc{other2024');
    expect(md).not.toContain('@misc{unused');
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
  });
  it('LaTeX uses booktabs, escapes specials, marks stars, and writes the .bib', () => {
    const tex = toLatex(table);
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('\\caption{Leaderboard: 50\\% \\& more}');
    expect(tex).toContain('MMLU\\_Pro');
    expect(tex).toContain('58.6$^{*}$~\\cite{xiaomi2025mimo}');
    expect(tex).toContain('\\begin{filecontents*}[overwrite]{benchboard.bib}');
    expect(tex).not.toContain('@misc{unused');
    expect(escapeLatex('a_b & c%$#{}~^\\')).toBe('a\\_b \\& c\\%\\$\\#\\{\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
  });
});
