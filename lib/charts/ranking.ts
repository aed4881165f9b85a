import type { ChartData, ChartOptions } from 'chart.js';
import { marksOf } from '../display-text';
import type { ResultView } from '../result-view';
import { groupRepeats, placesText } from '../repeated-values';
import { onCommonScale } from '../units';
import { chartThemes, frameSizedOptions, titledAxis, familyColor, withAlpha, type ColorScheme } from './theme';

export interface RankingChart {
  data: ChartData<'bar', number[], string>;
  options: ChartOptions<'bar'>;
  /** Pixel height that keeps one bar readable per row. */
  height: number;
  caption: string;
  /** The same numbers as rows, for the table alternative. */
  rows: { label: string; value: string; where: string }[];
}

/** What a bar needs: a reported value with its model, marks and where it was printed. */
export type RankingInput = Pick<
  ResultView,
  'modelId' | 'modelName' | 'modelFamily' | 'value' | 'valueAsPrinted' | 'unit' | 'flags' | 'sourceShortTitle' | 'table' | 'page' | 'metric' | 'setting'
>;

/** Only the fields a bar needs, so a page does not ship whole result records to the chart. */
export function rankingInputOf(r: RankingInput): RankingInput {
  const { modelId, modelName, modelFamily, value, valueAsPrinted, unit, flags, sourceShortTitle, table, page, metric, setting } = r;
  return { modelId, modelName, modelFamily, value, valueAsPrinted, unit, flags, sourceShortTitle, table, page, metric, setting };
}

/** Best first on the common scale (fractions as percent), then by model name. */
export function byRank(higherIsBetter: boolean) {
  return (a: Pick<RankingInput, 'value' | 'unit' | 'modelName'>, b: Pick<RankingInput, 'value' | 'unit' | 'modelName'>) => {
    const d = onCommonScale(b.value, b.unit) - onCommonScale(a.value, a.unit);
    return (higherIsBetter ? d : -d) || a.modelName.localeCompare(b.modelName);
  };
}

/** Summarises the metrics and settings of a set of results for an axis title. */
export function settingSummary(results: readonly RankingInput[]): string {
  const metrics = [...new Set(results.map((r) => r.metric).filter(Boolean))];
  const settings = [...new Set(results.map((r) => r.setting).filter(Boolean))];
  const metric = metrics.length === 1 ? metrics[0] : metrics.length ? `${metrics.length} different metrics` : 'metric not stated';
  const setting = settings.length === 1 ? settings[0] : settings.length ? `${settings.length} different settings` : 'setting not stated';
  return `${metric} · ${setting}`;
}

/**
 * Horizontal bars, one per distinct reported value (a model with several values gets several bars, each
 * labelled with every place it was printed), best first, coloured by family; marks stay in the labels.
 */
export function rankingChart(
  results: readonly RankingInput[],
  options: { higherIsBetter: boolean; scheme: ColorScheme; unitTitle: string; /** all values, when `results` holds only the best of them */ of?: number },
): RankingChart {
  // A value printed in several tables is one bar, labelled with every place it was printed.
  const groups = groupRepeats(results);
  const placesOf = new Map(groups.map((g) => [g.first, g.all]));
  const perModel = new Map<string, number>();
  for (const { first } of groups) perModel.set(first.modelId, (perModel.get(first.modelId) ?? 0) + 1);
  const sorted = groups.map((g) => g.first).sort(byRank(options.higherIsBetter));
  const where = (r: RankingInput) => placesText(placesOf.get(r) ?? [r]);
  const label = (r: RankingInput) =>
    `${r.modelName}${marksOf(r.flags)}${(perModel.get(r.modelId) ?? 0) > 1 ? ` (${where(r)})` : ''}`;
  const theme = chartThemes[options.scheme];
  const colors = sorted.map((r) => familyColor(r.modelFamily, options.scheme));
  return {
    data: {
      labels: sorted.map(label),
      datasets: [
        {
          label: 'reported value',
          data: sorted.map((r) => onCommonScale(r.value, r.unit)),
          backgroundColor: sorted.map((r, i) => withAlpha(colors[i]!, r.flags.includes('self_evaluated') ? 0.35 : 0.85)),
          borderColor: colors,
          borderWidth: sorted.map((r) => (r.flags.includes('self_evaluated') || r.flags.includes('llm_judged') ? 2 : 0)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      ...frameSizedOptions,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const r = sorted[ctx.dataIndex]!;
              return `${r.valueAsPrinted}${marksOf(r.flags)} · ${where(r)}${r.setting ? ` · ${r.setting}` : ''}`;
            },
          },
        },
      },
      scales: {
        x: titledAxis(theme, `${options.unitTitle} — ${settingSummary(results)}`),
        y: { ticks: { color: theme.text, autoSkip: false, font: { size: 11 } }, grid: { display: false } },
      },
    },
    height: Math.max(160, sorted.length * 22 + 70),
    caption: `${options.of && options.of > results.length ? `The best ${sorted.length} distinct of ${options.of} printed values` : `${sorted.length} distinct reported values${groups.length < results.length ? ` (${results.length} printed; a repeat shares its bar)` : ''}`}, ${options.higherIsBetter ? 'highest' : 'lowest'} first. Paler bars with an outline were measured by the reporting team itself (*); outlined bars were graded by an LLM judge (†). Colours stand for model families.`,
    rows: sorted.map((r) => ({ label: label(r), value: `${r.valueAsPrinted}${marksOf(r.flags)}`, where: where(r) })),
  };
}
