import Link from '@/app/ui/link';
import { citedPlace } from '@/lib/citation';
import { flagText } from '@/lib/display-text';
import type { ResultView } from '@/lib/result-view';
import { PrintedScore } from '../ui/printed-score';
import { StaticTable, staticColumnHelper } from '../ui/data-table/static-table';

const column = staticColumnHelper<ResultView>();
const columns = column.columns([
  column.accessor('valueAsPrinted', {
    header: 'Value',
    meta: { numeric: true },
    cell: (c) => (
      <Link href={`/results/${c.row.original.id}`}>
        <PrintedScore valueAsPrinted={c.getValue()} flags={c.row.original.flags} unit={c.row.original.unit} />
      </Link>
    ),
  }),
  column.accessor('sourceShortTitle', { header: 'Source', cell: (c) => <Link href={`/sources/${c.row.original.sourceId}`}>{c.getValue()}</Link> }),
  column.accessor((r) => citedPlace(r), { id: 'where', header: 'Where printed' }),
  column.accessor('metric', { header: 'Metric', cell: (c) => c.getValue() || <span className="muted">not stated</span> }),
  column.accessor('setting', { header: 'Setting', cell: (c) => c.getValue() || <span className="muted">not stated</span> }),
  column.accessor((r) => r.flags.map(flagText).join('; '), { id: 'flags', header: 'Flags' }),
]);

export interface ValuesTableProps {
  results: ResultView[];
  caption: string;
}

/** The values of one model+benchmark pair side by side; on a phone each value becomes a labelled card. */
export function ValuesTable({ results, caption }: ValuesTableProps) {
  return <StaticTable columns={columns} data={results} rowId={(r) => r.id} caption={caption} className="ledger-values" />;
}
