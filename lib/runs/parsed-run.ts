import type { RawNumber } from './raw-json';

export const runFormats = ['lm-eval', 'lighteval', 'eee'] as const;
export type RunFormat = (typeof runFormats)[number];

export const evaluatorRelationships = ['first_party', 'third_party', 'collaborative', 'other'] as const;

/** One number as a harness file holds it, before it is matched to our catalog. */
export interface ParsedValue {
  task: string;
  /** lm-eval's "metric,filter" key, or the bare metric name other tools write. */
  metricKey: string;
  /** The metric's own label in the file where it gives one (EEE metric_name). */
  metricName: string | null;
  filter: string;
  shots: number | null;
  raw: RawNumber;
  stderr: RawNumber | null;
  /** fraction: 0-1 as lm-eval and lighteval write; percent: 0-100. */
  rawScale: 'fraction' | 'percent';
  itemsEvaluated: number | null;
  itemsTotal: number | null;
  generation: Record<string, string | number | boolean | null>;
}

/** What one harness file says about its run, read without the database. */
export interface ParsedRun {
  format: RunFormat;
  harness: string;
  harnessVersion: string | null;
  /** The model as the file names it: pretrained=..., model_name, model_info.id. */
  modelAsNamed: string | null;
  modelArgs: string | null;
  gitHash: string | null;
  evaluatedAt: string | null;
  sampleLimit: string | null;
  /** The evaluator the file names itself (EEE source_organization_name), if any. */
  evaluatorName: string | null;
  relationship: (typeof evaluatorRelationships)[number] | null;
  values: ParsedValue[];
  /** Tasks left out on purpose (subtasks of an imported group), for the summary. */
  folded: string[];
}

/** A problem with the file, located by a JSON path where one applies. */
export interface FileProblem {
  path: string;
  message: string;
}
