import { describe, expect, inject, it } from 'vitest';
import { pageForEachTest } from './browser';
import { leaderboardOrder, openLeaderboard } from './helpers';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest();

describe('finding: search, sort headers, filters and history in Chromium', () => {
  it('searching "mimo rl" finds MiMo-7B-RL, and typing adds one history entry, not one per key', async () => {
    const page = currentPage();
    await openLeaderboard(page, baseURL);
    const before = await page.evaluate(() => history.length);
    await page.getByLabel('Search models by name or alias').pressSequentially('mimo rl', { delay: 40 });
    await expect.poll(() => decodeURIComponent(page.url())).toContain('q=mimo+rl');
    const rows = await leaderboardOrder(page);
    expect(rows).toContain('mimo-7b-rl');
    expect(rows.every((id) => id.startsWith('mimo') && id.includes('rl'))).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  it('Back returns to the previous view after each filter, and a view is restored whole', async () => {
    const page = currentPage();
    await openLeaderboard(page, `${baseURL}/?benchmark=aime-2024,math-500`);
    const start = await leaderboardOrder(page);
    await page.locator('summary', { hasText: 'Family' }).click();
    await page.getByLabel('MiMo', { exact: true }).check();
    await expect.poll(() => page.url()).toContain('family=MiMo');
    const mimo = await leaderboardOrder(page);
    await page.locator('summary', { hasText: 'Stage' }).click();
    await page.getByLabel('RL', { exact: true }).check();
    await expect.poll(() => page.url()).toContain('stage=');
    const rl = await leaderboardOrder(page);
    expect(rl.length).toBeLessThan(mimo.length);
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('stage=');
    expect(page.url()).toContain('family=MiMo');
    await expect.poll(() => leaderboardOrder(page)).toEqual(mimo);
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('family=');
    await expect.poll(() => leaderboardOrder(page)).toEqual(start);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL).origin);
    await page.goForward();
    await expect.poll(() => leaderboardOrder(page)).toEqual(mimo);
  });

  it('dropdowns close on Escape (focus back on their button), on an outside click, and when another opens', async () => {
    const page = currentPage();
    await openLeaderboard(page, baseURL);
    const family = page.locator('details.multi-select', { has: page.locator('summary', { hasText: 'Family' }) });
    const stage = page.locator('details.multi-select', { has: page.locator('summary', { hasText: 'Stage' }) });
    const isOpen = (d: typeof family) => d.evaluate((el) => (el as HTMLDetailsElement).open);
    await family.locator('summary').click();
    await family.getByLabel('MiMo', { exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(family)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Family');
    await family.locator('summary').click();
    await stage.locator('summary').click();
    await expect.poll(() => isOpen(family)).toBe(false);
    expect(await isOpen(stage)).toBe(true);
    await page.locator('h1').click();
    await expect.poll(() => isOpen(stage)).toBe(false);
  });

  it('the whole header cell sorts, with a human label and aria-sort, and a separate link to the benchmark', async () => {
    const page = currentPage();
    await openLeaderboard(page, `${baseURL}/?benchmark=aime-2024,math-500&sort=model:asc`);
    const button = page.getByRole('button', { name: /^Sort by AIME 2024/ });
    const box = (await button.boundingBox())!;
    const cell = (await page.locator('th[data-column-id="aime-2024"]').boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThan(cell.width * 0.5);
    await button.click();
    await expect.poll(() => page.locator('th[data-column-id="aime-2024"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('link', { name: 'AIME 2024: benchmark page' }).getAttribute('href')).toBe('/benchmarks/aime-2024');
  });

  it('"complete rows only" keeps rows with a complete average, and partial averages rank after complete ones', async () => {
    const page = currentPage();
    const benchmarks = 'benchmark=aime-2024,math-500,gpqa-diamond,livecodebench-v5';
    await openLeaderboard(page, `${baseURL}/?${benchmarks}&sort=average:desc&rows=200`);
    const averages = () => page.locator('table.leaderboard tbody tr td:nth-child(5)').allInnerTexts();
    const all = await averages();
    const firstPartial = all.findIndex((t) => t.startsWith('('));
    expect(firstPartial).toBeGreaterThan(0);
    expect(all.slice(firstPartial).every((t) => t.startsWith('(') || t === '—')).toBe(true);
    await page.getByLabel('Complete rows only').check();
    await expect.poll(() => page.url()).toContain('complete=1');
    await expect.poll(async () => (await averages()).length).toBe(firstPartial);
    expect((await averages()).every((t) => /^\d+\.\d$/.test(t))).toBe(true);
  });

  it('the site search finds MiMo-7B-RL\'s AIME 2024 values from "MiMo-7B-RL AIME 2024"', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/search?q=${encodeURIComponent('MiMo-7B-RL AIME 2024')}`);
    const table = page.getByRole('table', { name: /Reported values matching/ });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.includes('MiMo-7B-RL') && r.includes('AIME 2024'))).toBe(true);
  });
});

describe('comparing in Chromium', () => {
  const url = `${baseURL}/compare?models=mimo-7b-rl,llama-3.1-8b-instruct`;

  it('shows benchmarks only the reference reports (AIME 2024 for MiMo-7B-RL), without repeating "no reference value"', async () => {
    const page = currentPage();
    await page.goto(url);
    const aime = page.locator('[data-view="all"] table.compare tbody tr', { has: page.locator('th a', { hasText: /^AIME 2024$/ }) });
    expect(await aime.count()).toBe(1);
    expect(await aime.locator('td').first().innerText()).toMatch(/\d/);
    expect(await page.getByText('no reference value').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href')).toContain('model=mimo-7b-rl,llama-3.1-8b-instruct');
    expect(await page.getByRole('button', { name: /Copy BibTeX of \d+ source/ }).count()).toBe(1);
  });

  it('the same-setting switch changes the table at once, without asking the server', async () => {
    const page = currentPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const box = page.getByLabel(/Only compare values at the reference/);
    await box.check();
    await expect.poll(() => page.url()).toContain('same_setting=1');
    expect(await page.locator('[data-view="same"] table.compare').isVisible()).toBe(true);
    expect(await page.locator('[data-view="all"] table.compare').isVisible()).toBe(false);
    expect(requests.filter((r) => r.includes('/compare'))).toEqual([]);
    await page.reload();
    expect(await page.getByLabel(/Only compare values at the reference/).isChecked()).toBe(true);
  });
});

describe('distinct values on a model page', () => {
  it('counts a value printed in several tables once and lists every place it was printed', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/models/mimo-7b-rl`);
    const heading = await page.getByTestId('score-count').innerText();
    const [, distinct, printed] = /(\d+) distinct reported scores \(printed (\d+) times/.exec(heading) ?? [];
    expect(Number(distinct)).toBeGreaterThan(0);
    expect(Number(printed)).toBeGreaterThan(Number(distinct));
    expect(await page.getByTestId('printed-again').count()).toBe(Number(printed) - Number(distinct));
  });
});

describe('distinct values on a benchmark page', () => {
  it('counts and charts MiMo-7B-RL\'s AIME 2024 value once, with every table it was printed in', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/benchmarks/aime-2024`);
    const heading = await page.getByTestId('value-count').innerText();
    const [, distinct, printed] = /(\d+) distinct reported values for \d+ models \(printed (\d+) times/.exec(heading) ?? [];
    expect(Number(printed)).toBeGreaterThan(Number(distinct));
    const chart = page.getByTestId('ranking-chart');
    await chart.locator('summary').click();
    const rows = await chart.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows).toHaveLength(Number(distinct));
    const mimo = rows.filter(([label]) => label === 'MiMo-7B-RL');
    expect(mimo).toHaveLength(1);
    expect(mimo[0]![2]).toMatch(/Table 4, p\. \d+; Table 5, p\. \d+/);
  });
});

describe('no sideways page scroll on a 390 px screen', () => {
  const phone = pageForEachTest({ viewport: { width: 390, height: 844 } });
  const pages = [
    '/',
    '/compare?models=mimo-7b-rl,deepseek-r1-distill-qwen-7b,qwq-32b-preview',
    '/size',
    '/models/mimo-7b-rl',
    '/benchmarks/aime-2024',
    '/sources/mimo-7b',
    '/discrepancies',
    '/curves',
    '/check',
    '/cite',
    '/search?q=qwen+7b',
  ];
  for (const path of pages) {
    it(path, async () => {
      const page = phone();
      await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      expect(scroll).toBeLessThanOrEqual(width);
    });
  }

  it('the filters fold behind one button, and an open list stays on the screen', async () => {
    const page = phone();
    await openLeaderboard(page, baseURL);
    expect(await page.locator('summary', { hasText: 'Family' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.locator('summary', { hasText: 'Family' }).click();
    const panel = page.locator('.multi-select-panel');
    await panel.waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  // The bare address opens on the papers' headline tables; a leaderboard view, and the header's
  // "Leaderboard" link (which scrolls to it), put the table on the first screen.
  it('the leaderboard table starts on the first screen', async () => {
    const page = phone();
    await openLeaderboard(page, `${baseURL}/?family=MiMo`);
    expect(await page.locator('table.leaderboard').evaluate((t) => t.getBoundingClientRect().top)).toBeLessThan(844);
    await openLeaderboard(page, `${baseURL}/#leaderboard`);
    await expect.poll(() => page.locator('table.leaderboard').evaluate((t) => t.getBoundingClientRect().top)).toBeLessThan(844);
    expect(await page.locator('table.leaderboard').evaluate((t) => t.getBoundingClientRect().top)).toBeGreaterThan(0);
  });
});
