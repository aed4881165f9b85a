import { describe, expect, inject, it } from 'vitest';
import { pageForEachTest } from './browser';
import { canvasInk } from './helpers';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest({ viewport: { width: 1200, height: 900 } });

describe('charts draw real pixels in Chromium', () => {
  it.each([
    ['/benchmarks/aime-2025', '[data-testid="ranking-chart"]'],
    ['/compare?models=mimo-7b-base,mimo-7b-rl', '[data-testid="compare-chart-percent"]'],
    ['/size?benchmark=gsm8k', '[data-testid="size-chart"]'],
    ['/models/mimo-7b-rl', '[data-testid="lineage-chart"]'],
    ['/curves', '[data-testid="curves-chart"]'],
    ['/sources/octothinker', '[data-testid="curves-chart"]'],
  ])('%s', async (path, selector) => {
    await currentPage().goto(`${baseURL}${path}`);
    const { ink } = await canvasInk(currentPage(), selector);
    expect(ink).toBeGreaterThan(2000);
    expect(await currentPage().locator(`${selector} figcaption`).innerText()).not.toBe('');
  });

  it('the ranking chart has the same values as a table behind a disclosure', async () => {
    await currentPage().goto(`${baseURL}/benchmarks/aime-2025`);
    await currentPage().locator('[data-testid="ranking-chart"] summary').click();
    const text = await currentPage().locator('[data-testid="ranking-chart"] table').innerText();
    expect(text).toContain('55.4');
    expect(text).toContain('Table 4, p. 17');
  });

  it('the size chart follows the chosen benchmark', async () => {
    await currentPage().goto(`${baseURL}/size?benchmark=gsm8k`);
    const before = await canvasInk(currentPage(), '[data-testid="size-chart"]');
    await currentPage().goto(`${baseURL}/size?benchmark=mmlu`);
    const after = await canvasInk(currentPage(), '[data-testid="size-chart"]');
    expect(after.digest).not.toBe(before.digest);
  });

  it('curve controls (benchmark, runs, smoothing, metric) change what is drawn', async () => {
    await currentPage().goto(`${baseURL}/curves?group=octothinker-3b`, { waitUntil: 'networkidle' });
    const root = currentPage().getByTestId('curves');
    const start = await canvasInk(currentPage(), '[data-testid="curves-chart"]');
    expect(await root.getAttribute('data-series')).toBe('3');

    await currentPage().getByLabel('Benchmark', { exact: true }).selectOption('gsm8k');
    const gsm = await canvasInk(currentPage(), '[data-testid="curves-chart"]');
    expect(gsm.digest).not.toBe(start.digest);

    await currentPage().getByLabel('Smoothing', { exact: true }).selectOption('5');
    const smooth = await canvasInk(currentPage(), '[data-testid="curves-chart"]');
    expect(smooth.digest).not.toBe(gsm.digest);
    expect(await currentPage().locator('[data-testid="curves-chart"] figcaption').innerText()).toContain('moving average over 5');

    await currentPage().getByLabel('OctoThinker-3B-Long-Base').uncheck();
    await expect.poll(() => root.getAttribute('data-series')).toBe('2');

    await currentPage().getByLabel('Show', { exact: true }).selectOption('mean length of correct answers');
    const length = await canvasInk(currentPage(), '[data-testid="curves-chart"]');
    expect(length.digest).not.toBe(smooth.digest);
  });

  it('chart code is loaded only on pages that draw charts', async () => {
    // `ready` marks the page as done: drawn, or hydrated with its data (network idleness alone can
    // come before a lazily loaded chart is even asked for)
    const chartCodeOn = async (path: string, ready: string) => {
      const scripts: string[] = [];
      const listener = (res: { url: () => string }) => {
        if (res.url().endsWith('.js')) scripts.push(res.url());
      };
      currentPage().on('response', listener);
      await currentPage().goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
      await currentPage().locator(ready).first().waitFor();
      await currentPage().waitForLoadState('networkidle');
      currentPage().off('response', listener);
      const bodies = await Promise.all(scripts.map(async (u) => (await currentPage().request.get(u)).text()));
      // option names of Chart.js survive minification
      return bodies.some((b) => b.includes('maintainAspectRatio') && b.includes('devicePixelRatio'));
    };
    expect(await chartCodeOn('/benchmarks/aime-2025', 'figure canvas')).toBe(true);
    expect(await chartCodeOn('/sources', 'main h1')).toBe(false);
    expect(await chartCodeOn('/', '.leaderboard-root[data-full-data="loaded"]')).toBe(false);
  });
});

describe('the leaderboard charts its sorted column on request', () => {
  it('draws the sorted benchmark and follows a new sort', async () => {
    const page = currentPage();
    await page.goto(`${inject('baseURL')}/?family=MiMo,Qwen&benchmark=aime-2025,math-500&sort=aime-2025:desc`);
    await page.locator('.leaderboard-root[data-interactive="true"]').waitFor();
    await page.getByLabel('Chart the sorted column').check();
    const first = await canvasInk(page, '[data-testid="ranking-chart"]');
    expect(first.ink).toBeGreaterThan(2000);
    expect(await page.locator('[data-testid="ranking-chart"] figcaption').innerText()).toContain('reported values');
    await page.getByRole('button', { name: /^Sort by MATH-500/ }).click();
    await expect.poll(async () => (await canvasInk(page, '[data-testid="ranking-chart"]')).digest).not.toBe(first.digest);
  });
});
