import { describe, expect, inject, it } from 'vitest';
import { pageForEachTest } from './browser';

const baseURL = inject('baseURL');

// What a first-time reader must see on `/`: the four papers' models, their headline benchmarks, numbers that open their provenance.
const papers = [
  { section: '#paper-mimo', own: 'mimo-7b-rl', headers: ['AIME 2024', 'AIME 2025', 'MATH500', 'LiveCodeBench v5', 'LiveCodeBench v6'], sample: ['MiMo-7B-RL', 'AIME 2025', '55.4'] },
  { section: '#paper-mimo-vl', own: 'mimo-vl-7b-rl', headers: ['OlympiadBench', 'MathVision', 'MathVerse', 'AIME24', 'AIME25'], sample: ['MiMo-VL-7B-RL', 'OlympiadBench', '59.4'] },
  { section: '#paper-minicpm', own: 'minicpm-2.4b', headers: ['MMLU', 'C-Eval', 'HumanEval', 'GSM8K', 'Avg'], sample: ['MiniCPM-2.4B', 'MMLU', '53.46'] },
  { section: '#paper-octothinker', own: 'octothinker-3b-long-base', headers: ['MATH500', 'GSM8K', 'OlympiadBench', 'AMC23'], sample: ['OctoThinker-3B-Hybrid-Base', 'GSM8K', '64.37'] },
] as const;

for (const width of [1280, 390]) {
  describe(`the home view at ${width} px`, () => {
    const page = pageForEachTest({ viewport: { width, height: 900 } });

    it('shows each paper’s own models and headline benchmarks, in the paper’s spellings, with no sideways scroll', async () => {
      await page().goto(baseURL);
      for (const paper of papers) {
        const section = page().locator(paper.section);
        await expect.poll(() => section.locator('thead th').allInnerTexts()).toEqual(['Model', ...paper.headers]);
        expect(await section.locator(`tr[data-headline-model="${paper.own}"]`).count()).toBe(1);
        // the paper's baselines are there too
        expect(await section.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
        const [model, benchmark, value] = paper.sample;
        const column = paper.headers.indexOf(benchmark as never) + 1;
        const row = section.locator('tbody tr', { has: page().locator('th', { hasText: new RegExp(`^${model}$`) }) });
        expect(await row.locator('td').nth(column - 1).innerText()).toBe(value);
      }
      // the first of the four is in the first screen
      expect(await page().locator('#paper-mimo').evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(900);
      const { scrollWidth, innerWidth } = await page().evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  });
}

describe('the home view’s numbers', () => {
  const page = pageForEachTest();

  it('open their provenance: the result permalink with the same value, source and table', async () => {
    await page().goto(baseURL);
    const link = page().locator('#paper-mimo tr[data-headline-model="mimo-7b-rl"] td a').nth(1);
    expect(await link.innerText()).toBe('55.4');
    await link.click();
    await page().waitForURL(/\/results\//);
    const text = await page().locator('main').innerText();
    expect(text).toContain('55.4');
    expect(text).toContain('Table 4');
    expect(text).toContain('MiMo');
  });

  it('say in their title where they were printed and what their flags mean', async () => {
    await page().goto(baseURL);
    const conflicted = page().locator('#paper-mimo-vl tr[data-headline-model="mimo-vl-7b-sft"] td a').nth(4);
    expect(await conflicted.innerText()).toBe('51.0');
    expect(await conflicted.getAttribute('title')).toBe(
      'MiMo-VL-7B-SFT, AIME 2025: benchmarks.png; the source contradicts itself on this number (see the note); value label printed on a chart rather than in a table',
    );
  });

  it('link every cell to a result, and every view stays one click away: the leaderboard follows, filtered views drop the home view', async () => {
    await page().goto(baseURL);
    const cells = page().locator('[id^="paper-"] tbody td');
    const hrefs = await cells.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBe(await cells.count());
    expect(hrefs.every((h) => /^\/results\/[^/]+$/.test(h))).toBe(true);
    expect(await page().locator('table.leaderboard tbody tr').count()).toBeGreaterThan(10);
    await page().locator('#paper-minicpm').getByRole('link', { name: 'All MiniCPM models in the leaderboard' }).click();
    await page().waitForURL(/family=MiniCPM/);
    expect(await page().locator('#mission-title').count()).toBe(0);
    expect(await page().locator('h1').innerText()).toBe('Leaderboard of reported scores');
    const ids = await page().locator('table.leaderboard tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model-id') ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('minicpm'))).toBe(true);
  });
});
