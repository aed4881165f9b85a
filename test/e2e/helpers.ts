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

/** Opens the leaderboard and waits until React has hydrated it (so clicks reach their handlers). */
export async function openLeaderboard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.leaderboard-root[data-interactive="true"]').waitFor();
}
