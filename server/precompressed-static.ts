import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Next's build output in `.next/static` never changes under a name (every name carries a content
 * hash), so it can be compressed once, at build time, at the strongest settings. `next start`
 * instead gzips every script and stylesheet again on every request, which on a small machine is the
 * largest share of the server's work for a first page view.
 */

const contentTypes: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
};
const encodings = [
  { name: 'br', suffix: '.br', compress: (raw: Buffer) => brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }) },
  { name: 'gzip', suffix: '.gz', compress: (raw: Buffer) => gzipSync(raw, { level: 9 }) },
] as const;
type Encoding = (typeof encodings)[number]['name'];

/** A file under `dir` whose type is served precompressed, with its address below `/_next/static/`. */
async function* compressible(dir: string, prefix = ''): AsyncGenerator<{ file: string; address: string; type: string }> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const address = `${prefix}/${entry.name}`;
    const type = contentTypes[path.extname(entry.name)];
    if (entry.isDirectory()) yield* compressible(file, address);
    else if (type) yield { file, address, type };
  }
}

/** Writes `name.js.br` and `name.js.gz` beside every script and stylesheet in `staticDir`; returns how many files. */
export async function precompressStatic(staticDir: string): Promise<number> {
  let count = 0;
  for await (const { file } of compressible(staticDir)) {
    const raw = await readFile(file);
    for (const { suffix, compress } of encodings) await writeFile(file + suffix, compress(raw));
    count += 1;
  }
  return count;
}

export interface PrecompressedFile {
  type: string;
  bodies: Record<Encoding, Buffer>;
}

/** The precompressed files the build wrote, by address (`/_next/static/chunks/x.js`). Files without both versions are left to Next. */
export async function loadPrecompressed(staticDir: string): Promise<Map<string, PrecompressedFile>> {
  const files = new Map<string, PrecompressedFile>();
  // No build yet: Next itself says so when it starts.
  if (!(await stat(staticDir).catch(() => null))?.isDirectory()) return files;
  for await (const { file, address, type } of compressible(staticDir)) {
    try {
      const [br, gzip] = await Promise.all(encodings.map(({ suffix }) => readFile(file + suffix)));
      files.set(`/_next/static${address}`, { type, bodies: { br: br!, gzip: gzip! } });
    } catch {
      // not precompressed (a build without the step): Next serves it
    }
  }
  return files;
}

/** The encoding to send for an Accept-Encoding header, or null when the client takes neither (then Next answers). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const offered = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (token) offered.set(token, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => offered.get(name) ?? offered.get('*') ?? 0;
  return encodings.map((e) => e.name).find((name) => weight(name) > 0) ?? null;
}

/**
 * Answers a GET or HEAD for a precompressed file in an encoding the client accepts, with the headers
 * Next would send (plus `fixedHeaders`); returns false to leave the request to Next.
 */
export function servePrecompressed(
  files: ReadonlyMap<string, PrecompressedFile>,
  fixedHeaders: readonly { key: string; value: string }[],
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = files.get((req.url ?? '').split('?')[0]!);
  if (!file) return false;
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  if (!encoding) return false;
  const body = file.bodies[encoding];
  for (const { key, value } of fixedHeaders) res.setHeader(key, value);
  res.writeHead(200, {
    'Content-Type': file.type,
    'Content-Encoding': encoding,
    'Content-Length': body.length,
    'Cache-Control': 'public, max-age=31536000, immutable',
    Vary: 'Accept-Encoding',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
