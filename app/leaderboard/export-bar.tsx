'use client';

import type { ReactTable } from '@tanstack/react-table';
import { useEffect, useRef, useState } from 'react';
import type { LeaderboardRow, LeaderboardTable } from '@/lib/leaderboard/build-rows';
import type { LeaderboardSource } from '@/lib/leaderboard/types';
import type { ViewExportFormat } from '@/lib/view-export';
import type { leaderboardFeatures } from './table-features';

export interface ExportBarProps {
  table: ReactTable<typeof leaderboardFeatures, LeaderboardRow>;
  built: LeaderboardTable;
  sources: LeaderboardSource[];
  /** The browser holds only the page shown (a server-paged dataset), so only that page can be exported. */
  pageOnly?: boolean;
  /** The whole dataset is on its way: an export asked for now waits for it instead of covering one page. */
  waitingForData?: boolean;
  /** The view's query string; the interchange formats are built by the server from it, over all pages. */
  viewQuery: string;
}

/** Every Eval Ever and .eval_results files of the view (with runs=1, its run values, marked as measured). */
const interchange = [
  { format: 'eee', label: 'EEE JSON', title: 'Every Eval Ever JSON: reported values as documentation, run values as evaluation runs' },
  { format: 'yaml', label: '.eval_results YAML', title: 'Hugging Face .eval_results YAML, for the benchmarks with a known Hub dataset' },
] as const;

const formats: { format: ViewExportFormat; label: string; type: string }[] = [
  { format: 'csv', label: 'CSV', type: 'text/csv' },
  { format: 'json', label: 'JSON', type: 'application/json' },
  { format: 'md', label: 'Markdown', type: 'text/markdown' },
  { format: 'tex', label: 'LaTeX', type: 'application/x-tex' },
];

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
async function exportAs({ table, built, sources }: ExportBarProps, { format, type }: (typeof formats)[number]) {
  const [{ renderExport }, { buildExportTable }] = await Promise.all([import('@/lib/view-export'), import('@/lib/leaderboard/export-table')]);
  const exported = buildExportTable({
    columnIds: table.getAllLeafColumns().map((c) => c.id),
    rows: table.getPrePaginatedRowModel().rows.map((r) => r.original),
    built,
    sources,
    url: window.location.href,
  });
  download(renderExport(exported, format), `benchboard-view.${format}`, type);
}

export function ExportBar(props: ExportBarProps) {
  // An export asked for while the dataset is still arriving runs once it has arrived (or failed).
  const [queued, setQueued] = useState<(typeof formats)[number] | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
    if (queued && !props.waitingForData) void exportAs(props, queued).finally(() => setQueued(null));
  }, [props, queued]);
  const label = props.pageOnly ? 'Export the rows on this page' : 'Export this view';
  return (
    <div className="export-bar" role="group" aria-label={label} data-export-state={queued ? 'waiting' : 'ready'}>
      <span className="muted">{props.pageOnly && !props.waitingForData ? 'Export the rows on this page only:' : 'Export this view (all pages):'}</span>
      {formats.map((f) => (
        <button key={f.format} type="button" onClick={() => (props.waitingForData ? setQueued(f) : void exportAs(latest.current, f))}>
          {f.label}
        </button>
      ))}
      {interchange.map((f) => (
        <a key={f.format} className="button" href={`/api/leaderboard/export?${props.viewQuery ? `${props.viewQuery}&` : ''}format=${f.format}`} download title={f.title}>
          {f.label}
        </a>
      ))}
      {queued && (
        <span className="muted" role="status">
          Waiting for the whole dataset before exporting {queued.label}…
        </span>
      )}
    </div>
  );
}
