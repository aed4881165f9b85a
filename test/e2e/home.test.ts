import { describe, expect, inject, it } from 'vitest';
import { pageForEachTest } from './browser';
import { leaderboardOrder, openLeaderboard } from './helpers';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest();

describe('the leaderboard in Chromium', () => {
  it('sorts by a benchmark column, says so with aria-sort, and keeps the sort in the URL', async () => {
    await openLeaderboard(currentPage(), `${baseURL}/?benchmark=aime-2025,math-500&family=MiMo,Qwen&sort=model:asc&rows=200`);
    const header = currentPage().locator('th[data-column-id="aime-2025"]');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const descending = await leaderboardOrder(currentPage());
    expect(descending[0]).toBe('mimo-7b-rl-0530');
    await expect.poll(() => currentPage().url()).toContain('sort=aime-2025%3Adesc');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await leaderboardOrder(currentPage());
    expect(ascending).not.toEqual(descending);
    // missing values stay last in both directions
    expect(ascending.at(-1)).toBe(descending.at(-1));
  });

  it('shift-click adds a second sort column', async () => {
    await openLeaderboard(currentPage(), `${baseURL}/?benchmark=aime-2025,math-500&family=MiMo&sort=aime-2025:desc`);
    const math = currentPage().locator('th[data-column-id="math-500"]');
    await math.getByRole('button').click({ modifiers: ['Shift'] });
    await expect.poll(() => decodeURIComponent(currentPage().url()), { timeout: 5000 }).toContain('sort=aime-2025:desc,math-500:desc');
    await expect.poll(() => math.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters by family through the toolbar, updates the URL, and a reload restores the view', async () => {
    await openLeaderboard(currentPage(), baseURL);
    const before = (await leaderboardOrder(currentPage())).length;
    await currentPage().locator('summary', { hasText: 'Family' }).click();
    await currentPage().getByLabel('MiniCPM', { exact: true }).check();
    await expect.poll(() => currentPage().url()).toContain('family=MiniCPM');
    const filtered = await leaderboardOrder(currentPage());
    expect(filtered.length).toBeLessThan(before);
    expect(filtered.every((id) => id.startsWith('minicpm'))).toBe(true);
    await currentPage().reload();
    expect(await leaderboardOrder(currentPage())).toEqual(filtered);
    await currentPage().locator('.leaderboard-root[data-interactive="true"]').waitFor();
    await currentPage().locator('summary', { hasText: 'Family' }).click();
    expect(await currentPage().getByLabel('MiniCPM', { exact: true }).isChecked()).toBe(true);
  });

  it('ignores invalid parameters with a visible notice, never an error page', async () => {
    const res = await currentPage().goto(`${baseURL}/?sort=%3Cscript%3E&size=abc&family=Nope&zzz=1`);
    expect(res?.status()).toBe(200);
    const notice = currentPage().getByRole('status');
    await expect.poll(() => notice.innerText()).toContain('Ignored');
    expect(await notice.innerText()).toContain('"Nope"');
    expect(await currentPage().locator('table.leaderboard tbody tr').count()).toBeGreaterThan(10);
  });

  it('opens the provenance of MiMo-7B-RL on AIME 2025: 55.4, Table 4, the report title', async () => {
    await openLeaderboard(currentPage(), `${baseURL}/?benchmark=aime-2025&family=MiMo`);
    await currentPage().locator('tr[data-model-id="mimo-7b-rl"] button.score').click();
    const panel = currentPage().getByRole('dialog');
    await expect.poll(() => panel.getByTestId('provenance-value').innerText()).toBe('55.4');
    const text = await panel.innerText();
    expect(text).toContain('Table 4, p. 17');
    expect(text).toContain('MiMo: Unlocking the Reasoning Potential of Language Model');
    expect(text).toContain('32 samples averaged');
    expect(text).toContain('Other reported values (2)');
    await currentPage().keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('opens provenance from the keyboard', async () => {
    await openLeaderboard(currentPage(), `${baseURL}/?benchmark=aime-2025&family=MiMo`);
    await currentPage().locator('tr[data-model-id="mimo-7b-rl"] button.score').focus();
    await currentPage().keyboard.press('Enter');
    await expect.poll(() => currentPage().getByRole('dialog').getByTestId('provenance-value').innerText()).toBe('55.4');
  });
});

describe('the results API', () => {
  it('answers bad parameters with a 400 naming the parameter', async () => {
    const res = await currentPage().request.get(`${baseURL}/api/results?format=pdf`);
    expect(res.status()).toBe(400);
    expect((await res.json()).parameters[0].param).toBe('format');
  });

  it('exports CSV with the contract columns in order', async () => {
    const res = await currentPage().request.get(`${baseURL}/api/results?format=csv&source=mimo-7b`);
    expect(res.status()).toBe(200);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]!.startsWith('source_id,source_title,source_arxiv,table,page,model_id,model_name,model_as_printed,benchmark_id,benchmark_name,benchmark_as_printed,metric,setting,value,value_as_printed,flags,note')).toBe(true);
    expect(lines).toHaveLength(232);
  });
});
