import type { ChartData, ChartOptions } from 'chart.js';
import { commonUnit, onCommonScale } from '../units';
import { chartThemes, frameSizedOptions, titledAxis, seriesColor, type ColorScheme } from './theme';

export interface CurveInput {
  id: string;
  runLabel: string;
  benchmarkId: string;
  metric: string;
  unit: string;
  points: { step: number; value: number; valueAsPrinted: string }[];
}

export interface CurvePoint {
  x: number;
  y: number;
  /** The exported value at this step, as exported (a fraction for accuracy), shown on hover whatever the smoothing. */
  raw: string;
}

/** Trailing moving average over `window` points; window 1 returns the raw values untouched. */
export function movingAverage(values: readonly number[], window: number): number[] {
  const w = Math.max(1, Math.floor(window));
  if (w === 1) return [...values];
  return values.map((_, i) => {
    const slice = values.slice(Math.max(0, i - w + 1), i + 1);
    return slice.reduce((sum, v) => sum + v, 0) / slice.length;
  });
}

export interface CurveChart {
  data: ChartData<'line', CurvePoint[]>;
  options: ChartOptions<'line'>;
  caption: string;
}

/** One line per run for one benchmark and metric, fractions drawn as percent like every other score; smoothing is off unless asked for, and labelled. */
export function curveChart(
  series: readonly CurveInput[],
  options: { benchmarkName: string; metric: string; smoothing: number; scheme: ColorScheme },
): CurveChart {
  const theme = chartThemes[options.scheme];
  const smoothing = Math.max(1, Math.floor(options.smoothing));
  const isAccuracy = options.metric === 'accuracy';
  const datasets = series.map((s, i) => {
    const ys = movingAverage(s.points.map((p) => onCommonScale(p.value, s.unit)), smoothing);
    return {
      label: s.runLabel,
      data: s.points.map((p, j) => ({ x: p.step, y: ys[j]!, raw: p.valueAsPrinted })),
      borderColor: seriesColor(i, options.scheme),
      backgroundColor: seriesColor(i, options.scheme),
      borderWidth: 2,
      pointRadius: 1.5,
      pointHoverRadius: 4,
      tension: 0,
    };
  });
  const percent = series.length > 0 && series.every((s) => commonUnit(s.unit) === 'percent');
  const yTitle = isAccuracy ? `accuracy (${percent ? 'percent' : 'as exported'})${smoothing > 1 ? `, moving average of ${smoothing} evaluations` : ''}` : `mean length of correct answers (tokens)${smoothing > 1 ? `, moving average of ${smoothing} evaluations` : ''}`;
  return {
    data: { datasets },
    options: {
      ...frameSizedOptions,
      parsing: false,
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        legend: { labels: { color: theme.text } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = ctx.raw as CurvePoint;
              const shown = percent ? `${p.y.toFixed(1)}%` : p.y.toFixed(3);
              return `${ctx.dataset.label}: step ${p.x}, ${smoothing > 1 ? `smoothed ${shown}` : shown} (exported as ${p.raw})`;
            },
          },
        },
      },
      scales: {
        x: { type: 'linear', ...titledAxis(theme, 'RL step') },
        y: {
          ...titledAxis(theme, yTitle),
          ...(isAccuracy ? { min: 0, ...(percent ? { max: 100 } : {}) } : {}),
        },
      },
    },
    caption: `${options.benchmarkName}: ${isAccuracy ? 'accuracy' : 'mean length of correct answers'} against RL step for ${series.length} run${series.length === 1 ? '' : 's'}, as exported by the authors${smoothing > 1 ? `, smoothed with a moving average over ${smoothing} evaluations (hover shows the raw values)` : ', raw points without smoothing'}.`,
  };
}
