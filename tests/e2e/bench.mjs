// The benchmark behind docs/performance.md. `make bench` builds the release, then runs this.
// It measures the app side by side with the same page without the app (the release's
// index.html with its scripts and preloads removed, so the styles for a page the app has not
// taken over apply and a stage link is a plain #fragment jump, its section shown by CSS's
// :target), in one run, on one machine, and
// prints figures: sizes, and timings as medians, 95th percentiles and ratios. It asserts
// nothing.
//
//   node tests/e2e/bench.mjs                 everything
//   node tests/e2e/bench.mjs --sizes         sizes only (no browser)
//   node tests/e2e/bench.mjs --dist <dir>    measure another build (default: dist/)
//   node tests/e2e/bench.mjs --runs 5        Lighthouse runs per page (default 3)
//   node tests/e2e/bench.mjs --switches      stage switches only (no Lighthouse)
//   node tests/e2e/bench.mjs --editions      local editions at scale only (editions-bench.mjs)
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = resolve(option('--dist', join(here, '..', '..', 'dist')));
const RUNS = Number(option('--runs', '3'));

/** The first load must stay within this (gzip); the size test fails above it. */
export const BUDGET_GZIP = 120 * 1024;
/** What we aim for. */
export const GOAL_GZIP = 100 * 1024;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor((values.length - 1) / 2)];
const percentile = (values, p) => sorted(values)[Math.ceil((p / 100) * values.length) - 1];
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '–');

/** The files index.html makes the browser fetch as it loads (the page may be minified). */
export function firstLoadNames(page) {
  const fetched = new Set(['index.html']);
  for (const [tag] of page.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const rel = /\brel="?([a-z]+)/.exec(tag)?.[1];
    if (tag.startsWith('<link') && !['stylesheet', 'modulepreload', 'preload'].includes(rel)) continue;
    for (const [, file] of tag.matchAll(/\b(?:href|src|data-glue|data-wasm)="?\.\/([^"\s>]+)/g)) fetched.add(file);
  }
  // What <noscript> holds is fetched only without JavaScript.
  for (const [, file] of page.matchAll(/<noscript>[\s\S]*?href="?\.\/([^"\s>]+)[\s\S]*?<\/noscript>/g)) fetched.delete(file);
  return fetched;
}

/** Every file in a build with its raw and gzip size, and whether the first load fetches it. */
export async function sizes(folder = dist) {
  const fetched = firstLoadNames(await readFile(join(folder, 'index.html'), 'utf8'));
  // The editor's page fetches its files the same way, and then the content file it opens.
  const editing = await readFile(join(folder, 'edit.html'), 'utf8').then((page) => firstLoadNames(page), () => new Set());
  if (editing.size) editing.add('edit.html').add('adversity-cycle.toml');
  editing.delete('index.html');
  const files = [];
  for (const entry of (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const name = entry.name;
    const bytes = await readFile(join(folder, name));
    files.push({ name, raw: bytes.length, gzip: gzip(bytes), firstLoad: fetched.has(name), editorLoad: editing.has(name) });
  }
  return files;
}

/** Total gzip bytes of the first load. */
export const firstLoadGzip = (files) => files.filter((f) => f.firstLoad).reduce((sum, f) => sum + f.gzip, 0);

/** The same page without the app: its scripts and preloads taken out. */
export function withoutTheApp(page) {
  return page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g, '');
}

