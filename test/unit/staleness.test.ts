import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSteps } from '@/scripts/start-steps';
import { buildIsStale, setupFingerprint } from '@/scripts/staleness';

let root: string;
const write = (file: string, text: string, secondsAgo = 0) => {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  const at = Date.now() / 1000 - secondsAgo;
  utimesSync(full, at, at);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'staleness-'));
  write('app/page.tsx', 'page', 60);
  write('lib/x.ts', 'x', 60);
  write('db/migrations/0000.sql', 'create', 60);
  write('seeds/a/results.csv', 'a,b', 60);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildIsStale', () => {
  it('asks for a build when there is none', () => {
    expect(buildIsStale(root)).toBe('no build yet');
  });

  it('is current when every source is older than the build', () => {
    write('.next/BUILD_ID', 'b', 10);
    expect(buildIsStale(root)).toBeNull();
  });

  it('names a source changed after the build, in any folder that is built', () => {
    write('.next/BUILD_ID', 'b', 10);
    write('lib/x.ts', 'changed');
    expect(buildIsStale(root)).toBe(`${path.join('lib', 'x.ts')} changed after the last build`);
  });

  it('counts new top-level files and folders too (next.config.js, server/)', () => {
    write('.next/BUILD_ID', 'b', 10);
    write('server/cache.ts', 'new');
    expect(buildIsStale(root)).toMatch(/^server/);
  });

  it('ignores what the build never reads: tests, seeds, docs, Markdown, its own output, data', () => {
    write('.next/BUILD_ID', 'b', 10);
    for (const file of ['test/unit/a.test.ts', 'seeds/a/results.csv', 'docs/x.md', 'README.md', '.next/server/x.js', '.data/pglite/PG_VERSION', 'node_modules/x/index.js']) write(file, 'new');
    expect(buildIsStale(root)).toBeNull();
  });
});

describe('setupFingerprint', () => {
  it('is stable, and changes with any seed or migration, but not with other files', () => {
    const first = setupFingerprint(root);
    expect(setupFingerprint(root)).toBe(first);
    write('app/page.tsx', 'other page');
    expect(setupFingerprint(root)).toBe(first);
    write('seeds/a/results.csv', 'a,c');
    const second = setupFingerprint(root);
    expect(second).not.toBe(first);
    write('db/migrations/0001.sql', 'alter');
    expect(setupFingerprint(root)).not.toBe(second);
  });
});

describe('startSteps', () => {
  const pglite = (dir: string) => ({ PGLITE_DATA_DIR: dir, DATABASE_URL: undefined });

  it('sets up a new data folder once, again when a seed changes, and not when the folder already holds them', () => {
    write('.next/BUILD_ID', 'b', 10);
    write('.data/pglite/PG_VERSION', '17', 60);
    expect(startSteps(root, pglite('.data/pglite'))).toMatchObject({ setup: 'the data folder has not been set up', build: null });
    startSteps(root, pglite('.data/pglite')).markSetUp();
    expect(startSteps(root, pglite('.data/pglite')).setup).toBeNull();
    // another folder is a database of its own
    expect(startSteps(root, pglite('.data/other')).setup).toBe('the data folder has not been set up');
    write('seeds/a/results.csv', 'a,changed');
    expect(startSteps(root, pglite('.data/pglite')).setup).toBe('the migrations or seeds changed since the last setup');
    // the stamp goes with the folder
    startSteps(root, pglite('.data/pglite')).markSetUp();
    rmSync(path.join(root, '.data/pglite'), { recursive: true });
    expect(startSteps(root, pglite('.data/pglite')).setup).toBe('the data folder has not been set up');
  });

  it('always sets up PostgreSQL and an in-memory PGlite, and reports a stale build', () => {
    expect(startSteps(root, { PGLITE_DATA_DIR: '.data/pglite', DATABASE_URL: 'postgresql://x@localhost/db' })).toMatchObject({ setup: 'a database server is always set up', build: 'no build yet' });
    const memory = startSteps(root, pglite('memory://'));
    expect(memory.setup).not.toBeNull();
    memory.markSetUp();
    expect(startSteps(root, pglite('memory://')).setup).not.toBeNull();
  });
});
