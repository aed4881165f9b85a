import { flexRender } from '@tanstack/react-table';
import { constructTable, createColumnHelper, tableFeatures, type ColumnDef, type RowData } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { ReactNode } from 'react';

/** Tables that need no interaction are built with TanStack's core on the server and ship no script. */
export const staticFeatures = tableFeatures({
  columnMeta: {} as { numeric?: boolean; rowHeader?: boolean },
});

export type StaticFeatures = typeof staticFeatures;
export type StaticColumn<T extends RowData> = ColumnDef<StaticFeatures, T, unknown>;

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
}

export function StaticTable<T extends RowData>({ columns, data, caption, captionHidden, rowId, groupOf, className, id }: StaticTableProps<T>) {
  const table = constructTable({
    features: { coreReactivityFeature: storeReactivityBindings(), ...staticFeatures },
    columns,
    data,
    getRowId: (row: T) => rowId(row),
  } as never) as ReturnType<typeof constructTable<StaticFeatures, T>>;
  const width = table.getAllLeafColumns().length;
  return (
    <div className="table-wrap static">
      <table className={`data ${className ?? ''}`.trim()} id={id}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  colSpan={header.colSpan}
                  scope={header.subHeaders.length ? 'colgroup' : 'col'}
                  className={header.column.columnDef.meta?.numeric ? 'num' : undefined}
                >
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.flatMap((row, i, rows) => {
            const group = groupOf?.(row.original);
            const previous = i > 0 ? groupOf?.(rows[i - 1]!.original) : undefined;
            const heading =
              group && group !== previous ? (
                <tr key={`group-${row.id}`} className="section-row">
                  <th colSpan={width} scope="colgroup">
                    {group}
                  </th>
                </tr>
              ) : null;
            const cells = (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  // Lets narrow screens stack a row's cells, each with its column's name.
                  const label = typeof cell.column.columnDef.header === 'string' ? cell.column.columnDef.header : undefined;
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row">
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={meta?.numeric ? 'num' : undefined} data-label={label}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            );
            return heading ? [heading, cells] : [cells];
          })}
        </tbody>
      </table>
    </div>
  );
}
