import type { Grid, GridCell } from './grid';
import { MappedBuilder, trimMapped, type MappedText } from './mapped-text';

const separator = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Markdown emphasis and code marks around a cell's text; `<sup>` marks become plain text. */
function cleanMarkdown(src: string, start: number, end: number): MappedText {
  const out = new MappedBuilder();
  for (let i = start; i < end; i += 1) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < end) {
      out.push(src[i + 1]!, i + 1);
      i += 1;
    } else if (c === '<') {
      const close = src.indexOf('>', i);
      if (close > 0 && close < end && /^<\/?[a-z]+[^>]*>$/i.test(src.slice(i, close + 1))) i = close;
      else out.push(c, i);
    } else if (c === '*' && (src[i + 1] === '*' || src[i - 1] === '*')) continue;
    else if (c === '_' && (src[i + 1] === '_' || src[i - 1] === '_' || /\s|\|/.test(src[i - 1] ?? ' ') || /\s|\|/.test(src[i + 1] ?? ' '))) continue;
    else if (c === '`') continue;
    else out.push(c, i);
  }
  return trimMapped(out.build());
}

function splitRow(src: string, start: number, end: number): GridCell[] {
  const bounds: number[] = [];
  for (let i = start; i < end; i += 1) {
    if (src[i] === '\\') i += 1;
    else if (src[i] === '|') bounds.push(i);
  }
  const text = src.slice(start, end);
  const lead = /^\s*\|/.test(text);
  const trail = /\|\s*$/.test(text);
  const edges = [lead ? bounds[0]! : start - 1, ...bounds.slice(lead ? 1 : 0, trail ? -1 : undefined), trail ? bounds.at(-1)! : end];
  const cells: GridCell[] = [];
  for (let k = 0; k + 1 < edges.length; k += 1) cells.push({ content: cleanMarkdown(src, edges[k]! + 1, edges[k + 1]!), span: 1 });
  return cells;
}

/** Every pipe table (header line, separator line, body lines) in a Markdown text. */
export function markdownTables(src: string): Grid[] {
  const lines: { start: number; end: number }[] = [];
  for (let s = 0; s <= src.length; ) {
    const e = src.indexOf('\n', s);
    const end = e < 0 ? src.length : e;
    lines.push({ start: s, end });
    s = end + 1;
    if (e < 0) break;
  }
  const grids: Grid[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const head = lines[i]!;
    const sep = lines[i + 1]!;
    if (!src.slice(head.start, head.end).includes('|') || !separator.test(src.slice(sep.start, sep.end))) continue;
    const rows = [splitRow(src, head.start, head.end)];
    let j = i + 2;
    for (; j < lines.length; j += 1) {
      const line = src.slice(lines[j]!.start, lines[j]!.end);
      if (!line.includes('|') || !line.trim()) break;
      rows.push(splitRow(src, lines[j]!.start, lines[j]!.end));
    }
    grids.push({ kind: 'markdown', rows, headerRows: 1, start: head.start, end: lines[j - 1]!.end });
    i = j - 1;
  }
  return grids;
}
