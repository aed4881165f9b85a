import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/e2e/browser';
import { bypassHeader } from '../server/page-cache-key';
import { freePort, median, root, runOrThrow, startNext, startServer } from './server';
import { checkBench } from './check';
import { measureScale, newViews } from './scale';

/**
 * `npm run bench [-- --scale 10000,100000,1000000] [--database-url URL] [--export-seconds S] [--runs 10]`: page load against a
 * static copy of the same table, first-load JavaScript, interaction latency, and server time as the data
 * grows (real data plus synthetic results; on PGlite, or on the PostgreSQL database URL names, whose
 * schema is dropped and rebuilt: give it a throwaway database).
 * Prints a table and writes bench/results.json.
 * Long on purpose: the driver, one function per browser measure; the server helpers and the scale section live in server.ts and scale.ts.
 */
const { values } = parseArgs({ options: { 'next-start': { type: 'boolean' }, scale: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '10' }, 'skip-build': { type: 'boolean' }, only: { type: 'string', default: 'load,js,interaction,scale' }, 'database-url': { type: 'string' }, 'export-seconds': { type: 'string' } } });
const only = new Set((values.only ?? '').split(','));
const runs = Number(values.runs);
const scales = (values.scale ?? '').split(',').filter(Boolean).map(Number);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '' };
const rows: { measure: string; value: string; target: string }[] = [];
const out: Record<string, unknown> = { date: new Date().toISOString() };

async function timeToRows(page: Page, url: string, rowSelector: string, interactiveSelector?: string) {
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  // Checked in every animation frame: the first frame in which a row has a layout box is the one that
  // paints it. (A locator's waitFor polls after 0, 20, 50, 100, 100, 500, 500… ms, which rounds
  // every reading up to its next poll: differences of up to 500 ms that are not the page's.)
  await page.waitForFunction((selector) => (document.querySelector(selector)?.getClientRects().length ?? 0) > 0, rowSelector, { polling: 'raf' });
  const visible = performance.now() - t0;
  await page.waitForLoadState('load');
  const load = performance.now() - t0;
  if (!interactiveSelector) return { visible, load, interactive: load };
  // Hydration finishes after the load event; from here on the table sorts and filters in place.
  await page.waitForFunction((selector) => document.querySelector(selector) !== null, interactiveSelector, { polling: 'raf' });
  return { visible, load, interactive: performance.now() - t0 };
}

type Contender = 'app' | 'rendered' | 'static' | 'bare' | 'nextStart';

