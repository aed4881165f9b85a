import { createSortedRowModel, rowSortingFeature, sortFns, tableFeatures } from '@tanstack/react-table';
import type { DataColumnMeta } from '../data-table/column-meta';

/** Declared once, outside components: sorting (the lists are short enough to show whole). */
export const resultsTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns,
  columnMeta: {} as DataColumnMeta,
});
