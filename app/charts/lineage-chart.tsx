'use client';

import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { lineageChart } from '@/lib/charts/lineage';
import type { ResultView } from '@/lib/result-view';
import { ChartFrame } from './chart-frame';
import { useColorScheme } from './use-color-scheme';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface LineageChartProps {
  models: { id: string; name: string }[];
  results: ResultView[];
}

/** Gains along a lineage (base -> SFT -> RL), one line per benchmark. */
export default function LineageChart({ models, results }: LineageChartProps) {
  const scheme = useColorScheme();
  const chart = useMemo(() => lineageChart(models, results, scheme), [models, results, scheme]);
  if (chart.benchmarks.length === 0) return null;
  return (
    <ChartFrame
      caption={chart.caption}
      height={380}
      testId="lineage-chart"
      table={{
        columns: [{ key: 'benchmark', header: 'Benchmark' }, ...models.map((m) => ({ key: m.id, header: m.name }))],
        rows: chart.data.datasets.map((d) => ({
          benchmark: String(d.label),
          ...Object.fromEntries(models.map((m, i) => [m.id, d.data[i] === null || d.data[i] === undefined ? '—' : String(d.data[i])])),
        })),
      }}
    >
      <Line data={chart.data} options={chart.options} aria-label={chart.caption} />
    </ChartFrame>
  );
}
