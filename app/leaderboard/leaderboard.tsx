'use client';

import Link from 'next/link';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { buildLeaderboard, type LeaderboardTable } from '@/lib/leaderboard/build-rows';
import { nextSorting } from '@/lib/leaderboard/next-sorting';
import { unpackLeaderboardData, type PackedLeaderboardData } from '@/lib/leaderboard/packed';
import { serializeLeaderboardView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { ProvenancePanel } from '../ui/provenance-panel';
import { buildColumns } from './columns';
import { LeaderboardGrid } from './grid';
import { leaderboardFeatures } from './table-features';
import { ExportBar } from './export-bar';
import { SortedColumnChart } from './sorted-column-chart';
import { Toolbar } from './toolbar';

export interface LeaderboardProps {
  packed: PackedLeaderboardData;
  initialView: LeaderboardView;
  notices: string[];
}


const noSubscription = () => () => {};

/** Without a chosen sort: the most widely reported visible benchmark, best first. */
function defaultSort(table: LeaderboardTable): SortingState {
  const widest = [...table.columns].sort((a, b) => b.modelsWithValues - a.modelsWithValues)[0];
  return widest ? [{ id: widest.benchmark.id, desc: widest.benchmark.higherIsBetter }] : [];
}

/** The leaderboard: view state mirrored in the URL, rows built from the data, provenance on click. */
export function Leaderboard({ packed, initialView, notices }: LeaderboardProps) {
  const data = useMemo(() => unpackLeaderboardData(packed), [packed]);
  const [view, setView] = useState(initialView);
  const [openResult, setOpenResult] = useState<string | null>(null);
  const [showChart, setShowChart] = useState(false);
  // false while server-rendered, true once hydrated (tests and styles can tell the two apart)
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);

  const updateView = useCallback((next: LeaderboardView) => {
    setView(next);
    // The address follows after the table has painted: Next.js turns replaceState into a router update.
    const query = serializeLeaderboardView(next);
    window.setTimeout(() => window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname), 0);
  }, []);

  // Sorting is TanStack's job: rebuild rows and columns only when something other than the sort changes.
  const shapeKey = serializeLeaderboardView({ ...view, sort: [] });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- shapeKey stands for every part of the view but the sort
  const table = useMemo(() => buildLeaderboard(data, view), [data, shapeKey]);
  const columns = useMemo(
    () => buildColumns(table, { comparable: view.comparable, hidden: view.hide, onOpen: setOpenResult }),
    [table, view.comparable, view.hide],
  );
  const sorting: SortingState = view.sort.length ? view.sort : defaultSort(table);
  const instance = useTable({
    features: leaderboardFeatures,
    columns,
    data: table.rows,
    getRowId: (row) => row.model.id,
    state: { sorting },
  });
  const onSort = (columnId: string, multi: boolean) => {
    const column = instance.getColumn(columnId);
    const descFirst = column?.columnDef.sortDescFirst ?? false;
    updateView({ ...view, sort: nextSorting(sorting, columnId, { multi, descFirst }) });
  };

  return (
    <div className="leaderboard-root" data-interactive={interactive ? 'true' : undefined}>
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
      <Toolbar data={data} view={view} onChange={updateView} />
      <p className="count" aria-live="polite">
        {table.rows.length} models × {table.columns.length} benchmarks
        {view.benchmarks.length === 0 && ' (the most widely reported; pick others under Benchmarks)'}
        {' · '}
        <Link href="/">reset view</Link>
      </p>
      {table.rows.length === 0 ? (
        <p className="empty">No model matches these filters. Remove a filter or reset the view.</p>
      ) : (
        <>
          <div className="chart-toggle">
            <label className="switch">
              <input type="checkbox" checked={showChart} onChange={(e) => setShowChart(e.target.checked)} />
              Chart the sorted column
            </label>
            <ExportBar table={instance} built={table} sources={data.sources} />
          </div>
          {showChart && (
            <SortedColumnChart
              built={table}
              rows={instance.getRowModel().rows.map((r) => r.original)}
              columnId={sorting[0]?.id}
              sources={data.sources}
            />
          )}
          <LeaderboardGrid table={instance} onSort={onSort} />
        </>
      )}
      {openResult && <ProvenancePanel resultId={openResult} onClose={() => setOpenResult(null)} onSelect={setOpenResult} />}
    </div>
  );
}
