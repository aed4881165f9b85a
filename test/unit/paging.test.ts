import { describe, expect, it } from 'vitest';
import { pageCountOf, pageToShow, parsePageNumber } from '@/lib/paging';

describe('paging', () => {
  it.each([
    ['1', 1],
    [' 12 ', 12],
    ['100000', 100000],
    ['0', null],
    ['-2', null],
    ['1e3', null],
    ['2.5', null],
    ['100001', null],
    ['9999999', null],
    ['', null],
    ['abc', null],
  ])('reads page %j as %j', (text, expected) => {
    expect(parsePageNumber(text)).toBe(expected);
  });

  it('counts pages, one at least, and shows the last page for one past the end', () => {
    expect([pageCountOf(0, 20), pageCountOf(20, 20), pageCountOf(21, 20), pageCountOf(177, 20)]).toEqual([1, 1, 2, 9]);
    expect([pageToShow(3, 177, 20), pageToShow(999, 177, 20), pageToShow(5, 0, 20)]).toEqual([3, 9, 1]);
  });
});
