'use client';

import { memo, type ReactNode } from 'react';
import Link from '@/app/ui/link';
import { memoFor } from '@/lib/memo';
import type { ReactTable } from '@tanstack/react-table';
import type { LeaderboardRow } from '@/lib/leaderboard/build-rows';
import type { leaderboardFeatures } from './table-features';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

export interface LeaderboardGridProps {
  table: ReactTable<typeof leaderboardFeatures, LeaderboardRow>;
  /** Sorting is owned by the URL view; a header activation asks for the next sort (shift adds a column). */
  onSort: (columnId: string, multi: boolean) => void;
}

/** The table markup: grouped headers whose whole cell sorts (shift-click adds a sort) beside a small link, sticky first column. */
export function LeaderboardGrid({ table, onSort }: LeaderboardGridProps) {
  // Fixed column widths: the browser lays the table out from these instead of measuring every cell.
  const leaves = table.getAllLeafColumns();
  const widths = leaves.map((c) => c.columnDef.meta?.width ?? 7);
  const cells = bodyCellsOf(leaves);
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
                const name = typeof header.column.columnDef.header === 'string' ? header.column.columnDef.header : header.column.id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? ariaSort[sorted] : undefined}
                    className={[meta?.sticky ? 'sticky' : '', meta?.numeric ? 'num' : ''].join(' ').trim() || undefined}
                    title={meta?.title}
                    data-column-id={header.column.id}
                  >
                    <span className="th-inner">
                      <button
                        type="button"
                        className="sort-button th-button"
                        onClick={(e) => onSort(header.column.id, e.shiftKey)}
                        aria-label={`Sort by ${name}${sorted ? ` (now ${ariaSort[sorted]})` : ''}; shift-click to add to the sort`}
                      >
                        {name}
                        <span aria-hidden="true" className="sort-arrow">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                        {sorted && table.state.sorting.length > 1 && <sup>{index + 1}</sup>}
                      </button>
                      {meta?.href && (
                        <Link className="th-link" href={meta.href} aria-label={`${name}: benchmark page`} title={`About ${name}`}>
                          <span aria-hidden="true">↗</span>
                        </Link>
                      )}
                    </span>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <GridRow key={row.id} row={row.original} cells={cells} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A leaf column as the body rows need it: how it is marked up and what a row shows in it. */
interface BodyCell {
  id: string;
  sticky: boolean;
  className: string | undefined;
  show: (row: LeaderboardRow) => ReactNode;
}

type Leaf = ReturnType<ReactTable<typeof leaderboardFeatures, LeaderboardRow>['getAllLeafColumns']>[number];
const bodyCells = new WeakMap<readonly Leaf[], BodyCell[]>();

/** The body cells of a set of leaf columns, kept while TanStack keeps the same columns (so rows can skip re-rendering). */
const bodyCellsOf = (leaves: readonly Leaf[]) =>
  memoFor(bodyCells, leaves, () =>
    leaves.map(({ id, columnDef: { meta } }): BodyCell => {
      // Every leaf column says what its cells show; a column without it is a programming error, not an empty column.
      if (!meta?.show) throw new Error(`leaderboard column ${id} has no meta.show`);
      return {
        id,
        sticky: meta.sticky ?? false,
        className: [meta.sticky ? 'sticky' : '', meta.numeric ? 'num' : ''].join(' ').trim() || undefined,
        show: meta.show,
      };
    }),
  );

/**
 * One model's row, drawn straight from its data by each column's `show`: TanStack's per-cell objects
 * are never built. Rows keep their identity when only the sort changes, so memoising them turns a
 * re-sort into a reorder of existing rows instead of a re-render of every cell.
 */
const GridRow = memo(function GridRow({ row, cells }: { row: LeaderboardRow; cells: BodyCell[] }) {
  return (
    <tr data-model-id={row.model.id}>
      {cells.map(({ id, sticky, className, show }) =>
        sticky ? (
          <th key={id} scope="row" className={className}>
            {show(row)}
          </th>
        ) : (
          <td key={id} className={className}>
            {show(row)}
          </td>
        ),
      )}
    </tr>
  );
});
