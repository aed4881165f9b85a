'use client';

import { useState } from 'react';
import { useTable } from '@tanstack/react-table';
import type { ResultView } from '@/lib/result-view';
import { resultColumns } from './columns';
import { resultsTableFeatures } from './table-features';

export interface ResultsTableProps {
  rows: ResultView[];
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** A sortable, searchable list of results. */
export function ResultsTable({ rows }: ResultsTableProps) {
  const [search, setSearch] = useState('');
  const table = useTable({
    features: resultsTableFeatures,
    columns: resultColumns,
    data: rows,
    state: { globalFilter: search },
    onGlobalFilterChange: (updater) => setSearch((old) => String(typeof updater === 'function' ? updater(old) : updater)),
    globalFilterFn: 'includesString',
  });
  const shown = table.getRowModel().rows;
  return (
    <>
      <div className="toolbar">
        <input
          type="search"
          aria-label="Search results"
          placeholder="Search models, benchmarks, settings…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="count" aria-live="polite">
          {shown.length} of {rows.length} results
        </span>
      </div>
      <div className="table-wrap">
        <table className="data">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted ? ariaSort[sorted] : undefined}>
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
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
            {shown.map((row) => (
              <tr key={row.id} data-result-id={row.original.id}>
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
    </>
  );
}
