import { createSortedRowModel, rowSortingFeature, sortFns, tableFeatures } from '@tanstack/react-table';

/** Declared once, outside components: sorting (the lists are short enough to show whole). */
export const resultsTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns,
  columnMeta: {} as { numeric?: boolean },
});
