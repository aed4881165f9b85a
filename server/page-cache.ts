import { request, type Agent, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getBotType } from 'next/dist/shared/lib/router/utils/is-bot';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { chooseEncoding } from './precompressed-static';
import { contentSecurityPolicy, newNonce } from '../lib/security-headers';

/**
 * Rendered pages, kept per address and data version. A page's HTML depends only on its address, the
 * data (which moves only when a seed or import bumps the data version) and whether the reader is a bot
 * (Next places metadata differently for the two kinds of bot it knows); the key adds the host as a precaution. Rendering
 * `/` again for every view cost about four fifths of the server's time for it. Each response still
 * gets its own nonce: the one the page was rendered with is replaced, in the HTML and in the
 * Content-Security-Policy, by a fresh one.
 *
 * A page not in the cache is rendered by Next as usual, through a request to this same server that
 * skips the cache; anything but a 200 HTML page with a nonce is passed on to the reader and not kept.
 */

/** Requests with this header go straight to Next (the cache's own renders and the bench use it), from loopback only. */
export const bypassHeader = 'x-page-cache';

/** The cache's own renders carry this value, so they skip the cache even when the server listens on a non-loopback address. */
export const renderToken = randomUUID();

/** Whether a request comes from this machine: only such a request may skip the cache (a render costs ~8× a hit). */
export function fromLoopback(req: IncomingMessage): boolean {
  const address = req.socket?.remoteAddress ?? '';
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** The reader's kind as Next tells pages apart: 'dom' or 'html' bot, or a browser. */
export function readerKind(userAgent: string | undefined): string {
  return getBotType(userAgent ?? '') ?? 'browser';
}

/** Headers with which Next's router asks for something other than the page's HTML. */
const routerHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];
/** Headers of the render that are not the page's to repeat: per connection, per body, per response. */
const perResponseHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'content-security-policy']);

/** The cache key (host, address, reader kind) of a request the cache may answer, or null for one that goes to Next. */
export function pageCacheKey(req: IncomingMessage): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '';
  const pathname = url.split('?')[0]!;
  if (!pathname.startsWith('/') || pathname.startsWith('/_next/') || pathname === '/api' || pathname.startsWith('/api/')) return null;
  const bypass = req.headers[bypassHeader];
  if ((bypass !== undefined && (bypass === renderToken || fromLoopback(req))) || routerHeaders.some((h) => req.headers[h] !== undefined)) return null;
  if (/[?&]_rsc=/.test(url)) return null;
  // The host too: no page here shows it today, but one that did must not be sent under another host's name.
  return `${req.headers.host ?? ''}\n${url}\n${readerKind(req.headers['user-agent'])}`;
}

/** A response of Next, with its HTML cut at every occurrence of the nonce it was rendered with. */
export interface RenderedPage {
  status: number;
  headers: [string, string][];
  /** The body between occurrences of the render's nonce (one part when it had none). */
  parts: Buffer[];
  /** Whether the body and the Content-Security-Policy carried a nonce, to be replaced per response. */
  nonced: boolean;
  bytes: number;
}

function splitBuffer(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, start)) {
    parts.push(body.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(body.subarray(start));
  return parts;
}

/** Next's response to a render request, taken apart for sending again with other nonces. */
export function renderedPage(status: number, headers: IncomingHttpHeaders, body: Buffer): RenderedPage {
  const nonce = /'nonce-([^']+)'/.exec(String(headers['content-security-policy'] ?? ''))?.[1];
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perResponseHeaders.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) kept.push([name, v]);
  }
  const vary = kept.find(([name]) => name === 'vary');
  if (!vary) kept.push(['vary', 'Accept-Encoding']);
  else if (!/accept-encoding/i.test(vary[1])) vary[1] += ', Accept-Encoding';
  const parts = nonce ? splitBuffer(body, Buffer.from(nonce)) : [body];
  return { status, headers: kept, parts, nonced: nonce !== undefined, bytes: body.length };
}

