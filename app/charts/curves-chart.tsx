'use client';

import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useMemo, useState } from 'react';
import { Line } from 'react-chartjs-2';
import { curveChart, type CurveInput } from '@/lib/charts/curves';
import { ChartFrame } from './chart-frame';
import { useColorScheme } from './use-color-scheme';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

export interface CurvesView {
  benchmark: string;
  metric: string;
  runs: string[];
  smoothing: number;
}

export interface CurvesChartProps {
  series: CurveInput[];
  benchmarks: { id: string; name: string }[];
  initial: CurvesView;
  /** Keeps the URL in step with the controls. */
  queryFor?: (view: CurvesView) => string;
}

const smoothingChoices = [1, 3, 5, 9];

/** RL training curves with controls for benchmark, metric, runs and (off by default) smoothing. */
export default function CurvesChart({ series, benchmarks, initial, queryFor }: CurvesChartProps) {
  const scheme = useColorScheme();
  const [view, setView] = useState(initial);
  const update = (next: CurvesView) => {
    setView(next);
    if (queryFor) window.history.replaceState(null, '', queryFor(next));
  };
  const runLabels = [...new Set(series.map((s) => s.runLabel))];
  const chosen = series.filter((s) => s.benchmarkId === view.benchmark && s.metric === view.metric && view.runs.includes(s.runLabel));
  const benchmarkName = benchmarks.find((b) => b.id === view.benchmark)?.name ?? view.benchmark;
  const chart = useMemo(
    () => curveChart(chosen, { benchmarkName, metric: view.metric, smoothing: view.smoothing, scheme }),
    [chosen, benchmarkName, view.metric, view.smoothing, scheme],
  );
  return (
    <div className="curves" data-testid="curves" data-series={chosen.length} data-points={chosen.reduce((n, s) => n + s.points.length, 0)}>
      <div className="toolbar">
        <label>
          Benchmark{' '}
          <select aria-label="Benchmark" value={view.benchmark} onChange={(e) => update({ ...view, benchmark: e.target.value })}>
            {benchmarks.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Show{' '}
          <select aria-label="Show" value={view.metric} onChange={(e) => update({ ...view, metric: e.target.value })}>
            <option value="accuracy">accuracy</option>
            <option value="mean length of correct answers">mean length of correct answers</option>
          </select>
        </label>
        <label>
          Smoothing{' '}
          <select aria-label="Smoothing" value={view.smoothing} onChange={(e) => update({ ...view, smoothing: Number(e.target.value) })}>
            {smoothingChoices.map((n) => (
              <option key={n} value={n}>
                {n === 1 ? 'off (raw points)' : `moving average of ${n}`}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="runs">
          <legend>Runs</legend>
          {runLabels.map((label) => (
            <label key={label}>
              <input
                type="checkbox"
                checked={view.runs.includes(label)}
                onChange={(e) =>
                  update({ ...view, runs: e.target.checked ? [...view.runs, label] : view.runs.filter((r) => r !== label) })
                }
              />
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      {chosen.length === 0 ? (
        <p className="empty">No run is selected, or the selected runs have no curve for this benchmark.</p>
      ) : (
        <ChartFrame
          caption={chart.caption}
          height={420}
          testId="curves-chart"
          table={{
            columns: [
              { key: 'run', header: 'Run' },
              { key: 'step', header: 'RL step' },
              { key: 'value', header: 'Value as exported' },
            ],
            rows: chosen.flatMap((s) => s.points.map((p) => ({ run: s.runLabel, step: String(p.step), value: p.valueAsPrinted }))),
          }}
        >
          <Line data={chart.data} options={chart.options} aria-label={chart.caption} />
        </ChartFrame>
      )}
    </div>
  );
}
