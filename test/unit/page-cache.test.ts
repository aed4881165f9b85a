import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPageCache } from '@/server/page-cache';
import { fromLoopback, pageCacheKey, readerKind, renderToken } from '@/server/page-cache-key';
import { isCacheable, renderedPage, renderThroughNext } from '@/server/rendered-page';
import { contentSecurityPolicy, newNonce } from '@/lib/security-headers';

const fakeRequest = (method: string, url: string, headers: IncomingHttpHeaders = {}, remoteAddress = '127.0.0.1') =>
  ({ method, url, headers, socket: { remoteAddress } }) as unknown as IncomingMessage;
const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe('pageCacheKey', () => {
  it('keys page views by host, address and reader kind (a browser, or one of the two kinds of bot Next tells apart)', () => {
    expect(pageCacheKey(fakeRequest('GET', '/?sort=-gsm8k', { host: 'a.example', 'user-agent': chrome }))).toBe('a.example\n/?sort=-gsm8k\nbrowser');
    expect(pageCacheKey(fakeRequest('HEAD', '/benchmarks/gsm8k'))).toBe('\n/benchmarks/gsm8k\nbrowser');
    expect(pageCacheKey(fakeRequest('GET', '/', { host: 'b.example' }))).not.toBe(pageCacheKey(fakeRequest('GET', '/', { host: 'a.example' })));
    // every browser shares one copy: the full user agent would keep one per browser version
    expect(pageCacheKey(fakeRequest('GET', '/', { 'user-agent': firefox }))).toBe(pageCacheKey(fakeRequest('GET', '/', { 'user-agent': chrome })));
    const googlebot = pageCacheKey(fakeRequest('GET', '/', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }));
    const twitterbot = pageCacheKey(fakeRequest('GET', '/', { 'user-agent': 'Twitterbot/1.0' }));
    expect(new Set([pageCacheKey(fakeRequest('GET', '/', { 'user-agent': chrome })), googlebot, twitterbot]).size).toBe(3);
    expect(readerKind('Twitterbot/1.0')).toBe('html');
    expect(readerKind(undefined)).toBe('browser');
  });

  it('lets only this machine skip the cache: the bypass header from elsewhere is ignored', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(pageCacheKey(fakeRequest('GET', '/', { 'x-page-cache': 'bypass' }, address))).toBeNull();
    for (const address of ['203.0.113.7', '::ffff:10.0.0.2', '2001:db8::1', '']) {
      expect(pageCacheKey(fakeRequest('GET', '/', { 'x-page-cache': 'bypass' }, address))).toBe('\n/\nbrowser');
    }
    // the cache's own renders, reaching a server that listens on a public address, still skip it
    expect(pageCacheKey(fakeRequest('GET', '/', { 'x-page-cache': renderToken }, '203.0.113.7'))).toBeNull();
    expect(fromLoopback(fakeRequest('GET', '/', {}, '127.3.4.5'))).toBe(true);
    expect(fromLoopback(fakeRequest('GET', '/', {}, '128.0.0.1'))).toBe(false);
  });

  it.each([
    ['POST', '/', {}],
    ['GET', '/api/results?format=csv', {}],
    ['GET', '/api', {}],
    ['GET', '/_next/static/chunks/a.js', {}],
    ['GET', '/?_rsc=abc', {}],
    ['GET', '/', { rsc: '1' }],
    ['GET', '/', { 'next-router-state-tree': '%5B%5D' }],
    ['GET', '/', { 'next-router-prefetch': '1' }],
    ['GET', '/', { 'next-action': 'x' }],
    ['GET', '/', { 'x-page-cache': 'render' }],
    ['GET', 'http://elsewhere/', {}],
  ] as const)('leaves %s %s %j to Next', (method, url, headers) => {
    expect(pageCacheKey(fakeRequest(method, url, headers))).toBeNull();
  });
});

describe('renderedPage and isCacheable', () => {
  const html = (nonce: string) => Buffer.from(`<script nonce="${nonce}">a</script><p>x</p><script nonce="${nonce}">b</script>`);
  const headers = (nonce: string, extra: IncomingHttpHeaders = {}): IncomingHttpHeaders => ({
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy(nonce),
    'content-length': '99',
    vary: 'rsc',
    ...extra,
  });

  it('cuts the body at the nonce and keeps only the headers that belong to the page', () => {
    const page = renderedPage(200, headers('N0nce', { date: 'today', connection: 'keep-alive' }), html('N0nce'));
    expect(page.parts.map(String)).toEqual(['<script nonce="', '">a</script><p>x</p><script nonce="', '">b</script>']);
    expect(page.nonced).toBe(true);
    expect(page.headers.map(([name]) => name).sort()).toEqual(['content-type', 'vary']);
    expect(page.headers).toContainEqual(['vary', 'rsc, Accept-Encoding']);
    expect(isCacheable(page)).toBe(true);
  });

  it('keeps only successful HTML pages with a nonce and no cookie', () => {
    expect(isCacheable(renderedPage(404, headers('n'), html('n')))).toBe(false);
    expect(isCacheable(renderedPage(307, { location: '/' }, Buffer.alloc(0)))).toBe(false);
    expect(isCacheable(renderedPage(200, headers('n', { 'content-type': 'application/json' }), html('n')))).toBe(false);
    expect(isCacheable(renderedPage(200, headers('n', { 'set-cookie': ['a=1'] }), html('n')))).toBe(false);
    const withoutPolicy = headers('n');
    delete withoutPolicy['content-security-policy'];
    expect(isCacheable(renderedPage(200, withoutPolicy, html('n')))).toBe(false);
  });
});

