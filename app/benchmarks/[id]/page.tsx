import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getBenchmark } from '@/db/queries/catalog';
import { getResultViews, listResultRanks, listResults, type ResultRank } from '@/db/queries/results';
import { categories, modalities, scales } from '@/lib/vocabulary';
import { resultsListLimit } from '@/lib/browser-limits';
import { pageToShow } from '@/lib/paging';
import { parseBenchmarkPage } from '@/lib/search-params/benchmark';
import { groupRepeats, withRepeats } from '@/lib/repeated-values';
import { isSlug } from '@/lib/slug';
import { LazyRankingChart } from '../../charts/lazy';
import { axisTitles } from '@/lib/charts/scale-value';
import { byRank, rankingInputOf } from '@/lib/charts/ranking';
import { ResultsList } from '../../ui/results-list/data-table';
import { rankWithNoise } from '@/lib/benchmark-ranks';
import { RankRangesTable } from './rank-ranges-table';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Above resultsListLimit() values, the list is paged on the server, best first, and the chart shows the best values only. */
const listPageSize = 100;
const chartTop = 50;
const rankTop = 100;

/** Every value in printed order, listed and charted whole. */
async function inPrintedOrder(benchmark: string) {
  const rows = await listResults({ filters: { benchmark: [benchmark] } });
  return { listRows: rows, chartRows: rows.map(rankingInputOf) };
}

/** One page of the values, best first, and the best chartTop for the chart: whole records of those only. */
async function bestFirst(ranks: ResultRank[], page: number, higherIsBetter: boolean) {
  const ranked = [...ranks].sort(byRank(higherIsBetter));
  const listIds = ranked.slice((page - 1) * listPageSize, page * listPageSize).map((r) => r.id);
  const chartIds = ranked.slice(0, chartTop).map((r) => r.id);
  const views = new Map((await getResultViews({ ids: [...new Set([...listIds, ...chartIds])] })).map((v) => [v.id, v]));
  const viewsOf = (ids: string[]) => ids.flatMap((i) => views.get(i) ?? []);
  return { listRows: viewsOf(listIds), chartRows: viewsOf(chartIds).map(rankingInputOf) };
}

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
  // Counting and ranking need a few fields of every value; whole records are read only for the rows shown.
  const ranks = await listResultRanks({ benchmark: id });
  const sources = new Map<string, { title: string; count: number }>();
  for (const r of ranks) sources.set(r.sourceId, { title: r.sourceShortTitle, count: (sources.get(r.sourceId)?.count ?? 0) + 1 });
  const models = new Set(ranks.map((r) => r.modelId)).size;
  // A value one source printed in several tables counts once.
  const distinct = groupRepeats(ranks).length;
  const paged = ranks.length > resultsListLimit();
  const page = paged ? pageToShow(asked, ranks.length, listPageSize) : 1;
  const { listRows, chartRows } = paged ? await bestFirst(ranks, page, benchmark.higherIsBetter) : await inPrintedOrder(id);
  const ranked = rankWithNoise(ranks, benchmark.higherIsBetter);
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
        {distinct < ranks.length && <span className="muted small"> (printed {ranks.length} times; a repeat is listed once, with every place it was printed)</span>}
      </h2>
      {sources.size > 0 && (
        <p>
          Reported in:{' '}
          {[...sources].map(([sid, s], i) => (
            <span key={sid}>
              {i > 0 && ', '}
              <Link href={`/sources/${sid}`}>{s.title}</Link> ({s.count})
            </span>
          ))}
          .
        </p>
      )}
      {ranks.length > 0 && (
        <LazyRankingChart
          results={chartRows}
          of={ranks.length}
          higherIsBetter={benchmark.higherIsBetter}
          unitTitle={axisTitles[benchmark.scale] ?? benchmark.scale}
        />
      )}
      {ranks.length > 0 && <RankRangesTable ranked={ranked.slice(0, rankTop)} of={ranks.length} itemsKnown={ranked.some((r) => r.ci95Low !== null)} />}
      {ranks.length === 0 ? (
        <p className="empty">No source in the data reports this benchmark yet.</p>
      ) : (
        <ResultsList
          rows={paged ? listRows : withRepeats(listRows)}
          hide={['benchmark', 'category']}
          initialSort={[{ id: 'value', desc: benchmark.higherIsBetter }]}
          caption={`Every reported value on ${benchmark.name}, with metric, setting and where it was printed${paged ? ', best first, one page at a time' : ''}`}
          paging={paged ? { page, pageSize: listPageSize, rowCount: ranks.length, basePath: `/benchmarks/${id}` } : undefined}
        />
      )}
    </>
  );
}
