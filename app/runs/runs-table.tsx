import Link from '@/app/ui/link';
import type { RunSummary } from '@/db/queries/runs';
import { StaticTable, staticColumnHelper } from '../ui/data-table/static-table';

const column = staticColumnHelper<RunSummary>();
const columns = column.columns([
  column.accessor('id', { header: 'Run', meta: { rowHeader: true }, cell: (c) => <Link href={`/runs/${c.getValue()}`}>{c.getValue()}</Link> }),
  column.accessor('modelName', { header: 'Model', cell: (c) => <Link href={`/models/${c.row.original.modelId}`}>{c.getValue()}</Link> }),
  column.accessor('runName', { header: 'Measured by' }),
  column.accessor((r) => `${r.harness}${r.harnessVersion ? ` ${r.harnessVersion}` : ''}`, { id: 'harness', header: 'Harness' }),
  column.accessor((r) => r.evaluatedAt?.slice(0, 10) ?? '—', { id: 'evaluated', header: 'Run on' }),
  column.accessor('values', { header: 'Values', meta: { numeric: true } }),
  column.accessor((r) => (r.sampleLimit ? `subset (limit ${r.sampleLimit})` : 'full'), { id: 'subset', header: 'Items' }),
  column.accessor('sourceFile', { header: 'File' }),
]);

export interface RunsTableProps {
  runs: RunSummary[];
  caption: string;
}

export function RunsTable({ runs, caption }: RunsTableProps) {
  return <StaticTable columns={columns} data={runs} rowId={(r) => r.id} caption={caption} />;
}
