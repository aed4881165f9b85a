import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsvRecords, parseCsvTable, toCsvLine } from '@/lib/csv';

describe('parseCsvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, and keeps line numbers', () => {
    const records = parseCsvRecords('a,b\n"x, y","say ""hi"""\n"multi\nline",z\nlast,row');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', 'z'],
      ['last', 'row'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('accepts CRLF, a BOM and a trailing newline; skips blank lines', () => {
    expect(parseCsvRecords('\uFEFFa,b\r\n1,2\r\n\r\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps an empty last field', () => {
    expect(parseCsvRecords('a,b,\n').map((r) => r.fields)).toEqual([['a', 'b', '']]);
  });

  it.each([
    ['a,"open\n', 1, /never closed/],
    ['a,b\n1,"x"y\n', 2, /after a closing quote/],
    ['a,b\n1,x"y\n', 2, /quote inside an unquoted field/],
  ])('rejects %j at line %i', (text, line, message) => {
    try {
      parseCsvRecords(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(line);
      expect((error as Error).message).toMatch(message);
    }
  });
});

describe('parseCsvTable', () => {
  it('maps rows to the header and checks field counts', () => {
    expect(parseCsvTable('a,b\n1,2\n').rows).toEqual([{ line: 2, values: { a: '1', b: '2' } }]);
    expect(() => parseCsvTable('a,b\n1,2,3\n')).toThrow(/expected 2 fields/);
    expect(() => parseCsvTable('a,a\n1,2\n')).toThrow(/appears twice/);
    expect(() => parseCsvTable('')).toThrow(/empty/);
  });
});

describe('toCsvLine', () => {
  it('quotes only what needs quoting and round-trips non-ASCII text', () => {
    const line = toCsvLine(['plain', 'a,b', 'say "hi"', 'Démo – 模型', ' padded', 'two\nlines']);
    expect(line).toBe('plain,"a,b","say ""hi""",Démo – 模型," padded","two\nlines"\n');
    expect(parseCsvRecords(line)[0]!.fields).toEqual(['plain', 'a,b', 'say "hi"', 'Démo – 模型', ' padded', 'two\nlines']);
  });
});
