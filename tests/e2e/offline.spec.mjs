// Working offline once opened, new releases without surprise reloads, and installing on a
// home screen. These tests run their own server for the release build, so that "offline" is
// real: the server is stopped, and the browser is told it is offline too.
import { test, expect, chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchForProblems, watchForViolations, expectSection, openExplorer, serveFolder, copyOfRelease, DIST } from './helpers.mjs';

// One release server at a time, on ports of these tests' own.
test.describe.configure({ mode: 'serial' });

/** Opens the explorer and waits until its worker has kept the release and serves the page. */
async function openAndKeep(page, url) {
  await openExplorer(page, url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
  });
}

/** A copy of the release build as a second release: a changed page, and a worker of its own. */
function secondRelease() {
  const folder = copyOfRelease();
  const index = join(folder, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('How childhood adversity can echo through a life', 'How childhood adversity can echo through a life (second release)'));
  const worker = join(folder, 'sw.js');
  writeFileSync(worker, readFileSync(worker, 'utf8').replace(/adversity-cycle-([0-9a-f]{16})/, 'adversity-cycle-5ec0d0000000000'));
  return folder;
}

test('once opened, the explorer reloads, presents, opens the speaker view, keeps notes and prints with no network', async ({ browser }) => {
  const server = await serveFolder(DIST, 8093);
  const context = await browser.newContext();
  await watchForViolations(context);
  const page = await context.newPage();
  const problems = watchForProblems(page);
  try {
    await openAndKeep(page, `${server.url}#survival-mode`);
    await server.stop();
    await context.setOffline(true);

    await page.goto(`${server.url}#babys-world`);
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expectSection(page, 'babys-world');
    await page.locator('#note-babys-world').fill('Written with no signal.');
    await page.locator('#note-babys-world').blur();
    await page.reload();
    await expect(page.locator('#note-babys-world')).toHaveValue('Written with no signal.');

    await page.goto(`${server.url}?mode=present#ways-of-coping`);
    // Only once the app is live does it hear keys (the boot script marks the mode before it).
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
    await expect(page.locator('.presenter-controls')).toBeVisible();
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.locator('html')).toHaveAttribute('data-live', '');
    await expect(speaker.locator('html')).toHaveAttribute('data-mode', 'speaker');
    await page.keyboard.press('ArrowRight');
    await expect(speaker.locator('[data-slot="speaker-now"]')).toContainText('Finding ways to cope: openers with parents');

    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#survival-mode .explanation')).toBeVisible();
    expect((await page.pdf()).length).toBeGreaterThan(10_000);

    for (const p of [page, speaker]) expect(await p.evaluate(() => window.violations)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('a new release: an online visit gets it, an open page says so quietly and never reloads, and the old cache goes', async ({ browser }) => {
  test.setTimeout(120_000);
  const second = secondRelease();
  let server = await serveFolder(DIST, 8094);
  const context = await browser.newContext();
  try {
    const open = await context.newPage();
    const problems = watchForProblems(open);
    await openAndKeep(open, server.url);
    const presenting = await context.newPage();
    await openExplorer(presenting, `${server.url}?mode=present`);
    await open.evaluate(() => { window.sinceLoad = 'still here'; });
    const firstCaches = await open.evaluate(() => caches.keys());
    expect(firstCaches).toHaveLength(1);

    // The second release is deployed at the same address.
    await server.stop();
    server = await serveFolder(second, 8094);
    const visitor = await context.newPage();
    await openExplorer(visitor, server.url);
    await expect(visitor.locator('#introduction-heading')).toContainText('second release');

    // The browser installs the new worker in the background; here that takes a few seconds.
    const notice = open.locator('[data-notice="update-ready"]');
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice).toContainText('A new version of the explorer is ready');
    await expect(presenting.locator('[data-notice="update-ready"]')).toBeHidden();
    expect(await open.evaluate(() => window.sinceLoad), 'the open page did not reload by itself').toBe('still here');
    await expect(open.locator('#introduction-heading')).not.toContainText('second release');

    // The reader chooses it: the new release takes over, and the old one's cache is gone.
    await Promise.all([open.waitForEvent('load'), notice.getByRole('button', { name: 'Use the new version' }).click()]);
    await expect(open.locator('#introduction-heading')).toContainText('second release');
    await expect.poll(() => open.evaluate(() => caches.keys())).toEqual([expect.not.stringMatching(firstCaches[0])]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
    rmSync(second, { recursive: true, force: true });
  }
});

test('it can be installed on a home screen: a manifest with its icon, and no installability errors', async ({ browserName, baseURL }, testInfo) => {
  // Test browsers open private windows, where nothing installs: this one has a profile.
  const profile = mkdtempSync(join(tmpdir(), 'adversity-cycle-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await openExplorer(page, '/');
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ name: 'The Adversity Cycle', short_name: 'Adversity Cycle', start_url: './', scope: './', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    const icon = await page.request.get(`/${manifest.icons[0].src}`);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
    const cdp = await context.newCDPSession(page);
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 15_000 }).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('embedded in another website, or where the browser refuses a worker, nothing is registered and nothing breaks', async ({ page, context }) => {
  const problems = watchForProblems(page);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('http://localhost:8091/hosts/embed.html');
  // Start-up is over once offline use would have been registered.
  await expect(page.frameLocator('iframe').locator('html')).toHaveAttribute('data-startup', 'done');
  expect(requested).not.toContain('/offline.js');
  expect(requested).not.toContain('/sw.js');
  expect(problems).toEqual([]);

  const refused = await context.newPage();
  const refusedProblems = watchForProblems(refused);
  await refused.addInitScript(() => {
    navigator.serviceWorker.register = () => Promise.reject(new DOMException('Refused.', 'SecurityError'));
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('Refused.', 'SecurityError'); } });
  });
  await refused.goto('/#survival-mode');
  await expect(refused.locator('html')).toHaveAttribute('data-live', '');
  await refused.locator('#content-note button').click();
  await expectSection(refused, 'survival-mode');
  await refused.locator('#tab-babys-world').click();
  await expectSection(refused, 'babys-world');
  expect(refusedProblems).toEqual([]);
});
