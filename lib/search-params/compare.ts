/** The search-params schema of /compare: which models, and whether only values at the reference's setting count. */
import { applyAliases, flag, list, oldFlagValues, readParams, short, toSearchParams, type Alias, type SearchParamsInput } from './read';

const compareParams = {
  /** Model ids, the first the reference; unknown ids are dropped by the page with a notice. */
  models: list(100),
  same_setting: flag('same_setting'),
};

/** Old spellings: comparable=1 (the leaderboard's old name) and same_setting=true|false|0. */
export const compareAliases: readonly Alias[] = [
  { old: 'comparable', canonical: 'same_setting', values: { '1': '1', ...oldFlagValues }, message: (v) => `Ignored comparable="${short(v)}" (use same_setting=1).` },
  { old: 'same_setting', canonical: 'same_setting', values: oldFlagValues, message: () => '' },
];

export interface CompareView {
  models: string[];
  sameSetting: boolean;
}

export function parseCompareView(input: SearchParamsInput): { view: CompareView; notices: string[] } {
  const aliased = applyAliases(toSearchParams(input), compareAliases);
  const { values, issues, unknown } = readParams(aliased.params, compareParams);
  const notices = [...unknown.map((key) => `Ignored the unknown parameter "${short(key)}".`), ...[...aliased.issues, ...issues].map((i) => i.message)];
  return { view: { models: values.models ?? [], sameSetting: values.same_setting ?? false }, notices };
}

/** The canonical address of a comparison. */
export function compareHref(view: CompareView): string {
  const params = new URLSearchParams();
  if (view.models.length) params.set('models', view.models.join(','));
  if (view.sameSetting) params.set('same_setting', '1');
  return `/compare${params.size ? `?${params}` : ''}`;
}
