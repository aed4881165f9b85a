'use client';

import Link from '@/app/ui/link';
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { LeaderboardRow } from '@/lib/leaderboard/build-rows';
import { knownValuesOf } from '@/lib/leaderboard/known-values';
import { unpackLeaderboardPayload } from '@/lib/leaderboard/payload';
import { serializeLeaderboardView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { LazyProvenancePanel as ProvenancePanel } from '../ui/lazy-provenance-panel';
import type { ProvenanceTarget } from '../ui/provenance-target';
import { DataTable } from '../ui/data-table/table';
import { Pager } from '../ui/data-table/pagination';
import { ExportBar } from './export-bar';
import { SortedColumnChart } from './sorted-column-chart';
import { Toolbar } from './toolbar';
import { useFullDataset } from './use-full-dataset';
import { useLeaderboardTable } from './use-leaderboard-table';
import { useRunValues } from './use-run-values';
import { hrefOf, useViewInUrl } from './use-view-in-url';

export interface LeaderboardProps {
  /**
   * The LeaderboardPayload, packed (see packLeaderboardPayload). One string crosses from server to
   * browser components far more cheaply than the same object tree, which React serialises and
   * revives node by node.
   */
  packedPayload: string;
  initialView: LeaderboardView;
  notices: string[];
}

const noSubscription = () => () => {};
const rowAttributes = (row: LeaderboardRow) => ({ 'data-model-id': row.model.id });

/**
 * The leaderboard: view state mirrored in the URL, provenance on click. With the complete dataset
 * the browser builds, sorts and pages the rows itself; with a server-built page it asks the server per view.
 */
export function Leaderboard({ packedPayload, initialView, notices }: LeaderboardProps) {
  const payload = useMemo(() => unpackLeaderboardPayload(packedPayload), [packedPayload]);
  // Until the whole dataset is here (small datasets only) every change asks the server.
  const { data: reportedData, state: fullData } = useFullDataset(payload.fullData);
  const known = useMemo(() => reportedData && knownValuesOf(reportedData), [reportedData]);
  const { view, updateView, pending } = useViewInUrl(initialView, known);
  // Run values join the whole dataset only once a view includes runs.
  const runs = useRunValues(reportedData, payload.fullData, view.runs);
  const data = runs.data;
  const remote = data ? null : payload;
  const [openResult, setOpenResult] = useState<ProvenanceTarget | null>(null);
  const [showChart, setShowChart] = useState(false);
  const { built, table, sorting, rowCount, page, onSort } = useLeaderboardTable(view, data, remote, updateView, setOpenResult);
  // false while server-rendered, true once hydrated (tests and styles can tell the two apart)
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  const choices = payload.choices;

  return (
    <div className="leaderboard-root" data-interactive={interactive ? 'true' : undefined} data-full-data={fullData} aria-busy={pending || undefined}>
      {notices.length > 0 && (
        <div className="notice" role="status">
          <strong>Some of the link&apos;s settings were not understood and were ignored:</strong>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <Toolbar choices={choices} view={view} onChange={updateView} />
      <p className="count" aria-live="polite">
        {rowCount} models × {built.columns.length} benchmarks
        {view.benchmarks.length === 0 && ' (the most widely reported; pick others under Benchmarks)'}
        {' · '}
        <Link href="/#leaderboard">reset view</Link>
        {pending && <span className="muted"> · updating…</span>}
        {view.runs && runs.loading && <span className="muted"> · loading runs…</span>}
        {view.runs && runs.failed && <span role="alert"> · the runs could not be loaded</span>}
      </p>
      {rowCount === 0 ? (
        <p className="empty">No model matches these filters. Remove a filter or reset the view.</p>
      ) : (
        <>
          <div className="chart-toggle">
            <label className="switch">
              <input type="checkbox" checked={showChart} onChange={(e) => setShowChart(e.target.checked)} />
              Chart the sorted column
            </label>
            <ExportBar
              table={table}
              pageOnly={remote !== null && rowCount > built.rows.length}
              waitingForData={fullData === 'pending'}
              built={built}
              sources={choices.sources}
              viewQuery={serializeLeaderboardView({ ...view, page: 1 })}
            />
          </div>
          {showChart && (
            <SortedColumnChart built={built} rows={table.getPrePaginatedRowModel().rows.map((r) => r.original)} columnId={sorting[0]?.id} sources={choices.sources} />
          )}
          <DataTable
            table={table}
            className="leaderboard"
            caption="Leaderboard: models as rows, benchmarks as columns grouped by category. Activate a score to see where it was printed."
            onSort={onSort}
            rowAttributes={rowAttributes}
          />
          <Pager
            label="Pages of the leaderboard"
            noun="models"
            page={page}
            pageSize={view.rows}
            rowCount={rowCount}
            hrefFor={(p) => hrefOf({ ...view, page: p })}
            onPage={(p) => updateView({ ...view, page: p })}
            onPageSize={(n) => updateView({ ...view, rows: n, page: 1 })}
          />
        </>
      )}
      {openResult && (
        <ProvenancePanel
          resultId={openResult.resultId}
          run={openResult.run}
          runFirst={openResult.runFirst}
          onClose={() => setOpenResult(null)}
          onSelect={(id) => setOpenResult((o) => ({ resultId: id, run: o?.run ?? null }))}
        />
      )}
    </div>
  );
}
