import { describe, expect, inject, it } from 'vitest';
import { rankRanges, rankRangeText } from '@/lib/rank-ranges';
import { commonScaleInterval } from '@/lib/uncertainty';
import { onCommonScale } from '@/lib/units';
import { pageForEachTest } from './browser';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest();

type Exported = { result_id: string; model_id: string; table: string; value: number; unit: string; items: number | null; ci95_low: number | null };

describe('sampling uncertainty in the pages', () => {
  it('a benchmark page ranks with shared rank ranges that follow the exported intervals', async () => {
    await currentPage().goto(`${baseURL}/benchmarks/aime-2024`);
    expect(await currentPage().getByTestId('benchmark-items').innerText()).toMatch(/^30 \(AIME 2024 I and II, all problems\); count from huggingface\.co/);
    const api = (await (await currentPage().request.get(`${baseURL}/api/results?benchmark=aime-2024`)).json()) as { results: Exported[] };
    expect(api.results.every((r) => r.items === 30 && r.ci95_low !== null)).toBe(true);
    const expected = rankRanges(
      api.results.map((r) => ({ id: r.result_id, value: onCommonScale(r.value, r.unit), interval: commonScaleInterval(r.value, r.unit, r.items) })),
      true,
    );
    const rows = currentPage().locator('section[aria-labelledby="rank-ranges"] tbody tr');
    expect(await rows.count()).toBe(Math.min(100, api.results.length));
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ rank: tr.querySelector('[data-testid="rank-range"]')!.textContent, href: tr.querySelector('a[href^="/results/"]')!.getAttribute('href') })),
    );
    for (const s of shown) expect(s.rank).toBe(rankRangeText(expected.get(s.href!.replace('/results/', ''))!));
    expect(shown[0]!.rank).toMatch(/^1(–\d+)?$/);
    // 30 problems cannot separate most of these models: shared ranges dominate.
    expect(shown.filter((s) => s.rank!.includes('–')).length).toBeGreaterThan(shown.length / 2);
  });

  it('the result page shows ± and the interval, the item count and the samples averaged', async () => {
    const api = (await (await currentPage().request.get(`${baseURL}/api/results?benchmark=aime-2024&model=mimo-7b-rl`)).json()) as { results: Exported[] };
    const t4 = api.results.find((r) => r.table === 'Table 4')!;
    const one = await (await currentPage().request.get(`${baseURL}/api/results/${t4.result_id}`)).json();
    expect(one.result).toMatchObject({ items: 30, samples_averaged: 32, ci_method: 'wilson-95', ci95_low: t4.ci95_low });
    await currentPage().goto(`${baseURL}/results/${t4.result_id}`);
    const text = await currentPage().getByTestId('sampling-interval').innerText();
    expect(text).toMatch(/^± \d+\.\d 95% interval \d+\.\d–\d+\.\d/);
    expect(text).toContain(`${(t4.ci95_low as number).toFixed(1)}–`);
    expect(text).toContain('30 items (AIME 2024 I and II, all problems)');
    expect(text).toContain('32 samples averaged per item do not add items');
  });

  it('the provenance panel shows the interval, and says why there is none on a 10-point scale', async () => {
    await currentPage().goto(`${baseURL}/models/mimo-7b-rl`, { waitUntil: 'networkidle' });
    const aime = currentPage().locator('button.score').first();
    await aime.click();
    const panel = currentPage().locator('aside.provenance');
    await expect.poll(() => panel.getByTestId('sampling-interval').count()).toBe(1);
    expect(await panel.getByTestId('sampling-interval').innerText()).toMatch(/± |No interval: /);
    const mt = (await (await currentPage().request.get(`${baseURL}/api/results?benchmark=mt-bench`)).json()) as { results: Exported[] };
    await currentPage().goto(`${baseURL}/results/${mt.results[0]!.result_id}`);
    expect(await currentPage().getByTestId('sampling-interval').innerText()).toContain('No interval');
  });
});
