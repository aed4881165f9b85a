import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { listDiscrepancies } from '@/db/queries/discrepancies';
import { listFilterOptions } from '@/db/queries/filter-options';
import { citedPlace } from '@/lib/citation';
import { flagText } from '@/lib/format';
import { parseResultFilters, unknownFilterValues } from '@/lib/result-filters';
import type { ResultView } from '@/lib/result-view';
import { StaticTable, staticColumnHelper } from '../ui/static-table';
import { PrintedScore } from '../ui/printed-score';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Discrepancy ledger' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
  column.accessor('metric', { header: 'Metric' }),
  column.accessor('setting', { header: 'Setting' }),
  column.accessor((r) => r.flags.map(flagText).join('; '), { id: 'flags', header: 'Flags' }),
]);

const views = { all: 'all', same: 'differs even at the same setting', differ: 'differs because settings differ' } as const;

export default async function DiscrepanciesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const item of [v].flat()) if (typeof item === 'string') params.append(k, item);
  const { filters, issues } = parseResultFilters(params, ['view']);
  const known = await listFilterOptions();
  issues.push(...unknownFilterValues(filters, known));
  for (const issue of issues) delete filters[issue.param as keyof typeof filters];
  const view = (['all', 'same', 'differ'] as const).find((v) => v === params.get('view')) ?? 'all';
  const all = await listDiscrepancies({ filters });
  const shown = all.filter((d) => view === 'all' || (view === 'same' ? d.differsAtSameSetting : !d.differsAtSameSetting));
  const link = (v: keyof typeof views) => {
    const p = new URLSearchParams(params);
    if (v === 'all') p.delete('view');
    else p.set('view', v);
    return `/discrepancies${p.size ? `?${p}` : ''}`;
  };
  return (
    <>
      <h1>Discrepancy ledger</h1>
      <p className="lede">
        Every model and benchmark for which the sources print different numbers, side by side, never averaged. Most gaps come
        from different settings (shots, samples, harness); some remain at the same setting. A few entries are single numbers
        that their own source contradicts.
      </p>
      {issues.length > 0 && (
        <div className="notice" role="status">
          {issues.map((i) => (
            <p key={i.message}>Ignored: {i.message}.</p>
          ))}
        </div>
      )}
      <nav className="toc" aria-label="Which discrepancies">
        {(Object.keys(views) as (keyof typeof views)[]).map((v) =>
          v === view ? (
            <strong key={v} aria-current="true">
              {views[v]}
            </strong>
          ) : (
            <Link key={v} href={link(v)}>
              {views[v]}
            </Link>
          ),
        )}
      </nav>
      <p className="count">
        {shown.length} of {all.length} model–benchmark pairs
      </p>
      {shown.length === 0 && <p className="empty">No discrepancy matches.</p>}
      {shown.map((d) => (
        <section key={`${d.modelId}-${d.benchmarkId}`} className="discrepancy" data-testid="discrepancy">
          <h2>
            <Link href={`/models/${d.modelId}`}>{d.modelName}</Link> on <Link href={`/benchmarks/${d.benchmarkId}`}>{d.benchmarkName}</Link>
            <span className="muted small">
              {' '}
              {d.kind === 'source-conflict'
                ? 'the source contradicts itself'
                : `${d.results.length} values, ${d.spread === null ? 'units differ' : `spread ${d.spread} points`}, ${d.differsAtSameSetting ? 'differs even at the same setting' : 'settings differ'}`}
            </span>
          </h2>
          <StaticTable columns={columns} data={d.results} rowId={(r) => r.id} caption={`Reported values of ${d.modelName} on ${d.benchmarkName}`} captionHidden />
          {d.results.some((r) => r.note && r.flags.includes('conflict')) && (
            <p className="muted small">{d.results.find((r) => r.flags.includes('conflict'))!.note}</p>
          )}
        </section>
      ))}
    </>
  );
}
