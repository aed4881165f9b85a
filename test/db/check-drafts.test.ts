import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { syntheticPaper } from '@/bench/check';
import { checkRecordReader, findCatalogNames } from '@/db/queries/check-record';
import { nameKey } from '@/lib/check/names';
import { listResults } from '@/db/queries/results';
import { runCheck } from '@/lib/check/run-check';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { snapshotDatabase } from './snapshot';
import { openSeededTestDatabase } from './test-database';

let handle: DatabaseHandle;
const dir = path.resolve('test/fixtures/drafts');
type Expected = { all?: string; count?: number; findings?: { line: number; value: string; status: string; message?: string }[] };

beforeAll(async () => {
  handle = await openSeededTestDatabase();
});
afterAll(() => handle?.close());

describe('the draft corpus comes out with its expected verdicts', () => {
  const drafts = readdirSync(dir).filter((f) => !f.endsWith('.expected.json'));
  for (const file of drafts) {
    it(file, async () => {
      const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8')) as Expected;
      const report = await runCheck(readFileSync(path.join(dir, file), 'utf8'), checkRecordReader(handle.db));
      const got = report.findings.map((f) => ({ line: f.line, value: f.value, status: f.status, message: f.message }));
      if (expected.all) {
        expect(got.filter((f) => f.status !== expected.all)).toEqual([]);
        expect(got).toHaveLength(expected.count!);
      } else {
        expect(got.map(({ line, value, status }) => ({ line, value, status }))).toEqual(expected.findings!.map(({ line, value, status }) => ({ line, value, status })));
        expected.findings!.forEach((e, i) => {
          if (e.message) expect(got[i]!.message).toContain(e.message);
        });
      }
    });
  }
});

describe('name keys', () => {
  it('are computed the same in SQL as in lib/check/names.ts, for every id, name and alias', async () => {
    const seeds = readSeedDirectory(path.resolve('seeds'));
    const spellings = [
      ...seeds.models.flatMap((m) => [m.id, m.name, ...m.aliases].map((a) => `model\u001f${m.id}\u001f${nameKey(a)}`)),
      ...seeds.benchmarks.flatMap((b) => [b.id, b.name, ...b.aliases].map((a) => `benchmark\u001f${b.id}\u001f${nameKey(a)}`)),
    ];
    const keys = [...new Set(spellings.map((s) => s.split('\u001f')[2]!))];
    const found = new Set((await findCatalogNames({ keys, db: handle.db })).map((n) => `${n.kind}\u001f${n.id}\u001f${n.key}`));
    expect(spellings.filter((s) => !found.has(s))).toEqual([]);
  });
});

describe('a check', () => {
  it('gives line, column, permalinks and the BibTeX of the sources its matches cite', async () => {
    const report = await runCheck('MiMo-7B-RL reaches 68.2 on AIME 2024.', checkRecordReader(handle.db), 'https://x.test');
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0]!;
    expect(f).toMatchObject({ line: 1, column: 20, value: '68.2', model: 'mimo-7b-rl', benchmark: 'aime-2024', status: 'match' });
    expect(f.reported[0]!.permalink).toMatch(/^https:\/\/x\.test\/results\/[0-9a-f]{16}$/);
    expect(report.bibtex).toContain('@misc{xiaomi2025mimo');
    expect(report.summary).toEqual({ match: 1, mismatch: 0, superseded: 0, other_setting: 0, unknown: 0 });
  });

  it('finds no mismatch in the tables of the record re-typed as LaTeX (a broad sweep)', async () => {
    const { tex, numbers } = syntheticPaper(await listResults({ db: handle.db }), 100_000);
    const report = await runCheck(tex, checkRecordReader(handle.db));
    expect(report.findings.length).toBeGreaterThan(numbers * 0.9);
    expect(report.summary.mismatch).toBe(0);
    expect(report.summary.other_setting).toBe(0);
    expect(report.summary.match).toBeGreaterThan(numbers * 0.9);
    for (const f of report.findings.filter((x) => x.status === 'superseded')) expect(f.reported[0]!.flags).toContain('superseded');
  });

  it('writes nothing', async () => {
    const before = await snapshotDatabase(handle.db);
    await runCheck(readFileSync(path.join(dir, 'planted.tex'), 'utf8'), checkRecordReader(handle.db));
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });
});
