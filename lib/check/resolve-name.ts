import type { NameIndex } from './claims';
import { isUsableKey, nameKey, nameVariants } from './names';

export interface ResolvedName {
  written: string;
  /** Bracketed text left out to find the name ("Pass@1", "5-shot"). */
  extra: string;
  models: string[];
  benchmarks: string[];
}

/** Every key a cell's text may be looked up by (for the database read). */
export function keysOf(text: string): string[] {
  return nameVariants(text).map((v) => nameKey(v.name)).filter(isUsableKey);
}

/** The first spelling of `text` (as written, unmarked, without brackets) that names something in the catalog. */
export function resolveName(text: string, index: NameIndex): ResolvedName | null {
  for (const v of nameVariants(text)) {
    const key = nameKey(v.name);
    if (!isUsableKey(key)) continue;
    const hits = index.get(key);
    if (hits && (hits.models.length || hits.benchmarks.length)) return { written: v.name, extra: v.extra, ...hits };
  }
  return null;
}

/** A stated shot count: "5-shot", "5 shots", "zero-shot", or a bare count in a shots column. */
export function statedShots(text: string, bareCount = false): number | null {
  const t = text.toLowerCase();
  const m = /(?:^|[^\d.])(\d{1,2})[-\s]?shots?\b/.exec(t);
  if (m) return Number(m[1]);
  if (/\bzero[-\s]?shot\b/.test(t)) return 0;
  if (/\bone[-\s]?shot\b/.test(t)) return 1;
  if (bareCount && /^\d{1,2}$/.test(t.trim())) return Number(t.trim());
  return null;
}
