// Embedding on another organisation's website: a host page on one origin (localhost) embeds
// the explorer from another (127.0.0.1), with and without the host script.
import { test, expect } from '@playwright/test';
import { PORT } from './playwright.config.mjs';
import { watchForProblems, expectNoAxeViolations, openExplorer } from './helpers.mjs';

const HOST = `http://localhost:${PORT}/hosts/embed.html`;

/** Opens the host page and waits for the explorer in it to be running and, with the host
 * script, to have shaken hands. Returns the frame. */
async function openHost(page, query = '', { handshake = true } = {}) {
  // (The explorer is a third party here, so the browser may refuse it storage: then it shows
  // its first-visit note every time, which choosing anything puts away.)
  await page.goto(HOST + query);
  const frame = page.frameLocator('iframe[data-adversity-cycle]');
  await expect(frame.locator('html')).toHaveAttribute('data-live', '');
  if (handshake) await expect.poll(() => page.evaluate(() => window.heard.some((h) => h.type === 'adversity-cycle:ready'))).toBe(true);
  return frame;
}

/** The frame element's height, and the height of the explorer's content inside it. */
async function heights(page) {
  const frameHeight = await page.locator('iframe[data-adversity-cycle]').evaluate((f) => f.clientHeight);
  const inner = page.frames().find((f) => f.url().startsWith(`http://127.0.0.1:${PORT}/`));
  const content = await inner.evaluate(() => ({
    body: document.body.getBoundingClientRect().height,
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    overflow: getComputedStyle(document.documentElement).overflowY,
  }));
  return { frameHeight, ...content };
}

async function expectFrameFitsContent(page) {
  await expect
    .poll(async () => {
      const { frameHeight, body } = await heights(page);
      return Math.abs(frameHeight - body);
    }, { message: 'the frame is as tall as the explorer' })
    .toBeLessThanOrEqual(2);
  const { scrolls, overflow } = await heights(page);
  expect(scrolls, 'no scrollbar inside the frame').toBe(false);
  expect(overflow).toBe('hidden');
}

function innerFrame(page) {
  return page.frames().find((f) => f.url().startsWith(`http://127.0.0.1:${PORT}/`));
}

