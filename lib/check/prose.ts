import type { Claim, NameIndex, NameRef } from './claims';
import type { MappedText } from './mapped-text';
import { isUsableKey, nameKey } from './names';
import { statedShots } from './resolve-name';

interface Token {
  text: string;
  offset: number;
  /** Inside square brackets or a bare "(3)": a citation or equation number. */
  bracketed: boolean;
}

interface Mention {
  from: number;
  to: number;
  written: string;
  models: string[];
  benchmarks: string[];
}

const maxNameTokens = 6;
const numberToken = /^(?:\d+(?:\.\d+)?|\.\d+)%?$/;
/** Words before a number that make it a reference, a hyper-parameter or a difference, not a score. */
const notAfter = /^(?:table|tab|tables|figure|fig|figures|section|sec|sections|§|eq|eqs|equation|equations|appendix|app|page|pages|p|pp|chapter|ch|algorithm|alg|line|lines|step|steps|epoch|epochs|version|v|top-p|top-k|temperature|t=|temp|seed|batch|lr|rank|by|of|from|\+|-|−|±|~|≈|about|around|roughly|approximately|iteration|iterations|round|rounds|stage|phase|part|footnote|ref|reference|no|number|item|level|lvl|k=|n=|@)$/i;
/** Words after a number that make it a size, a count or a difference. */
const notBefore = /^(?:b|m|k|t|bn|billion|million|thousand|tokens?|shots?|samples?|steps?|epochs?|gpus?|hours?|days?|layers?|heads?|times|x|×|points?|pts|pp|percentage|examples?|problems?|questions?|tasks?|languages?|benchmarks?|models?|runs?|seeds?|params?|parameters|images?|frames?|ms|s|sec|seconds?|minutes?|k-shot|-shot|gb|tb|mb|kb)$/i;
const fillerAfter = /^(?:on|in|for|at|the|of|with|over|across|when|accuracy|score|scores|pass@1|%|points?)$/i;
const respectively = /\brespectively\b/i;

