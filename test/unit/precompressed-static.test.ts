import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, loadPrecompressed, precompressStatic, servePrecompressed } from '@/server/precompressed-static';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br; q=0.5, gzip;q=0', 'br'],
    ['*', 'br'],
    ['*;q=0', null],
    ['identity', null],
    ['deflate, zstd', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('precompressed static files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'precompressed-'));
  const script = 'console.log("a script");\n'.repeat(200);
  const style = 'body { color: red }\n'.repeat(50);
  const fixed = [{ key: 'X-Content-Type-Options', value: 'nosniff' }];
  let server: Server;
  let port = 0;
  const fallThrough: string[] = [];

  beforeAll(async () => {
    mkdirSync(path.join(dir, 'chunks'));
    mkdirSync(path.join(dir, 'media'));
    writeFileSync(path.join(dir, 'chunks/a.js'), script);
    writeFileSync(path.join(dir, 'chunks/b.css'), style);
    writeFileSync(path.join(dir, 'media/logo.svg'), '<svg/>');
    expect(await precompressStatic(dir)).toBe(2);
    // a script added after the build step has no compressed copies: Next serves it
    writeFileSync(path.join(dir, 'chunks/late.js'), script);
    const files = await loadPrecompressed(dir);
    server = createServer((req, res) => {
      if (servePrecompressed(files, fixed, req, res)) return;
      fallThrough.push(`${req.method} ${req.url}`);
      res.writeHead(299).end('next');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // node:http, not fetch: fetch would decompress the body and hide what was sent
  const get = (address: string, acceptEncoding?: string, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request({ port, host: '127.0.0.1', path: address, method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('finds nothing to serve where there is no build', async () => {
    expect((await loadPrecompressed(path.join(dir, 'no-such-folder'))).size).toBe(0);
  });

  it('writes a brotli and a gzip copy beside each script and stylesheet only', () => {
    expect(readdirSync(path.join(dir, 'chunks')).sort()).toEqual(['a.js', 'a.js.br', 'a.js.gz', 'b.css', 'b.css.br', 'b.css.gz', 'late.js']);
    expect(readdirSync(path.join(dir, 'media'))).toEqual(['logo.svg']);
  });

  it('sends brotli when accepted, else gzip, each decompressing to the exact file, with the fixed and caching headers', async () => {
    const br = await get('/_next/static/chunks/a.js', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(br.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['x-content-type-options']).toBe('nosniff');

    const gz = await get('/_next/static/chunks/b.css?v=1', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toBe('text/css; charset=UTF-8');
    expect(gunzipSync(gz.body).toString()).toBe(style);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get('/_next/static/chunks/a.js', 'br', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('leaves everything else to Next: no accepted encoding, other methods, files without copies, other paths', async () => {
    fallThrough.length = 0;
    for (const [address, encoding, method] of [
      ['/_next/static/chunks/a.js', undefined, 'GET'],
      ['/_next/static/chunks/a.js', 'identity', 'GET'],
      ['/_next/static/chunks/a.js', 'br', 'POST'],
      ['/_next/static/chunks/late.js', 'br', 'GET'],
      ['/_next/static/media/logo.svg', 'br', 'GET'],
      ['/_next/static/chunks/a.js.br', 'br', 'GET'],
      ['/chunks/a.js', 'br', 'GET'],
      ['/', 'br', 'GET'],
    ] as const) {
      const res = await get(address, encoding, method);
      expect(res.status, `${method} ${address} ${encoding}`).toBe(299);
    }
    expect(fallThrough).toHaveLength(8);
  });
});
