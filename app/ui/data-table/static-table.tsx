import { constructTable, createColumnHelper, tableFeatures, type ColumnDef, type RowData } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { ReactNode } from 'react';
import type { DataColumnMeta } from './column-meta';
import type { RowAttributes } from './body';
import { DataTable } from './table';

/** Tables that need no interaction are built with TanStack's core on the server and ship no script. */
const staticFeatures = tableFeatures({
  columnMeta: {} as DataColumnMeta,
});

type StaticFeatures = typeof staticFeatures;
type StaticColumn<T extends RowData> = ColumnDef<StaticFeatures, T, unknown>;

export function staticColumnHelper<T extends RowData>() {
  return createColumnHelper<StaticFeatures, T>();
}

export interface StaticTableProps<T extends RowData> {
  columns: StaticColumn<T>[];
  data: T[];
  caption: ReactNode;
  captionHidden?: boolean;
  rowId: (row: T) => string;
  /** A full-width heading row shown before a row, e.g. a printed section heading. */
  groupOf?: (row: T) => string;
  className?: string;
  id?: string;
  /** Styled by its page alone: no box of its own, none of the `data` table styles. */
  bare?: boolean;
  rowAttributes?: RowAttributes<T>;
}

/** A table built on the server: the same markup as every other table, shown whole in the page. */
export function StaticTable<T extends RowData>({ columns, data, caption, captionHidden = true, rowId, groupOf, className, id, bare = false, rowAttributes }: StaticTableProps<T>) {
  const table = constructTable({
    features: { coreReactivityFeature: storeReactivityBindings(), ...staticFeatures },
    columns,
    data,
    getRowId: (row: T) => rowId(row),
  } as never) as ReturnType<typeof constructTable<StaticFeatures, T>>;
  return (
    <DataTable table={table} caption={caption} captionHidden={captionHidden} className={className} id={id} whole={!bare} bare={bare} groupOf={groupOf} rowAttributes={rowAttributes} />
  );
}
