/**
 * BibTeX entries as we serve them: parsed into fields, every field made safe for LaTeX, capitalised
 * names in titles protected from the styles' case changes, arXiv entries given eprint fields.
 */

export interface BibtexEntry {
  type: string;
  key: string;
  fields: { name: string; value: string }[];
}

/** Reads one entry (`@type{key, name = {value} | "value" | number, ...}`); null when it is not one. */
export function parseBibtexEntry(text: string): BibtexEntry | null {
  const head = /^\s*@(\w+)\s*\{\s*([^,\s]+)\s*,/.exec(text);
  if (!head) return null;
  const fields: BibtexEntry['fields'] = [];
  let i = head[0].length;
  const skipSpace = () => {
    while (i < text.length && /[\s,]/.test(text[i]!)) i += 1;
  };
  for (;;) {
    skipSpace();
    if (text[i] === '}') break;
    const name = /^([A-Za-z][\w-]*)\s*=\s*/.exec(text.slice(i));
    if (!name) return null;
    i += name[0].length;
    let value: string;
    if (text[i] === '{' || text[i] === '"') {
      const close = text[i] === '{' ? '}' : '"';
      let depth = 0;
      const start = i + 1;
      i += 1;
      while (i < text.length && !(depth === 0 && text[i] === close)) {
        if (text[i] === '{') depth += 1;
        else if (text[i] === '}') depth -= 1;
        if (depth < 0) return null;
        i += 1;
      }
      if (i >= text.length) return null;
      value = text.slice(start, i);
      i += 1;
    } else {
      const bare = /^[\w.-]+/.exec(text.slice(i));
      if (!bare) return null;
      value = bare[0];
      i += bare[0].length;
    }
    fields.push({ name: name[1]!, value });
  }
  if (text.slice(i + 1).trim() !== '') return null;
  return { type: head[1]!.toLowerCase(), key: head[2]!, fields };
}

export function formatBibtexEntry(entry: BibtexEntry): string {
  const width = Math.max(...entry.fields.map((f) => f.name.length));
  const lines = entry.fields.map((f) => `  ${f.name.padEnd(width)} = {${f.value}}`);
  return `@${entry.type}{${entry.key},\n${lines.join(',\n')}\n}`;
}

const specials: Record<string, string> = { '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };

/** Splits a field value into plain text and `\url{...}` / `\href{...}` arguments, which stay verbatim. */
function outsideUrls(value: string, change: (text: string) => string): string {
  let out = '';
  let i = 0;
  const urlCommand = /\\(?:url|href)\{/g;
  for (let m = urlCommand.exec(value); m; m = urlCommand.exec(value)) {
    out += change(value.slice(i, m.index));
    let depth = 1;
    let j = m.index + m[0].length;
    while (j < value.length && depth > 0) {
      if (value[j] === '{') depth += 1;
      else if (value[j] === '}') depth -= 1;
      j += 1;
    }
    out += value.slice(m.index, j);
    i = j;
    urlCommand.lastIndex = j;
  }
  return out + change(value.slice(i));
}

/** Escapes the characters LaTeX would read as commands (`_ & % $ # ~ ^`) unless already escaped. */
export function escapeBibtexText(value: string): string {
  return outsideUrls(value, (text) => text.replace(/(?<!\\)[&%$#_~^]/g, (c) => specials[c]!));
}

const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A word whose capitals a style must not lower: MiMo, MiniCPM, LLMs, README, Qwen2.5-VL, or a known name. */
function needsProtection(word: string, names: ReadonlySet<string>): boolean {
  const letters = word.replace(/[^A-Za-z0-9]/g, '');
  if (/[A-Z]/.test(letters.slice(1))) return true;
  if (/[A-Za-z]/.test(letters) && /\d/.test(letters) && /[A-Z]/.test(letters)) return true;
  const bare = word.replace(/[^A-Za-z0-9-]/g, '').toLowerCase();
  return /^[A-Z]/.test(word) && (names.has(bare) || months.has(bare));
}

/** Wraps each capitalised name of a title in braces, leaving braced parts as they are. */
export function protectTitleCase(title: string, names: Iterable<string> = []): string {
  const known = new Set([...names].map((n) => n.toLowerCase()));
  let out = '';
  let depth = 0;
  let plain = '';
  const flush = () => {
    out += plain.replace(/[^\s(),:;{}]+/g, (token) => {
      if (token.startsWith('\\')) return token;
      const m = /^(.*?)([.!?]*)$/.exec(token)!;
      return needsProtection(m[1]!, known) ? `{${m[1]}}${m[2]}` : token;
    });
    plain = '';
  };
  for (const ch of title) {
    if (depth === 0 && ch !== '{') {
      plain += ch;
      continue;
    }
    if (depth === 0) flush();
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    out += ch;
  }
  flush();
  return out;
}

const verbatimFields = new Set(['url', 'doi', 'eprint', 'archiveprefix', 'primaryclass']);

export interface ServedBibtexOptions {
  arxivId?: string | null;
  /** Names to keep capitalised in titles even when written like ordinary words (Llama, Qwen, Meta). */
  names?: Iterable<string>;
}

/**
 * The entry as we serve it: specials escaped in every field but URLs and identifiers, names in the
 * title protected, and arXiv papers given eprint, archivePrefix and url. Throws on text that is not
 * one BibTeX entry, so a bad seed never loads.
 */
export function servedBibtex(text: string, options: ServedBibtexOptions = {}): string {
  const entry = parseBibtexEntry(text);
  if (!entry) throw new Error('not a single well-formed BibTeX entry');
  const names = [...(options.names ?? [])];
  const fields = entry.fields.map(({ name, value }) => {
    const lower = name.toLowerCase();
    if (verbatimFields.has(lower)) return { name, value };
    const escaped = escapeBibtexText(value);
    return { name, value: lower === 'title' || lower === 'booktitle' ? protectTitleCase(escaped, names) : escaped };
  });
  const has = (n: string) => fields.some((f) => f.name.toLowerCase() === n);
  if (options.arxivId) {
    if (!has('eprint')) fields.push({ name: 'eprint', value: options.arxivId });
    if (!has('archiveprefix')) fields.push({ name: 'archivePrefix', value: 'arXiv' });
    if (!has('url')) fields.push({ name: 'url', value: `https://arxiv.org/abs/${options.arxivId}` });
  }
  return formatBibtexEntry({ ...entry, fields });
}
