import type { ReactNode } from 'react';
import type { RowData, Table, TableFeatures } from '@tanstack/react-table';
import { bodyColumnsOf, DataRow, SectionRow, type RowAttributes } from './body';
import { ColumnHeader } from './column-header';
import { metaOf } from './column-meta';

export interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  /** A TanStack table: from useTable in the browser, or built with constructTable on the server. */
  table: Table<TFeatures, TData>;
  caption: ReactNode;
  captionHidden?: boolean;
  /** Classes beside `data` (e.g. `leaderboard`, `results-list`). */
  className?: string;
  id?: string;
  /**
   * Shown whole in the page instead of in its own scroll box; its cells carry their column's name,
   * so a table can stack each row into labelled lines on a phone.
   */
  whole?: boolean;
  /** Styled by its page alone (the home page's headline grids): no scroll box, none of the `data` table styles. */
  bare?: boolean;
  /** Where sorting is owned outside TanStack (the URL view); otherwise a header toggles TanStack's sorting. */
  onSort?: (columnId: string, multi: boolean) => void;
  rowAttributes?: RowAttributes<TData>;
  /** A full-width heading row is shown before each row whose group differs from the previous row's. */
  groupOf?: (row: TData) => string | undefined;
}

/** Every table's markup: caption, header rows of sort buttons, body rows. */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>(props: DataTableProps<TFeatures, TData>) {
  const { table, caption, captionHidden = true, className, id, whole = false, bare = false, onSort, rowAttributes, groupOf } = props;
  const leaves = table.getAllLeafColumns();
  const columns = bodyColumnsOf(leaves);
  // Fixed column widths: the browser lays the table out from these instead of measuring every cell.
  const widths = leaves.some((c) => metaOf(c)?.width !== undefined) ? leaves.map((c) => metaOf(c)?.width ?? 7) : null;
  const sortCount = leaves.filter((c) => (c as { getIsSorted?: () => unknown }).getIsSorted?.()).length;
  const rows = table.getRowModel().rows;
  const markup = (
    <table className={bare ? className : `data ${className ?? ''}`.trim()} id={id} style={widths ? { width: `${widths.reduce((a, b) => a + b, 0)}rem` } : undefined}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      {widths && (
        <colgroup>
          {leaves.map((c, i) => (
            <col key={c.id} style={{ width: `${widths[i]}rem` }} />
          ))}
        </colgroup>
      )}
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <ColumnHeader key={header.id} header={header} sortCount={sortCount} onSort={onSort} />
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const section = groupOf?.(row.original);
          const drawn = <DataRow key={row.id} row={row} columns={columns} labelled={whole} attributes={rowAttributes} />;
          if (!section || section === (i > 0 ? groupOf?.(rows[i - 1]!.original) : undefined)) return drawn;
          return [<SectionRow key={`section-${row.id}`} title={section} width={leaves.length} />, drawn];
        })}
      </tbody>
    </table>
  );
  return bare ? markup : <div className={whole ? 'table-wrap static' : 'table-wrap'}>{markup}</div>;
}
