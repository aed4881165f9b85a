import { request, type Agent, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { chooseEncoding } from './precompressed-static';
import { contentSecurityPolicy, newNonce } from '../lib/security-headers';
import { bypassHeader, renderToken } from './page-cache-key';

/** Headers of the render that are not the page's to repeat: per connection, per body, per response. */
const perResponseHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'content-security-policy']);

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
