import Link from '@/app/ui/link';
import { tableAnchor } from '@/lib/anchors';

import { rebuildTable, type PrintedCell, type RebuiltRow } from '@/lib/rebuild-table';
import type { ResultView } from '@/lib/result-view';
import { modelRowLayouts } from '@/lib/vocabulary';
import { PrintedScore } from '../../ui/printed-score';
import { StaticTable, staticColumnHelper } from '../../ui/data-table/static-table';

export interface RebuiltSourceTableProps {
  label: string;
  caption: string;
  page: string | null;
  layout: string;
  results: ResultView[];
}

const column = staticColumnHelper<RebuiltRow>();

function Cell({ cells }: { cells: PrintedCell[] | undefined }) {
  if (!cells?.length) return <span className="muted">-</span>;
  return (
    <>
      {cells.map((c, i) => {
        const text = <PrintedScore valueAsPrinted={c.valueAsPrinted} flags={c.flags} />;
        return (
          <span key={c.id}>
            {i > 0 && ' / '}
            <Link href={`/results/${c.id}`} className="printed-cell" data-result-id={c.id}>
              {c.flags.includes('bold') ? <strong>{text}</strong> : text}
            </Link>
          </span>
        );
      })}
    </>
  );
}

/** One table or figure of a source, rebuilt in printed order with its marks; "-" where it prints no value. */
export function RebuiltSourceTable({ label, caption, page, layout, results }: RebuiltSourceTableProps) {
  const rebuilt = rebuildTable(results, layout);
  const columns = column.columns([
    column.accessor('label', { header: modelRowLayouts.includes(layout) ? 'Model' : 'Benchmark', meta: { rowHeader: true } }),
    ...(rebuilt.showSetting ? [column.accessor('setting', { header: 'Setting', cell: (c) => <span className="muted">{c.getValue()}</span> })] : []),
    ...rebuilt.columns.map((col) =>
      column.display({
        id: col.key,
        header: () => (
          <>
            {col.label}
            {col.detail && <div className="muted small">{col.detail}</div>}
          </>
        ),
        meta: { numeric: true },
        cell: (c) => <Cell cells={c.row.original.cells[col.key]} />,
      }),
    ),
  ]);
  const hasSections = rebuilt.rows.some((r) => r.section);
  return (
    <section className="rebuilt" aria-labelledby={`${tableAnchor(label)}-title`}>
      <h2 id={`${tableAnchor(label)}-title`}>
        <a href={`#${tableAnchor(label)}`} className="anchor">
          {label}
        </a>
        {page && <span className="muted"> · p. {page}</span>}
      </h2>
      <p className="muted">{caption}</p>
      <StaticTable
        id={tableAnchor(label)}
        columns={columns}
        data={rebuilt.rows}
        rowId={(r) => r.key}
        groupOf={hasSections ? (r) => r.section : undefined}
        caption={`${label} as printed (${results.length} numbers)`}
        className="printed"
      />
    </section>
  );
}
