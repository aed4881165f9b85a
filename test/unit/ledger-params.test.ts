import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '@/lib/discrepancies';
import { applyLedgerView, ledgerQuery, parseLedgerView } from '@/lib/ledger-params';
import { sampleResult } from './sample-result';

const parse = (query: string) => parseLedgerView(new URLSearchParams(query));

describe('the ledger view in the URL', () => {
  it('defaults to every pair by model name, and reads setting, sort, dir and page', () => {
    expect(parse('').view).toEqual({ setting: 'all', sort: 'model', dir: 'asc', page: 1 });
    expect(parse('setting=unknown&sort=spread&page=3').view).toEqual({ setting: 'unknown', sort: 'spread', dir: 'desc', page: 3 });
    expect(parse('sort=spread&dir=asc').view.dir).toBe('asc');
  });

  it('keeps the old spellings working: same_setting=true|false and view=same|differ', () => {
    expect(parse('same_setting=true').view.setting).toBe('same');
    expect(parse('same_setting=false').view).toMatchObject({ setting: 'all', notSame: true });
    expect(parse('view=same').view.setting).toBe('same');
    expect(parse('view=differ').view.setting).toBe('different');
    expect(parse('setting=unknown&same_setting=true').view.setting).toBe('unknown');
  });

  it.each(['setting=maybe', 'same_setting=yes', 'view=x', 'sort=colour', 'dir=up', 'page=0', 'page=abc', 'page=1e3'])('reports %s as an issue and keeps the default', (query) => {
    const { view, issues } = parse(query);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.param).toBe(query.split('=')[0]);
    expect(view).toMatchObject({ setting: 'all', sort: 'model', page: 1 });
  });

  it('writes short permalinks that leave out defaults and old spellings', () => {
    const base = new URLSearchParams('model=qwen2.5-7b&view=same&page=4');
    expect(ledgerQuery(base, { page: 1 })).toBe('?model=qwen2.5-7b');
    expect(ledgerQuery(base, { sort: 'spread', dir: 'desc', page: 2 })).toBe('?model=qwen2.5-7b&page=2&sort=spread');
    expect(ledgerQuery(new URLSearchParams(), { setting: 'all' })).toBe('');
  });
});

describe('applying a view', () => {
  const pair = (model: string, values: number[], setting = '5-shot') =>
    values.map((v, i) => sampleResult({ id: `${model}${i}`, modelId: model, modelName: model, value: v, valueAsPrinted: String(v), setting: i ? setting : '5-shot' }));
  const all = findDiscrepancies([...pair('b', [10, 12]), ...pair('a', [10, 30], '3-shot'), ...pair('c', [1, 2, 9])]);

  it('sorts by spread largest first, by name, or by number of values, and filters by setting class', () => {
    expect(applyLedgerView(all, parse('').view).map((d) => d.modelId)).toEqual(['a', 'b', 'c']);
    expect(applyLedgerView(all, parse('sort=spread').view).map((d) => d.modelId)).toEqual(['a', 'c', 'b']);
    expect(applyLedgerView(all, parse('sort=spread&dir=asc').view).map((d) => d.modelId)).toEqual(['b', 'c', 'a']);
    expect(applyLedgerView(all, parse('sort=values').view).map((d) => d.modelId)).toEqual(['c', 'a', 'b']);
    expect(applyLedgerView(all, parse('setting=different').view).map((d) => d.modelId)).toEqual(['a']);
    expect(applyLedgerView(all, parse('same_setting=false').view).map((d) => d.modelId)).toEqual(['a']);
  });
});
