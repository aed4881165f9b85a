import type { MappedText } from './mapped-text';

/** One cell of a table found in a draft, as a reader sees it, mapped to the source. */
export interface GridCell {
  content: MappedText;
  /** Columns the cell covers (\multicolumn); the grid repeats it in each. */
  span: number;
}

/** A table found in a draft: rows of cells (spans expanded), the first `headerRows` of them headings. */
export interface Grid {
  kind: 'latex' | 'markdown' | 'csv';
  rows: GridCell[][];
  headerRows: number;
  /** Where the table starts and ends in the source, so prose extraction skips it. */
  start: number;
  end: number;
}

/** Repeats each spanning cell in the columns it covers. */
export function expandSpans(row: GridCell[]): GridCell[] {
  return row.flatMap((cell) => Array.from({ length: Math.max(1, cell.span) }, () => cell));
}
