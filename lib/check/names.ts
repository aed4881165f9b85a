/**
 * The key a name is compared by: lower case, a year "20xx" written as "xx" ("AIME 2024" = "AIME 24"),
 * and only letters, digits, "." and "+" kept (so case, dashes, spaces and brackets do not matter,
 * while "Qwen2.5" and "HumanEval+" stay apart). db/queries/check-record.ts computes the same key in SQL.
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/(?<![0-9])20([0-9]{2})(?![0-9])/g, '$1')
    .replace(/[^a-z0-9.+]/g, '');
}

/** Keys too short or too numeric to name anything reliably are never looked up. */
export function isUsableKey(key: string): boolean {
  return key.length >= 2 && /[a-z]/.test(key);
}

const marks = /(?:[*†‡§¶#]|\^\S*|\s)+$/u;

/**
 * The spellings worth trying for a name cell, most specific first: as written, without footnote marks,
 * and without bracketed additions ("AIME 2024 (Pass@1)", "MiMo-7B-RL (ours)"), whose text is returned
 * as `extra` so a setting written there ("MMLU (5-shot)") is not lost.
 */
export function nameVariants(text: string): { name: string; extra: string }[] {
  const variants: { name: string; extra: string }[] = [];
  const add = (name: string, extra: string) => {
    const n = name.trim();
    if (n && !variants.some((v) => v.name === n)) variants.push({ name: n, extra });
  };
  const t = text.trim();
  add(t, '');
  const unmarked = t.replace(marks, '');
  add(unmarked, '');
  const brackets = [...unmarked.matchAll(/\s*[([]([^()[\]]*)[)\]]/g)];
  if (brackets.length) add(unmarked.replace(/\s*[([][^()[\]]*[)\]]/g, '').replace(marks, ''), brackets.map((b) => b[1]).join(', '));
  return variants;
}