/** `nextStartUrl`: the same build and data served by plain `next start` (no page cache, Next's own compression), for the A/B. */
async function pageLoad(browser: Browser, url: string, nextStartUrl?: string) {
  // The static twin: the very HTML the leaderboard renders, with its CSS, served by a plain file server.
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // Its CSS, whether linked or inlined in <style> elements, in document order.
  const css = await page.evaluate(async () => {
    const sheets = [...document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel="stylesheet"], style')];
    return (await Promise.all(sheets.map(async (s) => (s instanceof HTMLLinkElement ? (await fetch(s.href)).text() : (s.textContent ?? ''))))).join('\n');
  });
  const main = await page.locator('main').evaluate((m) => m.outerHTML);
  await page.close();
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title><style>${css}</style></head><body>${main}</body></html>`;
  const port = await freePort();
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)).listen(port, '127.0.0.1');
  const staticUrl = `http://127.0.0.1:${port}/`;
  // The reference: a bare Next.js app serving the same table as a fixed server-rendered page.
  const tableDir = path.join(root, '.data/bench-bare-table');
  mkdirSync(tableDir, { recursive: true });
  writeFileSync(path.join(tableDir, 'table.html'), main);
  writeFileSync(path.join(tableDir, 'table.css'), css);
  const bare = await startNext(bareDir, { BARE_NEXT_TABLE_DIR: tableDir }, '/');
  const times: Record<Contender, { visible: number; load: number; interactive: number }[]> = { app: [], rendered: [], static: [], bare: [], nextStart: [] };
  const targets: Record<Contender, string> = { app: url, rendered: url, static: staticUrl, bare: `${bare.url}/`, nextStart: nextStartUrl ?? '' };
  // `rendered`: the same page, rendered for every view (past the page cache), as a first view of a new address is
  const order: Contender[] = nextStartUrl ? ['app', 'rendered', 'static', 'bare', 'nextStart'] : ['app', 'rendered', 'static', 'bare'];
  try {
    for (let i = 0; i < runs; i += 1) {
      // alternate which goes first
      for (const k of [...order.slice(i % order.length), ...order.slice(0, i % order.length)]) {
        const context = await browser.newContext(k === 'rendered' ? { extraHTTPHeaders: { [bypassHeader]: 'bench' } } : {});
        const p = await context.newPage();
        const app = k === 'app' || k === 'rendered' || k === 'nextStart';
        times[k].push(await timeToRows(p, targets[k], 'table.leaderboard tbody tr', app ? '.leaderboard-root[data-interactive="true"]' : undefined));
        // Each run starts on a quiet machine: the page's own after-load work (the app fetches its whole
        // dataset) must not run into the next run, which would slow whichever page is measured next.
        await p.waitForLoadState('networkidle');
        await p.waitForTimeout(300);
        await context.close();
      }
    }
  } finally {
    server.close();
    bare.stop();
  }
  const m = (k: keyof typeof times, f: 'visible' | 'load' | 'interactive') => median(times[k].map((x) => x[f]));
  return {
    appVisible: m('app', 'visible'),
    appLoad: m('app', 'load'),
    appInteractive: m('app', 'interactive'),
    renderedVisible: m('rendered', 'visible'),
    renderedLoad: m('rendered', 'load'),
    staticVisible: m('static', 'visible'),
    staticLoad: m('static', 'load'),
    bareVisible: m('bare', 'visible'),
    bareLoad: m('bare', 'load'),
    ...(nextStartUrl ? { nextStartVisible: m('nextStart', 'visible'), nextStartLoad: m('nextStart', 'load') } : {}),
    htmlBytes: html.length,
  };
}

async function firstLoadJs(browser: Browser, url: string) {
  const page = await browser.newPage();
  const scripts = new Set<string>();
  page.on('response', (r) => r.url().endsWith('.js') && scripts.add(r.url()));
  await page.goto(url, { waitUntil: 'networkidle' });
  let gz = 0;
  for (const s of scripts) gz += gzipSync(Buffer.from(await (await fetch(s)).arrayBuffer())).length;
  await page.close();
  return gz / 1024;
}

async function interaction(browser: Browser, url: string) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  // interactions are measured once the whole (small) dataset is in the page, as a reader meets them
  await page.locator('.leaderboard-root[data-interactive="true"][data-full-data="loaded"]').waitFor();
  // Time from the event to the updated table being painted: the first mutation, then the next frame's
  // style, layout and paint (a message posted from requestAnimationFrame runs after that frame).
  const measure = (action: 'sort' | 'filter', index: number) =>
    page.evaluate(
      ({ action, index }) =>
        new Promise<number>((resolve) => {
          const body = document.querySelector('table.leaderboard tbody')!;
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - t0);
              channel.port2.postMessage(null);
            });
          });
          observer.observe(document.querySelector('main')!, { childList: true, subtree: true, characterData: true });
          if (action === 'sort') {
            const buttons = body.closest('table')!.querySelectorAll<HTMLButtonElement>('thead .sort-button');
            buttons[5 + (index % Math.max(1, buttons.length - 5))]!.click();
          } else {
            const input = document.querySelector<HTMLInputElement>('input[aria-label="Search models by name or alias"]')!;
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            setter.call(input, index % 2 ? 'qwen' : '');
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }),
      { action, index },
    );
  const sort: number[] = [];
  const narrow: number[] = [];
  const widen: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    sort.push(await measure('sort', i));
    (i % 2 ? widen : narrow).push(await measure('filter', i + 1));
  }
  await page.close();
  return { sort: median(sort), filter: median([...narrow, ...widen]), filterNarrow: median(narrow), filterWiden: median(widen) };
}

const bareDir = path.join(root, 'bench/bare-next');

