import { execFileSync } from 'node:child_process';
import { get } from 'node:http';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../db/client';
import { results } from '../db/schema';
import { bypassHeader } from '../server/page-cache-key';
import { readSeedDirectory } from '../seeds/program/read-seeds';
import { inTransaction, writeSeedBundle } from '../seeds/program/write-bundle';
import { noChanges } from '../seeds/program/write-rows';
import { writeSyntheticResults } from '../seeds/program/write-synthetic';
import { root, startServer } from './server';

/** Leaderboard views none of which the server has seen: every filter, sorts by every kind of column, paging, search. */
export const newViews = [
  '', 'family=Synthetic%201', 'stage=rl', 'modality=text', 'size=1-35', 'category=math', 'category=code,reasoning',
  'benchmark=synthetic-bench-1,synthetic-bench-2,synthetic-bench-3', 'source=synthetic-2', 'source=synthetic-1,synthetic-3&same_setting=1',
  'same_setting=1', 'complete=1', 'sort=average:desc', 'sort=average:asc&same_setting=1', 'sort=model:asc', 'sort=family:desc', 'sort=params:desc',
  'sort=stage:asc', 'sort=synthetic-bench-5:asc', 'sort=synthetic-bench-14:desc', 'page=50', 'rows=100', 'rows=100&page=7', 'q=synthetic%20model%2042',
  'q=mimo%20rl', 'family=Qwen&sort=average:desc', 'stage=base&size=7-8&sort=params:asc',
];

const percentile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function timed(url: string, headers: Record<string, string> = {}): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - t0;
}

/** Occurrences of `needle` in `bytes`, by the native search (a loop over every byte in JS held the rate below the server's). */
function occurrences(bytes: Buffer, needle: Buffer | number): number {
  let n = 0;
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) n += 1;
  return n;
}

/**
 * Time to the first byte of an export, and rows per second; with `seconds`, reading stops after that long
 * (for 10M rows). Rows are counted as CSV lines, or as JSON records by their "result_id" key. Read with
 * node:http, as a download tool would: fetch's web stream took more CPU than the server (88k rows/s
 * of JSON where curl took 227k), and the client shares the machine's 2 cores with it.
 */
