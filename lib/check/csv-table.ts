import type { Grid, GridCell } from './grid';
import { trimMapped, type MappedText } from './mapped-text';

/** RFC 4180 records with each field's text mapped to the source (quotes removed). */
function csvRecords(src: string, delimiter: string): GridCell[][] {
  const rows: GridCell[][] = [];
  let row: GridCell[] = [];
  let text: string[] = [];
  let offsets: number[] = [];
  let quoted = false;
  const endField = () => {
    const content: MappedText = trimMapped({ text: text.join(''), offsets });
    row.push({ content, span: 1 });
    text = [];
    offsets = [];
  };
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        text.push('"');
        offsets.push(i);
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        text.push(c);
        offsets.push(i);
      }
    } else if (c === '"' && text.every((t) => /\s/.test(t))) quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') {
      text.push(c);
      offsets.push(i);
    }
  }
  endField();
  rows.push(row);
  return rows.filter((r) => r.some((c) => c.content.text));
}

/**
 * The whole draft as one table, when it is CSV (or tab-separated): at least two records, every one
 * with the same number of fields (two or more).
 */
export function csvTable(src: string): Grid | null {
  const firstLine = src.slice(0, src.indexOf('\n') < 0 ? src.length : src.indexOf('\n'));
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  if (!firstLine.includes(delimiter)) return null;
  const rows = csvRecords(src, delimiter);
  if (rows.length < 2) return null;
  const width = rows[0]!.length;
  if (width < 2 || rows.some((r) => r.length !== width)) return null;
  return { kind: 'csv', rows, headerRows: 1, start: 0, end: src.length };
}
