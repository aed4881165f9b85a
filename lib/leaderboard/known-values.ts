import type { KnownValues } from './view-params';
import type { LeaderboardData } from './types';

/** The values each leaderboard parameter may take, read off the data. */
export function knownValuesOf(data: LeaderboardData): KnownValues {
  return {
    benchmarks: new Set(data.benchmarks.map((b) => b.id)),
    categories: new Set(data.benchmarks.map((b) => b.category)),
    families: new Set(data.models.map((m) => m.family)),
    stages: new Set(data.models.map((m) => m.stage)),
    modalities: new Set(data.models.map((m) => m.modality)),
    sources: new Set(data.sources.map((s) => s.id)),
  };
}