function printSizes(files) {
  console.log('## Sizes\n');
  console.log('| file | raw KB | gzip KB | first load |');
  console.log('| --- | ---: | ---: | :---: |');
  for (const f of files) console.log(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${f.firstLoad ? 'yes' : ''} |`);
  const total = firstLoadGzip(files);
  const wasm = files.find((f) => f.name.startsWith('adversity-cycle') && f.name.endsWith('.wasm'));
  console.log(`\nFirst load: ${files.filter((f) => f.firstLoad).length} files, **${kb(total)} KB gzip**; budget ${kb(BUDGET_GZIP)} KB (${((100 * total) / BUDGET_GZIP).toFixed(0)}%), goal ${kb(GOAL_GZIP)} KB (${((100 * total) / GOAL_GZIP).toFixed(0)}%)`);
  console.log(`The explorer's WebAssembly: ${kb(wasm.raw)} KB raw, ${kb(wasm.gzip)} KB gzip`);
  const editor = files.filter((f) => f.editorLoad);
  if (editor.length) {
    const sum = (list) => kb(list.reduce((s, f) => s + f.gzip, 0));
    console.log(`The content editor's first load (edit.html, what it loads, and the content file it opens; the explorer never loads any of it): ${editor.map((f) => `${f.name} ${kb(f.gzip)} KB`).join(', ')}; **${sum(editor)} KB gzip** in all`);
    // The publisher is loaded only by Download the site.
    const publisher = files.filter((f) => f.name.startsWith('editor-publisher-'));
    console.log(`The editor's publisher, loaded only for Download the site: ${publisher.map((f) => `${f.name} ${kb(f.gzip)} KB`).join(', ')}; **${sum(publisher)} KB gzip**`);
  }
  console.log('');
}

function serve(root, port) {
  const server = spawn(process.execPath, [join(here, 'serve.mjs'), '--port', String(port), '--dist', root, '--csp'], { stdio: 'ignore' });
  return { server, url: `http://127.0.0.1:${port}/` };
}

async function waitFor(url) {
  for (let tries = 0; tries < 100; tries++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Stage switches: real mouse clicks on the stages at 4× CPU throttling, timed by the
 * browser's Event Timing API from the click to the next paint, on the app and on the page
 * without it in turn (one click each, alternately), so both see the machine in the same
 * state. Event Timing reports only events of 16 ms or more: the rest are counted as 16 (an
 * upper bound, so no median is flattered). */
async function stageSwitches(browser, urls, count = 100) {
  const pages = [];
  for (const url of urls) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      localStorage.setItem('adversity-cycle.content-note-seen', '1');
      window.clicks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'click') window.clicks.push([e.duration, e.processingEnd - e.startTime]);
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    await page.goto(url);
    // The app marks the page live; the page without it is ready once loaded.
    await page.waitForFunction(() => document.readyState === 'complete' && (!document.querySelector('script') || document.documentElement.hasAttribute('data-live')));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const boxes = await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().toJSON()));
    pages.push({ context, page, boxes });
  }
  for (let i = 0; i < count; i++) {
    for (const { page, boxes } of pages) {
      const box = boxes[i % boxes.length];
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // Each switch on an idle page, as a person clicks: the frame after it, then a pause.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 250))));
    }
  }
  const results = [];
  for (const { context, page } of pages) {
    const slow = await page.evaluate(() => window.clicks);
    await context.close();
    const fast = count - slow.length;
    results.push({ durations: [...slow.map(([d]) => d), ...Array(fast).fill(16)], handling: [...slow.map(([, p]) => p), ...Array(fast).fill(16)], fast });
  }
  return results;
}

