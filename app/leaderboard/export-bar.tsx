'use client';

import type { ReactTable } from '@tanstack/react-table';
import { stageLabel } from '@/lib/categories';
import { marksOf, paramsText } from '@/lib/format';
import { averageText, type LeaderboardRow, type LeaderboardTable } from '@/lib/leaderboard/build-rows';
import type { LeaderboardSource } from '@/lib/leaderboard/types';
import type { ExportTable, ViewExportFormat } from '@/lib/view-export';
import type { leaderboardFeatures } from './table-features';

export interface ExportBarProps {
  table: ReactTable<typeof leaderboardFeatures, LeaderboardRow>;
  built: LeaderboardTable;
  sources: LeaderboardSource[];
  /** The browser holds only the page shown (a server-paged dataset), so only that page can be exported. */
  pageOnly?: boolean;
}

const formats: { format: ViewExportFormat; label: string; type: string }[] = [
  { format: 'csv', label: 'CSV', type: 'text/csv' },
  { format: 'json', label: 'JSON', type: 'application/json' },
  { format: 'md', label: 'Markdown', type: 'text/markdown' },
  { format: 'tex', label: 'LaTeX', type: 'application/x-tex' },
];

/** The table exactly as on screen: visible columns, current order, values as printed with their marks. */
function exportTable({ table, built, sources }: ExportBarProps, bibtexKey: (bibtex: string) => string | null): ExportTable {
  const benchmarks = new Map(built.columns.map((c) => [c.benchmark.id, c]));
  const columns = table.getAllLeafColumns().map((col) => {
    const b = benchmarks.get(col.id);
    const header = b ? b.benchmark.name : { model: 'Model', family: 'Family', params: 'Size', stage: 'Stage', average: 'Average' }[col.id] ?? col.id;
    return { id: col.id, header, note: b ? [b.reference.metric, b.reference.setting].filter(Boolean).join(' · ') : undefined };
  });
  // Every row of the view in its current order, not just the page shown.
  const rows = table.getPrePaginatedRowModel().rows.map(({ original: r }) => {
    const out: ExportTable['rows'][number] = {
      model: { text: r.model.name },
      family: { text: r.model.family },
      params: { text: paramsText(r.model.paramsB) },
      stage: { text: stageLabel(r.model.stage) },
      average: { text: averageText(r.average) },
    };
    for (const [id, cell] of Object.entries(r.cells)) {
      out[id] = { text: `${cell.value.valueAsPrinted}${marksOf(cell.value.flags)}`, sourceId: cell.value.sourceId };
    }
    return out;
  });
  return {
    title: 'Benchmark scores as reported by their sources (Benchboard)',
    url: window.location.href,
    columns,
    rows,
    sources: sources.map((s) => ({ id: s.id, key: bibtexKey(s.bibtex) ?? s.id, bibtex: s.bibtex })),
  };
}

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The renderers load on the first export, not with the page. */
async function exportAs(props: ExportBarProps, { format, type }: (typeof formats)[number]) {
  const [{ renderExport }, { bibtexKey }] = await Promise.all([import('@/lib/view-export'), import('@/lib/citation')]);
  download(renderExport(exportTable(props, bibtexKey), format), `benchboard-view.${format}`, type);
}

export function ExportBar(props: ExportBarProps) {
  return (
    <div className="export-bar" role="group" aria-label={props.pageOnly ? "Export the rows on this page" : "Export this view"}>
      <span className="muted">{props.pageOnly ? 'Export the rows on this page:' : 'Export this view (all pages):'}</span>
      {formats.map((f) => (
        <button key={f.format} type="button" onClick={() => void exportAs(props, f)}>
          {f.label}
        </button>
      ))}
    </div>
  );
}
