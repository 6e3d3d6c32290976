// Exploring the cycle: choosing stages by pointer and keyboard, links, the address bar, and
// accessibility, in real Chromium against the release build.
import { test, expect } from '@playwright/test';
import { openExplorer, stageIds, expectSection, expectStagesOnTheDrawnRing, watchForProblems, expectNoAxeViolations } from './helpers.mjs';

test.describe('choosing a stage', () => {
  test('clicking each stage reveals its own explanation and openers', async ({ page }) => {
    const problems = watchForProblems(page);
    await openExplorer(page);
    const ids = await stageIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      const tab = page.locator(`#tab-${id}`);
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expectSection(page, id);
      const section = page.locator(`#${id}`);
      await expect(section.locator('h2')).toBeVisible();
      await expect(section.locator('.explanation p').first()).toBeVisible();
      for (const group of ['.for-parents', '.for-children']) {
        const openers = section.locator(`.openers-group${group} li`);
        expect(await openers.count()).toBeGreaterThanOrEqual(2);
        await expect(openers.first()).toBeVisible();
      }
      await expect(page.locator('[role="tab"][aria-selected="true"]')).toHaveCount(1);
      await expect(page.locator('#panel')).toHaveAttribute('role', 'tabpanel');
      await expect(page.locator('#panel')).toHaveAttribute('aria-labelledby', `tab-${id}`);
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
    }
    expect(problems).toEqual([]);
  });

  test('each stage sits on the drawn ring, between the arrows that lead to and from it, at any width', async ({ page }) => {
    await openExplorer(page);
    const ring = await page.locator('.stage-tab:not(.hub-tab)').count();
    for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      await expectStagesOnTheDrawnRing(page, ring);
    }
  });

  test('each stage shows what that stage is about', async ({ page }) => {
    await openExplorer(page);
    await page.locator('#tab-survival-mode').click();
    await expect(page.locator('#survival-mode')).toContainText('fight, run away or freeze');
    await page.locator('#tab-breaking-the-cycle').click();
    await expect(page.locator('#breaking-the-cycle')).toContainText('regulate, relate, reason');
    await expect(page.locator('#survival-mode')).toBeHidden();
  });

  test('the introduction shows until a stage is chosen', async ({ page }) => {
    await openExplorer(page);
    await expectSection(page, 'introduction');
    await expect(page.locator('#panel')).not.toHaveAttribute('role', 'tabpanel');
    await expect(page.locator('[role="tab"][aria-selected="true"]')).toHaveCount(0);
  });
});

test.describe('keyboard', () => {
  test('Tab enters the list at the selected stage, arrows move round the cycle and wrap', async ({ page }) => {
    await openExplorer(page, '/#ways-of-coping');
    const ids = await stageIds(page);
    const last = ids[ids.length - 1];
    // Only one tab is in the Tab order: the selected one.
    await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('#tab-ways-of-coping')).toHaveAttribute('tabindex', '0');
    await page.locator('.present-button').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('#tab-ways-of-coping')).toBeFocused();

    const at = ids.indexOf('ways-of-coping');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`#tab-${ids[at + 1]}`)).toBeFocused();
    await expect(page.locator(`#tab-${ids[at + 1]}`)).toHaveAttribute('aria-selected', 'true');
    await expectSection(page, ids[at + 1]);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`#tab-${ids[at + 2]}`)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#tab-ways-of-coping')).toBeFocused();

    await page.keyboard.press('End');
    await expect(page.locator(`#tab-${last}`)).toBeFocused();
    await expectSection(page, last);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`#tab-${ids[0]}`)).toBeFocused();
    await expect(page.locator(`#tab-${ids[0]}`)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(`#tab-${last}`)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(page.locator(`#tab-${ids[0]}`)).toBeFocused();
    await expectSection(page, ids[0]);
    await expect(page.locator(`#tab-${ids[0]}`)).toHaveAttribute('tabindex', '0');
    await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
  });

  test('Enter on a focused stage selects it and takes the reader to its heading; focus looks different from selection', async ({ page }) => {
    await openExplorer(page);
    await page.locator('#tab-growing-up-with-adversity').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#tab-growing-up-with-adversity')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#growing-up-with-adversity-heading')).toBeFocused();
    const outline = (id) => page.locator(id).evaluate((el) => getComputedStyle(el).outlineStyle);
    // Selected, not focused: no focus ring.
    expect(await outline('#tab-growing-up-with-adversity')).toBe('none');
    // Back to the list with Shift+Tab and Tab: the selected stage, focused, has the ring.
    await page.locator('.present-button').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('#tab-growing-up-with-adversity')).toBeFocused();
    expect(await outline('#tab-growing-up-with-adversity')).not.toBe('none');
  });
});

test.describe('the address bar', () => {
  test('a link to each stage opens that stage', async ({ page }) => {
    await openExplorer(page);
    const ids = await stageIds(page);
    for (const id of ids) {
      await openExplorer(page, `/?visit=${id}#${id}`);
      await expectSection(page, id);
      await expect(page.locator(`#tab-${id}`)).toHaveAttribute('aria-selected', 'true');
    }
  });

  test('an unknown stage shows the introduction without any error', async ({ page }) => {
    const problems = watchForProblems(page);
    await openExplorer(page, '/#no-such-stage');
    await expectSection(page, 'introduction');
    await expect(page.locator('[role="tab"][aria-selected="true"]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('reload keeps the stage, and Back returns to the previous one', async ({ page }) => {
    await openExplorer(page);
    await page.locator('#tab-survival-mode').click();
    await page.locator('#tab-becoming-a-parent').click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expectSection(page, 'becoming-a-parent');
    await page.goBack();
    await expect(page.locator('#tab-survival-mode')).toHaveAttribute('aria-selected', 'true');
    await expectSection(page, 'survival-mode');
    await page.goBack();
    await expectSection(page, 'introduction');
  });

  test('editing the hash by hand follows it', async ({ page }) => {
    await openExplorer(page);
    await page.evaluate(() => {
      location.hash = '#babys-world';
    });
    await expect(page.locator('#tab-babys-world')).toHaveAttribute('aria-selected', 'true');
    await expectSection(page, 'babys-world');
  });
});

test.describe('support', () => {
  test('Get support is in the same place on every screen and lists helplines to call', async ({ page }) => {
    await openExplorer(page);
    const link = page.locator('.support-link');
    const where = await link.boundingBox();
    await page.locator('#tab-adult-relationships').click();
    expect(await link.boundingBox()).toEqual(where);
    await link.click();
    await expectSection(page, 'get-support');
    await expect(page.locator('#get-support-heading')).toBeFocused();
    await expect(page).toHaveURL(/#get-support$/);
    const phones = page.locator('#get-support a[href^="tel:"]');
    expect(await phones.count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('#get-support a[href="tel:08082000247"]')).toBeVisible();
  });
});

test.describe('accessibility', () => {
  for (const [width, height] of [
    [320, 640],
    [1280, 800],
  ]) {
    test(`axe finds no WCAG 2.2 AA problems on the introduction and every stage at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openExplorer(page);
      await expectNoAxeViolations(page, 'on the introduction');
      for (const id of await stageIds(page)) {
        await page.locator(`#tab-${id}`).click();
        await expectNoAxeViolations(page, `on ${id}`);
      }
    });
  }

  test('the page reflows at 320px without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openExplorer(page, '/#adult-relationships');
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
  });

  test('every stage is a target of at least 24 by 24 pixels', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openExplorer(page);
    for (const box of await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().toJSON()))) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });
});
