// Two copies of the explorer on one site, at /a/ and /b/, with another page of the site beside
// them (/other.html): each copy keeps its own notes, offline copy and presentation; the other
// page cannot drive a presentation; a new page never runs with old scripts; the policy holds
// where the host ignores _headers; and the editor is never shown inside another page.
import { test, expect } from '@playwright/test';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openExplorer, watchForProblems, serveFolder, DIST } from './helpers.mjs';

// One server at a time, on ports of these tests' own.
test.describe.configure({ mode: 'serial' });

const PREFIX = 'adversity-cycle.';

/** A site with the release at /a/ and at /b/, its headers at the root (they match any folder),
 * and another page of the same site that frames the editor. */
function twoCopies() {
  const root = mkdtempSync(join(tmpdir(), 'adversity-cycle-two-copies-'));
  for (const folder of ['a', 'b']) cpSync(DIST, join(root, folder), { recursive: true });
  copyFileSync(join(DIST, '_headers'), join(root, '_headers'));
  writeFileSync(
    join(root, 'other.html'),
    '<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Another page of the site</title><h1>Another page</h1><iframe src="/a/edit.html" title="The content editor"></iframe></html>',
  );
  return root;
}

/** Runs `steps` against the site in `root`, served on this spec's port, in a browser context of
 * its own, and tidies both away however it ends. */
async function onTheSite(browser, root, steps, { headers = true } = {}) {
  const server = await serveFolder(root, 8092, { headers });
  const context = await browser.newContext();
  try {
    await steps(server, context);
  } finally {
    await context.close();
    await server.stop();
  }
}

/** Opens a copy and waits until its worker keeps it and serves the page. */
async function openAndKeep(page, url) {
  await openExplorer(page, url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
  });
}

test('a note typed in one copy is not in the other, and a note kept before moves to the first copy opened', async ({ browser }) => {
  await onTheSite(browser, twoCopies(), async (server, context) => {
    // A note an older release kept, under a key with no folder.
    const other = await context.newPage();
    await other.goto(`${server.url}other.html`);
    await other.evaluate((key) => localStorage.setItem(key, 'Kept before folders counted.'), `${PREFIX}note.ways-of-coping`);
    const page = await context.newPage();
    const problems = watchForProblems(page);

    await openExplorer(page, `${server.url}a/#survival-mode`);
    await page.locator('#note-survival-mode').fill('Typed in the first copy.');
    await page.locator('#note-survival-mode').blur();
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `${PREFIX}/a/note.survival-mode`)).toBe('Typed in the first copy.');
    await page.goto(`${server.url}a/#ways-of-coping`);
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('#note-ways-of-coping')).toHaveValue('Kept before folders counted.');

    // The second copy has started, and read every note it keeps: none of the first's.
    await openExplorer(page, `${server.url}b/#survival-mode`);
    await expect(page.locator('html')).toHaveAttribute('data-startup', 'done');
    await expect(page.locator('#note-survival-mode')).toHaveValue('');
    await expect(page.locator('#note-ways-of-coping')).toHaveValue('');
    expect(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}note.ways-of-coping`), 'the old key is gone').toBeNull();
    expect(problems).toEqual([]);
  });
});

test('one copy taking a new release leaves the other working offline', async ({ browser }) => {
  const root = twoCopies();
  // /b/ is a newer release: its worker, on taking over, clears what it no longer needs.
  const worker = join(root, 'b', 'sw.js');
  writeFileSync(worker, readFileSync(worker, 'utf8').replace(/adversity-cycle-([0-9a-f]{16})/, 'adversity-cycle-5ec0d0000000000'));
  await onTheSite(browser, root, async (server, context) => {
    const page = await context.newPage();
    await openAndKeep(page, `${server.url}a/#survival-mode`);
    const other = await context.newPage();
    await openAndKeep(other, `${server.url}b/`);
    // Both kept, each in its own cache.
    await expect.poll(() => page.evaluate(() => caches.keys().then((names) => names.length))).toBe(2);
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('#survival-mode-heading')).toBeVisible();
  });
});

