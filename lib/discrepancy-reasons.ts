import { compareSettings, differingPairs, statedSetting } from './discrepancy-class';
import type { ResultView } from './result-view';

/** What the data says about why two values of a pair differ. */
export type ReasonKind =
  | 'metric'
  | 'shots'
  | 'cot'
  | 'judge'
  | 'split'
  | 'harness'
  | 'scoring'
  | 'superseded'
  | 'chart'
  | 'rounding'
  | 'two-in-cell'
  | 'unstated'
  | 'conflict'
  | 'unexplained';

export interface Reason {
  kind: ReasonKind;
  text: string;
}

type Compared = Pick<ResultView, 'metric' | 'setting' | 'flags' | 'sourceShortTitle' | 'value' | 'valueAsPrinted' | 'unit'>;

const decimals = (r: Compared) => /\.(\d+)/.exec(r.valueAsPrinted)?.[1]?.length ?? 0;

/** True when the more precise value, rounded to the other's printed digits, is the other value (62.34 and 62.3). */
export function agreeAfterRounding(a: Compared, b: Compared): boolean {
  if (a.unit !== b.unit || decimals(a) === decimals(b)) return false;
  const [fine, coarse] = decimals(a) > decimals(b) ? [a, b] : [b, a];
  const f = 10 ** decimals(coarse);
  return Math.abs(Math.round(fine.value * f) / f - coarse.value) < 1e-9;
}

const shotsOf = (r: Compared) => /\b(\d+(?:-\d+)?-shot|few-shot|zero-shot)\b/.exec(statedSetting(r) ?? '')?.[1] ?? null;
const cotOf = (r: Compared) => {
  const s = statedSetting(r);
  return s === null ? null : /\bcot\b|chain[- ]of[- ]thought/.test(s) ? 'CoT' : 'no CoT stated';
};
const itemsOf = (r: Compared) => /\bn=(\d+)/.exec(statedSetting(r) ?? '')?.[1] ?? null;
const has = (flag: string) => (r: Compared) => r.flags.includes(flag);
const placement = (r: Compared) => r.setting.trim() !== '' && statedSetting(r) === null;

/** Aspects that name a stated value on both sides; they count when both are stated and differ. */
const stated: { kind: ReasonKind; of: (r: Compared) => string | null; text: (values: string[]) => string }[] = [
  { kind: 'metric', of: (r) => r.metric.trim() || null, text: (v) => `metric differs: ${v.join(' vs ')}` },
  { kind: 'shots', of: shotsOf, text: (v) => `shots differ: ${v.join(' vs ')}` },
  { kind: 'cot', of: cotOf, text: () => 'chain-of-thought prompting stated for some values only' },
  { kind: 'split', of: itemsOf, text: (v) => `evaluated on different item counts: n=${v.join(' vs n=')}` },
];

/** Flags that matter when one value carries them and the other does not. */
const flagged: { kind: ReasonKind; on: (r: Compared) => boolean; text: string }[] = [
  { kind: 'judge', on: has('llm_judged'), text: 'graded by an LLM judge for some values only' },
  { kind: 'split', on: has('full_set'), text: 'full set for some values, the usual subset for others' },
  { kind: 'harness', on: has('self_evaluated'), text: "some values measured by the reporting team's own harness" },
  { kind: 'harness', on: (r) => /\bharness\b/i.test(r.setting), text: 'the stated harness differs' },
  { kind: 'scoring', on: has('perplexity_scored'), text: 'multiple choice scored by perplexity for some values only' },
  { kind: 'chart', on: has('from_chart'), text: 'some values read from a chart label, not a table' },
];

/** Says only what the values' metric, setting, flags and notes support, one line per reason. */
export function discrepancyReasons<T extends Compared>(items: readonly T[], key: (item: T) => string): Reason[] {
  const pairs = differingPairs(items, key);
  const out: Reason[] = [];
  const add = (kind: ReasonKind, text: string) => {
    if (!out.some((r) => r.text === text)) out.push({ kind, text });
  };
  for (const aspect of stated) {
    const values = new Set<string>();
    for (const [a, b] of pairs) {
      const [va, vb] = [aspect.of(a), aspect.of(b)];
      if (va !== null && vb !== null && va !== vb) values.add(va).add(vb);
    }
    if (values.size) add(aspect.kind, aspect.text([...values].sort()));
  }
  for (const f of flagged) if (pairs.some(([a, b]) => f.on(a) !== f.on(b))) add(f.kind, f.text);
  if (pairs.some(([a, b]) => a.flags.includes('superseded') || b.flags.includes('superseded'))) {
    add('superseded', 'includes a value from an older table that the same team later replaced');
  }
  if (items.some(placement)) add('two-in-cell', 'the source prints two values in one cell without saying which is which');
  const unstated = [...new Set(pairs.flat().filter((r) => statedSetting(r) === null && !placement(r)).map((r) => r.sourceShortTitle))];
  if (unstated.length) add('unstated', `setting not stated by ${unstated.join(', ')}`);
  if (items.some(has('conflict'))) add('conflict', 'the source contradicts itself on this number (see the note)');
  if (pairs.some(([a, b]) => agreeAfterRounding(a, b))) add('rounding', 'some values agree once the more precise one is rounded to the other\'s printed digits');
  const unexplained = ([a, b]: [Compared, Compared]) =>
    compareSettings(a, b) === 'same' &&
    !agreeAfterRounding(a, b) && flagged.every((f) => f.on(a) === f.on(b)) && !a.flags.includes('superseded') && !b.flags.includes('superseded');
  if (pairs.some(unexplained)) add('unexplained', 'values at the same stated setting differ, and no stated metric or flag explains it');
  return out;
}
