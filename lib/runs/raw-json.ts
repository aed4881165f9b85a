/**
 * A JSON reader that keeps each number's text exactly as the file has it ("0.50", "1.0"), which
 * JSON.parse loses. Python's json module writes NaN and Infinity bare; they are read as such so
 * the importer can name them instead of failing with a bare syntax error.
 */
export class RawNumber {
  constructor(
    readonly value: number,
    readonly raw: string,
  ) {}
}

export type RawJson = null | boolean | string | RawNumber | RawJson[] | { [key: string]: RawJson };

export class JsonSyntaxError extends Error {}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const bareWords: Record<string, RawJson> = {
  true: true,
  false: false,
  null: null,
  NaN: new RawNumber(Number.NaN, 'NaN'),
  Infinity: new RawNumber(Number.POSITIVE_INFINITY, 'Infinity'),
  '-Infinity': new RawNumber(Number.NEGATIVE_INFINITY, '-Infinity'),
};

export function parseRawJson(text: string): RawJson {
  let i = 0;
  const lineAt = (at: number) => text.slice(0, at).split('\n').length;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(i >= text.length ? `the file ends early (truncated?) while reading ${what}` : `unexpected "${text[i]}" on line ${lineAt(i)} while reading ${what}`);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const string = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('a string');
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): RawJson => {
    space();
    const c = text[i];
    if (c === '{') {
      i += 1;
      const out: Record<string, RawJson> = {};
      space();
      if (text[i] === '}') return (i += 1), out;
      for (;;) {
        space();
        if (text[i] !== '"') fail('an object key');
        const key = string();
        space();
        if (text[i] !== ':') fail(`the value of "${key}"`);
        i += 1;
        out[key] = value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return (i += 1), out;
        else fail('an object');
      }
    }
    if (c === '[') {
      i += 1;
      const out: RawJson[] = [];
      space();
      if (text[i] === ']') return (i += 1), out;
      for (;;) {
        out.push(value());
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return (i += 1), out;
        else fail('an array');
      }
    }
    if (c === '"') return string();
    for (const [word, v] of Object.entries(bareWords)) {
      if (text.startsWith(word, i)) return (i += word.length), v;
    }
    numberPattern.lastIndex = i;
    const m = numberPattern.exec(text);
    if (!m) return fail('a value');
    i += m[0].length;
    return new RawNumber(Number(m[0]), m[0]);
  };
  const result = value();
  space();
  if (i < text.length) fail('the end of the file');
  return result;
}

/** The plain JSON value (numbers as numbers), for schema validation and export. */
export function plainJson(v: RawJson): unknown {
  if (v instanceof RawNumber) return v.value;
  if (Array.isArray(v)) return v.map(plainJson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainJson(x)]));
  return v;
}

export const isObject = (v: RawJson | undefined): v is { [key: string]: RawJson } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);
