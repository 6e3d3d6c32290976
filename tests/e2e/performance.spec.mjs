// The deterministic side of performance: what the first load weighs against the budget the
// benchmark prints, what is fetched before the page has loaded, and Lighthouse's accessibility,
// best-practice and SEO audits. Timings live in the benchmark (bench.mjs), not here. Layout
// stability and a warning-free takeover are checked in resilience.spec.mjs.
import { test, expect } from '@playwright/test';
import { PORT } from './playwright.config.mjs';
import { sizes, firstLoadGzip, BUDGET_GZIP } from './bench.mjs';
import { runLighthouse } from './lighthouse.mjs';

test('the first load stays within the budget the benchmark prints', async () => {
  const files = await sizes();
  expect(firstLoadGzip(files)).toBeLessThanOrEqual(BUDGET_GZIP);
  const first = files.filter((f) => f.firstLoad).map((f) => f.name);
  expect(first.filter((name) => name.endsWith('.css') && !name.startsWith('print'))).toHaveLength(1);
  for (const name of ['noscript.css', 'embed.js']) expect(first).not.toContain(name);
});

test('before the page has loaded it fetches only itself, its stylesheets and the boot script; the app and offline use come after and never hold up a paint', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('adversity-cycle.content-note-seen', '1'));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  // The last file fetched is the one that sets up working offline, once the app runs.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/offline.js')))).toBe(true);
  const { loaded, fetched } = await page.evaluate(() => ({
    loaded: performance.getEntriesByType('navigation')[0].loadEventEnd,
    fetched: performance.getEntriesByType('resource').map((r) => ({ name: new URL(r.name).pathname.slice(1), start: r.startTime, blocking: r.renderBlockingStatus })),
  }));
  // Measured against the load event, not the first paint's time: that is when the frame reached
  // the screen, which on a loaded machine comes later than the page saw it painted.
  const before = fetched.filter((r) => r.start < loaded).map((r) => r.name);
  for (const name of before) expect(name, `${name} was fetched before the page had loaded`).toMatch(/^(screen-[0-9a-f]+\.css|print-[0-9a-f]+\.css|boot\.js)$/);
  const app = fetched.filter((r) => /\.(wasm|js)$/.test(r.name) && r.name !== 'boot.js');
  expect(app.map((r) => r.name).sort()).toEqual([expect.stringMatching(/^adversity-cycle-.*\.js$/), expect.stringMatching(/^adversity-cycle-.*_bg\.wasm$/), 'offline.js']);
  for (const r of app) {
    expect(r.start, `${r.name} is fetched after the page has loaded`).toBeGreaterThan(loaded);
    expect(r.blocking, `${r.name} never holds up a paint`).toBe('non-blocking');
  }
  // Working offline is set up once the app runs, never competing with it.
  const started = (name) => app.find((r) => r.name.endsWith(name)).start;
  expect(started('offline.js')).toBeGreaterThan(started('_bg.wasm'));
  expect(await page.locator('link[rel="preload"], link[rel="modulepreload"]').count()).toBe(0);
});

test('Lighthouse (mobile) scores accessibility, best practices and SEO at 100', async () => {
  test.setTimeout(120_000);
  const { scores, failing } = await runLighthouse(`http://127.0.0.1:${PORT}/`);
  expect({ accessibility: scores.accessibility, 'best-practices': scores['best-practices'], seo: scores.seo }, `failing: ${failing}`).toEqual({
    accessibility: 100,
    'best-practices': 100,
    seo: 100,
  });
});
