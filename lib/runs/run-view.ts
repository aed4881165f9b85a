import { snakeKeys } from '../api-records';
import { compareWithReported, type Comparison, type ReportedValue } from './reproduction';

interface ValueRow {
  position: number;
  benchmarkId: string;
  benchmarkItems: number | null;
  metric: string;
  filter: string;
  shots: number | null;
  value: number;
  stderr: number | null;
  itemsEvaluated: number | null;
  itemsTotal: number | null;
}

/** Each run value with its comparisons against every value reported for the same model and benchmark. */
export function withComparisons<V extends ValueRow>(values: V[], reported: (ReportedValue & { benchmarkId: string })[]): (V & { comparisons: Comparison[] })[] {
  return values.map((v) => ({
    ...v,
    comparisons: reported.filter((r) => r.benchmarkId === v.benchmarkId).map((r) => compareWithReported(v, r, v.benchmarkItems)),
  }));
}

/** /api/runs/[id]'s body: the run and its values beside the reported ones, snake_case. */
export function runRecord<R, V extends ValueRow>(run: R, values: V[], reported: (ReportedValue & { benchmarkId: string })[]) {
  return snakeKeys({ kind: 'measured' as const, run, values: withComparisons(values, reported) });
}

/** Generation settings as the file gave them, shortly: "temperature=0, max_gen_toks=256". */
export function generationText(json: string): string {
  const settings = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(settings)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}