test('a new page and a changed boot script, deployed together, run together on the next online visit', async ({ browser }) => {
  const root = twoCopies();
  await onTheSite(browser, root, async (server, context) => {
    const page = await context.newPage();
    await openAndKeep(page, `${server.url}a/`);
    // The next release: a new page, and a boot script that marks the page as it starts.
    const boot = join(root, 'a', 'boot.js');
    writeFileSync(boot, `document.documentElement.setAttribute('data-next-release', '');\n${readFileSync(boot, 'utf8')}`);
    const index = join(root, 'a', 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<title>Next release: '));
    await page.reload();
    await expect(page).toHaveTitle(/^Next release: /);
    await expect(page.locator('html')).toHaveAttribute('data-next-release', '');
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
  });
});

test('a message on the presentation channel from another page of the site moves nothing', async ({ browser }) => {
  await onTheSite(browser, twoCopies(), async (server, context) => {
    const room = await context.newPage();
    await openExplorer(room, `${server.url}a/?mode=present#survival-mode`);
    const [speaker] = await Promise.all([context.waitForEvent('page'), room.keyboard.press('s')]);
    await expect(speaker.locator('html')).toHaveAttribute('data-live', '');
    await expect(speaker).toHaveURL(/[?&]pair=\w+/);

    // The other page knows the channel's name, and says: blank the room, go to the end.
    const other = await context.newPage();
    await other.goto(`${server.url}other.html`);
    await other.evaluate(() => {
      const message = { ns: 'adversity-cycle', v: 3, type: 'at', step: 'end', overview: false, blank: true, seq: 1e9, from: 1 };
      new BroadcastChannel('adversity-cycle-presentation/a/').postMessage(message);
      new BroadcastChannel('adversity-cycle-presentation/a/').postMessage({ ...message, pair: 'guessed' });
    });
    // Then the paired speaker view moves on: once the room has followed it, it has heard
    // everything sent before.
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => room.evaluate(() => location.hash)).toBe('#survival-mode/openers');
    await expect(room.locator('.blank-screen')).toBeHidden();
  });
});

test('where the host sends no policy, the pages still keep to their own', async ({ browser }) => {
  await onTheSite(browser, twoCopies(), async (server, context) => {
    const page = await context.newPage();
    for (const path of ['a/', 'a/edit.html']) {
      await page.goto(`${server.url}${path}`);
      const outcome = await page.evaluate(
        () =>
          new Promise((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) => resolve({ directive: event.violatedDirective, ran: window.injected === true }), { once: true });
            const script = document.createElement('script');
            script.textContent = 'window.injected = true;';
            document.body.append(script);
          }),
      );
      expect(outcome, `the meta policy at /${path}`).toEqual({ directive: 'script-src-elem', ran: false });
    }
    // Framed by another page of the site, the editor does not start, and says so.
    await page.goto(`${server.url}other.html`);
    const editor = page.frameLocator('iframe');
    await expect(editor.locator('#startup-note')).toBeVisible();
    await expect(editor.locator('#startup-note')).toContainText(/./);
  }, { headers: false });
});

test('with the headers, the editor refuses to be framed at all', async ({ browser }) => {
  await onTheSite(browser, twoCopies(), async (server, context) => {
    const page = await context.newPage();
    const headers = (await page.request.get(`${server.url}a/edit.html`)).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.goto(`${server.url}other.html`);
    // The browser shows its own error page in the frame instead of the editor.
    await expect.poll(() => page.frames().find((frame) => frame !== page.mainFrame())?.url()).toMatch(/^chrome-error:/);
    // The explorer itself may still be embedded.
    expect((await page.request.get(`${server.url}a/`)).headers()['content-security-policy']).toContain('frame-ancestors *');
  });
});
