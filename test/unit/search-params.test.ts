import { describe, expect, it } from 'vitest';
import { ledgerAliases, parseLedgerView } from '@/lib/ledger-params';
import { serializeLeaderboardView, type KnownValues } from '@/lib/leaderboard/view-params';
import { leaderboardAliases, parseLeaderboardView } from '@/lib/leaderboard/view-params-read';
import { parseBenchmarkPage } from '@/lib/search-params/benchmark';
import { compareAliases, compareHref, parseCompareView } from '@/lib/search-params/compare';
import { parseCurvesView } from '@/lib/search-params/curves';
import { canonicalAddress, readApiParams, toSearchParams } from '@/lib/search-params/read';
import { parseResultsQuery } from '@/lib/search-params/results';
import { runParams, runsParams } from '@/lib/search-params/runs';
import { parseSearchView } from '@/lib/search-params/search';
import { parseSizeView } from '@/lib/search-params/size';

const known: KnownValues = {
  benchmarks: new Set(['gsm8k']),
  categories: new Set(['math']),
  families: new Set(['Qwen']),
  stages: new Set(),
  modalities: new Set(),
  sources: new Set(),
};
const leaderboard = (q: string) => parseLeaderboardView(new URLSearchParams(q), known);

describe('the leaderboard schema', () => {
  it('reads same_setting=1, complete=1 and runs=1 as its flags and writes them back the same way', () => {
    const { view, notices } = leaderboard('same_setting=1&complete=1&runs=1&family=Qwen');
    expect(notices).toEqual([]);
    expect([view.comparable, view.complete, view.runs]).toEqual([true, true, true]);
    expect(serializeLeaderboardView(view)).toBe('family=Qwen&same_setting=1&complete=1&runs=1');
  });

  it.each(['comparable=1', 'comparable=true', 'same_setting=true'])('reads the old spelling %s as same_setting=1', (q) => {
    expect(leaderboard(q)).toEqual(leaderboard('same_setting=1'));
  });

  it.each(['same_setting=yes', 'runs=2', 'comparable=maybe'])('refuses %s with a notice naming it, and leaves the flag off', (q) => {
    const { view, notices } = leaderboard(q);
    expect(notices.join(' ')).toContain(q.split('=')[0]);
    expect([view.comparable, view.runs]).toEqual([false, false]);
  });

  it('redirects only old spellings, keeping every other parameter; the canonical one wins', () => {
    expect(canonicalAddress('/', { comparable: '1', family: 'Qwen', sort: 'gsm8k:desc' }, leaderboardAliases)).toBe('/?family=Qwen&sort=gsm8k%3Adesc&same_setting=1');
    expect(canonicalAddress('/', { comparable: '0', q: 'x' }, leaderboardAliases)).toBe('/?q=x');
    expect(canonicalAddress('/', { complete: 'true' }, leaderboardAliases)).toBe('/?complete=1');
    expect(canonicalAddress('/', { same_setting: '1', family: 'Qwen' }, leaderboardAliases)).toBeNull();
    expect(canonicalAddress('/', { comparable: 'maybe' }, leaderboardAliases)).toBeNull();
  });
});

describe('the compare schema', () => {
  it('reads models and same_setting=1; old spellings redirect to it', () => {
    expect(parseCompareView({ models: 'a,b', same_setting: '1' })).toEqual({ view: { models: ['a', 'b'], sameSetting: true }, notices: [] });
    expect(parseCompareView({ models: ['a', 'b,a'] }).view.models).toEqual(['a', 'b']);
    expect(canonicalAddress('/compare', { models: 'a,b', comparable: '1' }, compareAliases)).toBe('/compare?models=a%2Cb&same_setting=1');
    expect(canonicalAddress('/compare', { models: 'a,b', same_setting: 'true' }, compareAliases)).toBe('/compare?models=a%2Cb&same_setting=1');
    expect(canonicalAddress('/compare', { models: 'a,b', same_setting: '1' }, compareAliases)).toBeNull();
  });

  it('notices a bad flag and writes the canonical address', () => {
    const { view, notices } = parseCompareView({ models: 'a', same_setting: 'on' });
    expect(view.sameSetting).toBe(false);
    expect(notices).toEqual(['Ignored same_setting="on" (use 1, or leave it out).']);
    expect(compareHref({ models: ['a', 'b'], sameSetting: true })).toBe('/compare?models=a%2Cb&same_setting=1');
    expect(compareHref({ models: [], sameSetting: false })).toBe('/compare');
  });
});

