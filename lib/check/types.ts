/** The verdict on one number of a draft. */
export const checkStatuses = ['match', 'mismatch', 'superseded', 'other_setting', 'unknown'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

/** A reported value as a finding lists it (the JSON contract's `reported` items). */
export interface ReportedValue {
  result_id: string;
  source_id: string;
  table: string;
  page: string | null;
  value_as_printed: string;
  metric: string;
  setting: string;
  flags: string[];
  permalink: string;
  /** Who the value belongs to, when it is not the finding's own model and benchmark (a sibling). */
  model?: string;
  benchmark?: string;
}

export interface Finding {
  line: number;
  column: number;
  /** The number exactly as written in the draft. */
  value: string;
  model: string | null;
  benchmark: string | null;
  status: CheckStatus;
  reported: ReportedValue[];
  message: string;
  /** The names as the draft wrote them, and the setting it states (shots), if any. */
  model_as_written: string | null;
  benchmark_as_written: string | null;
  setting: string | null;
  /** Where the number comes from: a table (LaTeX, Markdown, CSV) or a sentence. */
  context: 'latex' | 'markdown' | 'csv' | 'prose';
}

export interface CheckReport {
  findings: Finding[];
  summary: Record<CheckStatus, number>;
  bibtex: string;
}
