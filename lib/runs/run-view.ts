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