describe('the ledger schema', () => {
  it('redirects view= and same_setting=true|1 to setting=, but not same_setting=false (no setting names it)', () => {
    expect(canonicalAddress('/discrepancies', { view: 'same', model: 'qwen2.5-7b' }, ledgerAliases)).toBe('/discrepancies?model=qwen2.5-7b&setting=same');
    expect(canonicalAddress('/discrepancies', { view: 'differ' }, ledgerAliases)).toBe('/discrepancies?setting=different');
    expect(canonicalAddress('/discrepancies', { view: 'all', sort: 'spread' }, ledgerAliases)).toBe('/discrepancies?sort=spread');
    expect(canonicalAddress('/discrepancies', { same_setting: '1' }, ledgerAliases)).toBe('/discrepancies?setting=same');
    expect(canonicalAddress('/discrepancies', { same_setting: 'false' }, ledgerAliases)).toBeNull();
    expect(canonicalAddress('/discrepancies', { view: 'x' }, ledgerAliases)).toBeNull();
  });

  it('reads an alias exactly as its canonical spelling', () => {
    expect(parseLedgerView(new URLSearchParams('same_setting=1&sort=spread'))).toEqual(parseLedgerView(new URLSearchParams('setting=same&sort=spread')));
  });
});

describe('the small page schemas fall back to their default with a notice', () => {
  it('benchmark page', () => {
    expect(parseBenchmarkPage({ page: '3' })).toEqual({ page: 3, notices: [] });
    expect(parseBenchmarkPage({ page: 'zero' })).toEqual({ page: 1, notices: ['Ignored page="zero" (use a page number from 1); showing the first page.'] });
    expect(parseBenchmarkPage({ utm_source: 'x' })).toEqual({ page: 1, notices: [] });
  });
  it('curves and size', () => {
    expect(parseCurvesView({ group: ['analysis_qa', 'x'] })).toEqual({ group: 'analysis_qa', notices: [] });
    expect(parseCurvesView({ group: 'g'.repeat(101) }).notices[0]).toMatch(/^Ignored group="g{40}…"/);
    expect(parseSizeView({ benchmark: 'gsm8k' })).toEqual({ benchmark: 'gsm8k', notices: [] });
    expect(parseSizeView({ benchmark: '' })).toEqual({ benchmark: null, notices: [] });
  });
  it('search forgives control characters and searches the first 100 characters of longer text', () => {
    expect(parseSearchView({ q: ' qwen\u0000 7b ' })).toEqual({ q: 'qwen 7b', notices: [] });
    const long = parseSearchView({ q: 'a'.repeat(150) });
    expect(long.q).toHaveLength(100);
    expect(long.notices).toHaveLength(1);
  });
});

describe('the API schemas answer a bad or unknown parameter by name', () => {
  it('/api/results: format and filters', () => {
    expect(parseResultsQuery(toSearchParams({ format: 'csv', model: 'a,b', q: ' x ' }))).toEqual({ format: 'csv', filters: { model: ['a', 'b'], q: 'x' }, issues: [] });
    expect(parseResultsQuery(toSearchParams({})).format).toBe('json');
    const bad = parseResultsQuery(toSearchParams({ model: '<x>', format: 'xml', colour: 'red' }));
    expect(bad.issues.map((i) => i.param)).toEqual(['format', 'model', 'colour']);
    expect(bad.issues[0]!.message).toBe('format must be "csv", "json", "eee" or "yaml"');
  });
  it('/api/runs and /api/runs/{id}', () => {
    expect(readApiParams(new URLSearchParams('model=mimo-7b-rl'), runsParams)).toEqual({ values: { model: 'mimo-7b-rl' }, issues: [] });
    expect(readApiParams(new URLSearchParams('model=Not A Slug'), runsParams).issues).toEqual([{ param: 'model', message: 'model must be a model id' }]);
    expect(readApiParams(new URLSearchParams('format=pdf'), runParams).issues).toEqual([{ param: 'format', message: 'format must be one of json, eee, yaml' }]);
  });
});
