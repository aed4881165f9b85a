import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getBenchmark } from '@/db/queries/catalog';
import { categories, modalities, scales } from '@/lib/vocabulary';
import { parseBenchmarkPage } from '@/lib/search-params/benchmark';
import { withRepeats } from '@/lib/repeated-values';
import { isSlug } from '@/lib/slug';
import { LazyRankingChart } from '../../charts/lazy';
import { axisTitles } from '@/lib/charts/scale-value';
import { ResultsList } from '../../ui/results-list/data-table';
import { RankRangesTable } from './rank-ranges-table';
import { benchmarkPageData, listPageSize } from './page-data';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const benchmark = isSlug(id) ? await getBenchmark({ id }) : undefined;
  return { title: benchmark?.name ?? 'Benchmark not found' };
}

export default async function BenchmarkPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { page: asked, notices } = parseBenchmarkPage(await searchParams);
  if (!isSlug(id)) notFound();
  const benchmark = await getBenchmark({ id });
  if (!benchmark) notFound();
  const { tally, paged, page, listRows, chartRows, ranked, itemsKnown } = await benchmarkPageData({
    benchmark: id,
    items: benchmark.items,
    higherIsBetter: benchmark.higherIsBetter,
    asked,
  });
  const { values, distinctValues: distinct, models, sources } = tally;
  return (
    <>
      <p className="crumbs">
        <Link href={`/?category=${benchmark.category}`}>{categories.label(benchmark.category)}</Link> /
      </p>
      <h1>{benchmark.name}</h1>
      <p className="lede">{benchmark.description}</p>
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <dl className="facts inline">
        <dt>Category</dt>
        <dd>{categories.label(benchmark.category)}</dd>
        <dt>Scale</dt>
        <dd>{scales.label(benchmark.scale)}</dd>
        <dt>Direction</dt>
        <dd>{benchmark.higherIsBetter ? 'higher is better' : 'lower is better'}</dd>
        <dt>Modality</dt>
        <dd>{modalities.label(benchmark.modality)}</dd>
        <dt>Printed as</dt>
        <dd>{benchmark.aliases.map((a) => `“${a}”`).join(', ')}</dd>
        <dt>Items</dt>
        <dd data-testid="benchmark-items">
          {benchmark.items === null ? (
            <span className="muted">not known</span>
          ) : (
            <>
              {benchmark.items.toLocaleString('en-US')} ({benchmark.itemsSplit}); count from{' '}
              <a href={benchmark.itemsOrigin ?? undefined}>{benchmark.itemsOrigin?.replace(/^https:\/\//, '')}</a>
            </>
          )}
        </dd>
      </dl>
      <h2 data-testid="value-count">
        {distinct} distinct reported values for {models} models
        {distinct < values && <span className="muted small"> (printed {values} times; a repeat is listed once, with every place it was printed)</span>}
      </h2>
      {sources.length > 0 && (
        <p>
          Reported in:{' '}
          {sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <Link href={`/sources/${s.id}`}>{s.shortTitle}</Link> ({s.count})
            </span>
          ))}
          .
        </p>
      )}
      {values > 0 && (
        <LazyRankingChart
          results={chartRows}
          of={values}
          higherIsBetter={benchmark.higherIsBetter}
          unitTitle={axisTitles[benchmark.scale] ?? benchmark.scale}
        />
      )}
      {values > 0 && <RankRangesTable ranked={ranked} of={values} itemsKnown={itemsKnown} />}
      {values === 0 ? (
        <p className="empty">No source in the data reports this benchmark yet.</p>
      ) : (
        <ResultsList
          rows={paged ? listRows : withRepeats(listRows)}
          hide={['benchmark', 'category']}
          initialSort={[{ id: 'value', desc: benchmark.higherIsBetter }]}
          caption={`Every reported value on ${benchmark.name}, with metric, setting and where it was printed${paged ? ', best first, one page at a time' : ''}`}
          paging={paged ? { page, pageSize: listPageSize, rowCount: values, basePath: `/benchmarks/${id}` } : undefined}
        />
      )}
    </>
  );
}
