import { createColumnHelper } from '@tanstack/react-table';
import { flagInfo, isFlag } from '@/lib/flags';
import type { ResultView } from '@/lib/result-view';
import { resultsTableFeatures } from './table-features';

const column = createColumnHelper<typeof resultsTableFeatures, ResultView>();

function marksOf(flags: readonly string[]): string {
  return flags.map((f) => (isFlag(f) ? flagInfo[f].mark : '')).join('');
}

/** The results list: one row per printed number, with where it was printed. */
export const resultColumns = column.columns([
  column.accessor('modelName', {
    id: 'model',
    header: 'Model',
    cell: (info) => {
      const r = info.row.original;
      return (
        <>
          {r.modelName}
          {r.modelAsPrinted !== r.modelName && <div className="muted">printed “{r.modelAsPrinted}”</div>}
        </>
      );
    },
  }),
  column.accessor('benchmarkName', {
    id: 'benchmark',
    header: 'Benchmark',
    cell: (info) => {
      const r = info.row.original;
      return (
        <>
          {r.benchmarkName}
          {r.benchmarkAsPrinted !== r.benchmarkName && <div className="muted">printed “{r.benchmarkAsPrinted}”</div>}
        </>
      );
    },
  }),
  column.accessor('value', {
    id: 'value',
    header: 'Value',
    sortDescFirst: true,
    cell: (info) => {
      const r = info.row.original;
      const marks = marksOf(r.flags);
      return (
        <span title={r.flags.map((f) => (isFlag(f) ? flagInfo[f].text : f)).join('; ')}>
          {r.valueAsPrinted}
          {marks && <span className="mark">{marks}</span>}
        </span>
      );
    },
    meta: { numeric: true },
  }),
  column.accessor('metric', { id: 'metric', header: 'Metric' }),
  column.accessor('setting', { id: 'setting', header: 'Setting' }),
  column.accessor((r) => `${r.sourceShortTitle} · ${r.table}${r.page ? `, p. ${r.page}` : ''}`, {
    id: 'where',
    header: 'Where printed',
  }),
  column.accessor((r) => r.flags.join(', '), {
    id: 'flags',
    header: 'Flags',
    enableSorting: false,
    cell: (info) => <span className="flag-list">{info.getValue()}</span>,
  }),
]);
