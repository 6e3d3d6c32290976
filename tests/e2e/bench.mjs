// The benchmark behind docs/performance.md. `make bench` builds the release, then runs this.
// It prints figures (sizes; timings as medians and 95th percentiles); it asserts nothing.
//
//   node tests/e2e/bench.mjs            everything
//   node tests/e2e/bench.mjs --sizes    sizes only (no browser)
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, '..', '..', 'dist');
export const BUDGET_GZIP = 100 * 1024;
const PORT = 8095;
const BASE = `http://127.0.0.1:${PORT}/`;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

/** Every file in dist/ with its raw and gzip size, and whether the first load fetches it. */
export async function sizes() {
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  // The first load fetches what index.html links to: styles, the boot script, and the two
  // files it names (the JavaScript glue and the wasm). Not noscript.css, which only loads
  // without JavaScript. (The page may be minified: attributes in any order, quoted or not.)
  const fetched = new Set(['index.html']);
  for (const [tag] of page.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const rel = /\brel="?([a-z]+)/.exec(tag)?.[1];
    if (tag.startsWith('<link') && !['stylesheet', 'modulepreload', 'preload'].includes(rel)) continue;
    for (const [, file] of tag.matchAll(/\b(?:href|src|data-glue|data-wasm)="?\.\/([^"\s>]+)/g)) fetched.add(file);
  }
  const files = [];
  for (const name of (await readdir(dist)).sort()) {
    const bytes = await readFile(join(dist, name));
    files.push({ name, raw: bytes.length, gzip: gzip(bytes), firstLoad: fetched.has(name) });
  }
  return files;
}

/** Total gzip bytes of the first load. */
export const firstLoadGzip = (files) => files.filter((f) => f.firstLoad).reduce((sum, f) => sum + f.gzip, 0);

function printSizes(files) {
  console.log('## Sizes\n');
  console.log('| file | raw KB | gzip KB | first load |');
  console.log('| --- | ---: | ---: | :---: |');
  for (const f of files) console.log(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${f.firstLoad ? 'yes' : ''} |`);
  const total = firstLoadGzip(files);
  const wasm = files.find((f) => f.name.endsWith('.wasm'));
  console.log(`\nFirst load: ${files.filter((f) => f.firstLoad).length} files, ${kb(total)} KB gzip; budget ${kb(BUDGET_GZIP)} KB (${((100 * total) / BUDGET_GZIP).toFixed(0)}% of budget)`);
  console.log(`WebAssembly alone: ${kb(wasm.raw)} KB raw, ${kb(wasm.gzip)} KB gzip\n`);
}

async function lighthouseRuns(count) {
  const { runLighthouse, CATEGORIES } = await import('./lighthouse.mjs');
  const runs = [];
  for (let i = 0; i < count; i++) runs.push(await runLighthouse(BASE));
  console.log(`## Lighthouse 12.2.3, mobile (median of ${count} runs)\n`);
  console.log('| | median | runs |');
  console.log('| --- | ---: | --- |');
  for (const c of CATEGORIES) console.log(`| ${c} | ${median(runs.map((r) => r.scores[c]))} | ${runs.map((r) => r.scores[c]).join(', ')} |`);
  const ms = (name) => runs.map((r) => r.metrics[name]);
  for (const [label, name] of [['First Contentful Paint (ms)', 'fcp'], ['Largest Contentful Paint (ms)', 'lcp'], ['Total Blocking Time (ms)', 'tbt']]) {
    console.log(`| ${label} | ${Math.round(median(ms(name)))} | ${ms(name).map(Math.round).join(', ')} |`);
  }
  console.log(`| Cumulative Layout Shift | ${median(ms('cls')).toFixed(3)} | ${ms('cls').map((v) => v.toFixed(3)).join(', ')} |\n`);
}

async function browserTimings() {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const throttled = async (context, page, rate) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  };

  // Navigation to hydrated: when the app marks the page live.
  console.log('## In Chromium\n');
  console.log('| measure | CPU | median ms | 95th percentile ms | runs |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const rate of [1, 4]) {
    const times = [];
    for (let i = 0; i < 15; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await throttled(context, page, rate);
      await page.addInitScript(() => {
        localStorage.setItem('adversity-cycle.content-note-seen', '1');
        // (Watching the document, since <html> may not exist yet when this runs.)
        new MutationObserver((_, observer) => {
          if (document.documentElement?.hasAttribute('data-live')) {
            window.hydratedAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-live'] });
      });
      await page.goto(BASE);
      await page.waitForFunction(() => window.hydratedAt);
      times.push(await page.evaluate(() => window.hydratedAt));
      await context.close();
    }
    console.log(`| navigation to hydrated | ${rate}× slower | ${Math.round(median(times))} | ${Math.round(percentile(times, 95))} | ${times.length} |`);
  }

  // Stage switches: 100 real clicks on stages, timed by the browser's Event Timing API: from
  // the click to the next paint (which waits for the screen's next frame), and the part of
  // that spent handling it (the app's work, before style, layout and paint).
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    localStorage.setItem('adversity-cycle.content-note-seen', '1');
    window.clicks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') window.clicks.push([e.duration, e.processingEnd - e.startTime]);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') window.clicks.push([e.duration, e.processingEnd - e.startTime]);
    }).observe({ type: 'first-input', buffered: true });
  });
  await page.goto(BASE);
  await page.waitForSelector('html[data-live]');
  await throttled(context, page, 4);
  // Event Timing reports only events of 16 ms or more; count the rest as under 16.
  const boxes = await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().toJSON()));
  for (let i = 0; i < 100; i++) {
    const box = boxes[i % boxes.length];
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  const slow = await page.evaluate(() => window.clicks);
  const fast = 100 - slow.length;
  // Clicks under the threshold count as 16 ms: an upper bound, so the medians are not flattered.
  const durations = [...slow.map(([d]) => d), ...Array(fast).fill(16)];
  const handling = [...slow.map(([, p]) => p), ...Array(fast).fill(16)];
  console.log(`| stage switch, click to next paint | 4× slower | ${median(durations).toFixed(0)} | ${percentile(durations, 95).toFixed(0)} | 100 (${fast} under 16 ms) |`);
  console.log(`| stage switch, handling the click | 4× slower | ${median(handling).toFixed(0)} | ${percentile(handling, 95).toFixed(0)} | 100 |`);
  await browser.close();
}

async function main() {
  printSizes(await sizes());
  if (process.argv.includes('--sizes')) return;
  const server = spawn(process.execPath, [join(here, 'serve.mjs'), '--port', String(PORT), '--csp'], { stdio: 'ignore' });
  try {
    for (let tries = 0; tries < 50; tries++) {
      if (await fetch(BASE).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await lighthouseRuns(3);
    await browserTimings();
  } finally {
    server.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
