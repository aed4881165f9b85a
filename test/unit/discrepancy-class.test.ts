import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '@/lib/discrepancies';
import { compareSettings, statedSetting } from '@/lib/discrepancy-class';
import { sampleResult } from './sample-result';

let n = 0;
const r = (value: string, setting = '', metric = '', more: Parameters<typeof sampleResult>[0] = {}) =>
  sampleResult({ id: `r${(n += 1)}`, value: Number(value), valueAsPrinted: value, setting, metric, sourceShortTitle: `Source ${n}`, ...more });
const classOf = (...rows: ReturnType<typeof r>[]) => findDiscrepancies(rows)[0]!;

describe('stated settings and metrics', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['first of two values printed in one cell', null],
    ['3-5 shot', '3-5-shot'],
    ['3-5-shot', '3-5-shot'],
    ['5-Shot,  CoT', '5-shot, cot'],
  ])('reads setting %j as %j', (setting, expected) => {
    expect(statedSetting({ setting, metric: '' })).toBe(expected);
  });

  it.each([
    [['5-shot', 'EM'], ['5-shot', ''], 'same'],
    [['5-shot', 'EM'], ['5-shot', 'em'], 'same'],
    [['5-shot', 'EM'], ['5-shot', 'Acc.'], 'different'],
    [['5-shot', ''], ['3-shot', ''], 'different'],
    [['', ''], ['', ''], 'unknown'],
    [['', 'EM'], ['5-shot', 'EM'], 'unknown'],
    [['', 'pass@1'], ['', 'pass@8'], 'different'],
  ] as const)('%j against %j is %s', (a, b, expected) => {
    expect(compareSettings({ setting: a[0], metric: a[1] }, { setting: b[0], metric: b[1] })).toBe(expected);
  });
});

describe('classifying a model+benchmark pair', () => {
  it('never calls two blank settings "the same setting"', () => {
    const d = classOf(r('45.77'), r('47.9'));
    expect(d.setting).toBe('unknown');
    expect(d.differsAtSameSetting).toBe(false);
    expect(d.reasons.map((x) => x.kind)).toContain('unstated');
  });

  it('does not call a blank metric a different setting', () => {
    const d = classOf(r('69.4', '3-shot', 'EM'), r('68.2', '3-shot', ''));
    expect(d.setting).toBe('same');
    expect(d.differsAtSameSetting).toBe(true);
    expect(d.reasons.map((x) => x.kind)).toEqual(['unexplained']);
  });

  it('is "different" only when every differing two state different settings', () => {
    expect(classOf(r('70.2', '8-shot'), r('70.7', '4-shot')).setting).toBe('different');
    expect(classOf(r('70.2', '8-shot'), r('70.7', '4-shot'), r('71.0')).setting).toBe('unknown');
    expect(classOf(r('70.2', '8-shot'), r('70.7', '4-shot'), r('70.9', '4-shot')).setting).toBe('same');
  });

  it('ignores values that are equal once on one scale, and a placement note is not a setting', () => {
    expect(classOf(r('50', '5-shot'), r('0.5', '5-shot', '', { unit: 'fraction' }), r('52', '3-shot')).setting).toBe('different');
    const cell = classOf(r('45.2', 'first of two values printed in one cell'), r('39.6', 'second of two values printed in one cell'));
    expect(cell.setting).toBe('unknown');
    expect(cell.reasons.map((x) => x.kind)).toContain('two-in-cell');
  });
});

describe('saying why', () => {
  const kinds = (...rows: ReturnType<typeof r>[]) => classOf(...rows).reasons.map((x) => x.text);

  it('names differing shots, chain-of-thought and metrics with the printed values', () => {
    expect(kinds(r('41.5', '1-shot', 'Pass@1'), r('37.8', '0-shot'))).toContain('shots differ: 0-shot vs 1-shot');
    expect(kinds(r('47.0', '3-shot, CoT'), r('45.6', '3-shot'))).toContain('chain-of-thought prompting stated for some values only');
    expect(kinds(r('85.4', '5-shot', 'micro_avg'), r('85.2', '5-shot', 'macro_avg/acc_char'))).toContain('metric differs: macro_avg/acc_char vs micro_avg');
  });

  it('names judge, subset, harness and superseded tables from the flags, and rounding from the printed digits', () => {
    expect(kinds(r('60', '', '', { flags: ['llm_judged'] }), r('62', ''))).toContain('graded by an LLM judge for some values only');
    expect(kinds(r('60', '', '', { flags: ['full_set'] }), r('62', ''))).toContain('full set for some values, the usual subset for others');
    expect(kinds(r('36.4', '4-shot', '', { flags: ['self_evaluated'] }), r('37.7', '4-shot'))).toEqual(["some values measured by the reporting team's own harness"]);
    expect(kinds(r('28.7', '', '', { flags: ['superseded'] }), r('29.6', '8-shot'))).toContain('includes a value from an older table that the same team later replaced');
    const rounded = classOf(r('62.34', '5-shot', 'macro_avg/acc'), r('62.3', '5-shot', 'macro_avg/acc'));
    expect(rounded.setting).toBe('same');
    expect(rounded.reasons.map((x) => x.kind)).toEqual(['rounding']);
  });

  it('names the sources that state no setting, and claims nothing when nothing is known', () => {
    const d = classOf(r('32.60', '', '', { sourceShortTitle: 'MiniCPM paper' }), r('33.7', '3-shot', '', { sourceShortTitle: 'Qwen README' }));
    expect(d.reasons.map((x) => x.text)).toEqual(['setting not stated by MiniCPM paper']);
  });
});
