import { aggregateCategory, categories } from '../vocabulary';
import type { LeaderboardBenchmark } from './types';
import type { LeaderboardView } from './view-params';

export const defaultColumnCount = 12;

/**
 * The benchmark columns of a view, in display order: the chosen ones, or the most widely reported
 * (`coverage`: benchmark -> models with a value) outside the printed averages; grouped by category.
 * Shared by the browser's build (build-rows) and the database's (db/queries/leaderboard-view).
 */
export function pickColumns(benchmarks: ReadonlyMap<string, LeaderboardBenchmark>, coverage: ReadonlyMap<string, number>, view: LeaderboardView): string[] {
  let columnIds: string[];
  if (view.benchmarks.length) columnIds = view.benchmarks.filter((id) => benchmarks.has(id));
  else {
    columnIds = [...coverage.keys()]
      .filter((id) => mayBeDefaultColumn(benchmarks.get(id), view))
      .sort((a, b) => coverage.get(b)! - coverage.get(a)! || a.localeCompare(b))
      .slice(0, defaultColumnCount);
  }
  if (view.benchmarks.length && view.categories.length) {
    columnIds = columnIds.filter((id) => view.categories.includes(benchmarks.get(id)!.category));
  }
  return columnIds.sort(
    (a, b) =>
      categories.rank(benchmarks.get(a)!.category) - categories.rank(benchmarks.get(b)!.category) ||
      (coverage.get(b) ?? 0) - (coverage.get(a) ?? 0) ||
      a.localeCompare(b),
  );
}

/** Whether a benchmark competes for the view's columns by coverage (when the view names none): its categories, or any but printed averages. */
export function mayBeDefaultColumn(b: LeaderboardBenchmark | undefined, view: LeaderboardView): boolean {
  if (!b) return false;
  return view.categories.length ? view.categories.includes(b.category) : b.category !== aggregateCategory;
}

/** Columns the average is taken over: percent scale, and not an average a source printed. */
export function isAveraged(benchmark: LeaderboardBenchmark): boolean {
  return benchmark.scale === 'percent' && benchmark.category !== aggregateCategory;
}
