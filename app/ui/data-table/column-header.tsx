import type { Column, Header, RowData, TableFeatures } from '@tanstack/react-table';
import { flexRender } from '@tanstack/react-table';
import Link from '@/app/ui/link';
import { cellClassOf, metaOf, nameOf } from './column-meta';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** The sorting methods TanStack adds to a column when the table has the sorting feature. */
interface SortableColumn {
  getCanSort?: () => boolean;
  getCanMultiSort?: () => boolean;
  getIsSorted: () => false | 'asc' | 'desc';
  getSortIndex: () => number;
  getToggleSortingHandler: () => undefined | ((event: unknown) => void);
}

/** The column's sorting, or null where the table cannot sort it. */
function sortingOf<TFeatures extends TableFeatures, TData extends RowData>(column: Column<TFeatures, TData, unknown>) {
  const c = column as unknown as Partial<SortableColumn>;
  if (typeof c.getIsSorted !== 'function' || !c.getCanSort?.()) return null;
  return c as SortableColumn;
}

export interface ColumnHeaderProps<TFeatures extends TableFeatures, TData extends RowData> {
  header: Header<TFeatures, TData, unknown>;
  /** How many columns the table is sorted by (a number beside each arrow when more than one). */
  sortCount: number;
  /** Where sorting is owned outside TanStack (the URL): a header activation asks for the next sort. */
  onSort?: (columnId: string, multi: boolean) => void;
}

/** One header cell: a group's name over its columns, or a column's name as a whole-cell sort button with aria-sort. */
export function ColumnHeader<TFeatures extends TableFeatures, TData extends RowData>({ header, sortCount, onSort }: ColumnHeaderProps<TFeatures, TData>) {
  const column = header.column;
  const meta = metaOf(column);
  const name = nameOf(column);
  const content = () => flexRender(column.columnDef.header as never, header.getContext() as never);
  if (header.isPlaceholder) return <th className={meta?.sticky ? 'sticky' : undefined} colSpan={header.colSpan > 1 ? header.colSpan : undefined} aria-hidden="true" />;
  if (header.subHeaders.length > 0) {
    return (
      <th colSpan={header.colSpan} scope="colgroup" className="group" title={name === column.id ? undefined : name}>
        {content()}
      </th>
    );
  }
  const sorting = sortingOf(column);
  const sorted = sorting?.getIsSorted() ?? false;
  const button = sorting && (
    <button
      type="button"
      className="sort-button th-button"
      onClick={(e) => (onSort ? onSort(column.id, e.shiftKey) : sorting.getToggleSortingHandler()?.(e))}
      aria-label={`Sort by ${name}${sorted ? ` (now ${ariaSort[sorted]})` : ''}${sorting.getCanMultiSort?.() ? '; shift-click to add to the sort' : ''}`}
    >
      {content()}
      <span aria-hidden="true" className="sort-arrow">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
      {sorted && sortCount > 1 && <sup>{sorting.getSortIndex() + 1}</sup>}
    </button>
  );
  return (
    <th scope="col" aria-sort={sorted ? ariaSort[sorted] : undefined} className={cellClassOf(meta)} title={meta?.title} data-column-id={column.id}>
      {meta?.href ? (
        <span className="th-inner">
          {button ?? content()}
          <Link className="th-link" href={meta.href} aria-label={`${name}: ${meta.hrefLabel ?? 'its page'}`} title={`About ${name}`}>
            <span aria-hidden="true">↗</span>
          </Link>
        </span>
      ) : (
        (button ?? content())
      )}
    </th>
  );
}
