import type { ReactNode } from 'react';
import type { LeaderboardRow } from '@/lib/leaderboard/build-rows';
import { createPaginatedRowModel, createSortedRowModel, rowPaginationFeature, rowSortingFeature, sortFns, tableFeatures } from '@tanstack/table-core';

/** Sorting and paging: filters and column choice live in the URL view and are applied before the table. */
export const leaderboardFeatures = tableFeatures({
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns,
  columnMeta: {} as {
    numeric?: boolean;
    sticky?: boolean;
    title?: string;
    /** A page about the column (benchmark columns), linked beside the sort button. */
    href?: string;
    /** rem; the table lays out at fixed widths */
    width?: number;
    /** What a row's cell shows. The grid calls it directly, without building TanStack's per-cell objects. */
    show?: (row: LeaderboardRow) => ReactNode;
  },
});
