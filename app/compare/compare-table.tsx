import Link from '@/app/ui/link';
import { categories } from '@/lib/vocabulary';
import type { CompareCell, CompareRow } from '@/lib/compare';
import { whereText } from '@/lib/display-text';
import { PrintedScore } from '../ui/printed-score';
import { StaticTable, staticColumnHelper } from '../ui/data-table/static-table';

const column = staticColumnHelper<CompareRow>();

export interface CompareTableProps {
  rows: CompareRow[];
  models: { id: string; name: string }[];
}

function DeltaText({ cell, higherIsBetter }: { cell: CompareCell; higherIsBetter: boolean }) {
  if (cell.delta === null) return <div className="delta muted">{cell.sameSetting ? 'not comparable' : 'other setting'}</div>;
  const better = cell.delta === 0 ? '' : (cell.delta > 0) === higherIsBetter ? 'up' : 'down';
  return (
    <div className={`delta ${better}`}>
      {`${cell.delta > 0 ? '+' : ''}${cell.delta.toFixed(1)}`}
      {cell.withinNoise && <div className="muted small" data-testid="within-noise">within sampling noise</div>}
    </div>
  );
}

/** The comparison as a table: one row per benchmark, one column per model, deltas under the others' values. */
export function CompareTable({ rows, models }: CompareTableProps) {
  const columns = column.columns([
    column.accessor('benchmarkName', {
      header: 'Benchmark',
      meta: { rowHeader: true },
      cell: (c) => <Link href={`/benchmarks/${c.row.original.benchmarkId}`}>{c.getValue()}</Link>,
    }),
    ...models.map((m, i) =>
      column.display({
        id: m.id,
        header: () => (
          <>
            <Link href={`/models/${m.id}`}>{m.name}</Link>
            {i === 0 && <div className="muted small">reference</div>}
          </>
        ),
        meta: { numeric: true },
        cell: (c) => {
          const cell = c.row.original.cells[i];
          if (!cell) return <span className="muted" title={i === 0 ? 'Not reported for the reference model: no differences in this row' : 'Not reported'}>—</span>;
          const r = cell.result;
          // Without a reference value there is nothing to subtract from; the legend says so once.
          const hasReference = c.row.original.cells[0] !== null;
          return (
            <>
              <Link href={`/results/${r.id}`} title={`${r.sourceShortTitle}, ${whereText(r)}; ${[r.metric, r.setting].filter(Boolean).join(' · ') || 'setting not stated'}`}>
                <PrintedScore valueAsPrinted={r.valueAsPrinted} flags={r.flags} />
              </Link>
              {cell.count > 1 && <span className="multi">+{cell.count - 1}</span>}
              {i > 0 && hasReference && <DeltaText cell={cell} higherIsBetter={c.row.original.higherIsBetter} />}
            </>
          );
        },
      }),
    ),
  ]);
  return (
    <StaticTable
      columns={columns}
      data={rows}
      rowId={(r) => r.benchmarkId}
      groupOf={(r) => categories.label(r.category)}
      caption={`${rows.length} benchmarks reported for the reference model or for at least two of the chosen models`}
      captionHidden={false}
      className="compare"
    />
  );
}
