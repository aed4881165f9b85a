import { listSeries, type FigureGroup } from '@/db/queries/curves';
import { benchmarkNames } from '@/db/queries/catalog';
import { LazyCurvesChart } from '../charts/lazy';
import { FigureGroupPicker } from './figure-group-picker';

export interface CurvesSectionProps {
  sourceId: string;
  group: FigureGroup;
  groups: FigureGroup[];
  /** Where the group links point: the curves page or a source page. */
  basePath: string;
}

/** The training curves of one figure group, with a picker for the other groups. */
export async function CurvesSection({ sourceId, group, groups, basePath }: CurvesSectionProps) {
  const series = await listSeries({ sourceId, figureGroup: group.id });
  const names = await benchmarkNames();
  const benchmarkIds = [...new Set(series.map((s) => s.benchmarkId))];
  const initialBenchmark = benchmarkIds.includes('math-500') ? 'math-500' : (benchmarkIds[0] ?? '');
  return (
    <section className="curves-section">
      <FigureGroupPicker key={group.id} groups={groups} current={group.id} basePath={basePath} />
      <h2 className="curves-title">{group.title}</h2>
      <LazyCurvesChart
        key={group.id}
        series={series}
        benchmarks={benchmarkIds.map((id) => ({ id, name: names.get(id) ?? id }))}
        initial={{ benchmark: initialBenchmark, metric: 'accuracy', runs: [...new Set(series.map((s) => s.runLabel))], smoothing: 1 }}
      />
    </section>
  );
}
