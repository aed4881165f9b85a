import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
