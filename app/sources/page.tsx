import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { listSources } from '@/db/queries/catalog';
import { StaticTable, staticColumnHelper } from '../ui/data-table/static-table';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources' };

type SourceRow = Awaited<ReturnType<typeof listSources>>[number];
const column = staticColumnHelper<SourceRow>();
const columns = column.columns([
  column.accessor('shortTitle', {
    header: 'Source',
    meta: { rowHeader: true },
    cell: (c) => (
      <>
        <Link href={`/sources/${c.row.original.id}`}>{c.row.original.title}</Link>
        <div className="muted">{c.row.original.authors}</div>
      </>
    ),
  }),
  column.accessor('kind', { header: 'Kind' }),
  column.accessor('year', { header: 'Year', meta: { numeric: true } }),
  column.accessor('results', { header: 'Numbers', meta: { numeric: true } }),
  column.accessor('series', { header: 'Training curves', meta: { numeric: true }, cell: (c) => c.getValue() || '—' }),
]);

export default async function SourcesPage() {
  const sources = await listSources();
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        The papers, reports, model cards and READMEs every number comes from. Each source page rebuilds its tables as
        printed, so any number can be checked against the original.
      </p>
      <StaticTable columns={columns} data={sources} rowId={(s) => s.id} caption="All sources" />
    </>
  );
}
