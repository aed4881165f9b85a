import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { parseCsvRecords } from '@/lib/csv';
import { chromiumLaunchOptions } from './browser';
import { openLeaderboard } from './helpers';

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  page = await context.newPage();
});
afterAll(() => browser?.close());

/** The leaderboard as the eye reads it: header texts and, per row, each visible cell's text. */
async function screenTable(p: Page) {
  const headers = await p.locator('table.leaderboard thead tr').last().locator('th').evaluateAll((ths) =>
    ths.map((th) => (th.querySelector('a')?.textContent ?? th.querySelector('.th-inner')?.textContent ?? '').replace(/[↕▲▼\d]+$/u, '').trim()),
  );
  const rows = await p.locator('table.leaderboard tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.children].map((td) => {
        const score = td.querySelector('button.score');
        if (score) {
          const clone = score.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.multi, .unit, .visually-hidden').forEach((n) => n.remove());
          return clone.textContent?.trim() ?? '';
        }
        return td.textContent?.trim().replace(/^·$/, '') ?? '';
      }),
    ),
  );
  return { headers, rows };
}

describe('exporting the current view', () => {
  it('a filtered, sorted leaderboard exports as CSV with exactly the rows and cells on screen', async () => {
    await openLeaderboard(page, `${baseURL}/?family=MiMo,MiniCPM&benchmark=gsm8k,math,aime-2025&sort=gsm8k:desc&hide=stage`);
    const screen = await screenTable(page);
    expect(screen.rows.length).toBeGreaterThan(5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const csv = parseCsvRecords(readFileSync((await download.path())!, 'utf8')).map((r) => r.fields);
    const head = csv[0]!;
    const col = (name: string) => head.indexOf(name);
    expect(head.slice(0, 3)).toEqual(['Model', 'Family', 'Size (billion parameters)']);
    for (const b of ['GSM8K', 'MATH', 'AIME 2025']) for (const extra of ['', ' marks', ' source']) expect(head).toContain(`${b}${extra}`);
    // the same rows in the same order; a score's number and its marks together read as the cell on screen
    expect(csv.slice(1).map((r) => r[0])).toEqual(screen.rows.map((r) => r[0]));
    csv.slice(1).forEach((r, i) => {
      const shown = screen.rows[i]!;
      expect(r[col('Family')]).toBe(shown[1]);
      ['GSM8K', 'MATH', 'AIME 2025'].forEach((b, j) => {
        const text = `${r[col(b)]}${r[col(`${b} marks`)]}`;
        expect(shown[4 + j]!.startsWith(text) || (text === '' && /^—?$/.test(shown[4 + j]!))).toBe(true);
        if (r[col(b)]) expect(Number.isFinite(Number(r[col(b)]))).toBe(true);
      });
    });
  });

  it('Markdown and LaTeX exports carry citation keys and BibTeX', async () => {
    await openLeaderboard(page, `${baseURL}/?family=MiMo&benchmark=aime-2025`);
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()]);
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain('55.4 [@xiaomi2025mimo]');
    expect(mdText).toContain('@misc{xiaomi2025mimo');
    const [tex] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'LaTeX' }).click()]);
    const texText = readFileSync((await tex.path())!, 'utf8');
    expect(texText).toContain('\\toprule');
    expect(texText).toContain('55.4~\\cite{xiaomi2025mimo}');
  });
});

