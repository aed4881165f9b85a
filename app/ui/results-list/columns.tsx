import Link from '@/app/ui/link';
import { createColumnHelper } from '@tanstack/react-table';
import { categories } from '@/lib/vocabulary';
import { flagText, whereText } from '@/lib/display-text';
import type { ResultView } from '@/lib/result-view';
import type { RepeatPlace } from '@/lib/repeated-values';
import { onCommonScale } from '@/lib/units';
import { PrintedScore } from '../printed-score';
import { resultsTableFeatures } from './table-features';

/** A listed result; `repeats` are the other places the same value was printed (listed once, under its first place). */
export type ListedResult = ResultView & { repeats?: RepeatPlace[] };

const column = createColumnHelper<typeof resultsTableFeatures, ListedResult>();

export type ResultsListColumn = 'model' | 'benchmark' | 'category' | 'value' | 'metric' | 'setting' | 'source' | 'flags';

/** Sorts fractions with percents. */
const sortable = (r: ResultView) => onCommonScale(r.value, r.unit);

/** Columns of a list of reported numbers; each value opens its provenance. */
export function resultsListColumns(onOpen: (id: string) => void) {
  return column.columns([
    column.accessor('modelName', {
      id: 'model',
      header: 'Model',
      sortDescFirst: false,
      cell: (info) => {
        const r = info.row.original;
        return (
          <>
            <Link href={`/models/${r.modelId}`}>{r.modelName}</Link>
            {r.modelAsPrinted !== r.modelName && <div className="muted">printed “{r.modelAsPrinted}”</div>}
          </>
        );
      },
    }),
    column.accessor('benchmarkName', {
      id: 'benchmark',
      header: 'Benchmark',
      sortDescFirst: false,
      cell: (info) => {
        const r = info.row.original;
        return (
          <>
            <Link href={`/benchmarks/${r.benchmarkId}`}>{r.benchmarkName}</Link>
            {r.benchmarkAsPrinted !== r.benchmarkName && <div className="muted">printed “{r.benchmarkAsPrinted}”</div>}
          </>
        );
      },
    }),
    column.accessor((r) => categories.label(r.benchmarkCategory), { id: 'category', header: 'Category', sortDescFirst: false }),
    column.accessor(sortable, {
      id: 'value',
      header: 'Value',
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => {
        const r = info.row.original;
        return (
          <button type="button" className="score" onClick={() => onOpen(r.id)} data-result-id={r.id}>
            <PrintedScore valueAsPrinted={r.valueAsPrinted} flags={r.flags} unit={r.unit} />
            <span className="visually-hidden">: show where it was printed</span>
          </button>
        );
      },
    }),
    column.accessor('metric', { id: 'metric', header: 'Metric', sortDescFirst: false }),
    column.accessor('setting', { id: 'setting', header: 'Setting', sortDescFirst: false }),
    column.accessor((r) => `${r.sourceShortTitle} ${r.table}`, {
      id: 'source',
      header: 'Where printed',
      sortDescFirst: false,
      cell: (info) => {
        const r = info.row.original;
        return (
          <>
            <Link href={`/sources/${r.sourceId}`}>{r.sourceShortTitle}</Link>
            <div className="muted">{whereText(r)}</div>
            {r.repeats?.map((p) => (
              <div key={p.id} className="muted" data-testid="printed-again">
                also <Link href={`/results/${p.id}`}>{whereText(p)}</Link>
                {(p.metric !== r.metric || p.setting !== r.setting) && ` (there: ${[p.metric, p.setting].filter(Boolean).join(' · ') || 'setting not stated'})`}
              </div>
            ))}
          </>
        );
      },
    }),
    column.accessor((r) => r.flags.join(', '), {
      id: 'flags',
      header: 'Flags',
      enableSorting: false,
      cell: (info) => <span className="flag-list">{info.row.original.flags.map(flagText).join('; ')}</span>,
    }),
  ]);
}
