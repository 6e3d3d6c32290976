// Local editions at scale, for docs/performance.md: a site with 1, 100 and 300 fictional
// editions (the Exampleshire fixture, renamed), published from the release in dist/ by the
// build's own publishing step, then by the editor's Download the site in Chromium. It prints
// the time each takes (medians), the bytes each edition adds, and the first load of an
// edition's page beside the main page's. It asserts nothing. Run by `make bench`, or alone:
//
//   node tests/e2e/editions-bench.mjs [--runs 3]
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(here, '..', '..');
const DIST = join(ROOT, 'dist');
const COUNTS = [0, 1, 100, 300];
const PORT = 8089;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const seconds = (ms) => (ms / 1000).toFixed(2);

/** Every file under a folder, by its path from it. */
function files(folder) {
  return readdirSync(folder, { recursive: true }).map(String).filter((name) => statSync(join(folder, name)).isFile());
}

/** A content folder with the site's content file, the new edition's file and `count` editions. */
function contentWith(count) {
  const folder = mkdtempSync(join(tmpdir(), 'adversity-cycle-editions-'));
  for (const name of ['adversity-cycle.toml', 'new-edition.toml']) cpSync(join(ROOT, 'content', name), join(folder, name));
  mkdirSync(join(folder, 'editions'));
  const fixture = readFileSync(join(ROOT, 'tests', 'fixtures', 'editions', 'exampleshire.toml'), 'utf8');
  for (let i = 1; i <= count; i++) {
    const area = `Exampleshire ${i}`;
    writeFileSync(join(folder, 'editions', `area-${String(i).padStart(3, '0')}.toml`), fixture.replaceAll('Exampleshire', area));
  }
  return folder;
}

/** Publishes the release again with a content folder, as the build's last step does; ms. */
function publish(content, out) {
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  execFileSync(join(ROOT, 'target', 'debug', 'prerender'), ['--content', join(content, 'adversity-cycle.toml'), '--republish', DIST, out], { stdio: 'pipe' });
  return performance.now() - started;
}

/** The editor's Download the site on a served site, from the click to the zip; ms. */
async function editorZip(browser, url) {
  const page = await browser.newPage();
  await page.goto(`${url}edit.html`);
  await page.locator('#editor-text').waitFor();
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: 'Download the site' }).click()]);
  await download.path();
  const took = performance.now() - started;
  await page.close();
  return took;
}

async function serving(folder, port) {
  const server = spawn(process.execPath, [join(here, 'serve.mjs'), '--port', String(port), '--dist', folder], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 100 && !(await fetch(url).then((r) => r.ok, () => false)); tries++) await new Promise((r) => setTimeout(r, 100));
  return { url, stop: () => server.kill() };
}

export async function editionsBench({ runs = 3 } = {}) {
  execFileSync('cargo', ['build', '--quiet', '--bin', 'prerender'], { cwd: ROOT, stdio: 'inherit' });
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  let base;
  try {
    for (const count of COUNTS) {
      const content = contentWith(count);
      const out = mkdtempSync(join(tmpdir(), 'adversity-cycle-published-'));
      const build = median(Array.from({ length: runs }, () => publish(content, out)));
      const all = files(out);
      const bytes = all.reduce((sum, name) => sum + statSync(join(out, name)).size, 0);
      const zipped = all.reduce((sum, name) => sum + gzip(readFileSync(join(out, name))), 0);
      const server = await serving(out, PORT);
      const zips = [];
      try {
        for (let i = 0; i < runs; i++) zips.push(await editorZip(browser, server.url));
      } finally {
        server.stop();
      }
      const row = { count, build, zip: median(zips), bytes, zipped };
      if (count === 0) {
        base = row;
      } else {
        // One edition's first load: its page, and the same app files as the main page's.
        const page = (name) => gzip(readFileSync(join(out, name)));
        row.firstLoad = { main: page('index.html'), edition: page('area-001/index.html') };
        row.added = all.filter((name) => name.includes('area-001')).join(', ');
      }
      rows.push(row);
      rmSync(content, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  console.log('## Local editions at scale\n');
  console.log(`The release in dist/ published again with 0, 1, 100 and 300 fictional editions (the Exampleshire fixture, renamed): the build's publishing step (\`prerender --republish\`, as Trunk's post-build hook runs it) and the editor's Download the site in Chromium (from the click to the zip), medians of ${runs} runs each.\n`);
  console.log('| editions | build step | editor, Download the site | site, raw | site, gzip (each file) | added per edition, raw | added per edition, gzip |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const per = (key) => (row.count ? `${Math.round((row[key] - base[key]) / row.count).toLocaleString('en-GB')} bytes` : '–');
    console.log(`| ${row.count} | ${seconds(row.build)} s | ${seconds(row.zip)} s | ${(row.bytes / 1e6).toFixed(2)} MB | ${(row.zipped / 1e6).toFixed(2)} MB | ${per('bytes')} | ${per('zipped')} |`);
  }
  const one = rows.find((row) => row.count === 1);
  console.log(`\nAn edition's page, gzip: ${one.firstLoad.edition.toLocaleString('en-GB')} bytes, beside the main page's ${one.firstLoad.main.toLocaleString('en-GB')} (the app files both load are the same files). Each edition adds: ${one.added}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  await editionsBench({ runs: Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3) });
}
