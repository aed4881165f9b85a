import type { LeaderboardBenchmark, LeaderboardData, LeaderboardSource } from './types';

/** What the leaderboard's filters offer: small lists, so they can travel without the data itself. */
export interface LeaderboardChoices {
  benchmarks: Pick<LeaderboardBenchmark, 'id' | 'name' | 'category'>[];
  families: string[];
  stages: string[];
  modalities: string[];
  sources: LeaderboardSource[];
}

const uniqueSorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export function choicesOf(data: LeaderboardData): LeaderboardChoices {
  return {
    benchmarks: data.benchmarks.map(({ id, name, category }) => ({ id, name, category })),
    families: uniqueSorted(data.models.map((m) => m.family)),
    stages: uniqueSorted(data.models.map((m) => m.stage)),
    modalities: uniqueSorted(data.models.map((m) => m.modality)),
    sources: data.sources,
  };
}
