import { Agent, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getDatabase, openedDatabase } from '../db/client';
import { DataFolderInUseError } from '../db/ownership/claim-folder';
import { readDataVersion } from '../db/queries/version-cache';
import { createPageCache } from './page-cache';
import { bypassHeader, pageCacheKey } from './page-cache-key';
import { renderThroughNext } from './rendered-page';
import { loadPrecompressed, servePrecompressed } from './precompressed-static';
import { staticSecurityHeaders } from '../lib/security-headers';

/**
 * `npm start`: Next's production server, except that scripts and stylesheets go out as compressed at
 * build time (scripts/precompress-static.ts) instead of being gzipped again for every request, and
 * that a page seen before at the current data version is sent from the page cache (server/page-cache.ts).
 * Options as for `next start`: `-p`/`--port` (or PORT, default 3000) and `-H`/`--hostname` (default: all interfaces).
 */
const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const dir = process.cwd();

// As `next start` does: production unless NODE_ENV says otherwise, set before Next and React load.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || 'production' });

// The server owns its database from the start: an embedded folder is claimed (or refused, naming its
// holder) before anything else, and the project's tools reach it through this process while it runs.
try {
  const opened = getDatabase();
  console.log(`database: ${opened.via}`);
} catch (error) {
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing the database`);
  openedDatabase()
    ?.close()
    .catch((error: unknown) => console.error('closing the database:', error))
    .finally(() => process.exit(0));
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal));

const { default: next } = await import('next');

const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
const [precompressed] = await Promise.all([loadPrecompressed(path.join(dir, '.next/static')), app.prepare()]);

// The cache renders a page it lacks by asking this server (on the address it listens on) with the cache skipped.
const self = () => {
  const { address, port: listening } = server.address() as AddressInfo;
  return { host: address === '::' ? '::1' : address === '0.0.0.0' ? '127.0.0.1' : address, port: listening };
};
const agent = new Agent({ keepAlive: true });
const pageCache = createPageCache({
  // The database the pages read, once their first render has opened it; until then nothing is kept.
  dataVersion: async () => {
    const opened = openedDatabase();
    return opened ? readDataVersion(opened.db) : null;
  },
  render: (req) => renderThroughNext(self(), req, agent),
});

const server = createServer((req, res) => {
  if (servePrecompressed(precompressed, staticSecurityHeaders, req, res)) return;
  const key = pageCacheKey(req);
  if (key === null) return void handle(req, res);
  pageCache.serve(key, req, res).catch((error: unknown) => {
    console.error('page cache:', error);
    // Next answers itself when nothing was sent yet
    if (!res.headersSent) void handle(req, res);
    else res.destroy();
  });
});
// Renders `/` once as soon as the server listens, past the cache, so that the first reader does not wait
// while the leaderboard's data is read into memory and Next loads the page's code: with the real data
// the first `/` after a start took 1.6 s, and 84 ms once this had run (100k synthetic results: 5.6 s).
const warmUp = async () => {
  const { host, port: listening } = self();
  const t0 = performance.now();
  const res = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${listening}/`, { headers: { [bypassHeader]: 'warm-up' } });
  await res.arrayBuffer();
  console.log(`warmed up: / answered ${res.status} in ${Math.round(performance.now() - t0)} ms`);
};
const ready = () => {
  console.log(`Benchboard on http://${hostname ?? 'localhost'}:${port} (${precompressed.size} scripts and stylesheets precompressed)`);
  warmUp().catch((error: unknown) => console.error('warm-up:', error));
};
if (hostname) server.listen(port, hostname, ready);
else server.listen(port, ready);
