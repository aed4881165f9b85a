'use client';

import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { rankingChart, type RankingInput } from '@/lib/charts/ranking';
import { ChartFrame } from './chart-frame';
import { useColorScheme } from './use-color-scheme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface RankingChartProps {
  results: RankingInput[];
  higherIsBetter: boolean;
  unitTitle: string;
  /** How many values there are in all, when `results` holds only the best of them. */
  of?: number;
}

/** Every reported value on one benchmark as horizontal bars. */
export default function RankingChart({ results, higherIsBetter, unitTitle, of }: RankingChartProps) {
  const scheme = useColorScheme();
  const chart = useMemo(() => rankingChart(results, { higherIsBetter, scheme, unitTitle, of }), [results, higherIsBetter, scheme, unitTitle, of]);
  return (
    <ChartFrame
      caption={chart.caption}
      height={chart.height}
      testId="ranking-chart"
      table={{
        columns: [
          { key: 'label', header: 'Model' },
          { key: 'value', header: 'Value' },
          { key: 'where', header: 'Where printed' },
        ],
        rows: chart.rows,
      }}
    >
      <Bar data={chart.data} options={chart.options} aria-label={chart.caption} />
    </ChartFrame>
  );
}
