import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');

/** A small deterministic generator, so a failing case can be replayed from its seed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const marker = 'zq7fuzz';
const hostile = [
  `<script>alert('${marker}')</script>`,
  `"><img src=x onerror=alert('${marker}')>`,
  `' OR 1=1 --`,
  `'; DROP TABLE results; --`,
  `${marker}\u0000nul`,
  '模型 🤖 Ünïcödé',
  '../../../etc/passwd',
  '%%%%',
  '%E0%A4%A',
  'a'.repeat(3000),
  '-1',
  '1e309',
  'NaN',
  '{"$gt":""}',
  '[]',
  ' ',
  '',
  'mimo-7b-rl',
  'gsm8k',
  'aime-2025:desc',
  '1-10',
  'true',
];
const keys = ['q', 'model', 'models', 'benchmark', 'family', 'category', 'stage', 'modality', 'source', 'size', 'sort', 'hide', 'comparable', 'format', 'same_setting', 'view', 'group', 'page', 'id', '__proto__', 'constructor', `x${marker}`];
const pages = ['/', '/compare', '/sources', '/search', '/size', '/curves', '/discrepancies', '/benchmarks/gsm8k', '/models/mimo-7b-rl', '/sources/mimo-7b', '/runs'];
const apis = ['/api/results', '/api/leaderboard', '/api/models', '/api/benchmarks', '/api/sources', '/api/discrepancies', '/api/openapi.json', '/api/runs'];
const idRoutes = ['/benchmarks/', '/models/', '/sources/', '/results/', '/api/results/', '/runs/', '/api/runs/'];

function generate(n: number, seed: number): string[] {
  const rand = prng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const urls: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const kind = rand();
    if (kind < 0.2) {
      urls.push(`${pick(idRoutes)}${encodeURIComponent(pick(hostile))}`);
      continue;
    }
    const path = rand() < 0.5 ? pick(apis) : pick(pages);
    const params = new URLSearchParams();
    const count = 1 + Math.floor(rand() * 4);
    for (let j = 0; j < count; j += 1) params.append(pick(keys), pick(hostile));
    if (rand() < 0.2) params.append(pick(keys), pick(hostile)); // repeated parameters
    let query = params.toString();
    if (rand() < 0.1) query += `&${pick(['%', '%zz', '&&&', '=', '==x'])}`; // malformed encoding
    urls.push(`${path}?${query}`);
  }
  return urls;
}

async function probe(url: string) {
  const started = performance.now();
  const res = await fetch(`${baseURL}${url}`, { redirect: 'manual' });
  const body = await res.text();
  return { url, status: res.status, type: res.headers.get('content-type') ?? '', body, ms: performance.now() - started };
}

describe('fuzzing every route with malformed and hostile query strings', () => {
  it('never answers 5xx, never reflects markup unescaped, and answers within a bound', { timeout: 600_000 }, async () => {
    const urls = generate(2000, 20261122);
    const failures: string[] = [];
    const slowest: { url: string; ms: number }[] = [];
    const queue = [...urls];
    const worker = async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        const r = await probe(url);
        if (r.status >= 500) failures.push(`${r.status} ${url}`);
        if (r.type.includes('text/html') && (r.body.includes(`<script>alert('${marker}')`) || r.body.includes(`<img src=x onerror=alert('${marker}')`))) {
          failures.push(`reflected markup: ${url}`);
        }
        if (r.type.includes('application/json') && r.status >= 400 && !('error' in JSON.parse(r.body))) failures.push(`error without message: ${url}`);
        if (r.ms > 10_000) failures.push(`slow (${Math.round(r.ms)} ms): ${url}`);
        slowest.push({ url, ms: r.ms });
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    slowest.sort((a, b) => b.ms - a.ms);
    console.log(`fuzz: ${urls.length} requests, slowest ${Math.round(slowest[0]!.ms)} ms (${slowest[0]!.url.slice(0, 80)})`);
    expect(failures).toEqual([]);
  });
});

describe('security headers', () => {
  it.each(['/', '/api/results?model=mimo-7b-rl', '/models/no-such-model', '/api/results?format=zzz'])('%s carries them', async (path) => {
    const res = await fetch(`${baseURL}${path}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain('unsafe-eval');
    // deliberately absent: it cost every fresh tab a new renderer process (see lib/security-headers.ts)
    expect(res.headers.get('cross-origin-opener-policy')).toBeNull();
  });

  it('static files carry the fixed headers too, precompressed (br, gzip) or from Next (identity), with the same content', async () => {
    const html = await (await fetch(baseURL)).text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const bodies: string[] = [];
    for (const encoding of ['gzip, deflate, br, zstd', 'gzip', 'identity']) {
      const res = await fetch(`${baseURL}${asset}`, { headers: { 'accept-encoding': encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding === 'identity' ? null : encoding === 'gzip' ? 'gzip' : 'br');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      bodies.push(await res.text()); // fetch decompresses
    }
    expect(bodies[0]!.length).toBeGreaterThan(100);
    expect(new Set(bodies).size).toBe(1);
  });

  it('the page scripts carry the nonce of the response policy', async () => {
    const res = await fetch(baseURL);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    const html = await res.text();
    expect(nonce).toBeDefined();
    expect(html).toContain(`nonce="${nonce}"`);
  });

  it('a page sent again from the page cache gets a nonce of its own, and is otherwise the same page', async () => {
    const views = [];
    for (const path of ['/?sort=-gsm8k', '/?sort=-gsm8k', '/?sort=-gsm8k']) {
      const res = await fetch(`${baseURL}${path}`);
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1] ?? '';
      views.push({ nonce, html: await res.text() });
    }
    expect(new Set(views.map((v) => v.nonce)).size).toBe(3);
    for (const { nonce, html } of views) {
      expect(nonce).toMatch(/^[A-Za-z0-9]{40,}$/);
      // every script of the page carries this response's nonce, and no other response's
      expect(html.match(/<script\b[^>]*>/g)!.every((tag) => tag.includes(`nonce="${nonce}"`))).toBe(true);
      for (const other of views.filter((v) => v.nonce !== nonce)) expect(html).not.toContain(other.nonce);
    }
    expect(new Set(views.map(({ nonce, html }) => html.replaceAll(nonce, 'NONCE'))).size).toBe(1);
  });

  it("the router's fetches of a page (RSC) are left to Next", async () => {
    const res = await fetch(`${baseURL}/?sort=-gsm8k`, { headers: { rsc: '1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/x-component');
  });

  it('has no write endpoint: POST, PUT and DELETE are refused', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${baseURL}/api/results`, { method, body: '{}' });
      expect(res.status, method).toBe(405);
    }
  });

  it('errors never leak stack traces or SQL', async () => {
    const res = await fetch(`${baseURL}/api/results?model=${encodeURIComponent("x' or 1=1")}`);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.(ts|js):\d+|select .* from|stack/i);
  });
});
