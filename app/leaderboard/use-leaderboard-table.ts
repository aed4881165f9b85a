'use client';

import { useMemo } from 'react';
import { useTable } from '@tanstack/react-table';
import { buildLeaderboard } from '@/lib/leaderboard/build-rows';
import { nextSorting, viewSorting } from '@/lib/leaderboard/next-sorting';
import type { LeaderboardPayload } from '@/lib/leaderboard/payload';
import type { LeaderboardData } from '@/lib/leaderboard/types';
import { serializeLeaderboardView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { pageToShow } from '@/lib/paging';
import type { ProvenanceTarget } from '../ui/provenance-target';
import { buildColumns } from './columns';
import { leaderboardFeatures } from './table-features';
import type { UpdateView } from './use-view-in-url';

/**
 * The TanStack table of a view: with the whole dataset the browser builds, sorts and pages the rows;
 * otherwise it shows the page the server built (`remote`) as it came.
 */
export function useLeaderboardTable(view: LeaderboardView, data: LeaderboardData | null, remote: LeaderboardPayload | null, updateView: UpdateView, onOpen: (target: ProvenanceTarget) => void) {
  // Sorting and paging are TanStack's job: rebuild rows and columns only when the view's shape changes.
  const shapeKey = serializeLeaderboardView({ ...view, sort: [], page: 1 });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- shapeKey stands for every part of the view but the sort and page
  const built = useMemo(() => (data ? buildLeaderboard(data, view) : remote!.table), [data, remote, shapeKey]);
  const sorting = useMemo(() => viewSorting(view.sort, built.columns, view.hide), [view.sort, built.columns, view.hide]);
  const averageDesc = sorting.find((s) => s.id === 'average')?.desc ?? true;
  const columns = useMemo(
    () => buildColumns(built, { comparable: view.comparable, hidden: view.hide, averageDesc, onOpen }),
    [built, view.comparable, view.hide, averageDesc, onOpen],
  );
  const rowCount = remote ? remote.rowCount : built.rows.length;
  const page = remote ? remote.page : pageToShow(view.page, rowCount, view.rows);
  const table = useTable({
    features: leaderboardFeatures,
    columns,
    data: built.rows,
    getRowId: (row) => row.model.id,
    state: { sorting, pagination: { pageIndex: remote ? 0 : page - 1, pageSize: view.rows } },
    manualSorting: remote !== null,
    manualPagination: remote !== null,
    rowCount: remote ? remote.rowCount : undefined,
  });
  const onSort = (columnId: string, multi: boolean) => {
    const descFirst = table.getColumn(columnId)?.columnDef.sortDescFirst ?? false;
    updateView({ ...view, sort: nextSorting(sorting, columnId, { multi, descFirst }), page: 1 });
  };
  return { built, table, sorting, rowCount, page, onSort };
}
