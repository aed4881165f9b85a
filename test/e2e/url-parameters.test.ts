import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from './browser';
import { leaderboardOrder, openLeaderboard } from './helpers';

const baseURL = inject('baseURL');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** Where an address sends a reader, without following: status and Location. */
async function redirectOf(path: string): Promise<{ status: number; location: string | null }> {
  const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get('location') };
}
const pathOf = (href: string) => {
  const u = new URL(href, baseURL);
  return `${u.pathname}${u.search}`;
};

describe('old spellings of page addresses move for good to the canonical one', () => {
  it.each([
    ['/?comparable=1&family=Qwen&sort=gsm8k:desc', '/?family=Qwen&sort=gsm8k%3Adesc&same_setting=1'],
    ['/?same_setting=true&complete=true', '/?same_setting=1&complete=1'],
    ['/compare?models=mimo-7b-rl,qwen2.5-7b&comparable=1', '/compare?models=mimo-7b-rl%2Cqwen2.5-7b&same_setting=1'],
    ['/discrepancies?view=same&sort=spread', '/discrepancies?sort=spread&setting=same'],
    ['/discrepancies?view=differ', '/discrepancies?setting=different'],
    ['/discrepancies?same_setting=true&model=qwen2.5-7b', '/discrepancies?model=qwen2.5-7b&setting=same'],
  ])('%s answers 308 to %s', async (old, canonical) => {
    const { status, location } = await redirectOf(old);
    expect(status).toBe(308);
    expect(pathOf(location!)).toBe(canonical);
  });

  it('the canonical addresses themselves are not redirected', async () => {
    for (const path of ['/?same_setting=1&family=Qwen', '/compare?models=mimo-7b-rl,qwen2.5-7b&same_setting=1', '/discrepancies?setting=same']) {
      expect((await redirectOf(path)).status, path).toBe(200);
    }
  });

  it('the leaderboard under comparable=1 is the same view as under same_setting=1, switch on', async () => {
    await openLeaderboard(page, `${baseURL}/?family=Qwen&comparable=1`);
    expect(pathOf(page.url())).toBe('/?family=Qwen&same_setting=1');
    expect(await page.getByLabel('Comparable settings only').isChecked()).toBe(true);
    const viaOld = await leaderboardOrder(page);
    await openLeaderboard(page, `${baseURL}/?family=Qwen&same_setting=1`);
    expect(viaOld.length).toBeGreaterThan(0);
    expect(await leaderboardOrder(page)).toEqual(viaOld);
    await page.getByLabel('Comparable settings only').uncheck();
    await expect.poll(() => page.url()).not.toContain('same_setting');
    await page.getByLabel('Comparable settings only').check();
    await expect.poll(() => page.url()).toContain('same_setting=1');
    expect(page.url()).not.toContain('comparable');
  });

  it('compare under comparable=1 opens with the same-setting table shown', async () => {
    await page.goto(`${baseURL}/compare?models=mimo-7b-rl,llama-3.1-8b-instruct&comparable=1`);
    expect(pathOf(page.url())).toBe('/compare?models=mimo-7b-rl%2Cllama-3.1-8b-instruct&same_setting=1');
    expect(await page.getByLabel(/Only compare values at the reference/).isChecked()).toBe(true);
    expect(await page.locator('[data-view="same"] table.compare').isVisible()).toBe(true);
  });

  it('the ledger under view=differ lists the same pairs as under setting=different', async () => {
    await page.goto(`${baseURL}/discrepancies?view=differ`);
    expect(pathOf(page.url())).toBe('/discrepancies?setting=different');
    const viaOld = await page.getByTestId('discrepancy').allInnerTexts();
    await page.goto(`${baseURL}/discrepancies?setting=different`);
    expect(viaOld.length).toBeGreaterThan(0);
    expect(await page.getByTestId('discrepancy').allInnerTexts()).toEqual(viaOld);
  });
});

describe('the APIs read old spellings as aliases', () => {
  const body = async (path: string) => {
    const res = await fetch(`${baseURL}${path}`);
    expect(res.status, path).toBe(200);
    return res.text();
  };
  it.each([
    ['/api/discrepancies?view=same&sort=spread', '/api/discrepancies?setting=same&sort=spread'],
    ['/api/discrepancies?view=differ', '/api/discrepancies?setting=different'],
    ['/api/discrepancies?same_setting=1&model=qwen2.5-7b', '/api/discrepancies?setting=same&model=qwen2.5-7b'],
    ['/api/discrepancies?same_setting=true', '/api/discrepancies?setting=same'],
  ])('%s gives the body of %s', async (old, canonical) => {
    expect(await body(old)).toBe(await body(canonical));
  });
});

describe('bad values: a notice on pages, a 400 naming the parameter on APIs', () => {
  it.each([
    ['/?same_setting=yes&family=Qwen', 'Ignored same_setting="yes"'],
    ['/?comparable=maybe', 'Ignored comparable="maybe" (use same_setting=1)'],
    ['/compare?models=mimo-7b-rl,qwen2.5-7b&same_setting=on', 'Ignored same_setting="on"'],
    ['/benchmarks/gsm8k?page=abc', 'Ignored page="abc"'],
    ['/discrepancies?view=sideways', 'view must be "all", "same" or "differ"'],
    ['/search?q=' + 'qwen'.repeat(30), 'Searched the first 100 characters'],
  ])('%s shows the page with a notice', async (path, notice) => {
    const res = await page.goto(`${baseURL}${path}`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('.notice[role="status"]').innerText()).toContain(notice);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it.each([
    ['/api/runs?model=Not%20An%20Id', 'model'],
    ['/api/runs/x?format=pdf', 'format'],
    ['/api/results?format=xml', 'format'],
    ['/api/leaderboard?version=abc', 'version'],
    ['/api/discrepancies?view=sideways', 'view'],
    ['/api/discrepancies?comparable=1', 'comparable'],
  ])('%s is a 400 naming %s', async (path, param) => {
    const res = await fetch(`${baseURL}${path}`);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: string; parameters: { param: string }[] };
    expect(json.parameters.map((p) => p.param)).toContain(param);
  });
});
