/** A measured value of an imported run: the run and the value's position in it. */
export interface RunRef {
  runId: string;
  position: number;
}

/** What a leaderboard cell's provenance panel shows: its reported value, its run value, or both. */
export interface ProvenanceTarget {
  resultId: string | null;
  run: RunRef | null;
  /** The reader activated the run value: the panel opens on it, above the report. */
  runFirst?: boolean;
}
