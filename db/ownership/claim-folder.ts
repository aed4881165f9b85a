import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import {
  describeOwner,
  lockPath,
  newOwnerRecord,
  ownerIsAlive,
  readOwnerRecord,
  removeOwnerRecord,
  writeOwnerRecord,
  type OwnerRecord,
} from './owner-record';

/** A second process that would open a folder someone else owns. Nothing has been opened or written. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: OwnerRecord | undefined,
  ) {
    const who = owner ? describeOwner(owner) : 'another process (it has not said which yet)';
    super(
      `The data folder ${dataDir} is in use by ${who}. ` +
        'An embedded database can only be opened by one process at a time, and nothing was written. ' +
        'Wait for that command to finish and run this one again, or start the app (npm start): ' +
        'while it runs, import, seed, export and migrate go through it.',
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface FolderClaim {
  record: OwnerRecord;
  /** Records the socket on which the owner lets the tools in. */
  announceSocket: (socketDir: string) => void;
  release: () => void;
}

// A lock whose owner stopped updating it for this long is taken over even when we cannot check its pid.
const staleMs = 10_000;

/**
 * Claims an embedded data folder for this process: an exclusive lock beside it (proper-lockfile,
 * kept fresh while we run) and a record of who holds it. A lock left by a process that no longer
 * runs (killed with -9, say) is taken over, and `onRecover` is told whose it was.
 */
export function claimDataFolder(dataDir: string, onRecover: (message: string) => void = console.warn): FolderClaim {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const previous = readOwnerRecord(dir);
  if (existsSync(lockPath(dir)) && previous) {
    const alive = ownerIsAlive(previous);
    if (alive === true && previous.pid !== process.pid) throw new DataFolderInUseError(dataDir, previous);
    if (alive === false) {
      rmSync(lockPath(dir), { recursive: true, force: true });
      onRecover(`Recovered the data folder ${dataDir}: it was held by ${describeOwner(previous)}, which is no longer running.`);
    }
  }
  let unlock: () => void;
  try {
    unlock = lockfile.lockSync(dir, {
      stale: staleMs,
      realpath: false,
      lockfilePath: lockPath(dir),
      onCompromised: (error) => console.error(`The lock on ${dataDir} was lost (${error.message}); stop this process before writing again.`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderInUseError(dataDir, readOwnerRecord(dir));
    throw error;
  }
  const record = newOwnerRecord();
  writeOwnerRecord(dir, record);
  let released = false;
  return {
    record,
    announceSocket: (socketDir) => writeOwnerRecord(dir, { ...record, socketDir }),
    release: () => {
      if (released) return;
      released = true;
      removeOwnerRecord(dir);
      try {
        unlock();
      } catch {
        // already gone: nothing left to release
      }
    },
  };
}

/** The live owner of a folder, if any, without claiming it. */
export function currentOwner(dataDir: string): OwnerRecord | undefined {
  const dir = path.resolve(dataDir);
  if (!existsSync(lockPath(dir))) return undefined;
  const record = readOwnerRecord(dir);
  if (!record) return undefined;
  return ownerIsAlive(record) === false ? undefined : record;
}
