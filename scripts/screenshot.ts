import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/e2e/browser';

/** `npx tsx scripts/screenshot.ts <url> <out.png> [--dark] [--width 390] [--full]`: look at a page. */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dark: { type: 'boolean' }, width: { type: 'string', default: '1280' }, full: { type: 'boolean' } },
});
const [url, out] = positionals;
if (!url || !out) throw new Error('usage: screenshot <url> <out.png> [--dark] [--width N] [--full]');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({
  viewport: { width: Number(values.width), height: 900 },
  colorScheme: values.dark ? 'dark' : 'light',
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: values.full ?? false });
await browser.close();
