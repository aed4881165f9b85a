import type { LeaderboardRow } from './build-rows';
import type { LeaderboardRunValue } from './types';

/**
 * Which measured value a cell shows with "include runs" (db/queries/leaderboard-runs.ts applies the
 * same rule in SQL): the newest imported run's, ties by run id; within a run its first value for that
 * benchmark. Returns <0 when `a` is the one shown.
 */
export function compareRunValues(a: LeaderboardRunValue, b: LeaderboardRunValue): number {
  // Code-unit order, as the SQL's COLLATE "C": ISO times and run ids are ASCII of one fixed shape.
  if (a.importedAt !== b.importedAt) return a.importedAt > b.importedAt ? -1 : 1;
  if (a.runId !== b.runId) return a.runId < b.runId ? -1 : 1;
  return a.position - b.position;
}

/** model -> benchmark -> the run value its cell shows. */
export function shownRunValues(values: readonly LeaderboardRunValue[]): Map<string, Map<string, LeaderboardRunValue>> {
  const shown = new Map<string, Map<string, LeaderboardRunValue>>();
  for (const v of values) {
    let perModel = shown.get(v.modelId);
    if (!perModel) shown.set(v.modelId, (perModel = new Map()));
    const current = perModel.get(v.benchmarkId);
    if (!current || compareRunValues(v, current) < 0) perModel.set(v.benchmarkId, v);
  }
  return shown;
}

/**
 * Rows with their shown run values beside the reported cells, for the given columns. Runs never add
 * rows or columns and never enter a sort or an average; a row without any keeps no `runs` field, so a
 * view without runs is exactly what it was.
 */
export function withRunValues(rows: readonly LeaderboardRow[], columnIds: readonly string[], shown: ReadonlyMap<string, ReadonlyMap<string, LeaderboardRunValue>>): LeaderboardRow[] {
  return rows.map((row) => {
    const perModel = shown.get(row.model.id);
    if (!perModel) return row;
    const runs: Record<string, LeaderboardRunValue> = {};
    for (const id of columnIds) {
      const v = perModel.get(id);
      if (v) runs[id] = v;
    }
    return Object.keys(runs).length ? { ...row, runs } : row;
  });
}

/** A run value as a cell shows it: two decimals of the display scale (the raw value is in its title and panel). */
export const runValueText = (v: Pick<LeaderboardRunValue, 'value'>) => v.value.toFixed(2);
