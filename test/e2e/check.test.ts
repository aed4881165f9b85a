import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { pageForEachTest } from './browser';
import { seriousAxeViolations } from './helpers';

const baseURL = inject('baseURL');
const currentPage = pageForEachTest();
const post = (body: BodyInit, type = 'text/plain; charset=utf-8') => fetch(`${baseURL}/api/check`, { method: 'POST', headers: { 'content-type': type }, body });

describe('POST /api/check', () => {
  it('checks a draft and writes nothing', async () => {
    const before = await (await fetch(`${baseURL}/api/results?format=csv`)).text();
    const res = await post(readFileSync('test/fixtures/drafts/planted.tex'));
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.summary).toMatchObject({ match: 3, mismatch: 3, unknown: 3 });
    expect(report.findings[0].reported[0].permalink).toMatch(new RegExp(`^${baseURL}/results/[0-9a-f]{16}$`));
    expect(await (await fetch(`${baseURL}/api/results?format=csv`)).text()).toBe(before);
  });

  it('refuses empty, binary and oversized drafts with a JSON error', async () => {
    for (const [body, status] of [
      ['', 400],
      ['   \n', 400],
      [new Uint8Array([0x00, 0x01, 0x02, 0xff]), 400],
      ['a'.repeat(1024 * 1024 + 1), 413],
    ] as const) {
      const res = await post(body);
      expect(res.status, String(body).slice(0, 10)).toBe(status);
      expect((await res.json()).error).toEqual(expect.any(String));
    }
  });
});

describe('/check', () => {
  it('marks each number of a pasted draft and lists the verdicts, with BibTeX and downloads', async () => {
    const page = currentPage();
    await page.goto(`${baseURL}/check`);
    await page.getByRole('link', { name: 'Check a draft' }).waitFor();
    await page.locator('#draft').fill(readFileSync('test/fixtures/drafts/planted.tex', 'utf8'));
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByTestId('check-summary').waitFor();
    expect(await page.getByTestId('check-summary').innerText()).toContain('9 numbers checked');
    expect(await page.locator('.marked-draft mark[data-status="mismatch"]').allInnerTexts()).toEqual(['62.8', '57.8', '68.2']);
    expect(await page.locator('table.findings tbody tr').count()).toBe(9);
    expect(await page.locator('pre.citation').innerText()).toContain('@misc{xiaomi2025mimo');
    expect(await page.getByRole('link', { name: 'JSON' }).getAttribute('download')).toBe('check-report.json');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
