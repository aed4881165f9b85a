import type { LeaderboardModel, LeaderboardSource, LeaderboardValue } from './types';

/**
 * The value a cell shows when a model has several for one benchmark. The rule, in order:
 * 1. values from tables the same team later superseded come last;
 * 2. the model's own organization's report comes first ("as the makers report it");
 * 3. then the newest source;
 * 4. then the first value printed (source, table and row order), so the choice is stable.
 */
export function comparePrimary(
  model: Pick<LeaderboardModel, 'organization'>,
  sources: ReadonlyMap<string, LeaderboardSource>,
): (a: LeaderboardValue, b: LeaderboardValue) => number {
  const rank = (v: LeaderboardValue) => {
    const source = sources.get(v.sourceId);
    return [
      v.flags.includes('superseded') ? 1 : 0,
      source?.organization === model.organization ? 0 : 1,
      -(source?.year ?? 0),
      v.order,
    ];
  };
  return (a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return 0;
  };
}

export function choosePrimary(
  values: readonly LeaderboardValue[],
  model: Pick<LeaderboardModel, 'organization'>,
  sources: ReadonlyMap<string, LeaderboardSource>,
): LeaderboardValue | undefined {
  return [...values].sort(comparePrimary(model, sources))[0];
}
