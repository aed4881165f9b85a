import type { ResultView } from '../result-view';
import { runToEee, type ExportableRun } from './export-eee';
import { runToEvalResultsYaml } from './export-hf-yaml';
import { resultsToEee, resultsToEvalResultsYaml, type ViewExportContext } from './export-view';

/** A leaderboard view's shown values: its reported ones, and (with "include runs") its runs with the values shown. */
export interface ViewValues {
  results: readonly ResultView[];
  runs: readonly ExportableRun[];
}

/** EEE documents: reported values as `documentation`, each run as `evaluation_run` with its evaluator relationship. */
export function leaderboardViewToEee({ results, runs }: ViewValues, context: ViewExportContext, now: Date): Record<string, unknown>[] {
  return [...resultsToEee(results, context, now), ...runs.map((run) => runToEee(run, now))];
}

/** .eval_results YAML documents: the reported values per model, then each run (its header says measured, not reported). */
export function leaderboardViewToYaml({ results, runs }: ViewValues, context: ViewExportContext, runUrl: (id: string) => string): string {
  return [resultsToEvalResultsYaml(results, context), ...runs.map((run) => runToEvalResultsYaml(run, runUrl(run.run.id)))].filter(Boolean).join('---\n');
}
