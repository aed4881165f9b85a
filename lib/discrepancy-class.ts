import type { ResultView } from './result-view';

/** How the settings of a pair's differing values relate: the ledger's honest classification. */
export const settingClasses = ['same', 'different', 'unknown'] as const;
export type SettingClass = (typeof settingClasses)[number];

export const settingClassText: Record<SettingClass, string> = {
  same: 'same stated setting',
  different: 'different stated setting',
  unknown: 'setting unknown',
};

export function isSettingClass(value: string): value is SettingClass {
  return (settingClasses as readonly string[]).includes(value);
}

type Compared = Pick<ResultView, 'metric' | 'setting'>;

/** Settings that say where in a cell a value sits rather than how it was measured. */
const placementOnly = /^(first|second) of two values printed in one cell$/i;

/** The setting as a comparable text ("3-5 shot" and "3-5-shot" agree), or null when none is stated. */
export function statedSetting(r: Compared): string | null {
  const text = r.setting.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text || placementOnly.test(text)) return null;
  return text.replace(/[- ]shot\b/g, '-shot');
}

/** The metric as a comparable text ("EM" and "em" agree), or null when none is stated. */
export function statedMetric(r: Compared): string | null {
  const text = r.metric.trim().toLowerCase();
  return text || null;
}

/**
 * One comparison of two different values: `same` when both state the same setting and no two stated
 * metrics disagree; `different` when stated settings or stated metrics differ; else `unknown`.
 */
export function compareSettings(a: Compared, b: Compared): SettingClass {
  const [sa, sb, ma, mb] = [statedSetting(a), statedSetting(b), statedMetric(a), statedMetric(b)];
  if (ma !== null && mb !== null && ma !== mb) return 'different';
  if (sa === null || sb === null) return 'unknown';
  return sa === sb ? 'same' : 'different';
}

/** Every two values of a pair whose numbers differ (compared on a common scale by `key`). */
export function differingPairs<T>(items: readonly T[], key: (item: T) => string): [T, T][] {
  const out: [T, T][] = [];
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) if (key(a) !== key(b)) out.push([a, b]);
  });
  return out;
}

/**
 * A model+benchmark pair is `same` when any two of its differing values share a stated setting (a gap
 * the settings cannot explain), `different` when every differing two states settings or metrics that
 * differ, and `unknown` otherwise (some gap involves a value whose setting is not stated).
 */
export function classifyPair<T extends Compared>(items: readonly T[], key: (item: T) => string): SettingClass {
  const classes = differingPairs(items, key).map(([a, b]) => compareSettings(a, b));
  if (classes.includes('same')) return 'same';
  if (classes.length > 0 && classes.every((c) => c === 'different')) return 'different';
  return 'unknown';
}
