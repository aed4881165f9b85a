import type { LeaderboardData, LeaderboardRunValue, LeaderboardValue } from './types';

/**
 * The leaderboard data as sent to the browser: values as short tuples whose repeated strings
 * (model, benchmark and source ids, units, metrics, settings, flags) are indices into one table.
 * About a fifth of the plain objects' size; decoded once on the client.
 */
export type PackedValue = [id: string, model: number, benchmark: number, source: number, printed: string, value: number, unit: number, metric: number, setting: number, flags: number];

export interface PackedLeaderboardData {
  models: LeaderboardData['models'];
  benchmarks: LeaderboardData['benchmarks'];
  sources: LeaderboardData['sources'];
  strings: string[];
  values: PackedValue[];
}

/** A table of distinct strings and a function giving each string's index in it (added on first use). */
export function stringTable(): { strings: string[]; intern: (s: string) => number } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  return { strings, intern };
}

/** Flags travel as one interned string; no flag contains the separator. */
export const joinFlags = (flags: readonly string[]) => flags.join(';');
export const splitFlags = (joined: string) => (joined ? joined.split(';') : []);

export function packLeaderboardData(data: LeaderboardData): PackedLeaderboardData {
  const { strings, intern } = stringTable();
  const modelIndex = new Map(data.models.map((m, i) => [m.id, i]));
  const benchmarkIndex = new Map(data.benchmarks.map((b, i) => [b.id, i]));
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  const values = [...data.values]
    .sort((a, b) => a.order - b.order)
    .map((v): PackedValue => [
      v.id,
      modelIndex.get(v.modelId)!,
      benchmarkIndex.get(v.benchmarkId)!,
      sourceIndex.get(v.sourceId)!,
      v.valueAsPrinted,
      v.value,
      intern(v.unit),
      intern(v.metric),
      intern(v.setting),
      intern(joinFlags(v.flags)),
    ]);
  return { models: data.models, benchmarks: data.benchmarks, sources: data.sources, strings, values };
}

export function unpackLeaderboardData(packed: PackedLeaderboardData): LeaderboardData {
  const s = packed.strings;
  const values = packed.values.map(
    ([id, m, b, src, printed, value, unit, metric, setting, flags], order): LeaderboardValue => ({
      id,
      modelId: packed.models[m]!.id,
      benchmarkId: packed.benchmarks[b]!.id,
      sourceId: packed.sources[src]!.id,
      valueAsPrinted: printed,
      value,
      unit: s[unit]!,
      metric: s[metric]!,
      setting: s[setting]!,
      flags: splitFlags(s[flags]!),
      order,
    }),
  );
  // run values travel apart (packRunValues), only to a view that includes runs
  return { models: packed.models, benchmarks: packed.benchmarks, sources: packed.sources, values, runValues: [] };
}

/** Run values on their own (/api/leaderboard/runs): ids and repeated strings as indices into one table. */
export interface PackedRunValues {
  strings: string[];
  runs: [runId: string, position: number, model: number, benchmark: number, runName: number, importedAt: string, value: number, raw: string, metric: number, shots: number | null][];
}

export function packRunValues(values: readonly LeaderboardRunValue[]): PackedRunValues {
  const { strings, intern } = stringTable();
  return {
    strings,
    runs: values.map((r) => [r.runId, r.position, intern(r.modelId), intern(r.benchmarkId), intern(r.runName), r.importedAt, r.value, r.valueRaw, intern(r.metric), r.shots]),
  };
}

export function unpackRunValues({ strings: s, runs }: PackedRunValues): LeaderboardRunValue[] {
  return runs.map(([runId, position, model, benchmark, runName, importedAt, value, valueRaw, metric, shots]) => ({
    runId,
    position,
    modelId: s[model]!,
    benchmarkId: s[benchmark]!,
    runName: s[runName]!,
    importedAt,
    value,
    valueRaw,
    metric: s[metric]!,
    shots,
  }));
}
