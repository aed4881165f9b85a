import { describe, expect, it } from 'vitest';
import { parseResultFilters, unknownFilterValues, type FilterOptions } from '@/lib/result-filters';

const parse = (query: string, other: string[] = []) => parseResultFilters(new URLSearchParams(query), other);

describe('parseResultFilters', () => {
  it('reads comma lists and repeated parameters, dropping duplicates', () => {
    expect(parse('model=a,b&model=b,c&benchmark=x').filters).toEqual({ model: ['a', 'b', 'c'], benchmark: ['x'] });
  });
  it('keeps free text', () => expect(parse('q=  AIME 2025 ').filters).toEqual({ q: 'AIME 2025' }));
  it('reports unknown parameters unless the caller expects them', () => {
    expect(parse('format=csv').issues).toEqual([{ param: 'format', message: 'unknown parameter "format"' }]);
    expect(parse('format=csv', ['format']).issues).toEqual([]);
  });
  it.each(['model=<script>', "model=a'; drop table results;--", `model=${'x'.repeat(300)}`, 'family=%00'])(
    'reports a malformed value in %s without keeping it',
    (query) => {
      const { filters, issues } = parse(query);
      expect(filters.model ?? filters.family ?? []).toEqual([]);
      expect(issues[0]?.message).toMatch(/malformed/);
    },
  );
  it('refuses an over-long search', () => expect(parse(`q=${'a'.repeat(201)}`).issues[0]?.param).toBe('q'));
  it('refuses control characters in a search (a NUL byte would reach the database)', () => {
    expect(parse('q=abc%00def').issues[0]?.message).toMatch(/control characters/);
  });
});

describe('unknownFilterValues', () => {
  const options = { model: new Set(['a']), source: new Set(), benchmark: new Set(), family: new Set(), category: new Set(), stage: new Set(), modality: new Set() } as unknown as FilterOptions;
  it('names the values the database does not know', () => {
    expect(unknownFilterValues({ model: ['a', 'zz'] }, options)).toEqual([{ param: 'model', message: 'unknown model: "zz"' }]);
  });
});
