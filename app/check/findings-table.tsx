'use client';

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { Finding } from '@/lib/check/types';
import { DataTable } from '../ui/data-table/table';

/** Declared once, outside the component: the list is shown in the draft's order, with no features. */
const features = tableFeatures({});
const col = createColumnHelper<typeof features, Finding>();
const columns = col.columns([
  col.accessor('line', { header: 'Line' }),
  col.accessor((f) => f.model ?? f.model_as_written ?? '', { id: 'model', header: 'Model' }),
  col.accessor((f) => f.benchmark ?? f.benchmark_as_written ?? '', { id: 'benchmark', header: 'Benchmark' }),
  col.accessor('value', { header: 'As written' }),
  col.accessor('status', { header: 'Verdict', cell: (c) => <span className={`verdict verdict-${c.getValue()}`}>{c.getValue().replace('_', ' ')}</span> }),
  col.display({
    id: 'reported',
    header: 'Reported',
    cell: ({ row }) => (
      <>
        <span>{row.original.message}</span>
        <ul className="reported-list">
          {row.original.reported.map((r) => (
            <li key={r.result_id}>
              <a href={r.permalink}>{r.value_as_printed}</a> {r.model ? `${r.model} / ${r.benchmark}, ` : ''}
              {r.source_id}, {r.table}
              {r.page ? `, p. ${r.page}` : ''}
              {r.metric ? `, ${r.metric}` : ''}
              {r.setting ? `, ${r.setting}` : ''}
              {r.flags.length ? ` [${r.flags.join(', ')}]` : ''}
            </li>
          ))}
        </ul>
      </>
    ),
  }),
]);

const statusOf = (f: Finding) => ({ 'data-status': f.status });

/** One row per checked number: where, which names, the verdict and the reported values behind it. */
export function FindingsTable({ findings }: { findings: Finding[] }) {
  const table = useTable({ features, data: findings, columns });
  return (
    <DataTable table={table} className="findings" caption="Checked numbers" rowAttributes={statusOf} />
  );
}
