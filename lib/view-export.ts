import { toCsvLine } from './csv';
import { flags as flagTerm } from './vocabulary';
import { marksOf, paramsText } from './display-text';
import { toLatex } from './view-export-latex';

/** A column of the exported view; scores carry the metric and setting most of their values share. */
export interface ExportColumn {
  id: string;
  header: string;
  kind: 'text' | 'size' | 'average' | 'score';
  metric?: string;
  setting?: string;
}

export type ExportCell =
  | { kind: 'text'; text: string }
  | { kind: 'size'; paramsB: number | null }
  | { kind: 'average'; value: number | null; partial: number | null; count: number; of: number }
  | { kind: 'score'; valueAsPrinted: string; value: number; flags: string[]; sourceId: string; metric: string; setting: string };

/** A table as shown on screen (visible columns, rows in their order), ready to be written out. */
export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  rows: Record<string, ExportCell | undefined>[];
  sources: { id: string; key: string; bibtex: string }[];
  url: string;
}

export type ViewExportFormat = 'csv' | 'json' | 'md' | 'tex';

/** The text a cell shows on screen ("55.4*", "7.61B", "(83.5, 2/8)"). */
export function cellText(cell: ExportCell | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'size') return cell.paramsB === null ? '' : paramsText(cell.paramsB);
  if (cell.kind === 'average') return cell.value !== null ? cell.value.toFixed(1) : cell.partial === null ? '' : `(${cell.partial.toFixed(1)}, ${cell.count}/${cell.of})`;
  return `${cell.valueAsPrinted}${marksOf(cell.flags)}`;
}

/** Whether a score was reported at another metric or setting than its column's. */
export function differsFromColumn(cell: ExportCell | undefined, column: ExportColumn): boolean {
  return cell?.kind === 'score' && (cell.metric !== (column.metric ?? '') || cell.setting !== (column.setting ?? ''));
}

/** The marks used in the table, each with what it means (one mark may stand for several flags). */
export function marksLegend(t: ExportTable): { mark: string; meaning: string }[] {
  const byMark = new Map<string, Set<string>>();
  for (const row of t.rows) {
    for (const cell of Object.values(row)) {
      if (cell?.kind !== 'score') continue;
      for (const f of cell.flags) {
        if (!flagTerm.has(f) || !flagTerm.info[f].mark) continue;
        const { mark, label } = flagTerm.info[f];
        const set = byMark.get(mark) ?? new Set<string>();
        set.add(label);
        byMark.set(mark, set);
      }
    }
  }
  return [...byMark].map(([mark, texts]) => ({ mark, meaning: [...texts].join('; or ') }));
}

const keyOf = (t: ExportTable) => new Map(t.sources.map((s) => [s.id, s.key]));

/** CSV header and cells of one column: numbers stay numbers, marks and counts get columns of their own. */
function csvColumns(c: ExportColumn, cite: Map<string, string>): { header: string; value: (cell: ExportCell | undefined) => string }[] {
  if (c.kind === 'size') return [{ header: `${c.header} (billion parameters)`, value: (x) => (x?.kind === 'size' && x.paramsB !== null ? String(x.paramsB) : '') }];
  if (c.kind === 'average') {
    const avg = (x: ExportCell | undefined) => (x?.kind === 'average' ? x : null);
    return [
      { header: c.header, value: (x) => (avg(x)?.value != null ? avg(x)!.value!.toFixed(1) : '') },
      { header: `${c.header} over reported columns`, value: (x) => (avg(x)?.partial != null ? avg(x)!.partial!.toFixed(1) : '') },
      { header: `${c.header} columns reported`, value: (x) => (avg(x) ? String(avg(x)!.count) : '') },
      { header: `${c.header} columns in view`, value: (x) => (avg(x) ? String(avg(x)!.of) : '') },
    ];
  }
  if (c.kind === 'score') {
    const score = (x: ExportCell | undefined) => (x?.kind === 'score' ? x : null);
    return [
      { header: c.header, value: (x) => score(x)?.valueAsPrinted ?? '' },
      { header: `${c.header} marks`, value: (x) => marksOf(score(x)?.flags ?? []) },
      { header: `${c.header} source`, value: (x) => (score(x) ? (cite.get(score(x)!.sourceId) ?? score(x)!.sourceId) : '') },
    ];
  }
  return [{ header: c.header, value: (x) => cellText(x) }];
}

