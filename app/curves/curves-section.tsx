import Link from '@/app/ui/link';
import { listSeries } from '@/db/queries/curves';
import { benchmarkNames } from '@/db/queries/catalog';
import { LazyCurvesChart } from '../charts/lazy';

export interface CurvesSectionProps {
  sourceId: string;
  group: string;
  groups: string[];
  /** Where the group links point: the curves page or a source page. */
  basePath: string;
}

/** The training curves of one figure group, with links to the other groups. */
export async function CurvesSection({ sourceId, group, groups, basePath }: CurvesSectionProps) {
  const series = await listSeries({ sourceId, figureGroup: group });
  const names = await benchmarkNames();
  const benchmarkIds = [...new Set(series.map((s) => s.benchmarkId))];
  const initialBenchmark = benchmarkIds.includes('math-500') ? 'math-500' : (benchmarkIds[0] ?? '');
  return (
    <section className="curves-section">
      <nav aria-label="Figure groups" className="toc">
        <strong>Figure group:</strong>
        {groups.map((g) =>
          g === group ? (
            <strong key={g} aria-current="true">
              {g}
            </strong>
          ) : (
            <Link key={g} href={`${basePath}?group=${encodeURIComponent(g)}`}>
              {g}
            </Link>
          ),
        )}
      </nav>
      <LazyCurvesChart
        key={group}
        series={series}
        benchmarks={benchmarkIds.map((id) => ({ id, name: names.get(id) ?? id }))}
        initial={{ benchmark: initialBenchmark, metric: 'accuracy', runs: [...new Set(series.map((s) => s.runLabel))], smoothing: 1 }}
      />
    </section>
  );
}