/** Splits mapped prose into word tokens, keeping names' inner dots, dashes and pluses. */
function tokenize(m: MappedText): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  const re = /\[[^\]\n]{0,80}\]|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[A-Za-z0-9@*+#][\w.@*+#/'’=-]*%?|[.!?;](?=\s|$)|\n\s*\n/g;
  for (let x = re.exec(m.text); x; x = re.exec(m.text)) {
    const t = x[0];
    if (/^[.!?;]$/.test(t) || /^\n/.test(t)) {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    if (t.startsWith('[')) {
      // a citation like [12] or [3, 4]: its numbers are never scores
      current.push({ text: t, offset: m.offsets[x.index]!, bracketed: true });
      continue;
    }
    const text = t.replace(/[.,:]+$/, '');
    if (!text) continue;
    const before = m.text[x.index - 1];
    const after = m.text[x.index + t.length];
    const bracketed = before === '(' && after === ')' && /^\d+$/.test(text);
    current.push({ text, offset: m.offsets[x.index]!, bracketed });
    if (/\.$/.test(t) && !/\d\.$/.test(t) && /\s/.test(after ?? ' ')) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

const looksLikeScore = (t: Token) => numberToken.test(t.text) && !t.bracketed;

/** The n-gram keys near numbers, to look names up by. */
export function proseKeys(m: MappedText): string[] {
  const keys: string[] = [];
  for (const sentence of tokenize(m)) {
    if (!sentence.some(looksLikeScore)) continue;
    for (let i = 0; i < sentence.length; i += 1) {
      if (!/[A-Za-z]/.test(sentence[i]!.text)) continue;
      for (let n = 1; n <= maxNameTokens && i + n <= sentence.length; n += 1) {
        const key = nameKey(sentence.slice(i, i + n).map((t) => t.text).join(' '));
        if (isUsableKey(key)) keys.push(key);
      }
    }
  }
  return keys;
}

function mentions(sentence: Token[], index: NameIndex): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < sentence.length; ) {
    let found: Mention | null = null;
    if (/[A-Za-z]/.test(sentence[i]!.text)) {
      for (let n = Math.min(maxNameTokens, sentence.length - i); n >= 1; n -= 1) {
        const words = sentence.slice(i, i + n).map((t) => t.text);
        const hits = index.get(nameKey(words.join(' ')));
        if (hits && (hits.models.length || hits.benchmarks.length)) {
          found = { from: i, to: i + n, written: words.join(' '), ...hits };
          break;
        }
      }
    }
    if (found) {
      out.push(found);
      i = found.to;
    } else i += 1;
  }
  return out;
}

/** A name with a size in it ("FooNet-7B"): a model the catalog does not know, worth saying so. */
const modelLike = /^[A-Z][A-Za-z0-9.]*(?:[-_][A-Za-z0-9.]+)*[-_]\d+(?:\.\d+)?[BM](?:[-_][A-Za-z0-9.]+)*$/;

/**
 * Score claims in sentences: a number is one when the sentence names a benchmark for it ("68.2 on
 * AIME 2024", "On AIME 2024, ... 68.2") and a model (the nearest before it, else after it).
 * Years, sizes, shot counts, differences, references and citation numbers are not claims.
 */
export function proseClaims(m: MappedText, index: NameIndex, context: Claim['context'] = 'prose'): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of tokenize(m)) {
    if (!sentence.some(looksLikeScore)) continue;
    const found = mentions(sentence, index);
    const used = new Set<number>();
    for (const f of found) for (let k = f.from; k < f.to; k += 1) used.add(k);
    const benches = found.filter((f) => f.benchmarks.length);
    const models = found.filter((f) => f.models.length);
    const unknownModels = sentence.map((t, k) => ({ t, k })).filter(({ t, k }) => !used.has(k) && modelLike.test(t.text));
    if (!benches.length) continue;
    const shotTokens = sentence.map((t, k) => ({ k, shots: statedShots(t.text) })).filter((s) => s.shots !== null);
    const numbers: number[] = [];
    for (let k = 0; k < sentence.length; k += 1) {
      const t = sentence[k]!;
      if (used.has(k) || !looksLikeScore(t)) continue;
      const prev = sentence[k - 1]?.text ?? '';
      const next = sentence[k + 1]?.text ?? '';
      const plain = t.text.replace(/%$/, '');
      if (notAfter.test(prev) || notAfter.test(prev.replace(/[.:]$/, ''))) continue;
      if (!t.text.endsWith('%') && notBefore.test(next)) continue;
      if (/^\d+$/.test(plain) && (Number(plain) > 100 || /^(?:19|20)\d\d$/.test(plain))) continue;
      numbers.push(k);
    }
    const inOrder = respectively.test(sentence.map((t) => t.text).join(' '));
    numbers.forEach((k, nth) => {
      let bench: Mention | undefined;
      if (inOrder && benches.length === numbers.length) bench = benches[nth];
      else if (inOrder && benches.length === 1) bench = benches[0];
      if (!bench) {
        // "68.2 on AIME 2024": the benchmark right after the number, past filler words
        bench = benches.find((b) => b.from > k && sentence.slice(k + 1, b.from).every((t) => fillerAfter.test(t.text)) && b.from - k <= 4);
      }
      // otherwise the nearest benchmark before it with no other number in between
      bench ??= [...benches].reverse().find((b) => b.to <= k && !numbers.some((o) => o > b.to - 1 && o < k));
      if (!bench) return;
      let model: Mention | undefined;
      if (inOrder && models.length === numbers.length && benches.length !== numbers.length) model = models[nth];
      model ??= [...models].reverse().find((x) => x.to <= k) ?? models.find((x) => x.from > k);
      let modelRef: NameRef;
      if (model) modelRef = { written: model.written, ids: model.models };
      else {
        const guess = [...unknownModels].reverse().find((u) => u.k < k) ?? unknownModels[0];
        if (!guess) return;
        modelRef = { written: guess.t.text, ids: [] };
      }
      const nearestShots = shotTokens.sort((a, b) => Math.abs(a.k - k) - Math.abs(b.k - k))[0];
      claims.push({
        offset: sentence[k]!.offset,
        value: stripPercent(sentence[k]!.text),
        model: modelRef,
        benchmark: { written: bench.written, ids: bench.benchmarks },
        shots: nearestShots?.shots ?? null,
        context,
      });
    });
  }
  return claims;
}

const stripPercent = (s: string) => s.replace(/%$/, '');
