import SwaggerParser from '@apidevtools/swagger-parser';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pageForEachTest } from './browser';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest();

const pairs = (page: Page) =>
  page.getByTestId('discrepancy').evaluateAll((els) =>
    els.map((e) => ({
      model: e.getAttribute('data-model-id')!,
      benchmark: e.getAttribute('data-benchmark-id')!,
      setting: e.getAttribute('data-setting')!,
      spread: e.hasAttribute('data-spread') ? Number(e.getAttribute('data-spread')) : null,
      heading: e.querySelector('h2')!.textContent!,
    })),
  );
const api = async (page: Page, query: string) => (await page.request.get(`${baseURL}/api/discrepancies${query}`)).json();

describe('the discrepancy ledger', () => {
  it('pages 20 pairs at a time, the page in the URL, every pair once across pages', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/discrepancies`);
    const total = (await api(page, '')).count as number;
    expect(await page.locator('.pager-range').first().innerText()).toBe(`Pairs 1–20 of ${total} · page 1 of ${Math.ceil(total / 20)}`);
    const first = await pairs(page);
    expect(first).toHaveLength(20);
    await page.getByRole('link', { name: 'Next page' }).first().click();
    await page.waitForURL((u) => u.href.includes('page=2'));
    const second = await pairs(page);
    expect(second).toHaveLength(20);
    const key = (p: { model: string; benchmark: string }) => `${p.model}/${p.benchmark}`;
    expect(second.filter((p) => first.map(key).includes(key(p)))).toEqual([]);
    await page.goto(`${baseURL}/discrepancies?page=999`);
    expect((await pairs(page)).length).toBe(total % 20 || 20);
  });

  it('sorts by spread, largest first, across pages; a second click reverses', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/discrepancies`);
    await page.getByRole('navigation', { name: 'Sort' }).getByRole('link', { name: 'spread' }).click();
    await page.waitForURL((u) => u.href.includes('sort=spread'));
    const spreads = (await pairs(page)).map((p) => p.spread!);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    await page.getByRole('link', { name: 'Next page' }).first().click();
    await page.waitForURL((u) => u.href.includes('page=2'));
    expect((await pairs(page))[0]!.spread).toBeLessThanOrEqual(spreads.at(-1)!);
    await page.getByRole('navigation', { name: 'Sort' }).getByRole('link', { name: /spread/ }).click();
    await page.waitForURL((u) => u.href.includes('dir=asc'));
    const ascending = (await pairs(page)).map((p) => p.spread!);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(page.url()).not.toContain('page=');
  });

  it('searches, and keeps the sort while searching', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/discrepancies?sort=spread`);
    await page.getByRole('searchbox', { name: 'Search models and benchmarks' }).fill('Gemma');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((u) => u.href.includes('q=Gemma'));
    expect(page.url()).toContain('sort=spread');
    const found = await pairs(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => /gemma/i.test(p.heading))).toBe(true);
    expect(found.length).toBe((await api(page, '?q=Gemma')).count);
  });

  it('shows every pair of one model from a pair, and the classes agree with the API', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/discrepancies?q=Qwen2.5-7B`);
    await page.getByRole('link', { name: 'all pairs of Qwen2.5-7B', exact: true }).first().click();
    await page.waitForURL(/\/discrepancies\?model=qwen2\.5-7b$/);
    const shown = await pairs(page);
    const fromApi = (await api(page, '?model=qwen2.5-7b')).discrepancies as { benchmark_id: string; setting: string }[];
    expect(shown.every((p) => p.model === 'qwen2.5-7b')).toBe(true);
    expect(shown.map((p) => `${p.benchmark}:${p.setting}`)).toEqual(fromApi.slice(0, 20).map((d) => `${d.benchmark_id}:${d.setting}`));
    expect(await page.locator('.count').innerText()).toContain('Only pairs matching model “Qwen2.5-7B”');
  });

  it('filters by setting class, and a pair classed "same" never has a blank setting on both sides of its gap', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/discrepancies?setting=unknown`);
    expect((await pairs(page)).every((p) => p.setting === 'unknown')).toBe(true);
    const same = (await api(page, '?setting=same')).discrepancies as { results: { setting: string }[] }[];
    expect(same.length).toBeGreaterThan(0);
    for (const d of same) expect(d.results.filter((r) => r.setting.trim() !== '').length).toBeGreaterThanOrEqual(2);
  });

  it('answers bad view parameters with a notice and the default view, never an error', async () => {
    const page = currentPage();
    const res = await page.goto(`${baseURL}/discrepancies?page=abc&sort=colour&setting=maybe&dir=up&model=nobody`);
    expect(res!.status()).toBe(200);
    const notice = await page.locator('.notice').innerText();
    for (const p of ['page', 'sort', 'setting', 'dir', 'model']) expect(notice).toContain(p);
    expect(await pairs(page)).toHaveLength(20);
  });
});

describe('no sideways scroll on a 390 px phone', () => {
  const phone = pageForEachTest({ viewport: { width: 390, height: 844 } });
  it.each(['/discrepancies', '/discrepancies?sort=spread', '/discrepancies?model=qwen2.5-7b', '/curves', '/curves?group=analysis_qa'])('%s fits the width', async (path) => {
    const page = phone();
    await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    if (path.startsWith('/discrepancies')) {
      const cell = page.locator('table.ledger-values td[data-label="Source"]').first();
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });
});

describe('/curves', () => {
  it('names figure groups for readers and switches group from the picker', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/curves`, { waitUntil: 'networkidle' });
    const options = await page.getByLabel('Figure').locator('option').allInnerTexts();
    expect(options.length).toBeGreaterThan(10);
    expect(options.filter((o) => /_|^[a-z0-9-]+$/.test(o))).toEqual([]);
    expect(await page.locator('h2.curves-title').innerText()).toBe('OctoThinker-3B base models under RL');
    await page.getByLabel('Figure').selectOption('analysis_qa');
    await page.waitForURL((u) => u.href.includes('group=analysis_qa'));
    await expect.poll(() => page.locator('h2.curves-title').innerText(), { timeout: 15_000 }).toBe('QA data in mid-training: web only, short or long CoT');
    await page.locator('[data-testid="curves-chart"] canvas').waitFor();
  });
});

