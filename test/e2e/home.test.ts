import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
});
afterAll(() => browser?.close());

describe('the results page in Chromium', () => {
  it('lists every result in the database, MiMo-7B-RL on AIME 2025 among them', async () => {
    const total = (await (await page.request.get(`${baseURL}/api/results?format=json`)).json()).count as number;
    expect(total).toBeGreaterThan(2800);
    await page.goto(baseURL);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(total);
    const row = page.locator('tbody tr', { hasText: 'MiMo-7B-RL' }).filter({ hasText: 'AIME 2025' }).filter({ hasText: 'Table 4' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('td.num').innerText()).toBe('55.4');
    expect(await row.innerText()).toContain('p. 17');
  });

  it('sorts by value when the header is clicked, and says so with aria-sort', async () => {
    await page.goto(baseURL);
    const header = page.locator('th', { hasText: 'Value' });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const first = await page.locator('tbody tr').first().locator('td.num').innerText();
    expect(Number.parseFloat(first)).toBe(100);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('tbody tr').first().locator('td.num').innerText()).toMatch(/^0\.0/);
  });

  it('filters by the search box', async () => {
    await page.goto(baseURL);
    await page.getByRole('searchbox', { name: 'Search results' }).fill('RL-0530');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(7);
  });

  it('answers bad API parameters with a 400 and a JSON error', async () => {
    const res = await page.request.get(`${baseURL}/api/results?format=pdf`);
    expect(res.status()).toBe(400);
    expect((await res.json()).parameters[0].param).toBe('format');
  });

  it('exports the same rows as CSV with the contract columns in order', async () => {
    const res = await page.request.get(`${baseURL}/api/results?format=csv&source=mimo-7b`);
    expect(res.status()).toBe(200);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]!.startsWith('source_id,source_title,source_arxiv,table,page,model_id,model_name,model_as_printed,benchmark_id,benchmark_name,benchmark_as_printed,metric,setting,value,value_as_printed,flags,note')).toBe(true);
    expect(lines).toHaveLength(232);
  });
});
