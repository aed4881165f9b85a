'use client';

import { useMemo, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import type { ResultView } from '@/lib/result-view';
import { ProvenancePanel } from '../provenance-panel';
import { resultsListColumns, type ResultsListColumn } from './columns';
import { resultsTableFeatures } from './table-features';

export interface ResultsListProps {
  rows: ResultView[];
  /** Columns to leave out (e.g. the benchmark on a benchmark's own page). */
  hide?: ResultsListColumn[];
  initialSort?: SortingState;
  caption: string;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** A sortable list of reported numbers with provenance on every value. */
export function ResultsList({ rows, hide = [], initialSort = [], caption }: ResultsListProps) {
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const [open, setOpen] = useState<string | null>(null);
  const columns = useMemo(() => resultsListColumns(setOpen).filter((c) => !hide.includes(c.id as ResultsListColumn)), [hide]);
  const table = useTable({
    features: resultsTableFeatures,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { sorting },
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
      {open && <ProvenancePanel resultId={open} onClose={() => setOpen(null)} onSelect={setOpen} />}
    </>
  );
}
