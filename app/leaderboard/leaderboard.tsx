'use client';

import Link from '@/app/ui/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { useTable } from '@tanstack/react-table';
import { buildLeaderboard } from '@/lib/leaderboard/build-rows';
import { nextSorting, viewSorting } from '@/lib/leaderboard/next-sorting';
import { unpackLeaderboardData, type PackedLeaderboardData } from '@/lib/leaderboard/packed';
import type { LeaderboardData } from '@/lib/leaderboard/types';
import { unpackLeaderboardPayload } from '@/lib/leaderboard/payload';
import { pageToShow } from '@/lib/paging';
import { parseLeaderboardView, serializeLeaderboardView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { knownValuesOf } from '@/lib/leaderboard/known-values';
import { LazyProvenancePanel as ProvenancePanel } from '../ui/lazy-provenance-panel';
import type { ProvenanceTarget } from '../ui/provenance-target';
import { buildColumns } from './columns';
import { LeaderboardGrid } from './grid';
import { leaderboardFeatures } from './table-features';
import { ExportBar } from './export-bar';
import { Pager } from '../ui/pager';
import { SortedColumnChart } from './sorted-column-chart';
import { Toolbar } from './toolbar';
import { useRunValues } from './use-run-values';

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
const hrefOf = (view: LeaderboardView) => {
  const query = serializeLeaderboardView(view);
  return query ? `/?${query}` : '/';
};
/** Typing in the search or size boxes asks the server only once the typing pauses. */
const typingPause = 250;
/** The address bar is updated this long after the last change of view. */
const addressPause = 150;

/**
 * The leaderboard: view state mirrored in the URL, provenance on click. With the complete dataset
 * the browser builds, sorts and pages the rows itself; with a window the server does, per view.
 */
export function Leaderboard({ packedPayload, initialView, notices }: LeaderboardProps) {
  const payload = useMemo(() => unpackLeaderboardPayload(packedPayload), [packedPayload]);
  // The whole dataset, once fetched (small datasets only); until then every change asks the server.
  const [reportedData, setData] = useState<LeaderboardData | null>(null);
  const [fullDataFailed, setFullDataFailed] = useState(false);
  useEffect(() => {
    const address = payload.fullData;
    if (!address) return;
    let current = true;
    // Fetched once the page has loaded, so the dataset never competes with the first paint.
    const load = () =>
      fetch(address)
        .then((res) => (res.ok ? (res.json() as Promise<PackedLeaderboardData>) : Promise.reject(new Error(`HTTP ${res.status}`))))
        .then((packed) => current && setData(unpackLeaderboardData(packed)))
        .catch(() => current && setFullDataFailed(true));
    if (document.readyState === 'complete') void load();
    else window.addEventListener('load', load, { once: true });
    return () => {
      current = false;
      window.removeEventListener('load', load);
    };
  }, [payload.fullData]);
  const [view, setView] = useState(initialView);
  // Run values join the whole dataset only once a view includes runs.
  const runs = useRunValues(reportedData, payload.fullData, view.runs);
  const data = runs.data;
  const choices = payload.choices;
  const remote = data ? null : payload;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const shown = useRef(initialView);
  const cancelNavigation = useRef(() => {});
  // A view arriving from outside (the "reset view" link, the header's link, back and forward) replaces
  // the one on screen; a view this component asked the server for is already on screen.
  const initialKey = serializeLeaderboardView(initialView);
  const [arrived, setArrived] = useState({ key: initialKey, requested: initialKey, external: 0 });
  if (initialKey !== arrived.key) {
    const external = initialKey !== arrived.requested;
    setArrived({ key: initialKey, requested: arrived.requested, external: arrived.external + (external ? 1 : 0) });
    if (external) setView(initialView);
  }
  useEffect(() => {
    shown.current = view;
  }, [view]);
  // ... and a change of address still pending for the old view must not overwrite it
  useEffect(() => {
    cancelNavigation.current();
  }, [arrived.external]);
  const [openResult, setOpenResult] = useState<ProvenanceTarget | null>(null);
  const [showChart, setShowChart] = useState(false);
  // false while server-rendered, true once hydrated (tests and styles can tell the two apart)
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);

  // A change of filter, sort or page is a new history entry; a run of keystrokes in the search or size boxes is one.
  const typingBurst = useRef(false);
  const pendingPush = useRef(false);
  const updateView = useCallback(
    (update: LeaderboardView | ((current: LeaderboardView) => LeaderboardView)) => {
      const next = typeof update === 'function' ? update(shown.current) : update;
      const typing = next.q !== shown.current.q || next.size !== shown.current.size;
      pendingPush.current = pendingPush.current || !typing || !typingBurst.current;
      typingBurst.current = typing;
      shown.current = next;
      setView(next);
      const href = hrefOf(next);
      setArrived((a) => ({ ...a, requested: serializeLeaderboardView(next) }));
      cancelNavigation.current();
      const takePush = () => {
        const push = pendingPush.current;
        pendingPush.current = false;
        return push;
      };
      if (remote) {
        const timer = window.setTimeout(
          () => startTransition(() => (takePush() ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false }))),
          typing ? typingPause : 0,
        );
        cancelNavigation.current = () => window.clearTimeout(timer);
      } else {
        // The address follows once changes pause: Next.js turns pushState into a router update, which
        // would otherwise compete with painting the table.
        const timer = window.setTimeout(() => window.history[takePush() ? 'pushState' : 'replaceState'](null, '', href), addressPause);
        cancelNavigation.current = () => window.clearTimeout(timer);
      }
    },
    [remote, router],
  );
  // Back and forward between views this page pushed: the address is the view.
  useEffect(() => {
    if (!data) return;
    const onPop = () => {
      cancelNavigation.current();
      pendingPush.current = false;
      typingBurst.current = false;
      const next = parseLeaderboardView(new URLSearchParams(window.location.search), knownValuesOf(data)).view;
      shown.current = next;
      setView(next);
      setArrived((a) => ({ ...a, requested: serializeLeaderboardView(next) }));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [data]);

  // Sorting and paging are TanStack's job: rebuild rows and columns only when the view's shape changes.
  const shapeKey = serializeLeaderboardView({ ...view, sort: [], page: 1 });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- shapeKey stands for every part of the view but the sort and page
  const table = useMemo(() => (data ? buildLeaderboard(data, view) : remote!.table), [data, remote, shapeKey]);
  const sorting = useMemo(() => viewSorting(view.sort, table.columns, view.hide), [view.sort, table.columns, view.hide]);
  const averageDesc = sorting.find((s) => s.id === 'average')?.desc ?? true;
  const columns = useMemo(
    () => buildColumns(table, { comparable: view.comparable, hidden: view.hide, averageDesc, onOpen: setOpenResult }),
    [table, view.comparable, view.hide, averageDesc],
  );
  const rowCount = remote ? remote.rowCount : table.rows.length;
  const page = remote ? remote.page : pageToShow(view.page, rowCount, view.rows);
  const instance = useTable({
    features: leaderboardFeatures,
    columns,
    data: table.rows,
    getRowId: (row) => row.model.id,
    state: { sorting, pagination: { pageIndex: remote ? 0 : page - 1, pageSize: view.rows } },
    manualSorting: remote !== null,
    manualPagination: remote !== null,
    rowCount: remote ? remote.rowCount : undefined,
  });
  const onSort = (columnId: string, multi: boolean) => {
    const column = instance.getColumn(columnId);
    const descFirst = column?.columnDef.sortDescFirst ?? false;
    updateView({ ...view, sort: nextSorting(sorting, columnId, { multi, descFirst }), page: 1 });
  };

  return (
    <div
      className="leaderboard-root"
      data-interactive={interactive ? 'true' : undefined}
      data-full-data={data ? 'loaded' : payload.fullData && !fullDataFailed ? 'pending' : 'none'}
      aria-busy={pending || undefined}
    >
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
        {rowCount} models × {table.columns.length} benchmarks
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
              table={instance}
              pageOnly={remote !== null && rowCount > table.rows.length}
              waitingForData={!data && Boolean(payload.fullData) && !fullDataFailed}
              built={table}
              sources={choices.sources}
              viewQuery={serializeLeaderboardView({ ...view, page: 1 })}
            />
          </div>
          {showChart && (
            <SortedColumnChart
              built={table}
              rows={instance.getPrePaginatedRowModel().rows.map((r) => r.original)}
              columnId={sorting[0]?.id}
              sources={choices.sources}
            />
          )}
          <LeaderboardGrid table={instance} onSort={onSort} />
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
