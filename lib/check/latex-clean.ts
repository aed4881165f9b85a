import { MappedBuilder, type MappedText } from './mapped-text';

/** Commands whose arguments are not text a reader sees (references, colours, spacing, notes). */
const dropWithArgs = new Set([
  'cite', 'citep', 'citet', 'citealp', 'citeauthor', 'citeyear', 'ref', 'eqref', 'autoref', 'cref', 'Cref', 'pageref', 'label',
  'cellcolor', 'rowcolor', 'columncolor', 'color', 'hspace', 'vspace', 'footnote', 'footnotetext', 'tnote', 'url', 'href',
  'cmidrule', 'cline', 'specialrule', 'addlinespace', 'rule', 'raisebox', 'includegraphics', 'resizebox', 'scalebox', 'setlength',
  'arraystretch', 'renewcommand', 'newcommand', 'def', 'caption', 'captionof', 'begin', 'end', 'input', 'multirow', 'multicolumn',
]);
/** How many arguments to skip before the one that carries text. */
const textArgAt: Record<string, number> = { multirow: 2, multicolumn: 2, href: 1, raisebox: 1, resizebox: 2, scalebox: 1, textcolor: 1, colorbox: 1 };
const symbols: Record<string, string> = {
  pm: '±', dagger: '†', ddagger: '‡', ast: '*', star: '*', textdagger: '†', textdaggerdbl: '‡', S: '§', P: '¶',
  '%': '%', '&': '&', _: '_', '#': '#', $: '$', '{': '', '}': '', ',': ' ', ';': ' ', ':': ' ', '!': '', ' ': ' ', '\\': ' ',
  times: '×', checkmark: '✓', cdot: '·', textasteriskcentered: '*', quad: ' ', qquad: ' ', ldots: '…', dots: '…', textbar: '|',
  newline: ' ', tabularnewline: ' ', and: ' ',
};

function skipSpaces(src: string, i: number, end: number): number {
  while (i < end && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n')) i += 1;
  return i;
}

/** The index just after a balanced group that opens at `i` ("{...}" or "[...]"), or `i` if none opens there. */
export function skipGroup(src: string, i: number, end: number): number {
  const open = src[i];
  if (open !== '{' && open !== '[' && open !== '(') return i;
  const close = open === '{' ? '}' : open === '[' ? ']' : ')';
  let depth = 0;
  for (let j = i; j < end; j += 1) {
    const c = src[j];
    if (c === '\\') {
      j += 1;
      continue;
    }
    if (c === open) depth += 1;
    else if (c === close) {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
  }
  return end;
}

/**
 * What a reader sees of a stretch of LaTeX, each character mapped to its place in the source:
 * formatting commands keep their text (\textbf{68.2} -> 68.2), marks become symbols
 * ($^\dagger$ -> †, \pm -> ±), references, colours and comments disappear.
 */
export function cleanLatex(src: string, start: number, end: number): MappedText {
  const out = new MappedBuilder();
  walk(src, start, end, out);
  return out.build();
}

function walk(src: string, start: number, end: number, out: MappedBuilder): void {
  let i = start;
  while (i < end) {
    const c = src[i]!;
    if (c === '%') {
      while (i < end && src[i] !== '\n') i += 1;
      continue;
    }
    if (c === '\\') {
      const m = /^[A-Za-z]+\*?|^./s.exec(src.slice(i + 1, Math.min(end, i + 40)));
      const name = m?.[0] ?? '';
      let j = i + 1 + name.length;
      const bare = name.replace(/\*$/, '');
      if (bare === 'begin' || bare === 'end') {
        // environment names and their column specs are not text: \begin{tabular}{cc}, \begin{minipage}[t]{3cm}
        j = skipGroup(src, skipSpaces(src, j, end), end);
        if (bare === 'begin') for (let k = skipSpaces(src, j, end); src[k] === '{' || src[k] === '['; k = skipSpaces(src, j, end)) j = skipGroup(src, k, end);
        out.push(' ', i);
        i = j;
        continue;
      }
      if (bare in symbols) {
        out.push(symbols[bare]!, i);
        i = j;
        continue;
      }
      const skip = textArgAt[bare] ?? 0;
      if (dropWithArgs.has(bare) && !(bare in textArgAt)) {
        for (let k = skipSpaces(src, j, end); src[k] === '{' || src[k] === '[' || (src[k] === '(' && bare === 'cmidrule'); k = skipSpaces(src, j, end)) j = skipGroup(src, k, end);
        out.push(' ', i);
        i = j;
        continue;
      }
      // skip the arguments that are not text, then let the text argument be walked as ordinary text
      for (let n = 0; n < skip; ) {
        const k = skipSpaces(src, j, end);
        if (src[k] === '[') j = skipGroup(src, k, end);
        else if (src[k] === '{') {
          j = skipGroup(src, k, end);
          n += 1;
        } else break;
      }
      if (bare === 'multirow' || bare === 'multicolumn') {
        // \multirow{2}{*}[-1ex]{Text}: an optional shift may follow the width
        const k = skipSpaces(src, j, end);
        if (src[k] === '[') j = skipGroup(src, k, end);
      }
      i = j;
      continue;
    }
    if (c === '$' || c === '{' || c === '}' || c === '^' || c === '_') {
      i += 1;
      continue;
    }
    if (c === '~' || c === '\n' || c === '\t') {
      out.push(' ', i);
      i += 1;
      continue;
    }
    out.push(c, i);
    i += 1;
  }
}
