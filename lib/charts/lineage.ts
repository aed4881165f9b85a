import type { ChartData, ChartOptions } from 'chart.js';
import type { ResultView } from '../result-view';
import { commonUnit, onCommonScale } from '../units';
import { chartThemes, frameSizedOptions, titledAxis, seriesColor, type ColorScheme } from './theme';

export interface LineageChart {
  data: ChartData<'line', (number | null)[], string>;
  options: ChartOptions<'line'>;
  caption: string;
  benchmarks: string[];
}

/**
 * A slope chart over a lineage (base -> SFT -> RL ...): one line per percent-scale benchmark reported
 * for at least two of the models, using each model's first printed value for it.
 */
export function lineageChart(models: readonly { id: string; name: string }[], results: readonly ResultView[], scheme: ColorScheme): LineageChart {
  const theme = chartThemes[scheme];
  const first = new Map<string, ResultView>();
  for (const r of results) {
    const key = `${r.benchmarkId}\u001f${r.modelId}`;
    if (!first.has(key) && commonUnit(r.unit) === 'percent') first.set(key, r);
  }
  const benchmarkNames = new Map(results.map((r) => [r.benchmarkId, r.benchmarkName]));
  const shared = [...benchmarkNames.keys()].filter((b) => models.filter((m) => first.has(`${b}\u001f${m.id}`)).length >= 2);
  return {
    data: {
      labels: models.map((m) => m.name),
      datasets: shared.map((b, i) => ({
        label: benchmarkNames.get(b)!,
        data: models.map((m) => {
          const r = first.get(`${b}\u001f${m.id}`);
          return r ? onCommonScale(r.value, r.unit) : null;
        }),
        borderColor: seriesColor(i, scheme),
        backgroundColor: seriesColor(i, scheme),
        spanGaps: true,
        pointRadius: 4,
      })),
    },
    options: {
      ...frameSizedOptions,
      plugins: { legend: { labels: { color: theme.text } } },
      scales: {
        x: { ticks: { color: theme.text }, grid: { color: theme.grid } },
        y: titledAxis(theme, 'score (percent)'),
      },
    },
    caption: `How ${shared.length} benchmark${shared.length === 1 ? '' : 's'} change along the lineage ${models.map((m) => m.name).join(' → ')}; each point is the first value printed for that model, and a line skips models without one.`,
    benchmarks: shared,
  };
}
