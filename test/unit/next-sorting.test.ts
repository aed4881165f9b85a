import { describe, expect, it } from 'vitest';
import { nextSorting } from '@/lib/leaderboard/next-sorting';

const desc = { multi: false, descFirst: true };
const asc = { multi: false, descFirst: false };

describe('nextSorting', () => {
  it('cycles a score column desc -> asc -> off', () => {
    expect(nextSorting([], 'gsm8k', desc)).toEqual([{ id: 'gsm8k', desc: true }]);
    expect(nextSorting([{ id: 'gsm8k', desc: true }], 'gsm8k', desc)).toEqual([{ id: 'gsm8k', desc: false }]);
    expect(nextSorting([{ id: 'gsm8k', desc: false }], 'gsm8k', desc)).toEqual([]);
  });
  it('cycles a name column asc -> desc -> off', () => {
    expect(nextSorting([], 'model', asc)).toEqual([{ id: 'model', desc: false }]);
    expect(nextSorting([{ id: 'model', desc: false }], 'model', asc)).toEqual([{ id: 'model', desc: true }]);
  });
  it('a plain click replaces other sorts', () => {
    expect(nextSorting([{ id: 'model', desc: false }], 'gsm8k', desc)).toEqual([{ id: 'gsm8k', desc: true }]);
  });
  it('shift-click adds, toggles in place, and removes', () => {
    const multi = { multi: true, descFirst: true };
    const one = [{ id: 'aime-2025', desc: true }];
    const two = nextSorting(one, 'math-500', multi);
    expect(two).toEqual([{ id: 'aime-2025', desc: true }, { id: 'math-500', desc: true }]);
    expect(nextSorting(two, 'aime-2025', multi)).toEqual([{ id: 'aime-2025', desc: false }, { id: 'math-500', desc: true }]);
    expect(nextSorting([{ id: 'aime-2025', desc: false }, { id: 'math-500', desc: true }], 'aime-2025', multi)).toEqual([{ id: 'math-500', desc: true }]);
  });
});

import { emptyView, serializeLeaderboardView, type KnownValues } from '@/lib/leaderboard/view-params';
import { parseLeaderboardView } from '@/lib/leaderboard/view-params-read';

const known: KnownValues = {
  benchmarks: new Set(['aime-2025', 'gsm8k']),
  categories: new Set(['math']),
  families: new Set(['MiMo', 'Qwen']),
  stages: new Set(['rl']),
  modalities: new Set(['text']),
  sources: new Set(['mimo-7b']),
};

describe('parseLeaderboardView', () => {
  it('round-trips a view through the URL', () => {
    const query = 'benchmark=aime-2025,gsm8k&family=MiMo&size=1-10&q=rl&sort=aime-2025:desc,model:asc&hide=stage&same_setting=1&complete=1&rows=50&page=3';
    const { view, notices } = parseLeaderboardView(new URLSearchParams(query), known);
    expect(notices).toEqual([]);
    expect([view.page, view.rows]).toEqual([3, 50]);
    expect(view.sort).toEqual([{ id: 'aime-2025', desc: true }, { id: 'model', desc: false }]);
    expect(view.size).toEqual({ min: 1, max: 10 });
    expect([view.comparable, view.complete]).toEqual([true, true]);
    expect(parseLeaderboardView(new URLSearchParams(serializeLeaderboardView(view)), known).view).toEqual(view);
  });

  it('never carries one request\'s view into the next (shared defaults stay empty)', () => {
    parseLeaderboardView(new URLSearchParams('sort=model:asc&hide=stage'), known);
    const { view } = parseLeaderboardView(new URLSearchParams('sort=gsm8k:desc'), known);
    expect(view.sort).toEqual([{ id: 'gsm8k', desc: true }]);
    expect(view.hide).toEqual([]);
    expect(emptyView.sort).toEqual([]);
  });

  it('leaves the first page and the default page size out of the URL', () => {
    const { view } = parseLeaderboardView(new URLSearchParams('page=1&rows=20'), known);
    expect(serializeLeaderboardView(view)).toBe('');
    expect(serializeLeaderboardView({ ...view, page: 2 })).toBe('page=2');
  });

  it.each([
    ['size=abc', /size range/],
    ['size=10-1', /size range/],
    ['sort=<script>', /Ignored the sort/],
    ['family=Nope', /unknown family value: "Nope"/],
    ['hide=model', /only family, params, stage, average/],
    ['comparable=maybe', /comparable/],
    ['complete=yes', /complete="yes" \(use 1, or leave it out\)/],
    ['zzz=1', /unknown parameter "zzz"/],
    ['page=0', /page="0"/],
    ['page=-2', /page="-2"/],
    ['page=1e3', /page="1e3"/],
    ['page=99999999', /page="99999999"/],
    ['rows=7', /rows="7" \(use 20, 50, 100, 200\)/],
    ['rows=abc', /rows="abc"/],
  ])('reports %s as a notice and ignores it', (query, message) => {
    const { view, notices } = parseLeaderboardView(new URLSearchParams(query), known);
    expect(notices.join(' ')).toMatch(message);
    expect(serializeLeaderboardView(view)).toBe('');
  });
});
