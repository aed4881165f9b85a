import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { eeeSchemaProblems } from '@/lib/runs/eee/validate';
import { runTool } from '../db/owner-processes';
import { pageForEachTest } from './browser';
import { seriousAxeViolations } from './helpers';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest();
// the folder the e2e server owns: the import reaches it through the server while it serves
const env = { PGLITE_DATA_DIR: path.resolve('.data/e2e-pglite'), DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' };
const fixture = path.resolve('test/fixtures/runs/lm-eval-0.4.9-gsm8k.json');

async function resultsCount(): Promise<number> {
  return ((await (await fetch(`${baseURL}/api/results?format=json`)).json()) as { count: number }).count;
}

describe('an imported run beside the reported values', () => {
  let runId = '';

  it('imports through the serving app, and the reported results stay as they were', async () => {
    const before = await resultsCount();
    const out = await runTool(['seeds/program/cli.ts', 'import', fixture, '--format', 'lm-eval', '--run-name', 'E2E Tester'], env).done;
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/Committed to the app server/);
    runId = /Run (run-[0-9a-f]{12})/.exec(out.stdout)![1]!;
    expect(await resultsCount()).toBe(before);
    const list = (await (await fetch(`${baseURL}/api/runs?model=qwen2.5-7b`)).json()) as { runs: { id: string; values: number }[] };
    expect(list.runs.find((r) => r.id === runId)?.values).toBe(2);
  });

  it('/runs/[id] shows each measured value beside each report, with delta, noise verdict and setting differences', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/runs/${runId}`);
    expect(await page.locator('h1').innerText()).toBe('Qwen2.5-7B: run by E2E Tester');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('lm-evaluation-harness 0.4.9.2');
    expect(facts).toContain('pretrained=Qwen/Qwen2.5-7B,dtype=bfloat16');
    const rows = await page.locator('table.data tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => (c as HTMLElement).innerText.trim())));
    // two filters × two reports (MiMo-7B Table 1 at 8-shot, the Qwen2.5 blog at 4-shot)
    expect(rows.length).toBe(4);
    const blog = rows.find((r) => r[1]!.startsWith('EM strict, 4-shot') && r[3] === '85.4');
    expect(blog![1]).toBe('EM strict, 4-shot (do_sample=false, temperature=0)');
    expect(blog![2]).toMatch(/^83\.24/);
    expect(blog![5]).toBe('-2.16');
    expect(blog![6]).toMatch(/^(yes|no) \(±\d+\.\d\d\)$/);
    expect(blog![7]).toBe('filter: strict-match');
    const mimo = rows.find((r) => r[1]!.startsWith('EM flexible, 4-shot') && r[3] === '80.2');
    expect(mimo![5]).toBe('+4.71');
    expect(mimo![7]).toContain('shots: 4 run vs 8 reported');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('lists the run on /runs and on the model page, and exports it as valid EEE JSON and .eval_results YAML', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/runs`);
    await page.getByRole('link', { name: runId }).waitFor();
    await page.goto(`${baseURL}/models/qwen2.5-7b`);
    expect(await page.locator('#measured-runs').innerText()).toMatch(/^[1-9]\d* measured runs?$/);
    await page.locator('section[aria-labelledby="measured-runs"]').getByRole('link', { name: runId }).waitFor();

    const eee = await (await fetch(`${baseURL}/api/runs/${runId}?format=eee`)).json();
    expect(eeeSchemaProblems(eee)).toEqual([]);
    expect(eee.evaluation_results.map((r: { score_details: { score: number } }) => r.score_details.score)).toEqual([0.8324488248673237, 0.849128127369219]);
    const yaml = parseYaml(await (await fetch(`${baseURL}/api/runs/${runId}?format=yaml`)).text()) as { dataset: { id: string }; value: number }[];
    expect(yaml.map((e) => [e.dataset.id, e.value])).toEqual([['openai/gsm8k', 83.24488248673237], ['openai/gsm8k', 84.9128127369219]]);
  });

  it('exports a filtered view of reported results as EEE documents and .eval_results YAML', async () => {
    const view = (await (await fetch(`${baseURL}/api/results?format=json&model=mimo-7b-rl`)).json()) as { count: number };
    const docs = (await (await fetch(`${baseURL}/api/results?format=eee&model=mimo-7b-rl`)).json()) as { model_info: { id: string }; evaluation_results: unknown[] }[];
    for (const doc of docs) expect(eeeSchemaProblems(doc)).toEqual([]);
    expect(docs.every((d) => d.model_info.id === 'XiaomiMiMo/MiMo-7B-RL')).toBe(true);
    expect(docs.reduce((n, d) => n + d.evaluation_results.length, 0)).toBe(view.count);
    const yaml = await fetch(`${baseURL}/api/results?format=yaml&model=qwen2.5-7b&benchmark=gsm8k`);
    expect(yaml.headers.get('content-type')).toContain('application/yaml');
    expect((parseYaml(await yaml.text()) as { value: number }[]).map((e) => e.value).sort()).toEqual([80.2, 85.4]);
    expect((await fetch(`${baseURL}/api/results?format=eee&model=no-such-model`)).status).toBe(400);
  });

  it('answers unknown runs and formats with 404 and 400, never a 500', async () => {
    expect((await fetch(`${baseURL}/api/runs/run-000000000000`)).status).toBe(404);
    expect((await fetch(`${baseURL}/api/runs/${encodeURIComponent("x'; drop table runs;--")}`)).status).toBe(404);
    expect((await fetch(`${baseURL}/api/runs/${runId}?format=xml`)).status).toBe(400);
    expect((await fetch(`${baseURL}/api/runs?model=%3Cb%3E`)).status).toBe(400);
    expect((await fetch(`${baseURL}/api/runs?x=1`)).status).toBe(400);
    expect((await fetch(`${baseURL}/runs/not-a-run`)).status).toBe(404);
  });
});
