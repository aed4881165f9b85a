'use client';

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { groupedBarCharts } from '@/lib/charts/grouped-bars';
import type { CompareRow } from '@/lib/compare';
import { ChartFrame } from './chart-frame';
import { useColorScheme } from './use-color-scheme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface GroupedBarChartProps {
  rows: CompareRow[];
  modelNames: string[];
}

/** Compared models side by side per benchmark; one chart per kind of scale. */
export default function GroupedBarChart({ rows, modelNames }: GroupedBarChartProps) {
  const scheme = useColorScheme();
  const charts = useMemo(() => groupedBarCharts(rows, modelNames, scheme), [rows, modelNames, scheme]);
  return (
    <>
      {charts.map((c) => (
        <ChartFrame
          key={c.axis}
          caption={c.caption}
          height={Math.max(260, Math.min(520, 120 + (c.data.labels?.length ?? 0) * 14))}
          testId={`compare-chart-${c.axis}`}
          table={{
            columns: [{ key: 'benchmark', header: 'Benchmark' }, ...modelNames.map((m, i) => ({ key: `m${i}`, header: m }))],
            rows: (c.data.labels ?? []).map((label, j) => ({
              benchmark: label,
              ...Object.fromEntries(c.data.datasets.map((d, i) => [`m${i}`, d.data[j] === null ? '—' : String(d.data[j])])),
            })),
          }}
        >
          <Bar data={c.data} options={c.options} aria-label={c.caption} />
        </ChartFrame>
      ))}
    </>
  );
}
