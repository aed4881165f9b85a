import { describe, expect, it } from 'vitest';
import { fractionToPercent } from '@/lib/runs/percent';
import { JsonSyntaxError, parseRawJson, plainJson, RawNumber } from '@/lib/runs/raw-json';
import { splitLightevalKey } from '@/lib/runs/read-lighteval';
import { readLmEval } from '@/lib/runs/read-lm-eval';
import { compareWithReported } from '@/lib/runs/reproduction';

describe('reading harness JSON', () => {
  it('keeps each number as the file prints it and reads Python NaN', () => {
    const v = parseRawJson('{"a": [1.0, 0.50, -2e-3, NaN], "b": "x\\"y", "c": {"0": true, "1": null}}');
    expect(plainJson(v)).toEqual({ a: [1, 0.5, -0.002, Number.NaN], b: 'x"y', c: { 0: true, 1: null } });
    const a = (v as { a: RawNumber[] }).a;
    expect(a.map((n) => n.raw)).toEqual(['1.0', '0.50', '-2e-3', 'NaN']);
  });

  it('names a truncated file and a stray character', () => {
    expect(() => parseRawJson('{"results": {"gsm8k": {"acc,none": 0.5')).toThrow(/ends early \(truncated\?\)/);
    expect(() => parseRawJson('{"a": 1,\n "b": ?}')).toThrow(JsonSyntaxError);
    expect(() => parseRawJson('{"a": 1,\n "b": ?}')).toThrow(/line 2/);
  });

  it('turns fractions into percent without float noise', () => {
    expect(fractionToPercent('0.7301')).toBe(73.01);
    expect(fractionToPercent('0.8324488248673237')).toBe(83.24488248673237);
    expect(fractionToPercent('1.0')).toBe(100);
    expect(fractionToPercent('0')).toBe(0);
    expect(fractionToPercent('0.5')).toBe(50);
    expect(fractionToPercent('1e-3')).toBe(0.1);
  });

  it('splits lighteval result keys', () => {
    expect(splitLightevalKey('lighteval|gsm8k|5')).toEqual({ task: 'gsm8k', shots: 5, suite: 'lighteval' });
    expect(splitLightevalKey('leaderboard|arc:challenge|25')).toEqual({ task: 'arc:challenge', shots: 25, suite: 'leaderboard' });
    expect(splitLightevalKey('gsm8k|0')).toEqual({ task: 'gsm8k', shots: 0, suite: null });
  });

  it('treats lm-eval "N/A" standard errors as none and refuses a value of the wrong type', () => {
    const problems: { path: string; message: string }[] = [];
    const run = readLmEval(
      parseRawJson('{"results": {"gsm8k": {"alias": "gsm8k", "exact_match,strict-match": 0.5, "exact_match_stderr,strict-match": "N/A", "exact_match,flexible-extract": true}}}'),
      () => true,
      problems,
    );
    expect(run!.values.map((v) => [v.metricKey, v.stderr])).toEqual([['exact_match,strict-match', null]]);
    expect(problems).toEqual([{ path: 'results.gsm8k["exact_match,flexible-extract"]', message: 'expected a finite number, got true' }]);
  });
});

describe('comparing a run with a reported value', () => {
  const reported = { resultId: 'r1', sourceId: 's', sourceTitle: 'Paper', tableLabel: 'Table 1', metric: 'EM', setting: '8-shot', value: 85.4, valueAsPrinted: '85.4', unit: 'percent' };

  it('combines the harness stderr with a binomial error of the report', () => {
    const c = compareWithReported({ value: 81.2, metric: 'EM strict', filter: 'strict-match', shots: 4, stderr: 1.03, itemsEvaluated: 1319, itemsTotal: 1319 }, reported, 1319);
    expect(c.delta).toBe(-4.2);
    const reportedSe = 100 * Math.sqrt((0.854 * 0.146) / 1319);
    expect(c.interval).toBeCloseTo(1.959963984540054 * Math.sqrt(1.03 ** 2 + reportedSe ** 2), 3);
    expect(c.within).toBe(false);
    expect(c.settingDifferences).toEqual(['shots: 4 run vs 8 reported', 'filter: strict-match']);
  });

  it('uses the item count when the harness gives no stderr, and says unknown without one', () => {
    const close = compareWithReported({ value: 85, metric: 'EM', filter: '', shots: 8, stderr: null, itemsEvaluated: 1319, itemsTotal: 1319 }, reported, 1319);
    expect(close.within).toBe(true);
    expect(close.intervalMethod).toMatch(/binomial on 1319 items/);
    expect(close.settingDifferences).toEqual([]);
    const unknown = compareWithReported({ value: 85, metric: 'EM', filter: '', shots: null, stderr: null, itemsEvaluated: null, itemsTotal: null }, reported, null);
    expect(unknown).toMatchObject({ delta: -0.4, interval: null, within: null });
    const elo = compareWithReported({ value: 85, metric: 'EM', filter: '', shots: null, stderr: 1, itemsEvaluated: 10, itemsTotal: 10 }, { ...reported, unit: 'elo' }, 10);
    expect(elo.delta).toBeNull();
  });
});