describe('the API speaks snake_case and keeps the old names for a release', () => {
  it('/api/discrepancies: setting=same|different|unknown, the old same_setting as an alias, both spellings of renamed fields', async () => {
    const page = currentPage();
    const [all, same, different, unknown, oldTrue, oldFalse] = await Promise.all(
      ['', '?setting=same', '?setting=different', '?setting=unknown', '?same_setting=true', '?same_setting=false'].map((q) => api(page, q)),
    );
    expect(same.count + different.count + unknown.count).toBe(all.count);
    expect(oldTrue.count).toBe(same.count);
    expect(oldFalse.count).toBe(different.count + unknown.count);
    const d = same.discrepancies[0];
    expect(d).toMatchObject({ setting: 'same', differs_at_same_setting: true, differsAtSameSetting: true, model_id: d.modelId, benchmark_name: d.benchmarkName });
    expect(Array.isArray(d.reasons)).toBe(true);
    const bySpread = (await api(page, '?sort=spread')).discrepancies.map((x: { spread: number | null }) => x.spread).filter((x: number | null) => x !== null);
    expect(bySpread).toEqual([...bySpread].sort((a: number, b: number) => b - a));
  });

  it.each(['setting=maybe', 'sort=colour', 'dir=up', 'page=2'])('/api/discrepancies?%s is a 400 naming the parameter', async (query) => {
    const res = await currentPage().request.get(`${baseURL}/api/discrepancies?${query}`);
    expect(res.status()).toBe(400);
    expect((await res.json()).parameters.map((p: { param: string }) => p.param)).toContain(query.split('=')[0]);
  });

  it('/api/results/{id} sends snake_case names and the deprecated camelCase ones', async () => {
    const page = currentPage();
    const row = (await (await page.request.get(`${baseURL}/api/results?model=qwen2.5-7b&benchmark=gsm8k`)).json()).results[0];
    const one = (await (await page.request.get(`${baseURL}/api/results/${row.result_id}`)).json()).result;
    expect(one).toMatchObject({ result_id: row.result_id, id: row.result_id, model_name: row.model_name, modelName: row.model_name, value_as_printed: row.value_as_printed, valueAsPrinted: row.value_as_printed });
    expect(Array.isArray(one.flags)).toBe(true);
  });

  it('serves an OpenAPI document that validates, with an operationId per operation', async () => {
    const doc = await (await currentPage().request.get(`${baseURL}/api/openapi.json`)).json();
    await expect(SwaggerParser.validate(doc)).resolves.toBeTruthy();
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((m) => Object.values(m));
    expect(ops.every((o) => o.operationId)).toBe(true);
  });
});
