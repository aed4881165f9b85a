/** What the leaderboard page hands its client table: plain, compact, serialisable. */
export interface LeaderboardModel {
  id: string;
  name: string;
  family: string;
  organization: string;
  stage: string;
  modality: string;
  paramsB: number | null;
  aliases: string[];
}

export interface LeaderboardBenchmark {
  id: string;
  name: string;
  category: string;
  scale: string;
  higherIsBetter: boolean;
  aliases: string[];
}

export interface LeaderboardSource {
  id: string;
  shortTitle: string;
  organization: string;
  year: number;
  bibtex: string;
}

/** One reported number, reduced to what ranking and display need; `order` is its printed order. */
export interface LeaderboardValue {
  id: string;
  modelId: string;
  benchmarkId: string;
  sourceId: string;
  valueAsPrinted: string;
  value: number;
  unit: string;
  metric: string;
  setting: string;
  flags: string[];
  order: number;
}

export interface LeaderboardData {
  models: LeaderboardModel[];
  benchmarks: LeaderboardBenchmark[];
  sources: LeaderboardSource[];
  values: LeaderboardValue[];
}
