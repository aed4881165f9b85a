'use client';

import { memo } from 'react';
import type { ReactTable, Row } from '@tanstack/react-table';
import type { LeaderboardRow } from '@/lib/leaderboard/build-rows';
import type { leaderboardFeatures } from './table-features';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

export interface LeaderboardGridProps {
  table: ReactTable<typeof leaderboardFeatures, LeaderboardRow>;
  /** Sorting is owned by the URL view; a header activation asks for the next sort (shift adds a column). */
  onSort: (columnId: string, multi: boolean) => void;
}

/** The table markup: grouped headers, sort buttons (shift-click adds a sort), sticky first column. */
export function LeaderboardGrid({ table, onSort }: LeaderboardGridProps) {
  // Fixed column widths: the browser lays the table out from these instead of measuring every cell.
  const leaves = table.getAllLeafColumns();
  const widths = leaves.map((c) => c.columnDef.meta?.width ?? 7);
  return (
    <div className="table-wrap">
      <table className="data leaderboard" style={{ width: `${widths.reduce((a, b) => a + b, 0)}rem` }}>
        <caption className="visually-hidden">
          Leaderboard: models as rows, benchmarks as columns grouped by category. Activate a score to see where it was printed.
        </caption>
        <colgroup>
          {leaves.map((c, i) => (
            <col key={c.id} style={{ width: `${widths[i]}rem` }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                if (header.isPlaceholder) return <th key={header.id} className={header.column.columnDef.meta?.sticky ? 'sticky' : undefined} aria-hidden="true" />;
                if (header.subHeaders.length > 0) {
                  return (
                    <th key={header.id} colSpan={header.colSpan} scope="colgroup" className="group" title={typeof header.column.columnDef.header === 'string' ? header.column.columnDef.header : undefined}>
                      <table.FlexRender header={header} />
                    </th>
                  );
                }
                const sorted = header.column.getIsSorted();
                const meta = header.column.columnDef.meta;
                const index = header.column.getSortIndex();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? ariaSort[sorted] : undefined}
                    className={[meta?.sticky ? 'sticky' : '', meta?.numeric ? 'num' : ''].join(' ').trim() || undefined}
                    title={meta?.title}
                  >
                    <span className="th-inner">
                      <table.FlexRender header={header} />
                      <button
                        type="button"
                        className="sort-button"
                        onClick={(e) => onSort(header.column.id, e.shiftKey)}
                        aria-label={`Sort by ${header.column.id}${sorted ? ` (now ${ariaSort[sorted]})` : ''}; shift-click to add to the sort`}
                      >
                        <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                        {sorted && table.state.sorting.length > 1 && <sup>{index + 1}</sup>}
                      </button>
                    </span>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <GridRow key={row.id} row={row} FlexRender={table.FlexRender} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Features = typeof leaderboardFeatures;

/**
 * One model's row. Rows keep their identity when only the sort changes, so memoising them turns a
 * re-sort into a reorder of existing rows instead of a re-render of every cell.
 */
const GridRow = memo(function GridRow({ row, FlexRender }: { row: Row<Features, LeaderboardRow>; FlexRender: ReactTable<Features, LeaderboardRow>['FlexRender'] }) {
  return (
    <tr data-model-id={row.original.model.id}>
      {row.getAllCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const className = [meta?.sticky ? 'sticky' : '', meta?.numeric ? 'num' : ''].join(' ').trim();
        return meta?.sticky ? (
          <th key={cell.id} scope="row" className={className}>
            <FlexRender cell={cell} />
          </th>
        ) : (
          <td key={cell.id} className={className || undefined}>
            <FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
});
