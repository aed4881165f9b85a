import type { ChartData, ChartOptions } from 'chart.js';
import type { CompareRow } from '../compare';
import { commonUnit, onCommonScale } from '../units';
import { axisTitles } from './scale-value';
import { chartThemes, frameSizedOptions, titledAxis, seriesColor, type ColorScheme } from './theme';

export interface GroupedBarChart {
  axis: string;
  data: ChartData<'bar', (number | null)[], string>;
  options: ChartOptions<'bar'>;
  caption: string;
}

/**
 * One grouped bar chart per kind of scale (percent, 0-10 scores, ...): scores on different scales
 * never share an axis. Within a chart, one colour per model, one group per shared benchmark.
 */
export function groupedBarCharts(rows: readonly CompareRow[], modelNames: readonly string[], scheme: ColorScheme): GroupedBarChart[] {
  const theme = chartThemes[scheme];
  const byAxis = new Map<string, CompareRow[]>();
  for (const row of rows) {
    const unit = row.cells.find((c) => c)?.result.unit ?? 'percent';
    const axis = commonUnit(unit);
    byAxis.set(axis, [...(byAxis.get(axis) ?? []), row]);
  }
  return [...byAxis].map(([axis, list]) => ({
    axis,
    data: {
      labels: list.map((r) => r.benchmarkName),
      datasets: modelNames.map((name, i) => ({
        label: name,
        data: list.map((r) => {
          const cell = r.cells[i];
          return cell && commonUnit(cell.result.unit) === axis ? onCommonScale(cell.result.value, cell.result.unit) : null;
        }),
        backgroundColor: seriesColor(i, scheme),
      })),
    },
    options: {
      ...frameSizedOptions,
      plugins: { legend: { labels: { color: theme.text } } },
      scales: {
        x: { ticks: { color: theme.text, autoSkip: false, maxRotation: 60, minRotation: 0 }, grid: { display: false } },
        y: { ...titledAxis(theme, axisTitles[axis] ?? axis), beginAtZero: true },
      },
    },
    caption: `${list.length} benchmark${list.length === 1 ? '' : 's'} on the ${axisTitles[axis] ?? axis} scale; a missing bar means the model has no reported value there.`,
  }));
}
