import { memo, type ReactNode } from 'react';
import { flexRender, type Column, type Row, type RowData, type TableFeatures } from '@tanstack/react-table';
import { memoFor } from '@/lib/memo';
import { cellClassOf, metaOf } from './column-meta';

/** A leaf column as the body rows need it: how its cells are marked up and what a row shows in it. */
interface BodyColumn<TFeatures extends TableFeatures, TData extends RowData> {
  id: string;
  rowHeader: boolean;
  className: string | undefined;
  /** The column's name on each cell, for tables whose rows stack into labelled lines on a phone. */
  label: string | undefined;
  show: (row: Row<TFeatures, TData>) => ReactNode;
}

type Leaf = Column<TableFeatures, RowData, unknown>;
const bodyColumns = new WeakMap<readonly Leaf[], BodyColumn<TableFeatures, RowData>[]>();

/** The body columns of a set of leaf columns, kept while TanStack keeps the same columns (so rows can skip re-rendering). */
export function bodyColumnsOf<TFeatures extends TableFeatures, TData extends RowData>(leaves: readonly Column<TFeatures, TData, unknown>[]) {
  return memoFor(bodyColumns, leaves as unknown as readonly Leaf[], () =>
    (leaves as unknown as readonly Leaf[]).map((column): BodyColumn<TableFeatures, RowData> => {
      const meta = metaOf(column);
      const header: unknown = column.columnDef.header;
      const show = meta?.show;
      return {
        id: column.id,
        rowHeader: Boolean(meta?.rowHeader || meta?.sticky),
        className: cellClassOf(meta),
        label: typeof header === 'string' ? header : undefined,
        show: show
          ? (row) => show(row.original)
          : (row) => {
              const cell = row.getAllCellsByColumnId()[column.id]!;
              return flexRender(cell.column.columnDef.cell as never, cell.getContext() as never);
            },
      };
    }),
  ) as unknown as BodyColumn<TFeatures, TData>[];
}

/** Attributes a row carries (data-* for tests and styles); a function of the row's data alone, declared outside components. */
export type RowAttributes<TData> = (row: TData) => Record<`data-${string}`, string | undefined>;

interface DataRowProps<TFeatures extends TableFeatures, TData extends RowData> {
  row: Row<TFeatures, TData>;
  columns: BodyColumn<TFeatures, TData>[];
  labelled: boolean;
  attributes?: RowAttributes<TData>;
}

/**
 * One row's cells. A row whose data, columns and attributes are unchanged is not drawn again, so a
 * re-sort reorders the existing rows instead of re-rendering every cell.
 */
function DataRowMarkup<TFeatures extends TableFeatures, TData extends RowData>({ row, columns, labelled, attributes }: DataRowProps<TFeatures, TData>) {
  return (
    <tr {...attributes?.(row.original)}>
      {columns.map((c) =>
        c.rowHeader ? (
          <th key={c.id} scope="row" className={c.className}>
            {c.show(row)}
          </th>
        ) : (
          <td key={c.id} className={c.className} data-label={labelled ? c.label : undefined}>
            {c.show(row)}
          </td>
        ),
      )}
    </tr>
  );
}

export const DataRow = memo(
  DataRowMarkup,
  (a, b) => a.row.original === b.row.original && a.columns === b.columns && a.labelled === b.labelled && a.attributes === b.attributes,
) as typeof DataRowMarkup;

/** A full-width heading row before a run of rows, e.g. a section heading printed in a paper's table. */
export function SectionRow({ title, width }: { title: string; width: number }) {
  return (
    <tr className="section-row">
      <th colSpan={width} scope="colgroup">
        {title}
      </th>
    </tr>
  );
}
