import type { ChartData, ChartOptions } from 'chart.js';
import { marksOf } from '../display-text';
import type { LeaderboardRow } from '../leaderboard/build-rows';
import { onCommonScale } from '../units';
import { hasOwnColor } from './palette';
import { chartThemes, frameSizedOptions, titledAxis, familyColor, type ColorScheme } from './theme';

export interface ScatterPoint {
  x: number;
  y: number;
  model: string;
  family: string;
  printed: string;
  source: string;
}

export interface SizeScatter {
  data: ChartData<'scatter', ScatterPoint[]>;
  options: ChartOptions<'scatter'>;
  caption: string;
  skipped: number;
}

/** Families without a colour of their own share one dataset, so the legend never shows one grey twice. */
export const otherFamiliesLabel = 'Other families';

/** One point per model (its primary value) against its parameter count on a log axis, families coloured. */
export function sizeScatter(
  rows: readonly LeaderboardRow[],
  benchmarkId: string,
  options: { benchmarkName: string; scheme: ColorScheme; sourceTitles: ReadonlyMap<string, string> },
): SizeScatter {
  const theme = chartThemes[options.scheme];
  const byFamily = new Map<string, ScatterPoint[]>();
  let skipped = 0;
  for (const row of rows) {
    const cell = row.cells[benchmarkId];
    if (!cell) continue;
    if (row.model.paramsB === null) {
      skipped += 1;
      continue;
    }
    const v = cell.value;
    const group = hasOwnColor(row.model.family) ? row.model.family : otherFamiliesLabel;
    const list = byFamily.get(group) ?? [];
    list.push({
      x: row.model.paramsB,
      y: onCommonScale(v.value, v.unit),
      model: row.model.name,
      family: row.model.family,
      printed: `${v.valueAsPrinted}${marksOf(v.flags)}`,
      source: options.sourceTitles.get(v.sourceId) ?? v.sourceId,
    });
    byFamily.set(group, list);
  }
  const families = [...byFamily.keys()].sort((a, b) => Number(a === otherFamiliesLabel) - Number(b === otherFamiliesLabel) || a.localeCompare(b));
  return {
    data: {
      datasets: families.map((family) => ({
        label: family,
        data: byFamily.get(family)!,
        backgroundColor: familyColor(family === otherFamiliesLabel ? 'other' : family, options.scheme),
        borderColor: familyColor(family === otherFamiliesLabel ? 'other' : family, options.scheme),
        pointRadius: 5,
        pointHoverRadius: 7,
      })),
    },
    options: {
      ...frameSizedOptions,
      plugins: {
        legend: { labels: { color: theme.text } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = ctx.raw as ScatterPoint;
              return `${p.model}${hasOwnColor(p.family) ? '' : ` (${p.family})`}: ${p.printed} at ${p.x}B (as reported in ${p.source})`;
            },
          },
        },
      },
      scales: {
        x: { type: 'logarithmic', ...titledAxis(theme, 'parameters (billions, log scale)') },
        y: titledAxis(theme, `${options.benchmarkName} (primary reported value)`),
      },
    },
    caption: `${options.benchmarkName}: each model's primary reported value against its size${skipped ? `; ${skipped} models of undisclosed size are left out` : ''}.`,
    skipped,
  };
}