/** node:http, not fetch: fetch would decompress the body and hide what was sent. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        expect(Number(res.headers['content-length'])).toBe(raw.length);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: String(body) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
const nonceOf = (headers: IncomingHttpHeaders) => /'nonce-([^']+)'/.exec(String(headers['content-security-policy']))?.[1];

describe('the page cache in front of a server', () => {
  // Stands in for Next: every render gets its own nonce, and says which render and data version it was.
  let renders: string[] = [];
  let version: number | null = 1;
  let dataOnRender = 1;
  let origin: Server;
  let front: Server;
  let frontPort = 0;

  beforeAll(async () => {
    origin = createServer((req, res) => {
      renders.push(`${req.url} ${req.headers['accept-encoding']} ${req.headers['x-page-cache'] === renderToken ? 'render' : req.headers['x-page-cache']}`);
      const nonce = newNonce();
      if (req.url?.startsWith('/missing')) {
        res.writeHead(404, { 'content-type': 'text/html', 'content-security-policy': contentSecurityPolicy(nonce) }).end(`<p nonce="${nonce}">not here</p>`);
        return;
      }
      if (req.url?.startsWith('/slow')) {
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': contentSecurityPolicy(nonce) }).end(`<script nonce="${nonce}"></script>slow`), 50);
        return;
      }
      const body = `<html><script nonce="${nonce}">render ${renders.length}</script><p>data ${dataOnRender} at ${req.url}</p>${'<td>row</td>'.repeat(500)}<script nonce="${nonce}"></script></html>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': contentSecurityPolicy(nonce), vary: 'rsc' }).end(body);
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    const originPort = (origin.address() as AddressInfo).port;
    const cache = createPageCache({
      dataVersion: async () => version,
      render: (req) => renderThroughNext({ host: '127.0.0.1', port: originPort }, req),
      maxBytes: 64 * 1024,
    });
    front = createServer((req, res) => {
      const key = pageCacheKey(req);
      if (key === null) res.writeHead(299).end('left to Next');
      else void cache.serve(key, req, res);
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    frontPort = (front.address() as AddressInfo).port;
  });
  afterAll(() => {
    front.close();
    origin.close();
  });
  beforeEach(() => {
    renders = [];
    version = 1;
    dataOnRender = 1;
  });

  it('renders a page once, uncompressed and past the cache, then answers from the cache with a fresh nonce each time', async () => {
    const views: Awaited<ReturnType<typeof get>>[] = [];
    for (const encoding of ['br', 'gzip', 'identity']) views.push(await get(frontPort, '/a', { 'accept-encoding': encoding }));
    expect(renders).toEqual(['/a identity render']);
    expect(views.map((v) => v.headers['content-encoding'])).toEqual(['br', 'gzip', undefined]);
    const nonces = views.map((v) => nonceOf(v.headers)!);
    expect(new Set(nonces).size).toBe(3);
    views.forEach((view, i) => {
      expect(view.status).toBe(200);
      expect(view.headers.vary).toBe('rsc, Accept-Encoding');
      expect(view.body.split(`nonce="${nonces[i]}"`)).toHaveLength(3);
      for (const other of nonces.filter((_, j) => j !== i)) expect(view.body).not.toContain(other);
      expect(view.body.replaceAll(nonces[i]!, 'N')).toBe(views[0]!.body.replaceAll(nonces[0]!, 'N'));
    });
    expect(views[0]!.body).toContain('render 1');
  });

  it('renders again once the data version moves', async () => {
    expect((await get(frontPort, '/b')).body).toContain('data 1');
    dataOnRender = 2;
    expect((await get(frontPort, '/b')).body).toContain('data 1');
    version = 2;
    expect((await get(frontPort, '/b')).body).toContain('data 2');
    expect((await get(frontPort, '/b')).body).toContain('data 2');
    expect(renders).toHaveLength(2);
  });

  it('keeps nothing while the data version cannot be read', async () => {
    version = null;
    await get(frontPort, '/c');
    await get(frontPort, '/c');
    expect(renders).toHaveLength(2);
  });

  it('passes on, and does not keep, what is not a page', async () => {
    const first = await get(frontPort, '/missing', { 'accept-encoding': 'gzip' });
    const second = await get(frontPort, '/missing');
    expect([first.status, second.status]).toEqual([404, 404]);
    expect(first.body).toBe(`<p nonce="${nonceOf(first.headers)}">not here</p>`);
    expect(renders).toHaveLength(2);
  });

  it('answers HEAD with the headers alone', async () => {
    const head = await new Promise<IncomingMessage>((resolve) => request({ host: '127.0.0.1', port: frontPort, path: '/d', method: 'HEAD' }, resolve).end());
    expect(head.statusCode).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(nonceOf(head.headers)).toBeDefined();
  });

  it('renders a new page once for many readers asking at the same time', async () => {
    const views = await Promise.all(Array.from({ length: 8 }, () => get(frontPort, '/slow')));
    expect(renders).toHaveLength(1);
    expect(new Set(views.map((v) => nonceOf(v.headers))).size).toBe(8);
  });

  it('keeps the pages used most recently within its byte bound', async () => {
    // each page is about 6.6 KB and the bound 64 KB: twelve pages do not all fit
    for (let i = 0; i < 12; i++) await get(frontPort, `/page-${i}`);
    await get(frontPort, '/page-11');
    await get(frontPort, '/page-0');
    expect(renders.filter((r) => r.startsWith('/page-11 '))).toHaveLength(1);
    expect(renders.filter((r) => r.startsWith('/page-0 '))).toHaveLength(2);
  });
});
