import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parseCsvRecords } from '@/lib/csv';
import { pageForEachTest } from './browser';
import { leaderboardOrder, openLeaderboard } from './helpers';

const baseURL = inject('baseURL');
const windowBaseURL = inject('windowBaseURL');
const currentPage = pageForEachTest();

/** The row ids a server renders for a query, read from its HTML (what a reader without script gets). */
async function renderedRows(base: string, query: string): Promise<string[]> {
  const html = await (await fetch(`${base}/${query}`)).text();
  return [...html.matchAll(/<tr data-model-id="([^"]+)"/g)].map((m) => m[1]!);
}

describe('paging the leaderboard in the browser (the whole dataset is in the page)', () => {
  it('shows 20 rows per page, pages forward through the pager, and keeps the page in the URL', async () => {
    const page = currentPage();
    await openLeaderboard(page, baseURL);
    const first = await leaderboardOrder(page);
    expect(first).toHaveLength(20);
    const range = await page.locator('.pager-range').innerText();
    const total = Number(/of (\d+)/.exec(range)?.[1]);
    expect(range).toContain('Models 1–20 of');
    expect(total).toBeGreaterThan(100);
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect.poll(() => page.url()).toContain('page=2');
    const second = await leaderboardOrder(page);
    expect(second).toHaveLength(20);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    await page.reload();
    await page.locator('.leaderboard-root[data-interactive="true"]').waitFor();
    expect(await leaderboardOrder(page)).toEqual(second);
    // every page together holds every row exactly once
    await page.getByLabel('Rows per page').selectOption('200');
    await expect.poll(() => leaderboardOrder(page).then((r) => r.length)).toBe(Math.min(200, total));
    expect((await leaderboardOrder(page)).slice(0, 40)).toEqual([...first, ...second]);
  });

  it('exports every page of the view, not only the page shown', async () => {
    const page = currentPage();
    await openLeaderboard(page, `${baseURL}/?sort=model:asc`);
    const total = Number(/of (\d+)/.exec(await page.locator('.pager-range').innerText())?.[1]);
    const shown = await page.locator('table.leaderboard tbody th a').allInnerTexts();
    expect(shown).toHaveLength(20);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const records = parseCsvRecords(readFileSync((await download.path())!, 'utf8')).map((r) => r.fields);
    expect(records.length - 1).toBe(total);
    expect(records.slice(1, 21).map((r) => r[0])).toEqual(shown);
  });

  it('a new sort or filter starts again at the first page', async () => {
    const page = currentPage();
    await openLeaderboard(page, `${baseURL}/?page=3`);
    await page.locator('table.leaderboard').getByRole('button', { name: /^Sort by MATH/ }).first().click();
    await expect.poll(() => page.url()).toContain('sort=');
    expect(page.url()).not.toContain('page=');
    expect(await page.locator('.pager-range').innerText()).toContain('Models 1–20');
  });

  it('a page past the end shows the last page rather than nothing', async () => {
    const page = currentPage();
    await openLeaderboard(page, `${baseURL}/?page=999`);
    expect((await leaderboardOrder(page)).length).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Next page' }).count()).toBe(0);
  });
});

describe('the server-paged leaderboard (dataset above the browser limit)', () => {
  it('renders only the page shown, in the same order as the browser-built one', async () => {
    // the default view, past the bare address's home view (whose headline numbers carry result ids of their own)
    const [complete, windowed] = await Promise.all([(await fetch(`${baseURL}/?page=1`)).text(), (await fetch(`${windowBaseURL}/?page=1`)).text()]);
    // result ids are 16 hex digits: both pages carry only the cells of their 20 rows ...
    const resultIds = (text: string) => new Set(text.match(/\b[0-9a-f]{16}\b/g)).size;
    expect(resultIds(complete)).toBeLessThanOrEqual(20 * 12);
    expect(resultIds(windowed)).toBeLessThanOrEqual(20 * 12);
    // ... and only the small dataset is offered whole, at an address that changes with the data
    const address = /"fullData":"(\/api\/leaderboard\?version=\d+)"/.exec(complete.replaceAll('\\"', '"'))?.[1];
    expect(address).toBeDefined();
    expect(windowed.replaceAll('\\"', '"')).toContain('"fullData":null');
    const whole = await fetch(`${baseURL}${address}`);
    expect(whole.headers.get('cache-control')).toContain('immutable');
    expect(resultIds(await whole.text())).toBeGreaterThan(3000);
    expect((await fetch(`${windowBaseURL}/api/leaderboard`)).status).toBe(404);
    expect((await fetch(`${baseURL}/api/leaderboard?version=abc`)).status).toBe(400);
    for (const query of ['', '?sort=math:desc', '?q=qwen&sort=model:asc', '?family=MiMo,Qwen&page=2', '?benchmark=gsm8k,aime-2025&same_setting=1&rows=50']) {
      expect(await renderedRows(windowBaseURL, query), query).toEqual(await renderedRows(baseURL, query));
    }
  });

  it('asks the server on sort, page and search, and shows what the browser-built table shows', async () => {
    const page = currentPage();
    await openLeaderboard(page, windowBaseURL);
    expect(await page.getByRole('group', { name: 'Export the rows on this page' }).count()).toBe(1);

    await page.locator('table.leaderboard').getByRole('button', { name: /^Sort by MATH/ }).first().click();
    await expect.poll(() => page.url()).toContain('sort=math');
    const query = new URL(page.url()).search;
    await expect.poll(() => leaderboardOrder(page)).toEqual(await renderedRows(baseURL, query));

    await page.getByRole('link', { name: 'Next page' }).click();
    await expect.poll(() => page.url()).toContain('page=2');
    await expect.poll(() => leaderboardOrder(page)).toEqual(await renderedRows(baseURL, new URL(page.url()).search));

    await page.getByLabel('Search models by name or alias').fill('minicpm');
    await expect.poll(() => page.url()).toContain('q=minicpm');
    expect(page.url()).not.toContain('page=');
    await expect.poll(() => leaderboardOrder(page)).toEqual(await renderedRows(baseURL, '?q=minicpm&sort=math:desc'));
    expect((await leaderboardOrder(page)).every((id) => id.startsWith('minicpm'))).toBe(true);
  });
});

