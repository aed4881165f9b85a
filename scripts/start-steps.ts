import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseEnv } from '../db/env';
import { buildIsStale, setupFingerprint } from './staleness';

/** What `npm start` must do before serving: setup (migrate + seed), a build, both or neither. */
export interface StartSteps {
  /** Why setup must run, or null when the data folder already holds these migrations and seeds. */
  setup: string | null;
  /** Why a build must run, or null when the build is current. */
  build: string | null;
  /** Records, once setup has succeeded, that the folder holds them (nothing to record for PostgreSQL). */
  markSetUp: () => void;
}

export function startSteps(root: string, env: DatabaseEnv): StartSteps {
  // The stamp lives in the data folder, so it goes when the folder goes. PostgreSQL (which may be reset behind
  // our back) and an in-memory PGlite have no folder of ours: they are always set up (migrate and seed are idempotent).
  const embedded = !env.DATABASE_URL && !env.PGLITE_DATA_DIR.startsWith('memory://');
  const stamp = embedded ? path.join(path.resolve(root, env.PGLITE_DATA_DIR), 'benchboard-setup.sha256') : null;
  const fingerprint = setupFingerprint(root);
  let setup: string | null = null;
  if (!stamp) setup = 'a database server is always set up';
  else if (!existsSync(stamp)) setup = 'the data folder has not been set up';
  else if (readFileSync(stamp, 'utf8') !== fingerprint) setup = 'the migrations or seeds changed since the last setup';
  return { setup, build: buildIsStale(root), markSetUp: () => stamp && writeFileSync(stamp, fingerprint) };
}
