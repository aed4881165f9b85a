import { describe, expect, it } from 'vitest';
import { mapFor, memoFor, memoLru } from '@/lib/memo';

describe('memoLru', () => {
  it('builds once per key and keeps at most `size` entries, dropping the one used longest ago', () => {
    const cache = new Map<string, string>();
    const built: string[] = [];
    const get = (k: string) => memoLru(cache, k, 2, () => (built.push(k), k.toUpperCase()));
    expect(get('a')).toBe('A');
    expect(get('b')).toBe('B');
    expect(get('a')).toBe('A'); // a is now the most recent
    expect(get('c')).toBe('C'); // evicts b, not a
    expect([...cache.keys()]).toEqual(['a', 'c']);
    expect(get('a')).toBe('A');
    expect(get('b')).toBe('B'); // rebuilt
    expect(built).toEqual(['a', 'b', 'c', 'b']);
  });

  it('memoises falsy values too', () => {
    const cache = new Map<string, number>();
    let builds = 0;
    memoLru(cache, 'zero', 4, () => (builds += 1, 0));
    expect(memoLru(cache, 'zero', 4, () => (builds += 1, 0))).toBe(0);
    expect(builds).toBe(1);
  });
});

describe('mapFor', () => {
  it('gives each owner its own map, the same one every time', () => {
    const perOwner = new WeakMap<object, Map<string, number>>();
    const a = {};
    const b = {};
    mapFor(perOwner, a).set('x', 1);
    expect(mapFor(perOwner, a).get('x')).toBe(1);
    expect(mapFor(perOwner, b).size).toBe(0);
  });
});

describe('memoFor', () => {
  it('builds once per owner, falsy values included', () => {
    const cache = new WeakMap<object, number>();
    const owner = {};
    let builds = 0;
    expect(memoFor(cache, owner, () => (builds += 1, 0))).toBe(0);
    expect(memoFor(cache, owner, () => (builds += 1, 1))).toBe(0);
    expect(memoFor(cache, {}, () => (builds += 1, 2))).toBe(2);
    expect(builds).toBe(2);
  });
});
