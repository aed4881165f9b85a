import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPrecompressed, servePrecompressed } from './lib/precompressed-static';
import { staticSecurityHeaders } from './lib/security-headers';

/**
 * `npm start`: Next's production server, except that scripts and stylesheets go out as compressed at
 * build time (scripts/precompress-static.ts) instead of being gzipped again for every request.
 * Options as for `next start`: `-p`/`--port` (or PORT, default 3000) and `-H`/`--hostname` (default: all interfaces).
 */
const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const dir = process.cwd();

// As `next start` does: production unless NODE_ENV says otherwise, set before Next and React load.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || 'production' });
const { default: next } = await import('next');

const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
const [precompressed] = await Promise.all([loadPrecompressed(path.join(dir, '.next/static')), app.prepare()]);

const server = createServer((req, res) => {
  if (!servePrecompressed(precompressed, staticSecurityHeaders, req, res)) void handle(req, res);
});
const ready = () => console.log(`Benchboard on http://${hostname ?? 'localhost'}:${port} (${precompressed.size} scripts and stylesheets precompressed)`);
if (hostname) server.listen(port, hostname, ready);
else server.listen(port, ready);
