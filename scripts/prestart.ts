import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readDatabaseEnv } from '../db/env';
import { startSteps } from './start-steps';

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

const steps = startSteps(root, readDatabaseEnv());
if (steps.setup) {
  console.log(`setup: ${steps.setup}`);
  run('setup');
  steps.markSetUp();
} else console.log('setup: the database already holds these migrations and seeds');
if (steps.build) {
  console.log(`build: ${steps.build}`);
  run('build');
} else console.log('build: current');
