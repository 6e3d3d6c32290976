// Shared steps for the end-to-end tests.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The project's folder, and the release build the tests run against. */
export const ROOT = join(here, '..', '..');
export const DIST = join(ROOT, 'dist');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects console errors and warnings and uncaught page errors, to assert there were none. */
export function watchForProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return problems;
}

/**
 * Opens the explorer and waits until the app has taken over the prerendered page. Unless
 * `firstVisit` is set, the browser is one that has already read the first-visit content note.
 */
export async function openExplorer(page, path = '/', { firstVisit = false } = {}) {
  if (!firstVisit) {
    await page.addInitScript(() => localStorage.setItem('adversity-cycle.content-note-seen', '1'));
  }
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
}

/** The ids of the stages, in the order of the list of stages. */
export async function stageIds(page) {
  return page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('href').slice(1)));
}

/** The ids of the panel sections the user can see. */
export async function visibleSections(page) {
  return page.locator('#panel > section').evaluateAll((sections) => sections.filter((s) => s.checkVisibility()).map((s) => s.id));
}

/** Waits until the panel shows exactly this one section (the app updates it just after). */
export async function expectSection(page, id) {
  await expect.poll(() => visibleSections(page), { message: `the panel shows only ${id}` }).toEqual([id]);
}

/** Runs axe-core for the WCAG 2.2 AA tags and expects no violations. */
export async function expectNoAxeViolations(page, context) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Records Content-Security-Policy violations in every page of a page's or a context's, in
 * `window.violations`, to assert there were none. */
export async function watchForViolations(pageOrContext) {
  await pageOrContext.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

/** Serves a folder (a release build, or a site made from it) with the headers it ships (the
 * production Content-Security-Policy among them), or as a host that ignores them, until
 * stopped, on a port of the caller's own. */
export async function serveFolder(folder, port, { headers = true } = {}) {
  const options = headers ? ['--csp'] : [];
  const server = spawn(process.execPath, [join(here, 'serve.mjs'), '--port', String(port), '--dist', folder, ...options], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 200 && !(await fetch(url).then(() => true, () => false)); tries++) await new Promise((r) => setTimeout(r, 50));
  return {
    url,
    // Safe to call twice: a test stops its server mid-way, and again when it tidies up.
    stop: () => new Promise((done) => {
      if (server.exitCode !== null || server.signalCode !== null) return done();
      server.once('exit', done);
      server.kill();
    }),
  };
}

/** The release build in dist/, as a site of its own in a new folder. */
export function copyOfRelease() {
  const folder = mkdtempSync(join(tmpdir(), 'adversity-cycle-release-'));
  cpSync(DIST, folder, { recursive: true });
  return folder;
}

/** The release build published again, with another content file, into a new folder: what the
 * editor's Download the site gives (the build's own code, run by `prerender --republish`). */
export function republished(contentFile) {
  const folder = mkdtempSync(join(tmpdir(), 'adversity-cycle-site-'));
  execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', '--content', contentFile, '--republish', DIST, folder], { cwd: ROOT, stdio: 'pipe' });
  return folder;
}

/** The files of a zip archive of stored (not compressed) files, as the editor makes them, by
 * name; every file's checksum is checked. */
export function unzip(archive) {
  const files = {};
  const end = archive.length - 22;
  if (archive.readUInt32LE(end) !== 0x06054b50) throw new Error('not a zip archive');
  let at = archive.readUInt32LE(end + 16);
  for (let i = 0; i < archive.readUInt16LE(end + 10); i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50 || archive.readUInt16LE(at + 10) !== 0) throw new Error('not a stored file');
    const [crc, size, nameLength] = [archive.readUInt32LE(at + 16), archive.readUInt32LE(at + 24), archive.readUInt16LE(at + 28)];
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = archive.readUInt32LE(at + 42);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const bytes = archive.subarray(start, start + size);
    if (crc32(bytes) !== crc) throw new Error(`${name} is damaged`);
    files[name] = Buffer.from(bytes);
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return files;
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Where the ring's stages sit against the drawing: the styles place the buttons
 * (styles/cycle.css), the build draws the ring and its arrows (src/model/geometry.rs). For each
 * ring stage, its distance from the centre as a share of the drawn ring's radius, and how many
 * degrees it is off the middle of the gap between the arrows either side of it. */
export async function ringPlacement(page) {
  return page.locator('.cycle').evaluate((cycle) => {
    const svg = cycle.querySelector('svg.cycle-drawing');
    const ctm = svg.getScreenCTM();
    const onScreen = (x, y) => new DOMPoint(x, y).matrixTransform(ctm);
    const ring = svg.querySelector('.ring-track');
    const centre = onScreen(ring.cx.baseVal.value, ring.cy.baseVal.value);
    const radius = ring.r.baseVal.value * ctm.a;
    const angleOf = (p) => (Math.atan2(p.x - centre.x, centre.y - p.y) * 180) / Math.PI;
    // Each arrow runs from the start of its shaft to the tip of its head.
    const ends = [...svg.querySelectorAll('.arrow')].map((arrow) => {
      const start = arrow.querySelector('.arrow-shaft').getPointAtLength(0);
      const tip = arrow.querySelector('.arrow-head').points.getItem(0);
      return { start: angleOf(onScreen(start.x, start.y)), end: angleOf(onScreen(tip.x, tip.y)) };
    });
    const tabs = [...cycle.querySelectorAll('.stage-tab:not(.hub-tab)')];
    const turn = (degrees) => ((((degrees + 180) % 360) + 360) % 360) - 180;
    return tabs.map((tab, i) => {
      const box = tab.getBoundingClientRect();
      const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      const into = ends[(i + tabs.length - 1) % tabs.length].end;
      const gap = into + turn(ends[i].start - into) / 2;
      return { distance: Math.hypot(at.x - centre.x, at.y - centre.y) / radius, off: Math.abs(turn(angleOf(at) - gap)) };
    });
  });
}

/** Expects each ring stage on the drawn ring, between the arrows that lead to and from it. */
export async function expectStagesOnTheDrawnRing(page, count) {
  const placement = await ringPlacement(page);
  expect(placement).toHaveLength(count);
  for (const [i, { distance, off }] of placement.entries()) {
    expect(distance, `stage ${i + 1} on the ring`).toBeCloseTo(1, 1);
    expect(off, `stage ${i + 1} between its arrows (degrees)`).toBeLessThan(1);
  }
}