/** Navigation to interactive, in Chromium: when the app marks the page live. */
async function timeToLive(browser, url, rate, count = 10) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(() => {
      localStorage.setItem('adversity-cycle.content-note-seen', '1');
      new MutationObserver((_, observer) => {
        if (document.documentElement?.hasAttribute('data-live')) {
          window.liveAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-live'] });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.liveAt);
    times.push(await page.evaluate(() => window.liveAt));
    await context.close();
  }
  return times;
}

async function main() {
  const files = await sizes();
  printSizes(files);
  if (args.includes('--sizes')) return;
  const { editionsBench } = await import('./editions-bench.mjs');
  if (args.includes('--editions')) return editionsBench();

  // The same page without the app, from this build.
  const floor = mkdtempSync(join(tmpdir(), 'adversity-cycle-floor-'));
  cpSync(dist, floor, { recursive: true });
  writeFileSync(join(floor, 'index.html'), withoutTheApp(readFileSync(join(dist, 'index.html'), 'utf8')));
  const pages = { app: serve(dist, 8095), floor: serve(floor, 8096) };
  try {
    await Promise.all(Object.values(pages).map((p) => waitFor(p.url)));
    const { chromium } = await import('@playwright/test');
    if (args.includes('--switches')) {
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
      const results = await stageSwitches(browser, [pages.app.url, pages.floor.url]);
      for (const [which, { durations, handling, fast }] of [['app', results[0]], ['floor', results[1]]]) {
        console.log(`${which}: click to next paint median ${median(durations)} ms, p95 ${percentile(durations, 95)} ms; handling median ${median(handling).toFixed(1)} ms; ${fast} under 16 ms`);
      }
      await browser.close();
      return;
    }
    const { runLighthouse, CATEGORIES } = await import('./lighthouse.mjs');
    const runs = { app: [], floor: [] };
    // Alternating, so both see the machine in the same state.
    for (let i = 0; i < RUNS; i++) for (const which of ['app', 'floor']) runs[which].push(await runLighthouse(pages[which].url));

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const [appSwitches, floorSwitches] = await stageSwitches(browser, [pages.app.url, pages.floor.url]);
    const switches = { app: appSwitches, floor: floorSwitches };
    const live = { 1: await timeToLive(browser, pages.app.url, 1), 4: await timeToLive(browser, pages.app.url, 4) };
    await browser.close();

    const m = (which, metric) => median(runs[which].map((r) => r.metrics[metric]));
    const all = (which, metric, round = Math.round) => runs[which].map((r) => round(r.metrics[metric])).join(', ');
    console.log(`## Side by side: the app and the same page without it\n`);
    console.log(`Lighthouse 12.2.3 mobile (simulated throttling), median of ${RUNS} runs each, alternating; stage switches: 100 real clicks each at 4× CPU, alternating.\n`);
    console.log('| measure | app | page without the app | ratio | target |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const c of CATEGORIES) {
      const score = (which) => median(runs[which].map((r) => r.scores[c]));
      console.log(`| Lighthouse ${c} | ${score('app')} (${runs.app.map((r) => r.scores[c]).join(', ')}) | ${score('floor')} | | 100 |`);
    }
    const row = (label, metric, target, unit = 'ms') => {
      const [a, f] = [m('app', metric), m('floor', metric)];
      console.log(`| ${label} | ${Math.round(a)} ${unit} (${all('app', metric)}) | ${Math.round(f)} ${unit} | ${ratio(a, f)} | ${target} |`);
    };
    row('First Contentful Paint', 'fcp', 'ratio ≤ 1.05');
    row('Largest Contentful Paint', 'lcp', 'ratio ≤ 1.10');
    row('Time to Interactive', 'tti', '');
    console.log(`| Total Blocking Time | ${Math.round(m('app', 'tbt'))} ms (${all('app', 'tbt')}) | ${Math.round(m('floor', 'tbt'))} ms | | ≤ 30 ms |`);
    console.log(`| Cumulative Layout Shift | ${m('app', 'cls').toFixed(3)} | ${m('floor', 'cls').toFixed(3)} | | 0 |`);
    console.log(`| transfer | ${kb(m('app', 'bytes'))} KB | ${kb(m('floor', 'bytes'))} KB | ${ratio(m('app', 'bytes'), m('floor', 'bytes'))} | ≤ ${kb(BUDGET_GZIP)} KB first load |`);
    for (const [label, pick, p] of [['median', median, null], ['95th percentile', percentile, 95]]) {
      const [a, f] = [p ? pick(switches.app.durations, p) : pick(switches.app.durations), p ? pick(switches.floor.durations, p) : pick(switches.floor.durations)];
      console.log(`| stage switch, click to next paint, ${label} | ${Math.round(a)} ms | ${Math.round(f)} ms | ${ratio(a, f)} | ratio ≤ 1.25 |`);
    }
    console.log(`| stage switch, handling the click, median | ${Math.round(median(switches.app.handling))} ms | ${Math.round(median(switches.floor.handling))} ms | | |`);
    console.log(`\nClicks under Event Timing's 16 ms threshold (counted as 16): app ${switches.app.fast} of 100, page without the app ${switches.floor.fast} of 100.`);
    console.log(`Lighthouse audits failing on the app: ${[...new Set(runs.app.flatMap((r) => r.failing))].join(', ') || 'none'}.\n`);
    console.log('## Navigation to the app running (Chromium, 10 loads each)\n');
    console.log('| CPU | median ms | 95th percentile ms |');
    console.log('| --- | ---: | ---: |');
    for (const rate of [1, 4]) console.log(`| ${rate}× slower | ${Math.round(median(live[rate]))} | ${Math.round(percentile(live[rate], 95))} |`);
    console.log();
    await editionsBench();
  } finally {
    for (const { server } of Object.values(pages)) server.kill();
    rmSync(floor, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
