/**
 * How every route reads its URL: one zod schema per parameter, applied to that parameter's raw values,
 * so one bad parameter is reported by name and the others still count. Old spellings are rewritten to
 * the canonical ones first (pages redirect to the result, APIs read it as an alias).
 * zod/mini keeps the schemas small enough for the client components that share them.
 */
import * as z from 'zod/mini';
import { parsePageNumber } from '../paging';

export interface ParamIssue {
  param: string;
  message: string;
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** A parameter's schema reads every value given for it (`?a=1&a=2` gives ['1', '2']). */
export type ParamSchema<T = unknown> = z.ZodMiniType<T, string[]>;
export type ParamSchemas = Record<string, ParamSchema>;
export type ParamValues<S extends ParamSchemas> = { [K in keyof S]?: z.output<S[K]> };

export function toSearchParams(input: SearchParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return new URLSearchParams(input);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/** Text cut short for a message, so a huge parameter never floods a notice. */
export const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The first value of a parameter, read by `inner`. */
export function one<T>(inner: z.ZodMiniType<T, string>): ParamSchema<T> {
  return z.pipe(z.pipe(z.array(z.string()), z.transform((all: string[]) => all[0] ?? '')), inner);
}

/** Comma-separated or repeated values, trimmed, empty ones and repeats dropped, at most `max`. */
export function list(max: number): ParamSchema<string[]> {
  return z.pipe(
    z.array(z.string()),
    z.transform((all: string[]) => [...new Set(all.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))].slice(0, max)),
  );
}

/** The old spellings of a flag: true, and false or 0 (the default, so they go). */
export const oldFlagValues = { true: '1', false: null, '0': null } as const;

/** A boolean switched on by `1` (and off by leaving it out): the one spelling of every flag. */
export function flag(name: string): ParamSchema<boolean> {
  return one(z.pipe(z.enum(['1'], { error: (i) => `Ignored ${name}="${short(String(i.input))}" (use 1, or leave it out).` }), z.transform(() => true)));
}

/** The first value, read by `read`; null from it refuses the value with `message`. */
export function readOne<T>(read: (raw: string) => T | null, message: (raw: string) => string): ParamSchema<T> {
  return one(
    z.pipe(
      z.string(),
      z.transform((raw: string, ctx) => {
        const value = read(raw);
        if (value !== null) return value;
        ctx.issues.push({ code: 'custom', message: message(raw), input: raw });
        return z.NEVER;
      }),
    ),
  );
}

/** A 1-based page number. */
export const pageNumber = (message: (text: string) => string): ParamSchema<number> => readOne(parsePageNumber, message);

/** Runs each parameter's schema; a parameter that fails is left out and reported with the schema's message. */
export function readParams<S extends ParamSchemas>(params: URLSearchParams, schemas: S): { values: ParamValues<S>; issues: ParamIssue[]; unknown: string[] } {
  const values: ParamValues<S> = {};
  const issues: ParamIssue[] = [];
  const unknown: string[] = [];
  for (const key of new Set(params.keys())) {
    if (!Object.hasOwn(schemas, key)) {
      unknown.push(key);
      continue;
    }
    const parsed = schemas[key]!.safeParse(params.getAll(key));
    if (parsed.success) values[key as keyof S] = parsed.data as ParamValues<S>[keyof S];
    else issues.push({ param: key, message: parsed.error.issues[0]?.message ?? `bad value for "${key}"` });
  }
  return { values, issues, unknown };
}

/**
 * An old spelling: parameter `old` with one of the listed values stands for `canonical` with the mapped
 * value (null: the default, so the parameter goes). When old and canonical share a name, values not
 * listed are left to the canonical schema; otherwise an unlisted value is an issue named after `old`.
 */
export interface Alias {
  old: string;
  canonical: string;
  values: Readonly<Record<string, string | null>>;
  /** Values of `old` that a route still reads itself, having no canonical equivalent. */
  keep?: readonly string[];
  message: (value: string) => string;
}

/** Rewrites old spellings to canonical ones, keeping every other parameter; a canonical parameter given too wins. */
export function applyAliases(input: URLSearchParams, aliases: readonly Alias[]): { params: URLSearchParams; changed: boolean; issues: ParamIssue[] } {
  const params = new URLSearchParams(input);
  const issues: ParamIssue[] = [];
  let changed = false;
  for (const alias of aliases) {
    const value = params.get(alias.old);
    if (value === null || alias.keep?.includes(value)) continue;
    if (!Object.hasOwn(alias.values, value)) {
      if (alias.old === alias.canonical) continue;
      issues.push({ param: alias.old, message: alias.message(value) });
      params.delete(alias.old);
      continue;
    }
    const mapped = alias.values[value]!;
    const explicit = alias.old !== alias.canonical && params.has(alias.canonical);
    params.delete(alias.old);
    if (mapped !== null && !explicit) params.set(alias.canonical, mapped);
    changed = true;
  }
  return { params, changed, issues };
}

/** The address of the same view with canonical spellings, or null when it already is canonical (or cannot be made so). */
export function canonicalAddress(path: string, input: SearchParamsInput, aliases: readonly Alias[]): string | null {
  const { params, changed, issues } = applyAliases(toSearchParams(input), aliases);
  if (!changed || issues.length) return null;
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** For a page: the values that parsed, and a notice for each bad one (the page then shows its default). */
export function readPageParams<S extends ParamSchemas>(input: SearchParamsInput, schemas: S): { values: ParamValues<S>; notices: string[] } {
  const params = toSearchParams(input);
  // Parameters a page does not read (e.g. a campaign tag) are left alone, not reported.
  const own = new URLSearchParams([...params].filter(([k]) => Object.hasOwn(schemas, k)));
  const { values, issues } = readParams(own, schemas);
  return { values, notices: issues.map((i) => i.message) };
}

/** A short piece of free text, trimmed; longer text is refused with `message`. */
export const text = (max: number, message: (text: string) => string): ParamSchema<string> =>
  readOne((raw) => (raw.trim().length <= max ? raw.trim() : null), message);

/** For an API: the values, and an issue for each bad or unknown parameter (answered with a 400 naming it). */
export function readApiParams<S extends ParamSchemas>(params: URLSearchParams, schemas: S): { values: ParamValues<S>; issues: ParamIssue[] } {
  const { values, issues, unknown } = readParams(params, schemas);
  return { values, issues: [...issues, ...unknown.map((key) => ({ param: key, message: `unknown parameter "${short(key)}"` }))] };
}
