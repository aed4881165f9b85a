import type { Grid, GridCell } from './grid';
import { expandSpans } from './grid';
import { cleanLatex, skipGroup } from './latex-clean';
import { trimMapped } from './mapped-text';

const envStart = /\\begin\{(tabular\*?|tabularx|tabulary|longtable|longtabu|tabu|NiceTabular)\}/g;
const rule = /^(?:\s|%[^\n]*\n|\\(?:cmidrule(?:\([a-z]*\))?\{[^}]*\}|cline\{[^}]*\}|addlinespace(?:\[[^\]]*\])?))*\\(?:toprule|midrule|hline|specialrule|Xhline)\b/;

/** Every tabular environment of a LaTeX text, as a grid of cleaned cells. */
export function latexTables(src: string): Grid[] {
  const grids: Grid[] = [];
  for (const m of src.matchAll(envStart)) {
    const start = m.index;
    if (grids.some((g) => start < g.end)) continue; // nested in one already read
    const env = m[1]!;
    let i = start + m[0].length;
    // tabular*{width}[pos]{spec}, tabularx{width}{spec}, tabular[pos]{spec}
    const widthArgs = env === 'tabular*' || env === 'tabularx' || env === 'tabulary' ? 1 : 0;
    for (let n = 0; n <= widthArgs; ) {
      while (src[i] === ' ' || src[i] === '\n') i += 1;
      if (src[i] === '[') i = skipGroup(src, i, src.length);
      else if (src[i] === '{') {
        i = skipGroup(src, i, src.length);
        n += 1;
      } else break;
    }
    const endTag = `\\end{${env}}`;
    const bodyEnd = findEnd(src, i, env);
    if (bodyEnd < 0) continue;
    grids.push(readBody(src, i, bodyEnd, bodyEnd + endTag.length, start));
  }
  return grids;
}

/** The offset of the \end that closes the environment whose body starts at `from`, or -1. */
function findEnd(src: string, from: number, env: string): number {
  const re = new RegExp(`\\\\(begin|end)\\{${env.replace('*', '\\*')}\\}`, 'g');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    depth += m[1] === 'begin' ? 1 : -1;
    if (depth === 0) return m.index;
  }
  return -1;
}

interface RawRow {
  cells: { start: number; end: number }[];
  ruleBefore: boolean;
}

function readBody(src: string, bodyStart: number, bodyEnd: number, envEnd: number, envStart: number): Grid {
  const rows: RawRow[] = [];
  let cells: { start: number; end: number }[] = [];
  let cellStart = bodyStart;
  let depth = 0;
  let envDepth = 0;
  let rowStart = bodyStart;
  const endRow = (at: number) => {
    cells.push({ start: cellStart, end: at });
    rows.push({ cells, ruleBefore: rule.test(src.slice(rowStart, Math.min(at, rowStart + 400))) });
    cells = [];
  };
  for (let i = bodyStart; i < bodyEnd; i += 1) {
    const c = src[i];
    if (c === '%') {
      while (i < bodyEnd && src[i] !== '\n') i += 1;
      continue;
    }
    if (c === '\\') {
      if (src.startsWith('\\begin{', i)) envDepth += 1;
      else if (src.startsWith('\\end{', i)) envDepth -= 1;
      if (src[i + 1] === '\\' && depth === 0 && envDepth === 0) {
        endRow(i);
        let j = i + 2;
        while (src[j] === ' ') j += 1;
        if (src[j] === '[') j = skipGroup(src, j, bodyEnd); // \\[2pt]
        cellStart = rowStart = j;
        i = j - 1;
        continue;
      }
      i += 1;
      continue;
    }
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if (c === '&' && depth === 0 && envDepth === 0) {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  endRow(bodyEnd);
  // the trailing segment after the last \\ holds only \bottomrule: drop rows with no text
  const gridRows: GridCell[][] = [];
  let headerRows = -1;
  for (const row of rows) {
    const cellsOut = row.cells.map((c) => toCell(src, c.start, c.end));
    const hasText = cellsOut.some((c) => c.content.text.length > 0);
    if (row.ruleBefore && headerRows < 0 && gridRows.length > 0) headerRows = gridRows.length;
    if (hasText) gridRows.push(expandSpans(cellsOut));
  }
  return { kind: 'latex', rows: gridRows, headerRows: headerRows < 0 || headerRows >= gridRows.length ? Math.min(1, gridRows.length) : headerRows, start: envStart, end: envEnd };
}

function toCell(src: string, start: number, end: number): GridCell {
  const multi = /^\s*(?:\\(?:toprule|midrule|bottomrule|hline|cmidrule(?:\([a-z]*\))?\{[^}]*\}|cline\{[^}]*\}|addlinespace(?:\[[^\]]*\])?)\s*)*\\multicolumn\s*\{\s*(\d+)\s*\}/.exec(src.slice(start, Math.min(end, start + 300)));
  return { content: trimMapped(cleanLatex(src, start, end)), span: multi ? Number(multi[1]) : 1 };
}
