import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { eeeSchemaProblems } from '@/lib/runs/eee/validate';
import { runTool } from '../db/owner-processes';
import { pageForEachTest } from './browser';
import { openLeaderboard, seriousAxeViolations } from './helpers';

const baseURL = inject('baseURL');
const windowBaseURL = inject('windowBaseURL');
const currentPage = pageForEachTest();
const fixture = path.resolve('test/fixtures/runs/lm-eval-0.4.9-gsm8k.json');
const view = '/?benchmark=gsm8k&q=qwen2.5';
// Each e2e server owns its folder; the import reaches it through the serving app.
const dataDirs = { [baseURL]: '.data/e2e-pglite', [windowBaseURL]: '.data/e2e-pglite-window' };

/** The leaderboard table as the server renders it (what a reader without script gets). */
async function renderedTable(base: string, query: string): Promise<string> {
  const html = await (await fetch(`${base}${query}`)).text();
  return /<table class="data leaderboard"[\s\S]*?<\/table>/.exec(html)![0];
}

async function importRun(base: string): Promise<string> {
  const env = { PGLITE_DATA_DIR: path.resolve(dataDirs[base]!), DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' };
  const out = await runTool(['seeds/program/cli.ts', 'import', fixture, '--format', 'lm-eval', '--run-name', 'Leaderboard E2E'], env).done;
  expect(out.code, out.stderr).toBe(0);
  return /Run (run-[0-9a-f]{12})/.exec(out.stdout)![1]!;
}

describe('"include runs" on the leaderboard', () => {
  it('leaves the leaderboard without runs=1 exactly as it was, on both servers', async () => {
    for (const base of [baseURL, windowBaseURL]) {
      const before = await renderedTable(base, view);
      expect(before).not.toContain('run-score');
      await importRun(base);
      expect(await renderedTable(base, view)).toBe(before);
      // the server's own page (SQL) marks the run value in the HTML it sends
      expect(await renderedTable(base, `${view}&runs=1`)).toMatch(/class="score run-score"[^>]*data-run-id="run-[0-9a-f]{12}"/);
    }
  });

  for (const [name, base] of [
    ['built in the browser', baseURL],
    ['paged by the server', windowBaseURL],
  ] as const) {
    it(`shows the run value marked as measured beside the report, and its panel names the run (${name})`, async () => {
      const page = currentPage();
      await openLeaderboard(page, `${base}${view}&runs=1`);
      expect(await page.getByRole('checkbox', { name: 'Include my runs' }).isChecked()).toBe(true);
      const cell = page.locator('tr[data-model-id="qwen2.5-7b"] .with-run');
      await cell.waitFor();
      expect(await cell.locator('button.score[data-result-id]').count()).toBe(1);
      const run = cell.locator('button.run-score');
      expect(await run.innerText()).toMatch(/^◇\s*83\.24\s*run$/i);
      expect(await run.getAttribute('aria-label')).toMatch(/^83\.24 run by .+, measured, not reported: show the run$/);
      await run.click();
      const panel = page.locator('aside.provenance');
      await panel.locator('[data-testid="run-value"]').waitFor();
      expect(await panel.locator('[data-testid="provenance-value"]').count()).toBe(1);
      expect(await panel.locator('[data-testid="run-value"]').innerText()).toBe('83.24');
      const facts = await panel.locator('.run-provenance dl.facts').innerText();
      expect(facts).toContain('lm-evaluation-harness 0.4.9.2');
      expect(facts).toContain('pretrained=Qwen/Qwen2.5-7B,dtype=bfloat16');
      expect(facts).toContain('0.8324488248673237');
      const comparisons = await panel.locator('[data-testid="run-comparison"]').allInnerTexts();
      expect(comparisons.length).toBeGreaterThan(0);
      expect(comparisons[0]).toMatch(/^Δ [+-]\d+\.\d\d vs .+ · the value shown\n(within|outside) sampling noise \(±\d+\.\d\d\)/);
      const link = panel.getByRole('link', { name: 'The whole run beside every report' });
      expect(await link.getAttribute('href')).toMatch(/^\/runs\/run-[0-9a-f]{12}$/);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  it('turns runs on and off from the toolbar; the browser fetches run values only then', async () => {
    const page = currentPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await openLeaderboard(page, `${baseURL}${view}`);
    expect(await page.locator('.leaderboard-root').getAttribute('data-full-data')).toBe('loaded');
    expect(await page.locator('button.run-score').count()).toBe(0);
    expect(fetched).not.toContain('/api/leaderboard/runs');
    await page.getByRole('checkbox', { name: 'Include my runs' }).check();
    await page.locator('tr[data-model-id="qwen2.5-7b"] button.run-score').waitFor();
    expect(fetched).toContain('/api/leaderboard/runs');
    await expect.poll(() => page.url()).toContain('runs=1');
    // the phone's Filters button counts it as an active option (one benchmark, and runs)
    expect(await page.locator('.filters-toggle .badge').textContent()).toBe('2');
    await page.getByRole('checkbox', { name: 'Include my runs' }).uncheck();
    await expect.poll(() => page.locator('button.run-score').count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain('runs=1');
  });

  it('exports the view with its run values as valid EEE JSON and as .eval_results YAML', async () => {
    const page = currentPage();
    await openLeaderboard(page, `${baseURL}${view}&runs=1`);
    const [eeeFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'EEE JSON' }).click()]);
    const docs = JSON.parse(readFileSync((await eeeFile.path())!, 'utf8')) as { source_metadata: { source_type: string; evaluator_relationship: string } }[];
    for (const doc of docs) expect(eeeSchemaProblems(doc)).toEqual([]);
    expect(docs.some((d) => d.source_metadata.source_type === 'documentation')).toBe(true);
    const measured = docs.filter((d) => d.source_metadata.source_type === 'evaluation_run');
    expect(measured.length).toBe(1);
    expect(measured[0]!.source_metadata.evaluator_relationship).toBe('third_party');
    const [yamlFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '.eval_results YAML' }).click()]);
    const text = readFileSync((await yamlFile.path())!, 'utf8');
    expect(text).toMatch(/measured by .+ \(not a reported value\)/);
    for (const doc of text.split(/^---$/m)) expect(Array.isArray(parseYaml(doc))).toBe(true);
    // without runs=1 the same view exports reports only; a bad parameter is a 400, not a 500
    const plain = (await (await fetch(`${baseURL}/api/leaderboard/export?benchmark=gsm8k&q=qwen2.5&format=eee`)).json()) as typeof docs;
    expect(plain.every((d) => d.source_metadata.source_type === 'documentation')).toBe(true);
    expect((await fetch(`${baseURL}/api/leaderboard/export?format=eee&runs=maybe`)).status).toBe(400);
    expect((await fetch(`${baseURL}/api/leaderboard/export?format=pdf`)).status).toBe(400);
  });
});
