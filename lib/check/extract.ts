import type { Claim, NameIndex } from './claims';
import { csvTable } from './csv-table';
import type { Grid } from './grid';
import { cleanLatex } from './latex-clean';
import { latexTables } from './latex-tables';
import { markdownTables } from './markdown-tables';
import { MappedBuilder, type MappedText } from './mapped-text';
import { proseClaims, proseKeys } from './prose';
import { gridKeys, tableClaims } from './table-claims';

/** A draft split into its tables and its prose, before any name is looked up. */
export interface DraftParts {
  text: string;
  grids: Grid[];
  prose: MappedText;
  isLatex: boolean;
}

const displayMath = /\\begin\{(equation|align|gather|multline|eqnarray|displaymath|math)\*?\}[\s\S]*?\\end\{\1\*?\}|\\\[[\s\S]*?\\\]|\$\$[\s\S]*?\$\$/g;
/** LaTeX floats and environments whose text is not prose a number could be claimed in. */
const nonProse = /\\begin\{(verbatim|lstlisting|minted|thebibliography|filecontents)\*?\}[\s\S]*?\\end\{\1\*?\}/g;

/** Line endings as "\n" only, so columns count the same on every system. */
export function normaliseDraft(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function splitDraft(text: string): DraftParts {
  const isLatex = /\\(?:begin|section|documentclass|textbf|cite|usepackage|midrule|toprule)\b/.test(text);
  let grids: Grid[] = isLatex ? latexTables(text) : [];
  const md = markdownTables(text).filter((g) => !grids.some((l) => g.start < l.end && g.end > l.start));
  grids = [...grids, ...md];
  if (!grids.length && !isLatex) {
    const csv = csvTable(text);
    if (csv) grids = [csv];
  }
  // blank out the tables, equations and listings, keeping every offset
  const masked = text.split('');
  const blank = (a: number, b: number) => {
    for (let i = a; i < b; i += 1) if (masked[i] !== '\n') masked[i] = ' ';
  };
  for (const g of grids) blank(g.start, g.end);
  if (isLatex) for (const re of [displayMath, nonProse]) for (const m of text.matchAll(re)) blank(m.index, m.index + m[0].length);
  const rest = masked.join('');
  let prose: MappedText;
  if (isLatex) prose = cleanLatex(rest, 0, rest.length);
  else {
    // Markdown emphasis and code marks are not part of words
    const out = new MappedBuilder();
    for (let i = 0; i < rest.length; i += 1) out.push(/[*_`]/.test(rest[i]!) && !/\w/.test(rest[i - 1] ?? ' ') ? ' ' : rest[i]!, i);
    prose = out.build();
  }
  return { text, grids, prose, isLatex };
}

/** Every key the draft's names may be looked up by. */
export function draftKeys(parts: DraftParts): string[] {
  return [...new Set([...parts.grids.flatMap(gridKeys), ...proseKeys(parts.prose)])];
}

/** The draft's score claims, in the order they appear. */
export function draftClaims(parts: DraftParts, index: NameIndex): Claim[] {
  const claims = [...parts.grids.flatMap((g) => tableClaims(g, index)), ...proseClaims(parts.prose, index)];
  return claims.sort((a, b) => a.offset - b.offset);
}
