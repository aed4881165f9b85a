import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function runOrThrow(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root) {
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Starts the production build against a data folder, as `npm start` serves it; resolves once it answers. */
export function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Served> {
  return serve(root, path.join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], { PGLITE_DATA_DIR: dataDir, DATABASE_URL: '', ...extraEnv }, '/api/openapi.json');
}

/** `next start` of the Next.js app in `dir` on a free port; resolves once `probe` answers. */
export function startNext(dir: string, extraEnv: Record<string, string>, probe: string): Promise<Served> {
  return serve(dir, path.join(root, 'node_modules/.bin/next'), ['start'], extraEnv, probe);
}

/** A started server: its address, its process group (the child leads it), and how to stop it. */
export interface Served {
  url: string;
  pid: number;
  stop: () => void;
}

async function serve(dir: string, command: string, args: string[], extraEnv: Record<string, string>, probe: string): Promise<Served> {
  const port = await freePort();
  const env = { ...process.env, ...extraEnv, NEXT_TELEMETRY_DISABLED: '1' };
  const child: ChildProcess = spawn(command, [...args, '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (Date.now() - started > 60_000) throw new Error('server did not start');
    try {
      if ((await fetch(`${url}${probe}`)).ok) break;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pid: child.pid!, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM') };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
