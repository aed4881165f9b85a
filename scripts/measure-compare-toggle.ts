import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/e2e/browser';

/**
 * `npx tsx scripts/measure-compare-toggle.ts <base-url> [--runs 6] [--throttle 4]`: how long the compare page's
 * "same setting" switch takes from click until the switch and the table show the new state, in a real Chromium.
 */
const { positionals, values } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '6' }, throttle: { type: 'string', default: '1' } } });
const [base] = positionals;
if (!base) throw new Error('usage: measure-compare-toggle <base-url> [--runs N]');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
// --throttle 4: a CPU four times slower, roughly a mid-range phone
await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
await page.goto(`${base}/compare?models=mimo-7b-rl,deepseek-r1-distill-qwen-7b,qwen2.5-math-7b-instruct`, { waitUntil: 'networkidle' });
const box = page.getByLabel(/Only compare values at the reference/);
// Timed inside the page, from the click event to the first frame showing the result (no driver overhead).
await page.evaluate(() => document.addEventListener('click', (e) => Object.assign(window, { clickedAt: e.timeStamp }), true));
const times: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const want = !(await box.isChecked());
  await box.click({ noWaitAfter: true });
  // switched: the box shows its new state and the table shown is the other one (a server round trip, before, or a swap)
  await page.waitForFunction(
    (w) => {
      const box = document.querySelector('label.switch input') as HTMLInputElement | null;
      const same = document.querySelector('[data-view="same"]') as HTMLElement | null;
      const done = box?.checked === w && (same ? same.hidden === !w : location.search.includes('same_setting=1') === w);
      if (done) Object.assign(window, { shownAt: performance.now() });
      return done;
    },
    want,
    { polling: 'raf' },
  );
  times.push(Math.round(await page.evaluate(() => (window as unknown as { shownAt: number; clickedAt: number }).shownAt - (window as unknown as { clickedAt: number }).clickedAt)));
  await page.waitForFunction((w) => location.search.includes('same_setting=1') === w, want);
  await page.waitForLoadState('networkidle');
}
console.log(`click to switched (ms): ${times.join(', ')}; median ${[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]}`);
await browser.close();
