import { getDb, type Database } from '@/db/client';
import { benchmarkTally, countBenchmarkValues } from '@/db/queries/benchmark-ranking';
import { rankedSlice } from '@/db/queries/benchmark-slice';
import { getResultViews, listResults, rankFieldsOf } from '@/db/queries/results';
import { anyInterval, rankTopWithNoise, rankWithNoise } from '@/lib/benchmark-ranks';
import { rankingInputOf } from '@/lib/charts/ranking';
import { resultsListLimit } from '@/lib/browser-limits';
import { pageToShow } from '@/lib/paging';

/** Above resultsListLimit() values, the list is paged on the server, best first, and the chart shows the best values only. */
export const listPageSize = 100;
const chartTop = 50;
const rankTop = 100;

/**
 * What a benchmark's page shows. The database counts the values; a small benchmark is then read whole
 * (listed in printed order and ranked here), a large one only its best values and the page asked for,
 * ranked against every value's interval as grouped by the database (db/queries/benchmark-ranking.ts).
 */
export async function benchmarkPageData({
  benchmark,
  items,
  higherIsBetter,
  asked,
  db = getDb(),
}: {
  benchmark: string;
  items: number | null;
  higherIsBetter: boolean;
  asked: number;
  db?: Database;
}) {
  // Counted first, so that the queries for either kind of page can run side by side (on PostgreSQL's pool).
  const values = await countBenchmarkValues({ benchmark, db });
  if (values <= resultsListLimit()) {
    const [tally, listRows] = await Promise.all([benchmarkTally({ benchmark, db }), listResults({ filters: { benchmark: [benchmark] }, db })]);
    const ranked = rankWithNoise(listRows.map(rankFieldsOf), higherIsBetter);
    return { tally, paged: false, page: 1, listRows, chartRows: listRows.map(rankingInputOf), ranked: ranked.slice(0, rankTop), itemsKnown: ranked.some((r) => r.ci95Low !== null) };
  }
  const page = pageToShow(asked, values, listPageSize);
  const slice = (start: number, count: number) => rankedSlice({ benchmark, higherIsBetter, start, count, db });
  /** The best values and the page shown, with whole views of the rows listed and charted; beside the tally. */
  const shown = async () => {
    const [top, listed] = await Promise.all([slice(0, rankTop), page === 1 && rankTop >= listPageSize ? undefined : slice((page - 1) * listPageSize, listPageSize)]);
    const listIds = (listed ?? top).slice(0, listPageSize).map((r) => r.id);
    const chartIds = top.slice(0, chartTop).map((r) => r.id);
    const views = new Map((await getResultViews({ ids: [...new Set([...listIds, ...chartIds])], db })).map((v) => [v.id, v]));
    const viewsOf = (ids: string[]) => ids.flatMap((i) => views.get(i) ?? []);
    return { top, listRows: viewsOf(listIds), chartRows: viewsOf(chartIds).map(rankingInputOf) };
  };
  const [tally, { top, listRows, chartRows }] = await Promise.all([benchmarkTally({ benchmark, db }), shown()]);
  const field = tally.field.map((g) => ({ ...g, benchmarkItems: items }));
  return {
    tally,
    paged: true,
    page,
    listRows,
    chartRows,
    ranked: rankTopWithNoise(top, field, higherIsBetter),
    itemsKnown: anyInterval(field),
  };
}
