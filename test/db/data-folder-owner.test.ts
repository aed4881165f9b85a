import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { holdFolder, importCsv, runTool } from './owner-processes';
import { testDriver } from './test-database';

const work = mkdtempSync(path.join(tmpdir(), 'benchboard-owner-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function csvFile(name: string, tag: string, count: number): string {
  const file = path.join(work, name);
  writeFileSync(file, importCsv(tag, count));
  return file;
}

const importArgs = (file: string) => ['seeds/program/cli.ts', 'import', file, '--source', 'demo-paper'];

async function countImported(env: Record<string, string>, tag?: string): Promise<number> {
  const handle = openDatabase({ PGLITE_DATA_DIR: env.PGLITE_DATA_DIR ?? 'unused', DATABASE_URL: env.DATABASE_URL || undefined });
  try {
    const like = tag ? `${tag} run %` : '% run %';
    const rows = (await handle.db.execute(sql`select count(*)::int as n from results where setting like ${like}`)) as unknown as { rows: { n: number }[] };
    return rows.rows[0]!.n;
  } finally {
    await handle.close();
  }
}

async function dataVersion(env: Record<string, string>): Promise<number> {
  const handle = openDatabase({ PGLITE_DATA_DIR: env.PGLITE_DATA_DIR ?? 'unused', DATABASE_URL: env.DATABASE_URL || undefined });
  try {
    const rows = (await handle.db.execute(sql`select coalesce(max(version), 0)::int as v from data_version`)) as unknown as { rows: { v: number }[] };
    return rows.rows[0]!.v;
  } finally {
    await handle.close();
  }
}

describe.runIf(testDriver === 'pglite')('an embedded data folder has one owner', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { PGLITE_DATA_DIR: path.join(work, 'pglite'), DATABASE_URL: '' };
    const seeded = await runTool(['seeds/program/cli.ts', 'seed', '--dir', 'test/fixtures/seeds-min'], env).done;
    expect(seeded.code, seeded.stderr).toBe(0);
  });

  it('refuses a second command while one holds the folder, naming it, and writes nothing', async () => {
    const holder = await holdFolder(env, false);
    try {
      const refused = await runTool(importArgs(csvFile('refused.csv', 'refused', 5)), env).done;
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`in use by pid ${holder.child.pid}`);
      expect(refused.stderr).toContain('hold-folder.ts');
      expect(refused.stderr).toContain('Nothing was written');
      expect(refused.stdout).not.toContain('inserted');
    } finally {
      holder.child.kill('SIGTERM');
      await holder.done;
    }
    expect(await countImported(env, 'refused')).toBe(0);
  });

  it('lets commands in through the serving owner; concurrent imports all commit, in turn', async () => {
    const owner = await holdFolder(env, true);
    const countBefore = await (async () => {
      const r = await runTool(['scripts/export.ts', '--format', 'json', '--model', 'demo-base'], env).done;
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { count: number }).count;
    })();
    try {
      const runs = await Promise.all(['a', 'b', 'c'].map((tag) => runTool(importArgs(csvFile(`${tag}.csv`, tag, 40)), env).done));
      for (const run of runs) {
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain('the app server that owns');
        expect(run.stdout).toMatch(/results\s+40 inserted|results\s+40\s+0/);
      }
      const dry = await runTool([...importArgs(csvFile('dry.csv', 'dry', 3)), '--dry-run'], env).done;
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('nothing was written');
      const exported = await runTool(['scripts/export.ts', '--format', 'json', '--model', 'demo-base'], env).done;
      expect((JSON.parse(exported.stdout) as { count: number }).count).toBe(countBefore + 120);
    } finally {
      owner.child.kill('SIGTERM');
      await owner.done;
    }
    expect(await countImported(env, 'a')).toBe(40);
    expect(await countImported(env, 'b')).toBe(40);
    expect(await countImported(env, 'c')).toBe(40);
    expect(await countImported(env, 'dry')).toBe(0);
  });

  it('a command killed mid-import through the owner leaves nothing partial', async () => {
    const owner = await holdFolder(env, true);
    try {
      const big = runTool(importArgs(csvFile('big.csv', 'big', 20_000)), env);
      await new Promise((r) => setTimeout(r, 2500));
      big.child.kill('SIGKILL');
      await big.done;
      const after = await runTool(importArgs(csvFile('after.csv', 'after', 2)), env).done;
      expect(after.code, after.stderr).toBe(0);
    } finally {
      owner.child.kill('SIGTERM');
      await owner.done;
    }
    expect([0, 20_000]).toContain(await countImported(env, 'big'));
    expect(await countImported(env, 'after')).toBe(2);
  });

  it('recovers the lock of an owner killed with -9, and says so', async () => {
    const owner = await holdFolder(env, true);
    owner.child.kill('SIGKILL');
    await owner.done;
    const owned = JSON.parse(readFileSync(`${env.PGLITE_DATA_DIR}.owner.json`, 'utf8')) as { pid: number };
    expect(owned.pid).toBe(owner.child.pid);
    const next = await runTool(importArgs(csvFile('recovered.csv', 'recovered', 3)), env).done;
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain(`held by pid ${owner.child.pid}`);
    expect(next.stderr).toContain('no longer running');
    expect(await countImported(env, 'recovered')).toBe(3);
  });
});

describe.runIf(testDriver === 'pg')('writes to PostgreSQL take turns', () => {
  const env = { DATABASE_URL: process.env.TEST_DATABASE_URL ?? '', PGLITE_DATA_DIR: 'unused' };
  beforeAll(async () => {
    const seeded = await runTool(['seeds/program/cli.ts', 'seed', '--dir', 'test/fixtures/seeds-min'], env).done;
    expect(seeded.code, seeded.stderr).toBe(0);
  });

  it('concurrent imports and a seed all commit completely; the version moves once per committed change', async () => {
    const before = await dataVersion(env);
    const runs = await Promise.all([
      ...['pa', 'pb', 'pc'].map((tag) => runTool(importArgs(csvFile(`${tag}.csv`, tag, 60)), env).done),
      runTool(['seeds/program/cli.ts', 'seed', '--dir', 'test/fixtures/seeds-min'], env).done,
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    for (const tag of ['pa', 'pb', 'pc']) expect(await countImported(env, tag)).toBe(60);
    // The seed changed nothing, so only the three imports moved the version.
    expect(await dataVersion(env)).toBe(before + 3);
  });
});
