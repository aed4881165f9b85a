import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The same data served with the browser limits at 0, so the leaderboard and lists are paged by the server. */
    windowBaseURL: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = path.join(root, '.data/e2e-pglite');
// A second server needs its own copy: one PGlite folder is never opened by two processes.
const windowDataDir = path.join(root, '.data/e2e-pglite-window');
const env = { ...process.env, PGLITE_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs} ms`);
}

/** Seeds a fresh embedded database, builds the app and serves it on free ports for the e2e tests (twice: see windowBaseURL). */
export default async function setup(project: TestProject) {
  rmSync(dataDir, { recursive: true, force: true });
  run('npx', ['tsx', 'seeds/program/cli.ts', 'seed']);
  if (!process.env.E2E_SKIP_BUILD) run('npm', ['run', 'build']);
  rmSync(windowDataDir, { recursive: true, force: true });
  cpSync(dataDir, windowDataDir, { recursive: true });
  const servers = await Promise.all([serve({}), serve({ PGLITE_DATA_DIR: windowDataDir, LEADERBOARD_BROWSER_LIMIT: '0', RESULTS_LIST_LIMIT: '0', COMPARE_PICKER_LIMIT: '0' })]);
  project.provide('baseURL', servers[0]!.baseURL);
  project.provide('windowBaseURL', servers[1]!.baseURL);
  return () => {
    for (const { server } of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}

async function serve(extraEnv: Record<string, string>) {
  const port = await freePort();
  // the server `npm start` runs (Next behind the precompressed static files)
  const server = spawn('npx', ['tsx', 'server/main.ts', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(`${baseURL}/api/results?model=mimo-7b-rl`, server);
  return { baseURL, server };
}
