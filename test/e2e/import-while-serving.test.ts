import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv, root, runTool } from '../db/owner-processes';

const work = mkdtempSync(path.join(tmpdir(), 'benchboard-serving-'));
const env = { PGLITE_DATA_DIR: path.join(work, 'pglite'), DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' };
let server: ChildProcess;
let baseURL: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function demoCount(): Promise<number> {
  const res = await fetch(`${baseURL}/api/results?format=json&model=demo-base`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { count: number }).count;
}

beforeAll(async () => {
  const seeded = await runTool(['seeds/program/cli.ts', 'seed', '--dir', 'test/fixtures/seeds-min'], env).done;
  expect(seeded.code, seeded.stderr).toBe(0);
  const port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  baseURL = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`${baseURL}/api/sources`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
});

afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));
  rmSync(work, { recursive: true, force: true });
});

describe('the running server owns its data folder', () => {
  it('an import made while it serves is committed through it and shown on the next request', async () => {
    const before = await demoCount();
    const page = await (await fetch(`${baseURL}/sources/demo-paper`)).text();
    expect(page).not.toContain('served run 0');
    const file = path.join(work, 'served.csv');
    writeFileSync(file, importCsv('served', 25));
    const run = await runTool(['seeds/program/cli.ts', 'import', file, '--source', 'demo-paper'], env).done;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('the app server that owns');
    expect(await demoCount()).toBe(before + 25);
    expect(await (await fetch(`${baseURL}/sources/demo-paper`)).text()).toContain('served run 0');
  });

  it('a second server on the same folder is refused, naming the first', async () => {
    const second = await runTool(['server/main.ts', '-p', String(await freePort()), '-H', '127.0.0.1'], env).done;
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`in use by pid ${server.pid}`);
    expect(second.stderr).toContain('server/main.ts');
  });
});
