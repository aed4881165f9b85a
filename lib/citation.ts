import type { ResultView } from './result-view';
import { units } from './vocabulary';

/** "Table 4, p. 17", "figure benchmarks_gui.png", "Section 7.1, p. ~15" — how the place is cited. */
export function citedPlace(r: Pick<ResultView, 'table' | 'page'>): string {
  const label = /\.(png|jpe?g|svg|pdf)$/i.test(r.table) ? `figure ${r.table}` : r.table;
  return r.page ? `${label}, p. ${r.page}` : label;
}

/** The author part of a citation: a team name as is, a list of people as "First et al.". */
export function citedAuthors(authors: string): string {
  const people = authors.split(/,\s*| and /).filter(Boolean);
  if (people.length <= 1 || /team|\bteam\b/i.test(authors)) return authors.replace(/,\s*et al\.?$/, ' et al.');
  const first = people[0]!.trim();
  return people.length === 2 ? `${first} and ${people[1]!.trim()}` : `${first.split(' ').at(-1)} et al.`;
}

/**
 * A sentence to paste into a paper, e.g. "MiMo-7B-RL scores 55.4 on AIME 2025 (Pass@1, 32 samples
 * averaged) as reported in Xiaomi LLM-Core Team (2025), Table 4, p. 17 [arXiv:2505.07608]."
 */
export function citationSentence(r: ResultView): string {
  const qualifiers = [r.metric, r.setting].filter(Boolean);
  if (r.flags.includes('llm_judged') && !/judge/i.test(r.setting)) qualifiers.push('graded by an LLM judge');
  if (r.flags.includes('self_evaluated')) qualifiers.push(`measured by the reporting team`);
  const unit = units.has(r.unit) ? units.info[r.unit].inSentence : '';
  const how = qualifiers.length ? ` (${qualifiers.join(', ')})` : '';
  const id = r.sourceArxiv ? ` [arXiv:${r.sourceArxiv}]` : '';
  return `${r.modelName} scores ${r.valueAsPrinted}${unit} on ${r.benchmarkName}${how} as reported in ${citedAuthors(r.sourceAuthors)} (${r.sourceYear}), ${citedPlace(r)}${id}.`;
}

/** The key of a BibTeX entry ("@misc{xiaomi2025mimo," -> "xiaomi2025mimo"). */
export function bibtexKey(bibtex: string): string | null {
  return /^\s*@\w+\s*\{\s*([^,\s]+)\s*,/.exec(bibtex)?.[1] ?? null;
}

/** Checks that an entry is well formed enough for BibTeX: a type, a key, balanced braces, a title. */
export function isValidBibtex(bibtex: string): boolean {
  if (!bibtexKey(bibtex)) return false;
  let depth = 0;
  for (const ch of bibtex) {
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0 && /\btitle\s*=/.test(bibtex) && /\byear\s*=/.test(bibtex);
}
