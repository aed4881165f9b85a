import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { getLeaderboardCatalog, valueCountsByBenchmark } from '@/db/queries/leaderboard-catalog';
import { queryLeaderboardView } from '@/db/queries/leaderboard-view';
import { emptyView } from '@/lib/leaderboard/view-params';
import { categories } from '@/lib/vocabulary';
import { parseSizeView } from '@/lib/search-params/size';
import { LazySizeScatterChart } from '../charts/lazy';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Score against size' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SizePage({ searchParams }: Props) {
  const { benchmark: asked, notices } = parseSizeView(await searchParams);
  const db = getDb();
  const [catalog, counts] = await Promise.all([getLeaderboardCatalog({ db, countUpTo: 0 }), valueCountsByBenchmark({ db })]);
  const choices = [...catalog.benchmarks.values()].filter((b) => (counts.get(b.id) ?? 0) >= 3).sort((a, b) => a.name.localeCompare(b.name));
  const benchmark = choices.find((b) => b.id === asked) ?? choices.find((b) => b.id === 'gsm8k') ?? choices[0];
  if (asked && benchmark?.id !== asked) notices.push(`There is no benchmark "${asked.slice(0, 40)}" with enough values; showing ${benchmark?.name}.`);
  // Every model with a value on it, one page as long as the column (the chart plots them all).
  const table = benchmark
    ? (await queryLeaderboardView({ db, view: { ...emptyView, benchmarks: [benchmark.id], rows: Math.max(1, counts.get(benchmark.id) ?? 1) }, benchmarks: catalog.benchmarks })).table
    : null;
  return (
    <>
      <h1>Score against size</h1>
      <p className="lede">
        Each model&apos;s primary reported value on one benchmark against its parameter count (log scale), coloured by
        family. Small models such as MiniCPM and the OctoThinker checkpoints sit on the left.
      </p>
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <form method="get" action="/size" className="toolbar">
        <label>
          Benchmark{' '}
          <select name="benchmark" defaultValue={benchmark?.id}>
            {choices.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name} ({categories.label(b.category)})
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      {benchmark && table && (
        <LazySizeScatterChart
          rows={table.rows}
          benchmarkId={benchmark.id}
          benchmarkName={benchmark.name}
          sourceTitles={catalog.choices.sources.map((s) => [s.id, s.shortTitle])}
        />
      )}
    </>
  );
}
