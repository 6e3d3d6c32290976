// Safe to embed, private by construction, and readable whatever fails: the strict
// Content-Security-Policy, requests that never leave the app's origin, and the page without
// WebAssembly or without JavaScript.
import { test, expect } from '@playwright/test';
import { PORT } from './playwright.config.mjs';
import { openExplorer, stageIds, expectSection, watchForProblems, watchForViolations, visibleSections } from './helpers.mjs';

const ORIGIN = `http://127.0.0.1:${PORT}`;

test.describe('the Content-Security-Policy', () => {
  test('is sent with the page, and nothing violates it in any mode', async ({ page }) => {
    await watchForViolations(page);
    const response = await page.goto('/');
    expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    for (const path of ['/', '/#survival-mode', '/?mode=present#ways-of-coping', '/?embed#babys-world', '/?mode=speaker#survival-mode/openers']) {
      await openExplorer(page, path);
      await page.keyboard.press('ArrowRight');
      if (path.includes('present')) {
        await page.keyboard.press('?');
        await page.keyboard.press('Escape');
      }
      expect(await page.evaluate(() => window.violations), `violations at ${path}`).toEqual([]);
    }
    await openExplorer(page, '/');
    await page.locator('.share-button').click();
    await expect(page.locator('dialog.share-dialog')).toBeVisible();
    expect(await page.evaluate(() => window.violations)).toEqual([]);
  });
});

test.describe('privacy', () => {
  test('every request in a whole session goes to the app\'s own origin', async ({ page, context }) => {
    const elsewhere = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
    });
    await openExplorer(page, '/');
    for (const id of await stageIds(page)) {
      await page.locator(`#tab-${id}`).click();
      await page.locator(`#note-${id}`).fill(`A note on ${id}.`);
    }
    for (const link of ['Get support', 'Looking after yourself', 'About this diagram']) {
      await page.locator('.site-nav a', { hasText: link }).click();
    }
    await page.getByRole('radio', { name: 'Parents' }).check();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my notes' }).click()]);
    await page.emulateMedia({ media: 'print' });
    await page.pdf();
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.share-button').click();
    await page.keyboard.press('Escape');
    await page.locator('.present-button').click();
    for (const key of ['ArrowRight', 'ArrowRight', 'o', 'o', 'b', 'b', 'End']) await page.keyboard.press(key);
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.locator('html')).toHaveAttribute('data-live', '');
    await openExplorer(page, '/?embed#survival-mode');
    expect(elsewhere).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('links to other sites open safely and say they leave the explorer', async ({ page }) => {
    await openExplorer(page, '/#about-this-diagram');
    const external = page.locator('#panel a[href^="https:"]');
    expect(await external.count()).toBeGreaterThan(10);
    for (const link of await external.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toContainText('opens another website');
    }
  });
});

test.describe('when the interactive version cannot start', () => {
  test('a blocked WebAssembly download leaves the content readable, with a note', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/#survival-mode');
    await expect(page.locator('#startup-note')).toBeVisible();
    await expect(page.locator('#startup-note')).toContainText('could not start');
    await expect(page.locator('html')).not.toHaveAttribute('data-live', '');
    // The prerendered page still works as a document: the stage asked for, and links.
    await expect(page.locator('#survival-mode .explanation')).toBeVisible();
    await page.locator('#tab-babys-world').click();
    await expect(page.locator('#babys-world .explanation')).toBeVisible();
    await page.locator('.site-nav a', { hasText: 'Get support' }).click();
    await expect(page.locator('#get-support a[href^="tel:"]').first()).toBeVisible();
  });

  test('the note says what the page does: one section at a time, chosen by its stage', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/');
    // The note is in the page from the start, hidden: wait until the failed start shows it.
    await expect(page.locator('#startup-note')).toBeVisible();
    await expect(page.locator('#startup-note')).toContainText('choose a stage to show it');
    await expect(page.locator('#startup-note')).not.toContainText('one page');
    expect(await visibleSections(page)).toEqual(['introduction']);
    await page.locator('#tab-ways-of-coping').click();
    await expect.poll(() => visibleSections(page)).toEqual(['ways-of-coping']);
  });

  test('a browser without WebAssembly gets the same', async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto('/');
    await expect(page.locator('#startup-note')).toBeVisible();
    await expect(page.locator('#introduction')).toBeVisible();
  });

  test('a start-up that stops part-way leaves the page readable and says so', async ({ page }) => {
    // The JavaScript glue arrives, but the wasm it fetches is not WebAssembly.
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
    await page.goto('/');
    await expect(page.locator('#startup-note')).toBeVisible();
    await expect(page.locator('.cycle-drawing')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the introduction, the drawing and every stage are on the page, and a link to a stage lands on it', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#introduction')).toBeVisible();
    await expect(page.locator('.cycle-drawing')).toBeVisible();
    const ids = await stageIds(page);
    expect(ids.length).toBe(7);
    for (const id of ids) await expect(page.locator(`#${id} .explanation`)).toBeVisible();
    await expect(page.locator('#get-support')).toBeVisible();
    await expect(page.locator('.present-button')).toBeHidden();
    await expect(page.locator('.notes')).toHaveCount(7);
    await expect(page.locator('.notes').first()).toBeHidden();

    await page.goto('/#becoming-a-parent');
    const box = await page.locator('#becoming-a-parent').boundingBox();
    expect(box.y).toBeLessThan(50);
    expect(box.y).toBeGreaterThan(-5);
  });
});

test.describe('taking over the prerendered page', () => {
  test('the list of stages the app renders is the prerendered one, unchanged, but for the tab stop', async ({ page, request }) => {
    const served = await (await request.get('/')).text();
    const prerendered = served.match(/<div id="cycle-stages"[^>]*>([\s\S]*?)<\/div><\/div><\/section>/)[1];
    await openExplorer(page, '/');
    const live = await page.locator('#cycle-stages').evaluate((list) => list.innerHTML);
    // The app adds only the roving tab stop (WAI-ARIA tabs): one tab in the Tab order.
    const withoutTabStops = live.replace(/ tabindex="(0|-1)"/g, '');
    expect(withoutTabStops).toBe(prerendered);
    expect(live.match(/tabindex="0"/g)).toHaveLength(1);
  });

  test('takes over the prerendered page with no warning and nothing moving', async ({ page }) => {
    const problems = watchForProblems(page);
    await page.addInitScript(() => {
      localStorage.setItem('adversity-cycle.content-note-seen', '1');
      window.shifts = 0;
      const count = (entries) => {
        for (const entry of entries) if (!entry.hadRecentInput) window.shifts += entry.value;
      };
      const observer = new PerformanceObserver((list) => count(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      // Two frames after the call, whatever the app changed has been laid out and painted, and
      // any shift it caused is among the records.
      window.shiftsByNextFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
        count(observer.takeRecords());
        done(window.shifts);
      })));
    });
    for (const path of ['/', '/#survival-mode', '/?lens=children#babys-world']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-startup', 'done');
      expect(await page.evaluate(() => window.shiftsByNextFrames()), `layout shift at ${path}`).toBe(0);
    }
    expect(problems).toEqual([]);
  });
});
