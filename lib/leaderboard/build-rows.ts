import { modelSearchNames, namesMatch, searchTokens } from '../name-search';
import { commonUnit, onCommonScale } from '../units';
import { isAveraged, pickColumns } from './pick-columns';
import { comparePrimary } from './primary-value';
import { shownRunValues, withRunValues } from './run-cells';
import type { LeaderboardBenchmark, LeaderboardData, LeaderboardModel, LeaderboardRunValue, LeaderboardValue } from './types';
import type { LeaderboardView } from './view-params';

export interface LeaderboardCell {
  /** The value shown: the primary one, or in comparable mode the best-ranked one at the column's setting. */
  value: LeaderboardValue;
  /** How many values are reported for this model and benchmark (within the chosen sources). */
  count: number;
  /** Whether the shown value has the column's reference metric and setting. */
  comparable: boolean;
}

export interface LeaderboardColumn {
  benchmark: LeaderboardBenchmark;
  /** The metric and setting most values in this column share; comparable mode keeps only these. */
  reference: { metric: string; setting: string };
  modelsWithValues: number;
}

export interface LeaderboardAverage {
  /** Mean over every visible percent-scale column, or null when the model lacks one of them. */
  value: number | null;
  /** Mean over the columns the model has, for display only. */
  partial: number | null;
  count: number;
  of: number;
}

export interface LeaderboardRow {
  model: LeaderboardModel;
  cells: Record<string, LeaderboardCell>;
  average: LeaderboardAverage;
  /** With "include runs" only: the measured value shown per benchmark column (lib/leaderboard/run-cells). */
  runs?: Record<string, LeaderboardRunValue>;
}

export interface LeaderboardTable {
  columns: LeaderboardColumn[];
  rows: LeaderboardRow[];
  /** Columns the average is taken over (percent scale, not an average printed by a source). */
  averagedColumns: string[];
}


function onPercentScale(v: LeaderboardValue): number | null {
  return commonUnit(v.unit) === 'percent' ? onCommonScale(v.value, v.unit) : null;
}

function matchesModel(model: LeaderboardModel, view: LeaderboardView): boolean {
  if (view.families.length && !view.families.includes(model.family)) return false;
  if (view.stages.length && !view.stages.includes(model.stage)) return false;
  if (view.modalities.length && !view.modalities.includes(model.modality)) return false;
  if (view.size.min !== null || view.size.max !== null) {
    if (model.paramsB === null) return false;
    if (view.size.min !== null && model.paramsB < view.size.min) return false;
    if (view.size.max !== null && model.paramsB > view.size.max) return false;
  }
  return !view.q || namesMatch(searchTokens(view.q), modelSearchNames(model));
}

type RankedPairs = Map<string, Map<string, LeaderboardValue[]>>;

/** model -> benchmark -> values within the chosen sources, best-ranked first. */
function rankedValues(data: LeaderboardData, sourceIds: readonly string[]): RankedPairs {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const models = new Map(data.models.map((m) => [m.id, m]));
  const chosen = sourceIds.length ? new Set(sourceIds) : null;
  const byPair: RankedPairs = new Map();
  for (const v of data.values) {
    if (chosen && !chosen.has(v.sourceId)) continue;
    let perModel = byPair.get(v.modelId);
    if (!perModel) byPair.set(v.modelId, (perModel = new Map()));
    const list = perModel.get(v.benchmarkId);
    if (list) list.push(v);
    else perModel.set(v.benchmarkId, [v]);
  }
  const ranked: RankedPairs = new Map();
  for (const [modelId, perModel] of byPair) {
    const model = models.get(modelId);
    if (!model) continue;
    const compare = comparePrimary(model, sources);
    for (const list of perModel.values()) list.sort(compare);
    ranked.set(modelId, perModel);
  }
  return ranked;
}