/** Only a whole HTML page that was rendered with a nonce, sets no cookie and succeeded is kept. */
export function isCacheable(page: RenderedPage): boolean {
  const header = (name: string) => page.headers.find(([n]) => n === name)?.[1];
  return page.status === 200 && page.nonced && (header('content-type') ?? '').startsWith('text/html') && header('set-cookie') === undefined;
}

const compressors = {
  // Fast settings: the page is compressed again for every response, since its nonce differs.
  br: (raw: Buffer) => promisify(brotliCompress)(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  gzip: (raw: Buffer) => promisify(gzip)(raw, { level: 4 }),
};

/** Sends `page` with a fresh nonce (when it had one), compressed as the client accepts. */
export async function sendPage(page: RenderedPage, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of page.headers) {
    const before = headers[name];
    headers[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [String(before)]), value];
  }
  let body = page.parts[0]!;
  if (page.nonced) {
    const nonce = newNonce();
    const separator = Buffer.from(nonce);
    body = Buffer.concat(page.parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part])));
    headers['content-security-policy'] = contentSecurityPolicy(nonce);
  }
  const encoding = page.status === 204 || page.status === 304 ? null : chooseEncoding(req.headers['accept-encoding']);
  if (encoding) {
    body = await compressors[encoding](body);
    headers['content-encoding'] = encoding;
  }
  headers['content-length'] = body.length;
  res.writeHead(page.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Asks this server's Next, skipping the cache, for the page `req` asks for, uncompressed. */
export function renderThroughNext(origin: { host: string; port: number }, req: IncomingMessage, agent?: Agent): Promise<RenderedPage> {
  return new Promise((resolve, reject) => {
    const headers: OutgoingHttpHeaders = { ...req.headers, 'accept-encoding': 'identity', [bypassHeader]: renderToken };
    delete headers.connection;
    delete headers['keep-alive'];
    const render = request({ host: origin.host, port: origin.port, method: 'GET', path: req.url, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(renderedPage(res.statusCode ?? 500, res.headers, Buffer.concat(chunks))));
      res.on('error', reject);
    });
    render.on('error', reject);
    render.end();
  });
}

export interface PageCacheOptions {
  /** The current data version, or null while it cannot be read (then nothing is cached). */
  dataVersion: () => Promise<number | null>;
  /** Renders the page for a request (renderThroughNext in server/main.ts). */
  render: (req: IncomingMessage) => Promise<RenderedPage>;
  /** Bound on the bytes of HTML kept; the page used longest ago goes first. */
  maxBytes?: number;
}

/** The cache: `serve` answers a request whose pageCacheKey is not null. */
export function createPageCache({ dataVersion, render, maxBytes = 32 * 1024 * 1024 }: PageCacheOptions) {
  const pages = new Map<string, { version: number; page: RenderedPage }>();
  // Renders under way, so that many readers asking for one new page cost one render.
  const pending = new Map<string, Promise<RenderedPage>>();
  let bytes = 0;
  const drop = (key: string) => {
    const old = pages.get(key);
    if (old) bytes -= old.page.bytes;
    pages.delete(key);
  };
  const keep = (key: string, version: number, page: RenderedPage) => {
    drop(key);
    if (page.bytes > maxBytes / 8) return;
    pages.set(key, { version, page });
    bytes += page.bytes;
    for (const oldest of pages.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  };
  const renderOnce = (key: string, version: number | null, req: IncomingMessage) => {
    const flight = `${version}\n${key}`;
    let promise = pending.get(flight);
    if (!promise) {
      promise = render(req).then((page) => {
        if (version !== null && isCacheable(page)) keep(key, version, page);
        return page;
      });
      pending.set(flight, promise);
      void promise.catch(() => {}).finally(() => pending.delete(flight));
    }
    return promise;
  };
  return {
    async serve(key: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
      // Read before rendering: a page that raced an import is kept under the older version, never the newer.
      const version = await dataVersion().catch(() => null);
      const hit = version === null ? undefined : pages.get(key);
      if (hit && hit.version === version) {
        // most recently used last
        pages.delete(key);
        pages.set(key, hit);
        return sendPage(hit.page, req, res);
      }
      return sendPage(await renderOnce(key, version, req), req, res);
    },
  };
}
