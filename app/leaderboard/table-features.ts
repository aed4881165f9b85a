import type { LeaderboardRow } from '@/lib/leaderboard/build-rows';
import type { DataColumnMeta, ShowColumnMeta } from '../ui/data-table/column-meta';
import { createPaginatedRowModel, createSortedRowModel, rowPaginationFeature, rowSortingFeature, sortFns, tableFeatures } from '@tanstack/table-core';

/** Sorting and paging: filters and column choice live in the URL view and are applied before the table. */
export const leaderboardFeatures = tableFeatures({
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns,
  columnMeta: {} as DataColumnMeta & ShowColumnMeta<LeaderboardRow>,
});
