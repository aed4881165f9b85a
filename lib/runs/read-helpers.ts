import type { FileProblem, ParsedValue } from './parsed-run';
import { isObject, RawNumber, type RawJson } from './raw-json';

export function describe(v: RawJson | undefined): string {
  if (v === undefined) return 'nothing';
  if (v instanceof RawNumber) return v.raw;
  if (typeof v === 'string') return `the string "${v.length > 40 ? `${v.slice(0, 40)}...` : v}"`;
  if (Array.isArray(v)) return 'a list';
  return v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v);
}

/** A finite number, or a problem naming where the file has something else (a string, NaN, ...). */
export function checkedNumber(v: RawJson | undefined, path: string, problems: FileProblem[]): RawNumber | null {
  if (v instanceof RawNumber && Number.isFinite(v.value)) return v;
  problems.push({ path, message: `expected a finite number, got ${describe(v)}` });
  return null;
}

export const stringOr = (v: RawJson | undefined): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** A date as ISO 8601: unix seconds (lm-eval's `date`) or a date string the file gives. */
export function isoDate(v: RawJson | undefined): string | null {
  if (v instanceof RawNumber && Number.isFinite(v.value)) return new Date(v.value * 1000).toISOString();
  if (typeof v === 'string') {
    if (/^\d+(\.\d+)?$/.test(v)) return new Date(Number(v) * 1000).toISOString();
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? v : d.toISOString();
  }
  return null;
}

/** Scalar generation settings (temperature, max tokens, ...) as the file has them. */
export function generationOf(v: RawJson | undefined): ParsedValue['generation'] {
  if (!isObject(v)) return {};
  const out: ParsedValue['generation'] = {};
  for (const [k, x] of Object.entries(v)) {
    if (x instanceof RawNumber) out[k] = Number.isFinite(x.value) ? x.value : x.raw;
    else if (typeof x === 'string' || typeof x === 'boolean' || x === null) out[k] = x;
  }
  return out;
}
