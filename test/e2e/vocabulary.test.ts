import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { categories, modalities, scales, stages } from '@/lib/vocabulary';
import { pageForEachTest } from './browser';
import { openLeaderboard } from './helpers';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest();

type Listed = { id: string; stage?: string; modality: string; category?: string; scale?: string };
const list = async (page: Page, what: 'models' | 'benchmarks') => ((await (await page.request.get(`${baseURL}/api/${what}`)).json()) as Record<string, Listed[]>)[what]!;

/** The option labels of one leaderboard filter menu, top to bottom. */
async function menuLabels(page: Page, name: string): Promise<string[]> {
  const menu = page.locator('details.multi-select', { has: page.locator('summary', { hasText: name }) });
  await menu.locator('summary').click();
  // The options render once React has seen the menu open.
  await menu.locator('.multi-select-panel li label').first().waitFor();
  return menu.locator('.multi-select-panel li label').evaluateAll((labels) => labels.map((l) => l.textContent ?? ''));
}

/** The text of a fact (<dt>name</dt><dd>...</dd>) on a model or benchmark page. */
const fact = (page: Page, name: string) => page.locator(`dl.facts dt:text-is("${name}") + dd`).first().textContent();

describe('the vocabulary as the pages show it, in Chromium', () => {
  it("the leaderboard's category, stage and modality menus list the data's values by their labels, in vocabulary order", async () => {
    const page = currentPage();
    const [models, benchmarks] = await Promise.all([list(page, 'models'), list(page, 'benchmarks')]);
    await openLeaderboard(page, baseURL);
    expect(await menuLabels(page, 'Category')).toEqual(categories.sort(benchmarks.map((b) => b.category!)).map(categories.label));
    const stageLabels = await menuLabels(page, 'Stage');
    expect(stageLabels).toEqual(stages.sort(models.map((m) => m.stage!)).map(stages.label));
    // Lineage order, not alphabetical: a base model first, then what is trained from it.
    expect(stageLabels.slice(0, 3)).toEqual(['base', 'mid-trained base', 'SFT']);
    expect(await menuLabels(page, 'Modality')).toEqual(modalities.sort(models.map((m) => m.modality)).map(modalities.label));
  });

  it('a model page shows its stage and modality labels; a benchmark page its category and scale labels', async () => {
    const page = currentPage();
    const [models, benchmarks] = await Promise.all([list(page, 'models'), list(page, 'benchmarks')]);
    const model = models.find((m) => m.stage === 'mid-trained-base') ?? models[0]!;
    await page.goto(`${baseURL}/models/${model.id}`);
    expect(await fact(page, 'Stage')).toBe(stages.label(model.stage!));
    expect(await fact(page, 'Modality')).toBe(modalities.label(model.modality));
    const benchmark = benchmarks.find((b) => b.category === 'document-ocr') ?? benchmarks[0]!;
    await page.goto(`${baseURL}/benchmarks/${benchmark.id}`);
    expect(await fact(page, 'Category')).toBe(categories.label(benchmark.category!));
    expect(await fact(page, 'Scale')).toBe(scales.label(benchmark.scale!));
    expect(await page.locator('.crumbs a').first().textContent()).toBe(categories.label(benchmark.category!));
  });
});
