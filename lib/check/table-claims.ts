import type { Claim, NameIndex, NameRef } from './claims';
import type { Grid, GridCell } from './grid';
import { keysOf, resolveName, statedShots, type ResolvedName } from './resolve-name';
import { scorePattern } from './numbers';

const marks = '*†‡§¶#∗⋆✝';
const markRun = `[\\s${marks}]*`;
const num = '(\\d+(?:\\.\\d+)?|\\.\\d+)';
/** A value cell: one or more scores separated by "/", each with optional marks, "%" and "± sd". */
const valueCell = new RegExp(`^${markRun}${num}\\s*%?${markRun}(?:(?:±|\\+-|\\+/-)\\s*${num}${markRun})?(?:/${markRun}${num}\\s*%?${markRun}(?:(?:±|\\+-)\\s*${num}${markRun})?)*(?:\\([^)]*\\))?${markRun}$`, 'u');
const emptyCell = /^(?:[-–—]+|n\/?a|\/|×|✗|—|–|-|\s*)$/i;

/** Columns (or rows) that hold no scores: sizes, shot counts, dates, hyper-parameters. */
const nonScoreHeading = /^(?:#\s*)?(?:params?\.?|parameters|size|model size|#\s*params|year|date|tokens?|#\s*tokens|steps?|context(?: length)?|ctx|seq(?:uence)?\.? len(?:gth)?|release(?: date)?|temperature|temp\.?|top-?p|top-?k|lr|learning rate|batch(?: size)?|epochs?|samples|#\s*samples|n|k|shots?|#\s*shots?|setting|license|layers|heads|hidden(?: size)?|vocab(?:ulary)?(?: size)?|time|cost|speed|throughput|latency|gpus?|hours|training tokens|data|open)\b/i;
const shotsHeading = /^(?:#\s*)?(?:shots?|n[-\s]?shots?|#\s*shots?|few-?shot|setting)\b/i;

interface CellNumber {
  value: string;
  offset: number;
}

/** The scores of a value cell, each with its source offset; none for text, dashes and sizes. */
export function cellNumbers(cell: GridCell): CellNumber[] {
  const { text, offsets } = cell.content;
  if (!valueCell.test(text)) return [];
  const out: CellNumber[] = [];
  const re = /(\d+(?:\.\d+)?|\.\d+)/g;
  let depth = 0;
  let afterPm = false;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const between = text.slice(last, m.index);
    for (const ch of between) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    afterPm = /(?:±|\+-|\+\/-)\s*$/.test(between) || (afterPm && !between.includes('/'));
    last = m.index + m[0].length;
    if (depth > 0 || afterPm) continue;
    if (scorePattern.test(m[0])) out.push({ value: m[0], offset: offsets[m.index]! });
  }
  return out;
}

const isEmpty = (c: GridCell | undefined) => !c || emptyCell.test(c.content.text);
const isValue = (c: GridCell | undefined) => !!c && cellNumbers(c).length > 0;

/** Every key a grid's headings and labels may be looked up by. */
export function gridKeys(grid: Grid): string[] {
  const keys: string[] = [];
  for (const row of grid.rows) for (const cell of row) if (!isValue(cell)) keys.push(...keysOf(cell.content.text));
  return keys;
}

const ref = (r: ResolvedName | null, text: string, kind: 'models' | 'benchmarks'): NameRef => ({
  written: r?.written ?? (text.trim() || null),
  ids: r ? r[kind] : [],
});

/**
 * The score claims of a table: each number with the model and benchmark of its row and column
 * (models in rows and benchmarks in columns, or the transpose, whichever the names say), and the
 * shot count its row or column states. A table naming no model and no benchmark claims nothing.
 */
export function tableClaims(grid: Grid, index: NameIndex): Claim[] {
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  if (width < 2 || grid.rows.length < 2) return [];
  let headers: GridCell[][] = grid.rows.slice(0, grid.headerRows);
  const body = grid.rows.slice(grid.headerRows);
  // leading columns that hold text, not scores
  let labelCols = 0;
  for (let c = 0; c < width; c += 1) {
    const cells = body.map((r) => r[c]).filter((x) => !isEmpty(x));
    if (cells.length === 0 || cells.filter(isValue).length * 2 > cells.length) break;
    labelCols = c + 1;
  }
  if (labelCols === 0) labelCols = 1;
  if (labelCols >= width) return [];

  type Column = { res: ResolvedName | null; text: string; skip: boolean; shots: number | null; shotsColumn: boolean };
  const readColumns = (hs: GridCell[][]): Column[] =>
    Array.from({ length: width }, (_, c) => {
      const levels = hs.map((r) => r[c]?.content.text ?? '').filter(Boolean);
      const bottom = levels.at(-1) ?? '';
      let res: ResolvedName | null = null;
      let text = bottom;
      for (const level of [...levels].reverse()) {
        res = resolveName(level, index);
        if (res) {
          text = level;
          break;
        }
      }
      const shots = levels.map((l) => statedShots(l)).find((s) => s !== null) ?? null;
      return { res, text, skip: !res && nonScoreHeading.test(bottom), shots, shotsColumn: shotsHeading.test(bottom) };
    });
  let columns = readColumns(headers);

  type Row = { cells: GridCell[]; res: ResolvedName | null; text: string; shots: number | null; skip: boolean; columns: Column[] };
  const rows: Row[] = [];
  let lastLabel = '';
  for (const cells of body) {
    const values = cells.slice(labelCols).filter(isValue).length;
    const texts = cells.filter((c) => !isEmpty(c)).map((c) => c.content.text);
    if (values === 0) {
      // a heading inside the body: a section name (one text) or a new header row (several)
      if (new Set(texts).size >= 2 && cells.slice(labelCols).some((c) => !isEmpty(c))) {
        headers = [cells];
        columns = readColumns(headers);
      }
      continue;
    }
    let label = cells[0]?.content.text ?? '';
    if (!label.trim()) label = lastLabel; // a \multirow label covers the rows below it
    lastLabel = label;
    const res = resolveName(label, index);
    let shots = statedShots(res?.extra ?? label);
    for (let c = 1; c < labelCols; c += 1) {
      if (columns[c]?.shotsColumn) shots = statedShots(cells[c]?.content.text ?? '', true) ?? shots;
    }
    rows.push({ cells, res, text: label, shots, skip: !res && nonScoreHeading.test(label), columns });
  }

  const valueColumns = columns.map((_, c) => c).filter((c) => c >= labelCols);
  const count = (xs: (ResolvedName | null)[], kind: 'models' | 'benchmarks') => xs.filter((x) => x && x[kind].length).length;
  const rowRes = rows.map((r) => r.res);
  const colRes = valueColumns.map((c) => columns[c]!.res);
  const byRows = count(rowRes, 'models') + count(colRes, 'benchmarks');
  const byCols = count(rowRes, 'benchmarks') + count(colRes, 'models');
  if (byRows === 0 && byCols === 0) return [];
  const modelsInRows = byRows >= byCols;

  const claims: Claim[] = [];
  for (const row of rows) {
    if (row.skip) continue;
    for (let c = labelCols; c < row.cells.length; c += 1) {
      const col = row.columns[c];
      if (!col || col.skip || col.shotsColumn) continue;
      const cell = row.cells[c]!;
      if (c > labelCols && row.cells[c - 1] === cell) continue; // a spanning cell is read once
      const shots = row.shots ?? col.shots;
      for (const n of cellNumbers(cell)) {
        claims.push({
          offset: n.offset,
          value: n.value,
          model: modelsInRows ? ref(row.res, row.text, 'models') : ref(col.res, col.text, 'models'),
          benchmark: modelsInRows ? ref(col.res, col.text, 'benchmarks') : ref(row.res, row.text, 'benchmarks'),
          shots,
          context: grid.kind,
        });
      }
    }
  }
  return claims;
}