/** Page load, bytes and interaction, in Chromium against the real data. */
async function browserMeasures() {
  const realDir = path.join(root, '.data/bench-real');
  rmSync(realDir, { recursive: true, force: true });
  runOrThrow('npx', ['tsx', 'seeds/program/cli.ts', 'seed'], { ...env, PGLITE_DATA_DIR: realDir });
  // A second copy for plain `next start`: one PGlite folder is never opened by two processes.
  const nextStartDir = `${realDir}-next-start`;
  rmSync(nextStartDir, { recursive: true, force: true });
  if (values['next-start']) cpSync(realDir, nextStartDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const server = await startServer(realDir);
  const nextStart = values['next-start'] ? await startNext(root, { PGLITE_DATA_DIR: nextStartDir, DATABASE_URL: '' }, '/') : undefined;
  try {
    if (only.has('load')) {
      const load = await pageLoad(browser, `${server.url}/`, nextStart && `${nextStart.url}/`);
      const r = {
        appVisible: load.appVisible / load.staticVisible,
        appLoad: load.appLoad / load.staticLoad,
        bareVisible: load.bareVisible / load.staticVisible,
        bareLoad: load.bareLoad / load.staticLoad,
        renderedVisible: load.renderedVisible / load.staticVisible,
        renderedLoad: load.renderedLoad / load.staticLoad,
      };
      out.pageLoad = { ...load, ratios: r, runs };
      const limit = (bare: number) => `≤ 1.1 × bare Next (measured here: ${bare.toFixed(2)}x → ≤ ${(1.1 * bare).toFixed(2)}x)`;
      rows.push({ measure: '/ rows visible (median)', value: `${load.appVisible.toFixed(0)} ms vs static ${load.staticVisible.toFixed(0)} ms = ${r.appVisible.toFixed(2)}x`, target: limit(r.bareVisible) });
      rows.push({ measure: '/ load event (median)', value: `${load.appLoad.toFixed(0)} ms vs static ${load.staticLoad.toFixed(0)} ms = ${r.appLoad.toFixed(2)}x`, target: limit(r.bareLoad) });
      rows.push({
        measure: '/ rendered for the view, past the page cache (median)',
        value: `${load.renderedVisible.toFixed(0)} ms visible = ${r.renderedVisible.toFixed(2)}x, ${load.renderedLoad.toFixed(0)} ms load = ${r.renderedLoad.toFixed(2)}x`,
        target: 'none set: a first view of an address',
      });
      if (load.nextStartVisible !== undefined && load.nextStartLoad !== undefined) {
        const ns = { visible: load.nextStartVisible / load.bareVisible, load: load.nextStartLoad / load.bareLoad };
        const custom = { visible: load.appVisible / load.bareVisible, load: load.appLoad / load.bareLoad };
        out.nextStartVsBare = { nextStart: ns, customServer: custom };
        rows.push({
          measure: '/ by plain `next start` (median), × bare Next',
          value: `${load.nextStartVisible.toFixed(0)} ms visible = ${ns.visible.toFixed(3)}, ${load.nextStartLoad.toFixed(0)} ms load = ${ns.load.toFixed(3)} (custom server: ${custom.visible.toFixed(3)}, ${custom.load.toFixed(3)})`,
          target: 'custom layer kept only if `next start` > 1.05 × bare',
        });
      }
      rows.push({ measure: '/ table hydrated, sortable (median)', value: `${load.appInteractive.toFixed(0)} ms`, target: 'none set; comes after the load event' });
      rows.push({ measure: 'bare Next.js, same table (median)', value: `${load.bareVisible.toFixed(0)} ms visible, ${load.bareLoad.toFixed(0)} ms load`, target: 'the reference (issue: ~1.9x / ~2.1x)' });
    }
    if (only.has('js')) {
      const js = await firstLoadJs(browser, `${server.url}/`);
      const jsSources = await firstLoadJs(browser, `${server.url}/sources`);
      out.firstLoadJsKbGz = js;
      out.firstLoadJsSourcesKbGz = jsSources;
      rows.push({ measure: 'first-load JS of / (gzip)', value: `${js.toFixed(1)} KB`, target: '≤ 172 KB (bare Next ~132 KB + 40)' });
      rows.push({ measure: 'first-load JS of /sources (gzip, no charts)', value: `${jsSources.toFixed(1)} KB`, target: 'chart code only where charts are' });
    }
    if (only.has('interaction')) {
      const inter = await interaction(browser, `${server.url}/`);
      out.interaction = inter;
      rows.push({ measure: 'sort click -> table updated (median)', value: `${inter.sort.toFixed(1)} ms`, target: '≤ 50 ms' });
      rows.push({
        measure: 'filter change -> table updated (median)',
        value: `${inter.filter.toFixed(1)} ms (narrow ${inter.filterNarrow.toFixed(1)}, widen ${inter.filterWiden.toFixed(1)})`,
        target: '≤ 50 ms',
      });
    }
  } finally {
    server.stop();
    nextStart?.stop();
    await browser.close();
  }
}


async function main() {
  const needsBuild = ['load', 'js', 'interaction', 'scale'].some((p) => only.has(p));
  if (!values['skip-build'] && needsBuild) runOrThrow('npm', ['run', 'build'], env);
  if (only.has('load') && (!values['skip-build'] || !existsSync(path.join(bareDir, '.next/BUILD_ID')))) {
    runOrThrow(path.join(root, 'node_modules/.bin/next'), ['build'], env, bareDir);
  }
  if (only.has('load') || only.has('js') || only.has('interaction')) await browserMeasures();
  const scale: Record<string, Record<string, number>> = {};
  const databaseUrl = values['database-url'];
  for (const n of only.has('scale') ? scales : []) {
    const m = await measureScale(n, databaseUrl, values['export-seconds'] ? Number(values['export-seconds']) : Infinity);
    scale[n] = m;
    const at = `scale ${n} (${databaseUrl ? 'PostgreSQL' : 'PGlite'})`;
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    rows.push({ measure: `${at}: load real data + ${n} synthetic results`, value: `${(m.loadMs! / 1000).toFixed(1)} s`, target: '≤ 90 s at 1M' });
    rows.push({ measure: `${at}: first / after start`, value: ms(m.first!), target: '≤ 1 s' });
    rows.push({ measure: `${at}: new views p50 / p95 / max (${newViews.length})`, value: `${ms(m.viewsP50!)} / ${ms(m.viewsP95!)} / ${ms(m.viewsMax!)}`, target: 'p95 ≤ 150 ms' });
    rows.push({ measure: `${at}: /benchmarks/[id] / compare`, value: `${ms(m.benchmarkPage!)} / ${ms(m.compare!)}`, target: '≤ 150 ms' });
    rows.push({ measure: `${at}: server RSS (process tree; after the exports)`, value: `${m.rssMb!.toFixed(0)} MB (${m.rssAfterExportMb!.toFixed(0)} MB)`, target: '≤ 400 MB, ≤ 1.5x the 10k figure' });
    rows.push({
      measure: `${at}: CSV / JSON export, first byte and rows/s`,
      value: `${ms(m.csvFirstByteMs!)}, ${(m.csvRowsPerSecond! / 1000).toFixed(0)}k/s / ${ms(m.jsonFirstByteMs!)}, ${(m.jsonRowsPerSecond! / 1000).toFixed(0)}k/s`,
      target: '≤ 300 ms, ≥ 200k rows/s',
    });
    rows.push({ measure: `${at}: first / after a 20-row import`, value: ms(m.afterImport!), target: '≤ 1 s' });
  }
  out.scale = scale;
  if (only.has('check')) {
    const c = await checkBench(Math.max(5, runs));
    out.check = c;
    rows.push({
      measure: `check a ${c.lines}-line LaTeX paper, ${c.findings} numbers (first / median)`,
      value: `${c.firstMs.toFixed(0)} / ${c.medianMs.toFixed(0)} ms`,
      target: '≤ 500 ms of server time',
    });
  }

  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(out, null, 1)}\n`);
  const w = Math.max(...rows.map((r) => r.measure.length));
  const v = Math.max(...rows.map((r) => r.value.length));
  console.log(`${'measure'.padEnd(w)}  ${'value'.padEnd(v)}  target`);
  for (const r of rows) console.log(`${r.measure.padEnd(w)}  ${r.value.padEnd(v)}  ${r.target}`);
  console.log('\nwritten to bench/results.json');
}

await main();
