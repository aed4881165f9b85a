import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's commands as its own process, as a user would. */
export function runTool(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<RunResult> } {
  // node itself with tsx's loader, so the child's pid is the process that claims the folder
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const done = new Promise<RunResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

/** Starts the folder-holding helper and waits until it has claimed the folder. */
export async function holdFolder(env: Record<string, string>, serve: boolean): Promise<{ child: ChildProcess; done: Promise<RunResult> }> {
  const run = runTool(['test/fixtures/owner/hold-folder.ts', ...(serve ? ['--serve'] : [])], env);
  await new Promise<void>((resolve, reject) => {
    run.child.stdout!.on('data', (d: Buffer) => String(d).includes('ready') && resolve());
    void run.done.then((r) => reject(new Error(`holder exited ${r.code}: ${r.stderr}`)));
  });
  return run;
}

/** A results file of `count` rows for the fixture's Demo base model on ToyMath, one setting each, so every row has its own key. */
export function importCsv(tag: string, count: number): string {
  const lines = ['table,model,model_as_printed,benchmark,benchmark_as_printed,metric,setting,value,note'];
  for (let i = 0; i < count; i += 1) lines.push(`Table 1,demo-base,Demo 1B Base,toy-math,ToyMath,EM,${tag} run ${i},${(i % 100) + 0.5},test import`);
  return `${lines.join('\n')}\n`;
}