function exportSpeed(url: string, seconds = Infinity): Promise<{ firstByteMs: number; seconds: number; rows: number }> {
  const json = url.includes('format=json');
  const key = Buffer.from('"result_id":');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstByteMs = 0;
    let rows = json ? 0 : -1;
    let tail = Buffer.alloc(0);
    const done = () => resolve({ firstByteMs, seconds: (performance.now() - t0) / 1000, rows });
    const req = get(url, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${url}: HTTP ${res.statusCode}`));
      res.on('data', (bytes: Buffer) => {
        if (!firstByteMs) firstByteMs = performance.now() - t0;
        if (json) {
          // The key may straddle two chunks: the previous chunk's last bytes are searched again with this one's first.
          rows += occurrences(bytes, key) + occurrences(Buffer.concat([tail, bytes.subarray(0, key.length - 1)]), key);
          tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - (key.length - 1))));
        } else rows += occurrences(bytes, 10);
        if (performance.now() - t0 > seconds * 1000) {
          req.destroy();
          done();
        }
      });
      res.on('end', done);
    });
    req.on('error', reject);
  });
}

/** Resident memory of the server's whole process tree (its process group), in MB. */
function treeRssMb(pgid: number): number {
  const out = execFileSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).reduce((sum, kb) => sum + Number(kb), 0) / 1024;
}

async function freshDatabase(n: number, databaseUrl: string | undefined): Promise<{ handle: DatabaseHandle; dir: string }> {
  const dir = path.join(root, `.data/bench-scale-${n}`);
  if (databaseUrl) {
    const handle = openDatabase({ DATABASE_URL: databaseUrl, PGLITE_DATA_DIR: 'unused' });
    await handle.db.execute(sql`drop schema if exists public cascade`);
    await handle.db.execute(sql`drop schema if exists drizzle cascade`);
    await handle.db.execute(sql`create schema public`);
    return { handle, dir };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return { handle: openDatabase({ PGLITE_DATA_DIR: dir }), dir };
}

/** 20 results written like an import (one transaction, data version bumped), while the server runs. */
async function importTwenty(databaseUrl: string | undefined, dir: string) {
  const handle = openDatabase(databaseUrl ? { DATABASE_URL: databaseUrl, PGLITE_DATA_DIR: 'unused' } : { PGLITE_DATA_DIR: dir });
  try {
    await inTransaction(handle.db, false, async (tx) => {
      const rows = Array.from({ length: 20 }, (_, i) => ({
        id: `bench-import-${i}`, sourceId: 'synthetic-1', tableLabel: 'Table 1', section: 'import', page: '1', modelId: `synthetic-model-${i}`,
        modelAsPrinted: `Synthetic Model ${i}`, benchmarkId: 'synthetic-bench-0', benchmarkAsPrinted: 'Synthetic Bench 0', metric: 'Acc.',
        setting: 'imported', value: 50 + i, valueAsPrinted: `${50 + i}.0`, unit: 'percent' as const, flags: [], note: '', position: 1e9 + i, origin: 'bench-import',
      }));
      await tx.insert(results).values(rows);
      return { results: { ...noChanges(), inserted: rows.length } };
    });
  } finally {
    await handle.close();
  }
}

/** Loads the real data and `n` synthetic results into a fresh store, serves it, and measures what issue 17 names. */
export async function measureScale(n: number, databaseUrl?: string, exportSeconds = Infinity): Promise<Record<string, number>> {
  const { handle, dir } = await freshDatabase(n, databaseUrl);
  await handle.migrate();
  await writeSeedBundle(handle.db, readSeedDirectory(path.join(root, 'seeds')));
  const t0 = performance.now();
  await writeSyntheticResults(handle.db, { results: n, models: Math.ceil(n / 60), benchmarks: 60 }, (done) =>
    process.stderr.write(`\rscale ${n}: ${done.toLocaleString('en')} synthetic results loaded (${((performance.now() - t0) / 1000).toFixed(1)} s)`),
  );
  process.stderr.write('\n');
  const loadMs = performance.now() - t0;
  await handle.close();
  const s = await startServer(dir, databaseUrl ? { DATABASE_URL: databaseUrl } : {});
  try {
    const past = { [bypassHeader]: 'bench' };
    const first = await timed(`${s.url}/`, past);
    const views = [];
    for (const query of newViews) views.push(await timed(`${s.url}/?${query}`, past));
    const benchmarkPage = await timed(`${s.url}/benchmarks/synthetic-bench-1`, past);
    const compare = await timed(`${s.url}/compare?models=synthetic-model-1,synthetic-model-2,synthetic-model-3`, past);
    const rssMb = treeRssMb(s.pid);
    const csv = await exportSpeed(`${s.url}/api/results?format=csv`, exportSeconds);
    const json = await exportSpeed(`${s.url}/api/results?format=json`, exportSeconds);
    const rssAfterExportMb = treeRssMb(s.pid);
    await importTwenty(databaseUrl, dir);
    const afterImport = await timed(`${s.url}/`);
    return {
      loadMs, first, viewsP50: percentile(views, 50), viewsP95: percentile(views, 95), viewsMax: Math.max(...views), benchmarkPage, compare,
      rssMb, rssAfterExportMb, csvFirstByteMs: csv.firstByteMs, csvRowsPerSecond: csv.rows / csv.seconds, csvRows: csv.rows,
      jsonFirstByteMs: json.firstByteMs, jsonRowsPerSecond: json.rows / json.seconds, jsonRows: json.rows, afterImport,
    };
  } finally {
    s.stop();
  }
}