export function toCsv(t: ExportTable): string {
  const cite = keyOf(t);
  const columns = t.columns.flatMap((c) => csvColumns(c, cite).map((cc) => ({ ...cc, id: c.id })));
  return [toCsvLine(columns.map((c) => c.header)), ...t.rows.map((r) => toCsvLine(columns.map((c) => c.value(r[c.id]))))].join('');
}

function jsonCell(cell: ExportCell | undefined, cite: Map<string, string>): unknown {
  if (!cell) return null;
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'size') return cell.paramsB;
  if (cell.kind === 'average') return { value: cell.value, partial: cell.partial, count: cell.count, of: cell.of };
  return {
    value: cell.value,
    value_as_printed: cell.valueAsPrinted,
    marks: marksOf(cell.flags),
    flags: cell.flags,
    metric: cell.metric,
    setting: cell.setting,
    cite: cite.get(cell.sourceId) ?? cell.sourceId,
  };
}

export function toJson(t: ExportTable): string {
  const cite = keyOf(t);
  return `${JSON.stringify(
    {
      title: t.title,
      url: t.url,
      columns: t.columns.map((c) => ({ id: c.id, header: c.header, kind: c.kind, ...(c.kind === 'score' ? { metric: c.metric ?? '', setting: c.setting ?? '' } : {}) })),
      rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.id, jsonCell(r[c.id], cite)]))),
      marks: marksLegend(t),
      bibtex: usedSources(t).map((s) => s.bibtex),
    },
    null,
    1,
  )}\n`;
}

export function usedSources(t: ExportTable) {
  const used = new Set(t.rows.flatMap((r) => Object.values(r).flatMap((c) => (c?.kind === 'score' ? [c.sourceId] : []))));
  return t.sources.filter((s) => used.has(s.id));
}

export function escapeMarkdown(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Markdown table; each score carries its source's citation key; settings, marks and BibTeX follow. */
export function toMarkdown(t: ExportTable): string {
  const cite = keyOf(t);
  const cell = (c: ExportCell | undefined) =>
    c ? `${escapeMarkdown(cellText(c))}${c.kind === 'score' ? ` [@${cite.get(c.sourceId) ?? c.sourceId}]` : ''}` : '';
  const lines = [
    `| ${t.columns.map((c) => escapeMarkdown(c.header)).join(' | ')} |`,
    `| ${t.columns.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${t.columns.map((c) => cell(r[c.id])).join(' | ')} |`),
  ];
  const settings = t.columns
    .filter((c) => c.kind === 'score' && (c.metric || c.setting))
    .map((c) => `- ${escapeMarkdown(c.header)}: ${escapeMarkdown([c.metric, c.setting].filter(Boolean).join(', '))}`);
  const marks = marksLegend(t).map((m) => `- ${escapeMarkdown(m.mark)}: ${m.meaning}`);
  const bib = usedSources(t).map((s) => s.bibtex).join('\n\n');
  return [
    escapeMarkdown(t.title),
    '',
    lines.join('\n'),
    '',
    `Values as printed by each source; [@key] cites the source (BibTeX below). View: ${t.url}`,
    ...(settings.length ? ['', 'Metric and setting of each column (most of its values):', ...settings] : []),
    ...(marks.length ? ['', 'Marks:', ...marks] : []),
    '',
    '```bibtex',
    bib,
    '```',
    '',
  ].join('\n');
}

export { escapeLatex, toLatex } from './view-export-latex';

export function renderExport(t: ExportTable, format: ViewExportFormat): string {
  return format === 'csv' ? toCsv(t) : format === 'json' ? toJson(t) : format === 'md' ? toMarkdown(t) : toLatex(t);
}