describe('a benchmark with more values than its list sends whole', () => {
  it('pages its values best first on the server, every value once, and charts only the best', async () => {
    const api = (await (await fetch(`${baseURL}/api/results?benchmark=gsm8k&format=json`)).json()) as { results: { result_id: string }[] };
    const page = currentPage();
    await page.goto(`${windowBaseURL}/benchmarks/gsm8k`);
    const range = await page.locator('.pager-range').innerText();
    expect(range).toContain(`Values 1–100 of ${api.results.length}`);
    const readPage = () =>
      page.locator('table.results-list button.score').evaluateAll((buttons) =>
        buttons.map((b) => ({ id: b.getAttribute('data-result-id') ?? '', value: Number.parseFloat(b.textContent ?? '') })),
      );
    const first = await readPage();
    expect(first).toHaveLength(100);
    // a page of a longer list keeps the server's order: no sort buttons that would sort one page alone
    expect(await page.locator('table.results-list thead button').count()).toBe(0);
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect.poll(() => page.url()).toContain('page=2');
    await expect.poll(() => readPage().then((r) => r[0]?.id)).not.toBe(first[0]!.id);
    const second = await readPage();
    const all = [...first, ...second];
    expect(all.map((r) => r.id).sort()).toEqual(api.results.map((r) => r.result_id).sort());
    await page.locator('[data-testid="ranking-chart"] figcaption').waitFor();
    expect(await page.locator('[data-testid="ranking-chart"] figcaption').innerText()).toMatch(new RegExp(`The best (50|4\\d) distinct of ${api.results.length} printed values`));
  });
});

describe('a benchmark counted and ranked by the database shows what the whole list shows', () => {
  /** The counts, sources and rank ranges of a benchmark page, as its HTML gives them. */
  async function summary(base: string, id: string) {
    const page = currentPage();
    await page.goto(`${base}/benchmarks/${id}`);
    const rankTable = page.locator('section[aria-labelledby="rank-ranges"]');
    return {
      count: await page.getByTestId('value-count').innerText(),
      sources: await page.locator('main p', { hasText: 'Reported in:' }).innerText(),
      ranks: await rankTable.locator('tbody tr').allInnerTexts(),
      note: await rankTable.locator('p.muted').innerText(),
    };
  }

  it.each(['gsm8k', 'aime-2024', 'mmlu', 'mt-bench'])('%s', async (id) => {
    const whole = await summary(baseURL, id);
    expect(whole.ranks.length).toBeGreaterThan(3);
    expect(await summary(windowBaseURL, id)).toEqual(whole);
  });
});

describe('the compare picker of a catalog too large to send whole', () => {
  it('sends only the chosen models and asks the server for suggestions as the reader types', async () => {
    const url = '/compare?models=mimo-7b-rl,deepseek-r1-distill-qwen-7b';
    const [whole, windowed] = await Promise.all([(await fetch(`${baseURL}${url}`)).text(), (await fetch(`${windowBaseURL}${url}`)).text()]);
    expect(whole).toContain('qwq-32b-preview');
    expect(windowed).not.toContain('qwq-32b-preview');
    const page = currentPage();
    await page.goto(`${windowBaseURL}${url}`, { waitUntil: 'networkidle' });
    const asked = page.waitForRequest((r) => r.url().includes('/compare/model-search?q=QwQ'));
    await page.getByLabel('Add a model to compare').fill('QwQ');
    await asked;
    await page.locator('ul.suggestions button', { hasText: 'QwQ-32B-Preview' }).click();
    await expect.poll(() => page.url()).toContain('qwq-32b-preview');
    await expect.poll(() => page.locator('table.compare:visible thead th').count()).toBe(4);
    // the models already chosen are not suggested again; a query too long is refused
    const found = (await (await fetch(`${windowBaseURL}/compare/model-search?q=mimo%207b%20rl&exclude=mimo-7b-rl`)).json()) as { models: { id: string }[] };
    expect(found.models.map((m) => m.id)).toEqual(expect.arrayContaining(['mimo-7b-rl-zero']));
    expect(found.models.map((m) => m.id)).not.toContain('mimo-7b-rl');
    expect((await fetch(`${windowBaseURL}/compare/model-search?q=${'x'.repeat(101)}`)).status).toBe(400);
  });
});

describe('leaving a view by a link', () => {
  it.each([
    ['the browser-built table', () => baseURL],
    ['the server-paged table', () => windowBaseURL],
  ])('"reset view" on %s brings back the default view', async (_name, base) => {
    const page = currentPage();
    await openLeaderboard(page, `${base()}/?family=MiMo&sort=model:asc`);
    const filtered = await leaderboardOrder(page);
    expect(filtered.every((id) => id.startsWith('mimo'))).toBe(true);
    await page.getByRole('link', { name: 'reset view' }).click();
    await expect.poll(() => page.url()).toBe(`${base()}/#leaderboard`);
    await expect.poll(() => leaderboardOrder(page)).toEqual(await renderedRows(base(), ''));
    expect(await page.locator('.pager-range').innerText()).toContain('Models 1–20 of');
  });
});
