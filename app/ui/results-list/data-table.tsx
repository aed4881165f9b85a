'use client';

import { useMemo, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { Pager } from '../data-table/pagination';
import { DataTable } from '../data-table/table';
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
      <DataTable table={table} className="results-list" caption={caption} />
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