/** Models as rows, benchmarks as columns, for one view; pure, so the server or the browser can run it. */
export function buildLeaderboard(data: LeaderboardData, view: LeaderboardView): LeaderboardTable {
  const benchmarks = new Map(data.benchmarks.map((b) => [b.id, b]));
  const rankedPairs = rankedValues(data, view.sources);

  const rowModels = data.models.filter((m) => rankedPairs.has(m.id) && matchesModel(m, view));
  const rowPairs = rowModels.map((m) => rankedPairs.get(m.id)!);
  const coverage = new Map<string, number>();
  for (const pairs of rowPairs) for (const b of pairs.keys()) coverage.set(b, (coverage.get(b) ?? 0) + 1);

  const columnIds = pickColumns(benchmarks, coverage, view);

  const columns: LeaderboardColumn[] = columnIds.map((id) => {
    // metric -> setting -> how many models' shown values use it, and the earliest printed one
    const tally = new Map<string, Map<string, { metric: string; setting: string; n: number; order: number }>>();
    for (const pairs of rowPairs) {
      const top = pairs.get(id)?.[0];
      if (!top) continue;
      let bySetting = tally.get(top.metric);
      if (!bySetting) tally.set(top.metric, (bySetting = new Map()));
      const t = bySetting.get(top.setting);
      if (t) {
        t.n += 1;
        if (top.order < t.order) t.order = top.order;
      } else bySetting.set(top.setting, { metric: top.metric, setting: top.setting, n: 1, order: top.order });
    }
    const best = [...tally.values()].flatMap((m) => [...m.values()]).sort((a, b) => b.n - a.n || a.order - b.order)[0];
    return {
      benchmark: benchmarks.get(id)!,
      reference: { metric: best?.metric ?? '', setting: best?.setting ?? '' },
      modelsWithValues: coverage.get(id) ?? 0,
    };
  });

  const averagedColumns = columns.filter((c) => isAveraged(c.benchmark)).map((c) => c.benchmark.id);

  const averaged = new Set(averagedColumns);
  const rows: LeaderboardRow[] = [];
  // Plain loops: at 100k values this runs over thousands of models per view.
  for (const [index, model] of rowModels.entries()) {
    const pairs = rowPairs[index]!;
    const cells: Record<string, LeaderboardCell> = {};
    let filled = 0;
    let sum = 0;
    let counted = 0;
    for (const column of columns) {
      const list = pairs.get(column.benchmark.id);
      if (!list?.length) continue;
      const { metric, setting } = column.reference;
      let chosen = list[0]!;
      if (view.comparable) chosen = list.find((v) => v.metric === metric && v.setting === setting) ?? chosen;
      const cell = { value: chosen, count: list.length, comparable: chosen.metric === metric && chosen.setting === setting };
      cells[column.benchmark.id] = cell;
      filled += 1;
      if (averaged.has(column.benchmark.id) && (!view.comparable || cell.comparable)) {
        const n = onPercentScale(chosen);
        if (n !== null) {
          sum += n;
          counted += 1;
        }
      }
    }
    if (filled === 0) continue;
    const mean = counted ? sum / counted : null;
    const complete = counted === averagedColumns.length && mean !== null;
    if (view.complete && !complete) continue;
    rows.push({
      model,
      cells,
      average: {
        value: complete ? mean : null,
        partial: mean,
        count: counted,
        of: averagedColumns.length,
      },
    });
  }
  if (view.runs) return { columns, rows: withRunValues(rows, columnIds, shownRunValues(data.runValues)), averagedColumns };
  return { columns, rows, averagedColumns };
}

/** The average as the table shows it: the full mean, or a partial one in parentheses with its coverage. */
export function averageText(a: LeaderboardAverage): string {
  if (a.value !== null) return a.value.toFixed(1);
  if (a.partial === null) return '—';
  return `(${a.partial.toFixed(1)}, ${a.count}/${a.of})`;
}

/** 0: a complete average, 1: only a partial one, 2: none. */
export function averageTier(a: LeaderboardAverage): 0 | 1 | 2 {
  return a.value !== null ? 0 : a.partial !== null ? 1 : 2;
}

/**
 * Orders rows by average as the sort of that column means it: complete averages first, then partial
 * ones (by their partial mean), then rows with none, in that tier order whichever the direction;
 * within a tier by the mean, descending when `desc`. Returns <0 when `a` comes first.
 */
export function compareAverages(a: LeaderboardAverage, b: LeaderboardAverage, desc: boolean): number {
  const ta = averageTier(a);
  const tb = averageTier(b);
  if (ta !== tb) return ta - tb;
  if (ta === 2) return 0;
  const va = ta === 0 ? a.value! : a.partial!;
  const vb = tb === 0 ? b.value! : b.partial!;
  return desc ? vb - va : va - vb;
}