test.describe('with the host script', () => {
  test('the frame fits the explorer after loading and after choosing the longest stage', async ({ page }) => {
    const frame = await openHost(page);
    await expectFrameFitsContent(page);
    const longest = await innerFrame(page).evaluate(() =>
      [...document.querySelectorAll('.stage-section')].sort((a, b) => b.textContent.length - a.textContent.length)[0].id,
    );
    await frame.locator(`#tab-${longest}`).click();
    await expect(frame.locator(`#${longest}`)).toBeVisible();
    await expectFrameFitsContent(page);
    const before = (await heights(page)).frameHeight;
    await frame.locator('.site-nav a', { hasText: 'Get support' }).click();
    await expectFrameFitsContent(page);
    expect((await heights(page)).frameHeight).not.toBe(before);
  });

  test('loading takes no focus and does not scroll the host page, even with a stage in the link', async ({ page }) => {
    const problems = watchForProblems(page);
    const frame = await openHost(page, '?stage=babys-world');
    expect(await page.evaluate(() => document.activeElement.id)).toBe('host-search');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // A first visit: the content note covers the stage asked for, which is shown (and only then
    // selected) once the reader goes on.
    await expect(frame.locator('#content-note')).toBeVisible();
    await expect(frame.locator('[role="tab"][aria-selected="true"]')).toHaveCount(0);
    await frame.locator('#content-note button').click();
    await expect(frame.locator('#tab-babys-world')).toHaveAttribute('aria-selected', 'true');
    await expect(frame.locator('#babys-world')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('select changes the stage, reset goes back, and stagechange arrives for clicks inside', async ({ page }) => {
    const frame = await openHost(page);
    await page.evaluate(() => AdversityCycle.select(document.querySelector('iframe'), 'ways-of-coping'));
    await expect(frame.locator('#tab-ways-of-coping')).toHaveAttribute('aria-selected', 'true');
    await expect(frame.locator('#ways-of-coping')).toBeVisible();
    await page.evaluate(() => AdversityCycle.reset(document.querySelector('iframe')));
    await expect(frame.locator('#introduction')).toBeVisible();
    await frame.locator('#tab-becoming-a-parent').click();
    await expect
      .poll(() => page.evaluate(() => window.heard.filter((h) => h.type === 'adversity-cycle:stagechange').map((h) => h.detail.stage)))
      .toContain('becoming-a-parent');
    const ready = await page.evaluate(() => window.heard.find((h) => h.type === 'adversity-cycle:ready'));
    expect(ready.detail).toEqual({ stage: '' });
  });

  test('malformed, unknown, foreign and oversized messages change nothing and raise no error', async ({ page }) => {
    const problems = watchForProblems(page);
    const frame = await openHost(page);
    await frame.locator('#tab-survival-mode').click();
    await expectFrameFitsContent(page);
    const height = (await heights(page)).frameHeight;
    const inner = innerFrame(page);
    const innerProblems = [];
    inner.page().on('pageerror', (e) => innerProblems.push(e.message));

    await page.evaluate(() => {
      const target = document.querySelector('iframe').contentWindow;
      const app = 'http://127.0.0.1:' + location.port;
      const base = { ns: 'adversity-cycle', v: 1 };
      const messages = [
        'select', 42, null, true, ['select', 'babys-world'], { type: 'select', stage: 'babys-world' },
        { ...base, ns: 'someone-else', type: 'select', stage: 'babys-world' },
        { ...base, v: 2, type: 'select', stage: 'babys-world' },
        { ...base, v: '1', type: 'select', stage: 'babys-world' },
        { ...base, type: 'launch' },
        { ...base, type: 42 },
        { ...base, type: 'select', stage: 'no-such-stage' },
        { ...base, type: 'select', stage: 7 },
        { ...base, type: 'select', stage: { id: 'babys-world' } },
        { ...base, type: 'select', stage: 'babys-world'.repeat(100000) },
        { ...base, type: 'select', stage: '<img src=x onerror=alert(1)>' },
        { ...base, type: 'resized', height: -5 },
        { ...base, type: 'resized', height: 'tall' },
        { ...base, type: 'resized', height: 1e12 },
        { ...base, type: 'resized', height: NaN },
      ];
      for (const message of messages) target.postMessage(message, app);
      // To the host script, pretending to be the explorer, from the host page itself.
      window.postMessage({ ...base, type: 'resize', height: 10 }, '*');
    });
    // From the wrong window: the explorer's own page posting to itself is not its host.
    await inner.evaluate(() => window.postMessage({ ns: 'adversity-cycle', v: 1, type: 'select', stage: 'babys-world' }, '*'));
    await page.waitForTimeout(500);
    await expect(frame.locator('#tab-survival-mode')).toHaveAttribute('aria-selected', 'true');
    expect((await heights(page)).frameHeight).toBe(height);
    expect(problems).toEqual([]);
    expect(innerProblems).toEqual([]);
  });

  test('full screen works from inside the frame, by button and by F', async ({ page }) => {
    const frame = await openHost(page);
    await frame.locator('.fullscreen-button').click();
    await expect.poll(() => innerFrame(page).evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await frame.locator('.fullscreen-button').press('f');
    await expect.poll(() => innerFrame(page).evaluate(() => document.fullscreenElement !== null)).toBe(false);
    // P does nothing inside someone else's page.
    await frame.locator('#tab-survival-mode').press('p');
    await expect(frame.locator('html')).not.toHaveAttribute('data-mode', 'present');
  });

  test('where the host does not allow full screen, the explorer offers a new tab instead', async ({ page }) => {
    const problems = watchForProblems(page);
    const frame = await openHost(page, '?nofullscreen');
    await frame.locator('.fullscreen-button').click();
    const offer = frame.locator('.notice a', { hasText: 'Open the explorer in a new tab' });
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('target', '_blank');
    expect(await offer.getAttribute('href')).not.toContain('embed');
    expect(problems).toEqual([]);
  });
});

test.describe('without the host script', () => {
  test('the explorer works at the frame\'s own height, with its own scrollbar', async ({ page }) => {
    const frame = await openHost(page, '?noscript&height=320', { handshake: false });
    const { frameHeight, scrolls, overflow } = await heights(page);
    expect(frameHeight).toBe(320);
    expect(scrolls).toBe(true);
    expect(overflow).not.toBe('hidden');
    await frame.locator('#tab-adult-relationships').click();
    await expect(frame.locator('#adult-relationships')).toBeVisible();
  });
});

test.describe('sharing', () => {
  test('the Share dialog gives a link to the stage and the embed code, each copied with a button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExplorer(page, '/?lens=parents#survival-mode');
    await page.locator('.share-button').click();
    const dialog = page.locator('dialog.share-dialog');
    await expect(dialog).toBeVisible();
    const link = await dialog.locator('#share-link').inputValue();
    expect(link).toBe(`http://127.0.0.1:${PORT}/?lens=parents#survival-mode`);
    const code = await dialog.locator('#share-embed').inputValue();
    expect(code).toContain(`<iframe src="http://127.0.0.1:${PORT}/?embed#survival-mode" title="The Adversity Cycle"`);
    expect(code).toContain('loading="lazy" allow="fullscreen; clipboard-write"');
    expect(code).toContain(`<script src="http://127.0.0.1:${PORT}/embed.js" async></script>`);
    await expectNoAxeViolations(page, 'with the Share dialog open');
    await dialog.locator('.share-field', { has: page.locator('#share-embed') }).getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.locator('.share-status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.locator('.share-button').click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await page.waitForTimeout(200);
    await expect(dialog).toBeHidden();
  });
});

test.describe('accessibility', () => {
  for (const width of [320, 800]) {
    test(`axe finds no problems in the embedded layout at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await openExplorer(page, '/?embed');
      await expect(page.locator('.site-header .present-button')).toBeHidden();
      await expectNoAxeViolations(page, 'on the introduction');
      await page.locator('#tab-becoming-a-parent').click();
      await expectNoAxeViolations(page, 'on a stage');
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    });
  }
});
