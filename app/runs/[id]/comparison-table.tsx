import Link from '@/app/ui/link';
import type { Comparison } from '@/lib/runs/reproduction';
import { runSettingText, signedPoints, unitSuffix } from '@/lib/display-text';
import { StaticTable, staticColumnHelper } from '../../ui/data-table/static-table';

export interface ComparisonRow {
  key: string;
  benchmarkId: string;
  benchmarkName: string;
  metric: string;
  shots: number | null;
  value: number;
  valueRaw: string;
  stderr: number | null;
  generation: string;
  comparison: Comparison | null;
}

const column = staticColumnHelper<ComparisonRow>();
const columns = column.columns([
  column.accessor('benchmarkName', { header: 'Benchmark', meta: { rowHeader: true }, cell: (c) => <Link href={`/benchmarks/${c.row.original.benchmarkId}`}>{c.getValue()}</Link> }),
  column.accessor((r) => runSettingText(r), {
    id: 'setting',
    header: 'Run setting',
    cell: (c) => (
      <>
        {c.getValue()}
        {c.row.original.generation && <span className="muted small"> ({c.row.original.generation})</span>}
      </>
    ),
  }),
  column.accessor('value', {
    header: 'Measured',
    meta: { numeric: true },
    cell: (c) => (
      <span title={`raw value in the file: ${c.row.original.valueRaw}`} data-testid="measured">
        {c.getValue().toFixed(2)}
        {c.row.original.stderr !== null && <span className="muted"> ± {c.row.original.stderr.toFixed(2)} se</span>}
      </span>
    ),
  }),
  column.accessor((r) => r.comparison?.reported.valueAsPrinted ?? '', {
    id: 'reported',
    header: 'Reported',
    meta: { numeric: true },
    cell: (c) => {
      const r = c.row.original.comparison?.reported;
      return r ? <Link href={`/results/${r.resultId}`}>{r.valueAsPrinted}{unitSuffix(r.unit)}</Link> : <span className="muted">none reported</span>;
    },
  }),
  column.accessor((r) => r.comparison?.reported.sourceTitle ?? '', {
    id: 'source',
    header: 'Reported in',
    cell: (c) => {
      const r = c.row.original.comparison?.reported;
      return r ? `${r.sourceTitle}, ${r.tableLabel}${r.setting ? ` (${[r.metric, r.setting].filter(Boolean).join(', ')})` : ''}` : '';
    },
  }),
  column.accessor((r) => (r.comparison?.delta == null ? '—' : signedPoints(r.comparison.delta)), { id: 'delta', header: 'Δ run − reported', meta: { numeric: true } }),
  column.accessor((r) => r.comparison, {
    id: 'within',
    header: 'Within sampling noise?',
    cell: (c) => {
      const x = c.getValue();
      if (!x || x.within === null) return <span className="muted">unknown</span>;
      return <span title={x.intervalMethod ?? ''} data-testid="within">{x.within ? 'yes' : 'no'} (±{x.interval!.toFixed(2)})</span>;
    },
  }),
  column.accessor((r) => r.comparison?.settingDifferences.join('; ') ?? '', { id: 'differences', header: 'Setting differences' }),
]);

export function ComparisonTable({ rows }: { rows: ComparisonRow[] }) {
  return <StaticTable columns={columns} data={rows} rowId={(r) => r.key} caption="Each measured value beside each reported value" />;
}
