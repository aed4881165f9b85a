'use client';

import type { RankingInput } from '@/lib/charts/ranking';
import { axisTitles } from '@/lib/charts/scale-value';
import type { LeaderboardRow, LeaderboardTable } from '@/lib/leaderboard/build-rows';
import type { LeaderboardSource } from '@/lib/leaderboard/types';
import { LazyRankingChart } from '../charts/lazy';

export interface SortedColumnChartProps {
  built: LeaderboardTable;
  rows: LeaderboardRow[];
  columnId: string | undefined;
  sources: LeaderboardSource[];
}

/** The sorted benchmark column of the current view as a ranking chart (the cells shown, one bar each). */
export function SortedColumnChart({ built, rows, columnId, sources }: SortedColumnChartProps) {
  const column = built.columns.find((c) => c.benchmark.id === columnId);
  if (!column) return <p className="muted">Sort by a benchmark column to chart it.</p>;
  const titles = new Map(sources.map((s) => [s.id, s.shortTitle]));
  const bars: RankingInput[] = rows.flatMap(({ model, cells }) => {
    const cell = cells[column.benchmark.id];
    if (!cell) return [];
    const v = cell.value;
    return [
      {
        modelId: model.id,
        modelName: model.name,
        modelFamily: model.family,
        value: v.value,
        valueAsPrinted: v.valueAsPrinted,
        unit: v.unit,
        flags: v.flags,
        sourceShortTitle: titles.get(v.sourceId) ?? v.sourceId,
        table: '',
        page: null,
        metric: v.metric,
        setting: v.setting,
      },
    ];
  });
  return (
    <LazyRankingChart
      results={bars}
      higherIsBetter={column.benchmark.higherIsBetter}
      unitTitle={`${column.benchmark.name}: ${axisTitles[column.benchmark.scale] ?? column.benchmark.scale}`}
    />
  );
}
