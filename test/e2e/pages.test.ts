import { describe, expect, inject, it } from 'vitest';
import { parseCsvTable } from '@/lib/csv';
import { pageForEachTest } from './browser';
import { openLeaderboard, seriousAxeViolations } from './helpers';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest();

describe('benchmark, model, compare, source and result pages', () => {
  it('a benchmark page lists every reported value, sortable', async () => {
    await currentPage().goto(`${baseURL}/benchmarks/aime-2025`);
    expect(await currentPage().locator('h1').innerText()).toBe('AIME 2025');
    const api = await (await currentPage().request.get(`${baseURL}/api/results?benchmark=aime-2025`)).json();
    // a value printed in several tables is one row, naming its other places
    const rows = await currentPage().locator('table.results-list tbody tr').count();
    expect(rows + (await currentPage().getByTestId('printed-again').count())).toBe(api.count);
    const header = currentPage().locator('table.results-list th', { hasText: 'Value' });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
  });

  it('a model page shows facts, lineage and scores', async () => {
    await currentPage().goto(`${baseURL}/models/mimo-7b-rl`);
    const text = await currentPage().locator('main').innerText();
    expect(text).toContain('Xiaomi');
    expect(text).toMatch(/MiMo-7B-Base[\s\S]*MiMo-7B-SFT[\s\S]*MiMo-7B-RL/);
    expect(await currentPage().locator('button.score').count()).toBeGreaterThan(10);
  });

  it('compare shows deltas against the first model', async () => {
    await currentPage().goto(`${baseURL}/compare?models=mimo-7b-rl,deepseek-r1-distill-qwen-7b`);
    const row = currentPage().locator('table.compare:visible tbody tr', { has: currentPage().locator('th a', { hasText: 'AIME 2025' }) });
    const text = await row.innerText();
    expect(text).toContain('55.4');
    expect(text).toContain('38.8');
    expect(text).toContain('-16.6');
  });

  it('the compare picker adds a model and changes the URL', async () => {
    await currentPage().goto(`${baseURL}/compare?models=mimo-7b-rl,deepseek-r1-distill-qwen-7b`, { waitUntil: 'networkidle' });
    await currentPage().getByLabel('Add a model to compare').fill('QwQ');
    await currentPage().locator('ul.suggestions button', { hasText: 'QwQ-32B-Preview' }).click();
    await expect.poll(() => currentPage().url()).toContain('qwq-32b-preview');
    await expect.poll(() => currentPage().locator('table.compare:visible thead th').count()).toBe(4);
  });

  it('a source page rebuilds each table as printed, with cells equal to the export', async () => {
    await currentPage().goto(`${baseURL}/sources/mimo-7b`);
    const exported = parseCsvTable(await (await currentPage().request.get(`${baseURL}/api/results?format=csv&source=mimo-7b`)).text()).rows.map((r) => r.values);
    const cells = await currentPage().locator('a.printed-cell').evaluateAll((links) =>
      links.map((a) => ({ id: a.getAttribute('data-result-id'), text: a.textContent ?? '' })),
    );
    expect(cells).toHaveLength(exported.length);
    const byId = new Map(exported.map((e) => [e.result_id, e]));
    for (const cell of cells) {
      const row = byId.get(cell.id!)!;
      expect(cell.text.replace(/[*†]/g, '')).toBe(row.value_as_printed);
      expect(cell.text.includes('*')).toBe(row.flags!.includes('self_evaluated'));
    }
    // Table 1 keeps the printed row and column order
    const table1 = currentPage().locator('#table-1');
    expect(await table1.locator('thead th').allInnerTexts()).toEqual(['Benchmark', 'Setting', 'Llama-3.1 8B Base', 'Gemma-2 9B Base', 'Qwen2.5 7B Base', 'MiMo-7B Base']);
    expect(await table1.locator('tbody th[scope="row"]').first().innerText()).toBe('BBH (EM)');
  });

  it('a result permalink shows the number with its provenance', async () => {
    const api = await (await currentPage().request.get(`${baseURL}/api/results?model=mimo-7b-rl&benchmark=aime-2025&source=mimo-7b`)).json();
    const t4 = api.results.find((r: { table: string }) => r.table === 'Table 4');
    await currentPage().goto(`${baseURL}/results/${t4.result_id}`);
    expect(await currentPage().getByTestId('result-value').innerText()).toBe('55.4');
    expect(await currentPage().locator('main').innerText()).toContain('Table 4, p. 17');
  });

  it.each(['/models/no-such-model', '/benchmarks/%3Cscript%3E', '/sources/nope', '/results/0000000000000000', '/results/zz', '/no/such/page'])(
    '%s is a 404 page, not an error',
    async (path) => {
      const res = await currentPage().goto(`${baseURL}${path}`);
      expect(res?.status()).toBe(404);
      expect(await currentPage().locator('h1').innerText()).toBe('Not found');
    },
  );

  it('global search finds models, benchmarks and sources', async () => {
    await currentPage().goto(baseURL);
    await currentPage().getByRole('searchbox', { name: 'Search models, benchmarks and sources' }).first().fill('MiniCPM');
    await currentPage().keyboard.press('Enter');
    await expect.poll(() => currentPage().url()).toContain('/search?q=MiniCPM');
    const text = await currentPage().locator('main').innerText();
    expect(text).toContain('MiniCPM-2.4B');
    expect(text).toContain('MiniCPM: Unveiling the Potential');
  });

  it('a page view sets off no background renders of the pages it links to, and its links still navigate', async () => {
    const page = currentPage();
    const prefetches: string[] = [];
    page.on('request', (r) => {
      if (r.headers()['next-router-prefetch'] || r.url().includes('_rsc=')) prefetches.push(r.url());
    });
    for (const path of ['/', '/benchmarks/gsm8k', '/sources']) {
      await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
      // prefetches of links in view start once the page is idle after load
      await page.waitForTimeout(1500);
    }
    expect(prefetches).toEqual([]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await expect.poll(() => page.url()).toBe(`${baseURL}/compare`);
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/compare/i);
  });
});

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it.each([
    '/',
    '/?benchmark=aime-2025&family=MiMo',
    '/benchmarks/gsm8k',
    '/models/minicpm-2.4b',
    '/compare?models=mimo-7b-rl,deepseek-r1-distill-qwen-7b',
    '/sources',
    '/sources/mimo-vl',
    '/search?q=qwen',
    '/benchmarks/aime-2025',
    '/curves',
  ])('%s', async (path) => {
    await currentPage().goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
    const violations = await seriousAxeViolations(currentPage());
    expect(violations, JSON.stringify(violations)).toEqual([]);
  });

  it('the provenance panel', async () => {
    await openLeaderboard(currentPage(), `${baseURL}/?benchmark=aime-2025&family=MiMo`);
    await currentPage().locator('tr[data-model-id="mimo-7b-rl"] button.score').click();
    await expect.poll(() => currentPage().getByRole('dialog').getByTestId('provenance-value').count()).toBe(1);
    const violations = await seriousAxeViolations(currentPage());
    expect(violations, JSON.stringify(violations)).toEqual([]);
  });
});
