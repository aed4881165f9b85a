import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { readDataVersion } from '@/db/queries/version-cache';
import { results } from '@/db/schema';
import { createPageCache } from '@/server/page-cache';
import { pageCacheKey } from '@/server/page-cache-key';
import { renderedPage } from '@/server/rendered-page';
import { contentSecurityPolicy, newNonce } from '@/lib/security-headers';
import { importResultsFile } from '@/seeds/program/import-file';
import { openSeededTestDatabase, testDriver } from './test-database';

const fixture = path.resolve('test/fixtures/seeds-min');
const header = readFileSync(path.join(fixture, 'demo-paper/results.csv'), 'utf8').split('\n')[0]!;
let handle: DatabaseHandle;
let work: string;
let server: Server;
let base = '';
let renders = 0;

/** One import row of the fixture's demo paper, with `setting` and `value` varied. */
function importFile(setting: string, value: string): string {
  const fields: Record<string, string> = {
    table: 'Table 1', section: 'Math', model: 'demo-rl', model_as_printed: 'Demo-1B-RL', benchmark: 'toy-math',
    benchmark_as_printed: 'ToyMath', metric: 'EM', setting, value, unit: '', flags: '', note: '',
  };
  const file = path.join(mkdtempSync(path.join(work, 'import-')), 'mine.csv');
  writeFileSync(file, `source,${header},page\ndemo-paper,${header.split(',').map((c) => fields[c] ?? '').join(',')},\n`);
  return file;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'benchboard-page-cache-'));
  handle = await openSeededTestDatabase(fixture);
  // The cache as server/main.ts sets it up, over a page that reads the database as the real pages do.
  const cache = createPageCache({
    dataVersion: () => readDataVersion(handle.db),
    render: async () => {
      renders += 1;
      const [row] = await handle.db.select({ n: count() }).from(results);
      const nonce = newNonce();
      const html = `<script nonce="${nonce}"></script><p>${row!.n} results</p>`;
      return renderedPage(200, { 'content-type': 'text/html', 'content-security-policy': contentSecurityPolicy(nonce) }, Buffer.from(html));
    },
  });
  server = createServer((req, res) => void cache.serve(pageCacheKey(req)!, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await handle?.close();
  rmSync(work, { recursive: true, force: true });
});

const view = async () => /<p>(\d+) results<\/p>/.exec(await (await fetch(`${base}/`)).text())?.[1];

describe(`the page cache follows the data version on ${testDriver}`, () => {
  it('answers from the cache until an import changes the data, then renders the new data', async () => {
    expect(await view()).toBe('3');
    expect(await view()).toBe('3');
    expect(renders).toBe(1);

    // a dry run and a rejected file change nothing, so the page stays
    await importResultsFile(handle.db, importFile('mine', '1.5'), { dryRun: true });
    await expect(importResultsFile(handle.db, importFile('mine', 'n/a'))).rejects.toThrow();
    expect(await view()).toBe('3');
    expect(renders).toBe(1);

    await importResultsFile(handle.db, importFile('mine', '1.5'));
    expect(await view()).toBe('4');
    expect(await view()).toBe('4');
    expect(renders).toBe(2);

    // importing the same file again changes nothing either
    await importResultsFile(handle.db, importFile('mine', '1.5'));
    expect(await view()).toBe('4');
    expect(renders).toBe(2);

    // a changed value is new data too
    await importResultsFile(handle.db, importFile('mine', '2.5'));
    expect(await view()).toBe('4');
    expect(renders).toBe(3);
  });
});
