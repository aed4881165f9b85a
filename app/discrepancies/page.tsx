import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { listDiscrepancies } from '@/db/queries/discrepancies';
import { listFilterOptions } from '@/db/queries/filter-options';
import { settingClasses } from '@/lib/discrepancy-class';
import { permanentRedirect } from 'next/navigation';
import { applyLedgerView, ledgerAliases, ledgerPageSize, ledgerParamKeys, ledgerQuery, parseLedgerView } from '@/lib/ledger-params';
import { canonicalAddress } from '@/lib/search-params/read';
import { pageToShow } from '@/lib/paging';
import { parseResultFilters, unknownFilterValues } from '@/lib/result-filters';
import { Pager } from '../ui/data-table/pagination';
import { LedgerToolbar } from './ledger-toolbar';
import { PairSection } from './pair-section';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Discrepancy ledger' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DiscrepanciesPage({ searchParams }: Props) {
  const raw = await searchParams;
  // view=same|differ and same_setting=true move for good to setting=...; every other parameter is kept.
  const canonical = canonicalAddress('/discrepancies', raw, ledgerAliases);
  if (canonical) permanentRedirect(canonical);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const item of [v].flat()) if (typeof item === 'string') params.append(k, item);
  const { filters, issues } = parseResultFilters(params, ledgerParamKeys);
  issues.push(...unknownFilterValues(filters, await listFilterOptions()));
  for (const issue of issues) {
    delete filters[issue.param as keyof typeof filters];
    params.delete(issue.param);
  }
  const parsed = parseLedgerView(params);
  for (const issue of parsed.issues) params.delete(issue.param);
  issues.push(...parsed.issues);
  const { view } = parsed;
  const all = await listDiscrepancies({ filters });
  const shown = applyLedgerView(all, view);
  const page = pageToShow(view.page, shown.length, ledgerPageSize);
  const counts = { all: all.length, ...Object.fromEntries(settingClasses.map((s) => [s, all.filter((d) => d.setting === s).length])) } as Record<
    (typeof settingClasses)[number] | 'all',
    number
  >;
  const onlyHref = (key: 'model' | 'benchmark', id: string) => `/discrepancies?${new URLSearchParams({ [key]: id })}`;
  const nameOf = (key: string, id: string) =>
    (key === 'model' ? all.find((d) => d.modelId === id)?.modelName : key === 'benchmark' ? all.find((d) => d.benchmarkId === id)?.benchmarkName : undefined) ?? id;
  const narrowed = (['model', 'benchmark', 'q'] as const).filter((k) => filters[k]);
  const pager = (
    <Pager page={page} pageSize={ledgerPageSize} rowCount={shown.length} noun="pairs" label="Ledger pages" hrefFor={(n) => `/discrepancies${ledgerQuery(params, { page: n })}`} />
  );
  return (
    <>
      <h1>Discrepancy ledger</h1>
      <p className="lede">
        Every model and benchmark for which the sources print different numbers, side by side, never averaged. Each pair is
        classed by what the sources state: the same setting (a gap the settings cannot explain), different settings, or a
        setting that at least one source does not state. Where the metric, shots, chain-of-thought, judge, item count or
        harness differ, the pair says so.
      </p>
      {issues.length > 0 && (
        <div className="notice" role="status">
          {issues.map((i) => (
            <p key={i.message}>Ignored: {i.message}.</p>
          ))}
        </div>
      )}
      <LedgerToolbar params={params} view={view} counts={counts} />
      {narrowed.length > 0 && (
        <p className="count">
          Only pairs matching {narrowed.map((k) => `${k === 'q' ? 'the search' : k} “${[filters[k] ?? []].flat().map((v) => nameOf(k, v)).join(', ')}”`).join(' and ')} ·{' '}
          <Link href="/discrepancies">show every pair</Link>
        </p>
      )}
      {pager}
      {shown.length === 0 && <p className="empty">No discrepancy matches.</p>}
      {shown.slice((page - 1) * ledgerPageSize, page * ledgerPageSize).map((d) => (
        <PairSection key={`${d.modelId}-${d.benchmarkId}`} pair={d} onlyHref={onlyHref} />
      ))}
      {shown.length > ledgerPageSize && pager}
    </>
  );
}
