import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** Debian's Chromium, started the way this closed network needs (no background traffic). */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  };
}

/** One Chromium per test file and a fresh page per test; returns a getter for the current page. */
export function pageForEachTest(options: { viewport?: { width: number; height: number } } = {}): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  beforeEach(async () => {
    await page?.close();
    page = await browser!.newPage(options.viewport ? { viewport: options.viewport } : {});
  });
  afterAll(() => browser?.close());
  return () => page!;
}
