import path from 'node:path';
import { precompressStatic } from '../server/precompressed-static';

// Run after `next build`: every script and stylesheet gets a brotli and a gzip copy that server/main.ts sends as is.
const staticDir = path.join(process.cwd(), '.next/static');
const started = performance.now();
const count = await precompressStatic(staticDir);
console.log(`precompressed ${count} scripts and stylesheets in ${Math.round(performance.now() - started)} ms`);
