'use client';

import { Chart, Legend, LinearScale, LogarithmicScale, PointElement, ScatterController, Tooltip } from 'chart.js';
import { useMemo } from 'react';
import { Scatter } from 'react-chartjs-2';
import { sizeScatter, type ScatterPoint } from '@/lib/charts/size-scatter';
import type { LeaderboardRow } from '@/lib/leaderboard/build-rows';
import { ChartFrame } from './chart-frame';
import { useColorScheme } from './use-color-scheme';

Chart.register(ScatterController, PointElement, LinearScale, LogarithmicScale, Tooltip, Legend);

export interface SizeScatterChartProps {
  rows: LeaderboardRow[];
  benchmarkId: string;
  benchmarkName: string;
  sourceTitles: [string, string][];
}

/** Score against size, one point per model. */
export default function SizeScatterChart({ rows, benchmarkId, benchmarkName, sourceTitles }: SizeScatterChartProps) {
  const scheme = useColorScheme();
  const chart = useMemo(
    () => sizeScatter(rows, benchmarkId, { benchmarkName, scheme, sourceTitles: new Map(sourceTitles) }),
    [rows, benchmarkId, benchmarkName, scheme, sourceTitles],
  );
  const points = chart.data.datasets.flatMap((d) => (d.data as ScatterPoint[]).map((p) => ({ ...p, family: String(d.label) })));
  return (
    <ChartFrame
      caption={chart.caption}
      height={460}
      testId="size-chart"
      table={{
        columns: [
          { key: 'model', header: 'Model' },
          { key: 'family', header: 'Family' },
          { key: 'size', header: 'Size (B)' },
          { key: 'value', header: 'Value' },
          { key: 'source', header: 'As reported in' },
        ],
        rows: points.map((p) => ({ model: p.model, family: p.family, size: String(p.x), value: p.printed, source: p.source })),
      }}
    >
      <Scatter data={chart.data} options={chart.options} aria-label={chart.caption} />
    </ChartFrame>
  );
}
