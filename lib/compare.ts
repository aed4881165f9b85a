import { comparePrimary } from './leaderboard/primary-value';
import type { LeaderboardSource, LeaderboardValue } from './leaderboard/types';
import { commonIntervalOf } from './result-uncertainty';
import type { ResultView } from './result-view';
import { intervalsOverlap } from './uncertainty';
import { commonUnit, onCommonScale } from './units';

/** How many models fit side by side. */
export const maxCompared = 6;

export interface CompareCell {
  result: ResultView;
  /** How many values are reported for this model and benchmark. */
  count: number;
  /** Difference to the first model's value on a common scale (percent points), when both can be compared. */
  delta: number | null;
  /** Same metric and setting as the first model's value. */
  sameSetting: boolean;
  /** The delta lies within sampling noise (both 95% intervals known and overlapping); null when it cannot be told. */
  withinNoise: boolean | null;
}

export interface CompareRow {
  benchmarkId: string;
  benchmarkName: string;
  category: string;
  higherIsBetter: boolean;
  cells: (CompareCell | null)[];
}

const common = (r: ResultView): { unit: string; value: number } => ({ unit: commonUnit(r.unit), value: onCommonScale(r.value, r.unit) });

const asRankable = (r: ResultView, order: number): LeaderboardValue => ({
  id: r.id,
  modelId: r.modelId,
  benchmarkId: r.benchmarkId,
  sourceId: r.sourceId,
  valueAsPrinted: r.valueAsPrinted,
  value: r.value,
  unit: r.unit,
  metric: r.metric,
  setting: r.setting,
  flags: r.flags,
  order,
});

/**
 * Side by side over the benchmarks the reference (first) model has, and those at least two of the
 * models share. Each cell is the model's
 * primary value (same rule as the leaderboard); with `sameSettingOnly`, a model's value at the first
 * model's metric and setting is preferred and cells at other settings get no delta.
 */
export function buildComparison(
  results: readonly ResultView[],
  models: readonly { id: string; organization: string }[],
  sources: ReadonlyMap<string, LeaderboardSource>,
  sameSettingOnly: boolean,
): CompareRow[] {
  const byPair = new Map<string, { r: ResultView; v: LeaderboardValue }[]>();
  results.forEach((r, order) => {
    const key = `${r.benchmarkId}\u001f${r.modelId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), { r, v: asRankable(r, order) }]);
  });
  const benchmarks = new Map<string, ResultView>();
  for (const r of results) if (!benchmarks.has(r.benchmarkId)) benchmarks.set(r.benchmarkId, r);

  const rows: CompareRow[] = [];
  for (const [benchmarkId, sample] of benchmarks) {
    const ranked = models.map((m) => {
      const list = byPair.get(`${benchmarkId}\u001f${m.id}`) ?? [];
      const compare = comparePrimary(m, sources);
      return [...list].sort((a, b) => compare(a.v, b.v)).map((x) => x.r);
    });
    if (!ranked[0]!.length && ranked.filter((l) => l.length > 0).length < 2) continue;
    const reference = ranked[0]![0];
    const cells = ranked.map((list, i): CompareCell | null => {
      if (!list.length) return null;
      const same = (r: ResultView) => !!reference && r.metric === reference.metric && r.setting === reference.setting;
      const chosen = i > 0 && sameSettingOnly ? (list.find(same) ?? list[0]!) : list[0]!;
      const a = reference && common(reference);
      const b = common(chosen);
      const sameSetting = i === 0 || same(chosen);
      const comparable = !!a && a.unit === b.unit && (!sameSettingOnly || sameSetting);
      const ia = reference ? commonIntervalOf(reference) : null;
      const ib = commonIntervalOf(chosen);
      return {
        result: chosen,
        count: list.length,
        delta: i > 0 && comparable && a ? Math.round((b.value - a.value) * 1e6) / 1e6 : null,
        sameSetting,
        withinNoise: i > 0 && comparable && ia && ib ? intervalsOverlap(ia, ib) : null,
      };
    });
    rows.push({
      benchmarkId,
      benchmarkName: sample.benchmarkName,
      category: sample.benchmarkCategory,
      higherIsBetter: sample.benchmarkHigherIsBetter,
      cells,
    });
  }
  return rows;
}
