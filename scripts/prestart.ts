import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDatabaseEnv } from '../db/env';
import { buildIsStale, setupFingerprint } from './staleness';

/**
 * `npm start` runs this first: setup (migrate + seed) only when the embedded database has not loaded
 * these very migrations and seeds yet, and `npm run build` only when the build is missing or older
 * than a source file. On a built, seeded clone it does nothing, so the server starts at once.
 */
const root = path.resolve(import.meta.dirname, '..');

function run(script: string) {
  const result = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = readDatabaseEnv();
// The stamp lives in the data folder, so it goes when the folder goes. PostgreSQL (which may be reset behind
// our back) and an in-memory PGlite have no folder of ours: they are always set up (migrate and seed are idempotent).
const embeddedFolder = !env.DATABASE_URL && !env.PGLITE_DATA_DIR.startsWith('memory://');
const stampFile = embeddedFolder ? path.join(path.resolve(root, env.PGLITE_DATA_DIR), 'benchboard-setup.sha256') : null;
const fingerprint = setupFingerprint(root);
if (stampFile && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint) {
  console.log('setup: the database already holds these migrations and seeds');
} else {
  run('setup');
  if (stampFile) writeFileSync(stampFile, fingerprint);
}

const stale = buildIsStale(root);
if (stale) {
  console.log(`build: ${stale}`);
  run('build');
} else console.log('build: current');
