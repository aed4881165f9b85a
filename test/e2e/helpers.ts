import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

/** The model ids of the leaderboard rows, top to bottom. */
export function leaderboardOrder(page: Page): Promise<string[]> {
  return page.locator('table.leaderboard tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model-id') ?? ''));
}

/**
 * Opens the leaderboard and waits until React has hydrated it (so clicks reach their handlers) and,
 * where the dataset is small enough to follow, until it has arrived (so changes are handled in place).
 */
export async function openLeaderboard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.leaderboard-root[data-interactive="true"]:not([data-full-data="pending"])').waitFor();
}

/** Waits for a chart's canvas to be drawn and returns how many pixels are not transparent, and a digest of them. */
export async function canvasInk(page: Page, selector: string): Promise<{ ink: number; digest: string }> {
  const canvas = page.locator(`${selector} canvas`).first();
  await canvas.waitFor();
  await page.waitForFunction((sel) => {
    const c = document.querySelector(`${sel} canvas`) as HTMLCanvasElement | null;
    return !!c && c.width > 0 && c.height > 0;
  }, selector);
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let ink = 0;
    let hash = 0;
    for (let i = 3; i < data.length; i += 4) {
      if (data[i]! > 0) ink += 1;
      hash = (hash * 31 + data[i - 3]! + data[i - 2]! * 3 + data[i - 1]! * 7 + data[i]!) >>> 0;
    }
    return { ink, digest: hash.toString(16) };
  });
}
