/** What every vocabulary entry carries: the words the UI shows, and a sentence where the UI explains it. */
export interface TermInfo {
  label: string;
  description?: string;
}

/** One closed list of values (a category, a stage, ...): display order, words for each, and lookups. */
export interface Term<T extends readonly [string, ...string[]], I extends TermInfo> {
  /** Every value, in the order the UI lists them. */
  readonly values: T;
  readonly info: Readonly<Record<T[number], I>>;
  has(value: string): value is T[number];
  /** The words for a value; an unknown value shows as itself rather than as nothing. */
  label(value: string): string;
  /** Position in display order; unknown values sort after every known one. */
  rank(value: string): number;
  /** The given values, once each, in display order; unknown ones last, alphabetically. */
  sort<V extends string>(values: Iterable<V>): V[];
}

/**
 * Defines a term from its values (display order) and one info entry per value; the info's keys are
 * checked against the values, so a value without words, or words without a value, does not compile.
 */
export function term<const T extends readonly [string, ...string[]], M extends Record<T[number], TermInfo>>(
  values: T,
  info: M & Record<Exclude<keyof M, T[number]>, never>,
): Term<T, M[T[number]]> {
  const index = new Map<string, number>(values.map((v, i) => [v, i]));
  const has = (value: string): value is T[number] => index.has(value);
  return {
    values,
    info,
    has,
    label: (value) => (has(value) ? (info[value] as TermInfo).label : value),
    rank: (value) => index.get(value) ?? values.length,
    sort: (given) => {
      const rank = (v: string) => index.get(v) ?? values.length;
      return [...new Set(given)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    },
  };
}