describe('citing a number', () => {
  it('copies the citation sentence and reads it back from the clipboard', async () => {
    await openLeaderboard(page, `${baseURL}/?benchmark=aime-2025&family=MiMo`);
    await page.locator('tr[data-model-id="mimo-7b-rl"] button.score').click();
    const panel = page.getByRole('dialog');
    const sentence = await panel.getByTestId('citation-sentence').innerText();
    expect(sentence).toContain('MiMo-7B-RL scores 55.4 on AIME 2025 (Pass@1, 32 samples averaged');
    expect(sentence).toContain('as reported in Xiaomi LLM-Core Team (2025), Table 4, p. 17 [arXiv:2505.07608].');
    await panel.getByRole('button', { name: 'Copy sentence' }).click();
    await expect.poll(() => panel.getByText('Copied').count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sentence);

    await panel.getByRole('button', { name: 'Copy BibTeX' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{xiaomi2025mimo');
  });
});

describe('the discrepancy ledger and the API', () => {
  it('lists Qwen2.5-7B on GSM8K with both values side by side', async () => {
    await page.goto(`${baseURL}/discrepancies?model=qwen2.5-7b`);
    const entry = page.getByTestId('discrepancy').filter({ hasText: 'GSM8K' });
    const text = await entry.innerText();
    expect(text).toContain('80.2');
    expect(text).toContain('85.4');
    expect(text).toContain('different stated setting');
    expect(text).toContain('shots differ: 4-shot vs 8-shot');
  });

  it('filters the ledger by "same stated setting", also under its old address view=same (redirected to setting=same)', async () => {
    await page.goto(`${baseURL}/discrepancies?view=same`);
    expect(new URL(page.url()).search).toBe('?setting=same');
    const entries = await page.getByTestId('discrepancy').allInnerTexts();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((t) => t.includes('same stated setting'))).toBe(true);
  });

  it.each([
    ['/api/models?family=MiMo', 'models'],
    ['/api/benchmarks?category=math', 'benchmarks'],
    ['/api/sources?source=mimo-7b', 'sources'],
    ['/api/discrepancies?model=qwen2.5-7b&benchmark=gsm8k', 'discrepancies'],
  ])('%s answers JSON', async (path, key) => {
    const res = await page.request.get(`${baseURL}${path}`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.count).toBeGreaterThan(0);
    expect(body[key]).toHaveLength(body.count);
  });

  it.each([
    ['/api/models?family=Nope', 'family'],
    ['/api/models?benchmark=gsm8k', 'benchmark'],
    ['/api/benchmarks?category=%3Cb%3E', 'category'],
    ['/api/sources?x=1', 'x'],
    ['/api/discrepancies?same_setting=maybe', 'same_setting'],
    ['/api/results?model=a%27%3B%20drop%20table%20results%3B--', 'model'],
  ])('%s is a 400 naming %s', async (path, param) => {
    const res = await page.request.get(`${baseURL}${path}`);
    expect(res.status()).toBe(400);
    expect((await res.json()).parameters.map((p: { param: string }) => p.param)).toContain(param);
  });

  it('serves an OpenAPI description of every endpoint', async () => {
    const doc = await (await page.request.get(`${baseURL}/api/openapi.json`)).json();
    // every route handler under app/api, except the description itself
    const routes = readdirSync('app/api', { recursive: true, encoding: 'utf8' })
      .filter((f) => path.basename(f) === 'route.ts')
      .map((f) => `/api/${path.dirname(f).replace(/\[(\w+)\]/g, '{$1}')}`)
      .filter((r) => r !== '/api/openapi.json');
    expect(routes).toContain('/api/leaderboard');
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
  });
});

describe('permalinks and citing Benchboard', () => {
  it('a result permalink shows a breadcrumb, the citation sentence and the BibTeX', async () => {
    const res = await fetch(`${baseURL}/api/results?format=json&model=mimo-7b-rl&benchmark=aime-2025`);
    const { results } = (await res.json()) as { results: { result_id: string; source_id: string }[] };
    const one = results.find((r) => r.source_id === 'mimo-7b')!;
    await page.goto(`${baseURL}/results/${one.result_id}`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await crumbs.innerText()).toMatch(/MiMo-7B technical report › Table \d.* › MiMo-7B-RL › AIME 2025/);
    expect(await page.getByTestId('citation-sentence').innerText()).toMatch(/^MiMo-7B-RL scores [\d.]+ on AIME 2025 .*arXiv:2505\.07608\]\.$/);
    expect(await page.getByTestId('citation-bibtex').innerText()).toContain('{MiMo}');
    await expect.poll(() => page.getByRole('button', { name: 'Copy BibTeX' }).count()).toBe(1);
  });

  it('/cite names the same data snapshot as the footer, with BibTeX; the icon is served', async () => {
    await page.goto(`${baseURL}/cite`);
    const footer = await page.getByTestId('data-version').innerText();
    const id = (await page.getByTestId('snapshot-id').innerText()).replace('data snapshot ', '');
    expect(footer).toBe(`Data snapshot ${id}`);
    expect(id).toMatch(/^[0-9a-f]{10}$/);
    expect(await page.getByTestId('snapshot-bibtex').innerText()).toContain(`@misc{benchboard_${id},`);
    expect((await fetch(`${baseURL}/icon.svg`)).status).toBe(200);
  });
});
