import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** Who holds an embedded data folder: written beside the folder by the process that claimed it. */
export interface OwnerRecord {
  pid: number;
  host: string;
  command: string;
  since: string;
  /** Set by the app server: the folder of the unix socket on which it lets the project's tools in. */
  socketDir?: string;
}

export const ownerRecordPath = (dataDir: string) => `${dataDir}.owner.json`;
export const lockPath = (dataDir: string) => `${dataDir}.lock`;

/** How this process was started, in the words a user typed where npm tells us. */
export function thisCommand(): string {
  const script = process.env.npm_lifecycle_event;
  const args = process.argv.slice(2).join(' ');
  if (script && script !== 'npx') return `npm run ${script}${args ? ` -- ${args}` : ''}`;
  return [path.relative(process.cwd(), process.argv[1] ?? ''), ...process.argv.slice(2)].join(' ');
}

export function newOwnerRecord(extra: Partial<OwnerRecord> = {}): OwnerRecord {
  return { pid: process.pid, host: hostname(), command: thisCommand(), since: new Date().toISOString(), ...extra };
}

export function readOwnerRecord(dataDir: string): OwnerRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(ownerRecordPath(dataDir), 'utf8')) as OwnerRecord;
    return typeof parsed.pid === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function writeOwnerRecord(dataDir: string, record: OwnerRecord): void {
  writeFileSync(ownerRecordPath(dataDir), `${JSON.stringify(record, null, 2)}\n`);
}

export function removeOwnerRecord(dataDir: string): void {
  rmSync(ownerRecordPath(dataDir), { force: true });
}

/** Whether the recorded owner still runs: only knowable for a process on this host. */
export function ownerIsAlive(record: OwnerRecord): boolean | 'unknown' {
  if (record.host !== hostname()) return 'unknown';
  try {
    process.kill(record.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function describeOwner(record: OwnerRecord): string {
  return `pid ${record.pid} on ${record.host} (${record.command}), since ${record.since}`;
}
