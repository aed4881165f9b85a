'use client';

import type { ReactNode } from 'react';
import { useTable, createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { DataTable } from '../ui/data-table/table';

const features = tableFeatures({});
type Row = Record<string, string>;
const column = createColumnHelper<typeof features, Row>();

export interface ChartFrameProps {
  caption: string;
  height: number;
  children: ReactNode;
  /** The chart's numbers as rows, for the text alternative. */
  table: { columns: { key: string; header: string }[]; rows: Row[] };
  testId?: string;
}

/** A chart with its caption and the same data as a table behind a disclosure. */
export function ChartFrame({ caption, height, children, table, testId }: ChartFrameProps) {
  const instance = useTable({
    features,
    columns: column.columns(table.columns.map((c) => column.accessor((r) => r[c.key] ?? '', { id: c.key, header: c.header }))),
    data: table.rows,
  });
  return (
    <figure className="chart" data-testid={testId}>
      <div className="chart-canvas" style={{ height }}>
        {children}
      </div>
      <figcaption>{caption}</figcaption>
      <details className="chart-data">
        <summary>Show the data as a table</summary>
        <DataTable table={instance} caption={caption} whole />
      </details>
    </figure>
  );
}
