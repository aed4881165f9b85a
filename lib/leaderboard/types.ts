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

/** One measured value of an imported run (never a report), reduced to what a leaderboard cell shows. */
export interface LeaderboardRunValue {
  runId: string;
  /** The value's position in its run (a run may measure one benchmark under several filters). */
  position: number;
  modelId: string;
  benchmarkId: string;
  runName: string;
  /** When the run was imported (ISO 8601); the newest import is the one a cell shows. */
  importedAt: string;
  /** On the benchmark's display scale (fractions as percent), and exactly as the file has it. */
  value: number;
  valueRaw: string;
  metric: string;
  shots: number | null;
}

export interface LeaderboardData {
  models: LeaderboardModel[];
  benchmarks: LeaderboardBenchmark[];
  sources: LeaderboardSource[];
  values: LeaderboardValue[];
  /** Every run value, for "include runs" views; lib/leaderboard/run-cells picks the one a cell shows. */
  runValues: LeaderboardRunValue[];
}
