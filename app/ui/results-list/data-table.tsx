'use client';

import { useMemo, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { Pager } from '../data-table/pagination';
import { LazyProvenancePanel as ProvenancePanel } from '../lazy-provenance-panel';
import { resultsListColumns, type ListedResult, type ResultsListColumn } from './columns';
import { resultsTableFeatures } from './table-features';

export interface ResultsListProps {
  rows: ListedResult[];
  /** Columns to leave out (e.g. the benchmark on a benchmark's own page). */
  hide?: ResultsListColumn[];
  initialSort?: SortingState;
  caption: string;
  /**
   * For lists too long to send whole: `rows` is one page, already in order, and the list links to
   * the other pages of `basePath` instead of sorting in the browser.
   */
  paging?: { page: number; pageSize: number; rowCount: number; basePath: string };
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** A sortable list of reported numbers with provenance on every value. */
export function ResultsList({ rows, hide = [], initialSort = [], caption, paging }: ResultsListProps) {
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const [open, setOpen] = useState<string | null>(null);
  const columns = useMemo(() => resultsListColumns(setOpen).filter((c) => !hide.includes(c.id as ResultsListColumn)), [hide]);
  const table = useTable({
    features: resultsTableFeatures,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { sorting },
    // a page of a longer list keeps the server's order: sorting it alone would mislead
    enableSorting: !paging,
    manualSorting: Boolean(paging),
    onSortingChange: (updater) => setSorting((old) => (typeof updater === 'function' ? updater(old) : updater)),
  });
  return (
    <>
      <div className="table-wrap">
        <table className="data results-list">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? ariaSort[sorted] : undefined}
                      className={header.column.columnDef.meta?.numeric ? 'num' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button th-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'num' : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {paging && (
        <Pager
          label="Pages of the list"
          noun="values"
          page={paging.page}
          pageSize={paging.pageSize}
          rowCount={paging.rowCount}
          hrefFor={(p) => (p > 1 ? `${paging.basePath}?page=${p}` : paging.basePath)}
        />
      )}
      {open && <ProvenancePanel resultId={open} onClose={() => setOpen(null)} onSelect={setOpen} />}
    </>
  );
}
