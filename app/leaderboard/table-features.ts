import { createSortedRowModel, rowSortingFeature, sortFns, tableFeatures } from '@tanstack/react-table';

/** Sorting only: filters and column choice live in the URL view and are applied before the table. */
export const leaderboardFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns,
  columnMeta: {} as { numeric?: boolean; sticky?: boolean; title?: string },
});
