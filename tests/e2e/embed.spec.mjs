// Embedding on another organisation's website: a host page on one origin (localhost) embeds
// the explorer from another (127.0.0.1), with and without the host script.
import { test, expect } from '@playwright/test';
import { PORT, LAUNCH } from './playwright.config.mjs';
import { watchForProblems, expectNoAxeViolations, openExplorer } from './helpers.mjs';

const HOST = `http://localhost:${PORT}/hosts/embed.html`;
const PARTNER = `http://localhost:${PORT}/hosts/partner.html`;

// Scrollbars that take up room, as on Windows and most Linux desktops (headless Chromium hides
// them unless asked): an embedded page must settle with them too.
test.use({ launchOptions: { ...LAUNCH, ignoreDefaultArgs: ['--hide-scrollbars'] } });

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
    // Then a hello, which the explorer answers: once it has, every message before it was read.
    const readies = await page.evaluate(() => window.heard.filter((h) => h.type === 'adversity-cycle:ready').length);
    await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ ns: 'adversity-cycle', v: 1, type: 'hello' }, 'http://127.0.0.1:' + location.port));
    await expect.poll(() => page.evaluate(() => window.heard.filter((h) => h.type === 'adversity-cycle:ready').length)).toBe(readies + 1);
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
  test('the Share dialog gives a link to the stage and the embed code, with the lens, each copied with a button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExplorer(page, '/?lens=parents#survival-mode');
    await page.locator('.share-button').click();
    const dialog = page.locator('dialog.share-dialog');
    await expect(dialog).toBeVisible();
    const link = await dialog.locator('#share-link').inputValue();
    expect(link).toBe(`http://127.0.0.1:${PORT}/?lens=parents#survival-mode`);
    const code = await dialog.locator('#share-embed').inputValue();
    expect(code).toContain(`<iframe src="http://127.0.0.1:${PORT}/?embed&lens=parents#survival-mode" title="The Adversity Cycle"`);
    expect(code).toContain('style="border:0" loading="lazy" allow="fullscreen; clipboard-write"');
    expect(code).toContain(`<p data-adversity-cycle-fallback>If the explorer does not show above, open it on its own: <a href="http://127.0.0.1:${PORT}/?lens=parents#survival-mode" target="_blank" rel="noopener">The Adversity Cycle</a></p>`);
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
    // Once the app has acted on something after the Close, the dialog is still closed.
    await page.locator('#tab-babys-world').click();
    await expect(page).toHaveURL(/#babys-world$/);
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

test.describe("on a partner's page, with scrollbars that take up room", () => {
  /** Opens the partner's page with the explorer in a column of this width, and waits until the
   * host script has sized the frame to the explorer. Returns the frame. */
  async function openPartner(page, query = '') {
    await page.goto(`${PARTNER}${query}`);
    const frame = page.frameLocator('iframe[data-adversity-cycle]');
    await expect(frame.locator('html')).toHaveAttribute('data-live', '');
    if (!query.includes('noscript')) await expect(frame.locator('html')).toHaveAttribute('data-host-sized', '');
    return frame;
  }

  /** Waits for a number of the host page's frames to be drawn: the time a loop needs to show. */
  const frames = (page, count) =>
    page.evaluate((count) => new Promise((done) => {
      let drawn = 0;
      const next = () => (++drawn >= count ? done() : requestAnimationFrame(next));
      requestAnimationFrame(next);
    }), count);

  const resizes = (page) => page.evaluate(() => window.heard.filter((h) => h.type === 'adversity-cycle:resize').length);

  for (const [name, viewport, column] of [
    ['a 553px column', { width: 1280, height: 900 }, 553],
    ['a 700px column', { width: 1280, height: 900 }, 700],
    ['a 753px column', { width: 1280, height: 900 }, 753],
    ['a 1000px column', { width: 1400, height: 900 }, 1000],
    ['a phone', { width: 390, height: 844 }, 360],
  ]) {
    test(`in ${name}, the frame settles at its content's height`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openPartner(page, `?column=${column}`);
      await expectFrameFitsContent(page);
      const settled = await resizes(page);
      // About three seconds of frames: a frame that had not settled would resize in every one.
      await frames(page, 180);
      expect(await resizes(page) - settled, 'resize messages once settled').toBeLessThanOrEqual(2);
      await expectFrameFitsContent(page);
    });
  }

  /** Whether an element of the frame is within the host's window, and whether it has focus. */
  async function inWindowWithFocus(page, frame, selector) {
    const box = await frame.locator(selector).boundingBox();
    const height = page.viewportSize().height;
    const focused = await frame.locator(selector).evaluate((el) => document.activeElement === el);
    return { inWindow: box.y >= 0 && box.y + box.height <= height, focused };
  }

  test('a stage chosen in the drawing, or with "Next", is brought into the window with focus on its heading', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const frame = await openPartner(page, '?column=1000');
    await frame.locator('#content-note button').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await frame.locator('#tab-ways-of-coping').click();
    await expect.poll(() => inWindowWithFocus(page, frame, '#ways-of-coping-heading')).toEqual({ inWindow: true, focused: true });

    // "Next" is at the foot of a long stage: the next stage's heading is far above it.
    const next = frame.locator('#ways-of-coping .stage-route a[rel="next"]');
    await next.scrollIntoViewIfNeeded();
    expect((await inWindowWithFocus(page, frame, '#ways-of-coping-heading')).inWindow).toBe(false);
    await next.click();
    await expect.poll(() => inWindowWithFocus(page, frame, '#adult-relationships-heading')).toEqual({ inWindow: true, focused: true });

    // Enter on the stage already chosen keeps the reader's place: its heading, with focus.
    await page.evaluate(() => window.scrollTo(0, 0));
    await frame.locator('#tab-adult-relationships').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inWindowWithFocus(page, frame, '#adult-relationships-heading')).toEqual({ inWindow: true, focused: true });
  });

  test('without the host script, the frame brings the chosen stage into its own view', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const frame = await openPartner(page, '?column=1000&noscript');
    await frame.locator('#content-note button').click();
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await frame.locator('#tab-babys-world').click();
    const heading = frame.locator('#babys-world-heading');
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    test(`at ${viewport.width}×${viewport.height}, Share opens where the reader is, with Copy and Close in the window`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const frame = await openPartner(page, viewport.width > 500 ? '?column=700' : '?column=360');
      await frame.locator('#content-note button').click();
      await frame.locator('#tab-babys-world').click();
      await expect(frame.locator('#babys-world-heading')).toBeFocused();
      await frame.locator('.share-button').click();
      const dialog = frame.locator('dialog.share-dialog');
      await expect(dialog).toBeVisible();
      for (const name of ['Copy', 'Close']) {
        const button = dialog.getByRole('button', { name }).last();
        await expect.poll(async () => {
          const box = await button.boundingBox();
          return box.y >= 0 && box.y + box.height <= viewport.height;
        }, { message: `${name} is in the window` }).toBe(true);
      }
    });
  }

  test('the fallback line shows until the explorer answers, and stays when its site is down or the script was left out', async ({ page }) => {
    const fallback = page.locator('[data-adversity-cycle-fallback]');
    await openPartner(page, '?column=700');
    await expect(fallback).toBeHidden();

    await openPartner(page, '?column=700&noscript');
    await expect(fallback).toBeVisible();

    await page.goto(`${PARTNER}?column=700&down`);
    await expect(fallback).toBeVisible();
    await expect(fallback.getByRole('link', { name: 'The Adversity Cycle' })).toHaveAttribute('href', 'http://127.0.0.1:9/');
  });

  test('embedded twice, only the first visit shows the note, and storage is used as the browser allows', async ({ page }) => {
    const frame = await openPartner(page, '?column=700');
    await expect(frame.locator('#content-note')).toBeVisible();
    await expect(frame.locator('.storage-note')).toBeHidden();
    await frame.locator('#content-note button').click();
    await frame.locator('#tab-survival-mode').click();
    await expect(frame.locator('#tab-survival-mode .visited-mark')).toBeVisible();

    const again = await openPartner(page, '?column=700');
    await expect(again.locator('#introduction')).toBeVisible();
    await expect(again.locator('#content-note')).toBeHidden();
    await expect(again.locator('.storage-note')).toBeHidden();
    await expect(again.locator('#tab-survival-mode .visited-mark')).toBeVisible();
  });
});
