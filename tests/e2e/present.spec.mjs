// Presenting in a webinar or a room: the projector layout, every key a trainer or a clicker
// sends, and the speaker view kept in step with the audience window.
import { test, expect } from '@playwright/test';
import { openExplorer, stageIds, expectSection, watchForProblems, expectNoAxeViolations } from './helpers.mjs';

const present = (hash = '') => `/?mode=present${hash}`;

/** Where the presentation is: the address's hash (without '#'), '' for the introduction. */
async function step(page) {
  return page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
}

/** Waits for the presentation to reach a step (the app updates the address just after). */
async function expectStep(page, expected, message) {
  await expect.poll(() => step(page), { message }).toBe(expected);
}

/** All the steps, in order, as hashes. */
async function allSteps(page) {
  const ids = await stageIds(page);
  return ['', ...ids.flatMap((id) => [id, `${id}/openers`, `${id}/children`, `${id}/resources`]), 'end'];
}

/** Nothing scrolls: not the page, and not the panel inside it. */
async function expectNoScrolling(page, where) {
  const sizes = await page.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('.main');
    return {
      page: [root.scrollWidth, root.scrollHeight, innerWidth, innerHeight],
      panel: [main.scrollHeight, main.clientHeight],
    };
  });
  expect(sizes.page, `page scroll size at ${where}`).toEqual([sizes.page[2], sizes.page[3], sizes.page[2], sizes.page[3]]);
  expect(sizes.panel[0], `panel overflows at ${where}`).toBeLessThanOrEqual(sizes.panel[1] + 1);
}

test.describe('the projector layout', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    test(`nothing scrolls on any step at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openExplorer(page, present());
      const steps = await allSteps(page);
      for (const expected of steps) {
        await expectStep(page, expected);
        await expectNoScrolling(page, expected || 'the introduction');
        await page.keyboard.press('ArrowRight');
      }
      await expectStep(page, 'end');
    });
  }

  test('body text is at least 28px at 1920×1080, and the page header is hidden', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openExplorer(page, present('#survival-mode'));
    const size = await page.locator('#survival-mode .explanation p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await expect(page.locator('.site-title')).toBeHidden();
    await expect(page.locator('.support-link')).toBeVisible();
    await expect(page.locator('.presenter-controls')).toBeVisible();
  });

  test('each stage step shows one part: the explanation, the openers with parents, with children, then the resources', async ({ page }) => {
    await openExplorer(page, present('#ways-of-coping'));
    const section = page.locator('#ways-of-coping');
    await expect(section.locator('.explanation')).toBeVisible();
    await expect(section.locator('.openers')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(section.locator('.openers-group.for-parents')).toBeVisible();
    await expect(section.locator('.openers-group.for-children')).toBeHidden();
    await expect(section.locator('.explanation')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(section.locator('.openers-group.for-children')).toBeVisible();
    await expect(section.locator('.talking-with-children')).toBeVisible();
    await expect(section.locator('.openers-group.for-parents')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(section.locator('.resources')).toBeVisible();
    await expect(section.locator('.openers')).toBeHidden();
  });

  test('the current stage is picked out and the others step back', async ({ page }) => {
    await openExplorer(page, present('#survival-mode'));
    const look = (id) => page.locator(`#tab-${id}`).evaluate((t) => getComputedStyle(t).transform + getComputedStyle(t).borderColor);
    expect(await look('survival-mode')).not.toBe(await look('ways-of-coping'));
    await expect(page.locator('#tab-survival-mode')).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('keys', () => {
  test('every next and previous key moves one step', async ({ page }) => {
    await openExplorer(page, present());
    const steps = await allSteps(page);
    let at = 0;
    for (const key of ['ArrowRight', 'PageDown', 'Space', 'Enter', 'n', 'N', 'ArrowDown']) {
      await page.keyboard.press(key);
      at += 1;
      await expectStep(page, steps[at], `after ${key}`);
    }
    for (const key of ['ArrowLeft', 'PageUp', 'Backspace', 'ArrowUp']) {
      await page.keyboard.press(key);
      at -= 1;
      await expectStep(page, steps[at], `after ${key}`);
    }
  });

  test('Home and End go to the first and last step, and number keys to a stage', async ({ page }) => {
    await openExplorer(page, present('#survival-mode'));
    const ids = await stageIds(page);
    await page.keyboard.press('End');
    await expectStep(page, 'end');
    await expectSection(page, 'get-support');
    await page.keyboard.press('Home');
    await expectStep(page, '');
    await expectSection(page, 'introduction');
    for (const number of [3, 1, 7]) {
      await page.keyboard.press(String(number));
      await expectStep(page, ids[number - 1], `after ${number}`);
    }
    await page.keyboard.press('9');
    await expectStep(page, ids[6], 'a number with no stage does nothing');
  });

  test('O and Escape show the whole cycle and go back', async ({ page }) => {
    await openExplorer(page, present('#babys-world'));
    for (const key of ['o', 'Escape']) {
      await page.keyboard.press(key);
      await expect(page.locator('html')).toHaveAttribute('data-overview', '');
      await expect(page.locator('.main')).toBeHidden();
      await expect(page.locator('[role="tab"][aria-selected="true"]')).toHaveCount(0);
      await expectNoScrolling(page, 'the overview');
      await page.keyboard.press(key);
      await expect(page.locator('html')).not.toHaveAttribute('data-overview', '');
      await expect(page.locator('#tab-babys-world')).toHaveAttribute('aria-selected', 'true');
    }
  });

  test('B and full stop blank the screen and bring it back', async ({ page }) => {
    await openExplorer(page, present('#babys-world'));
    for (const key of ['b', '.', 'B']) {
      await page.keyboard.press(key);
      await expect(page.locator('.blank-screen')).toBeVisible();
      await page.keyboard.press(key);
      await expect(page.locator('.blank-screen')).toBeHidden();
    }
    await page.keyboard.press('b');
    await page.keyboard.press('Escape');
    await expect(page.locator('.blank-screen')).toBeHidden();
  });

  test('F goes full screen and back', async ({ page }) => {
    await openExplorer(page, present());
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test('? lists the keys, and Escape closes the list', async ({ page }) => {
    await openExplorer(page, present());
    await page.keyboard.press('?');
    const help = page.locator('dialog.key-help');
    await expect(help).toBeVisible();
    for (const key of ['Page Down', 'Page Up', 'Space', 'Home', 'End', 'Esc', 'B', 'F', 'S', 'P']) {
      await expect(help.locator('kbd', { hasText: new RegExp(`^${key.replace('.', '\\.')}$`) })).toHaveCount(1);
    }
    await expectNoAxeViolations(page, 'with the list of keys open');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expectStep(page, '', 'Escape closed the list and did nothing else');
    await expect(page.locator('html')).not.toHaveAttribute('data-overview', '');
    await page.keyboard.press('?');
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
    // The dialog's own close event comes after the click: once a key pressed after both has
    // been handled, so have they. The click closed the list and did nothing else.
    await page.keyboard.press('b');
    await expect(page.locator('.blank-screen')).toBeVisible();
    await expect(help).toBeHidden();
    await expect(page.locator('html')).not.toHaveAttribute('data-overview', '');
  });

  test('P starts and stops presenting, as does the Present button, and the address follows', async ({ page }) => {
    await openExplorer(page, '/#survival-mode');
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
    await expect(page).toHaveURL(/\?mode=present#survival-mode$/);
    await page.keyboard.press('P');
    await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'present');
    await expect(page).toHaveURL(/\/#survival-mode$/);
    await page.locator('.present-button').click();
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
    await page.locator('.presenter-controls button', { hasText: 'Stop presenting' }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'present');
  });

  test('the controls on screen do what the keys do', async ({ page }) => {
    await openExplorer(page, present());
    const controls = page.locator('.presenter-controls');
    await controls.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'growing-up-with-adversity');
    await controls.getByRole('button', { name: 'Previous' }).click();
    await expectStep(page, '');
    await controls.getByRole('button', { name: 'Whole cycle' }).click();
    await expect(controls.getByRole('button', { name: 'Whole cycle' })).toHaveAttribute('aria-pressed', 'true');
    await controls.getByRole('button', { name: 'High contrast' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expect(page).toHaveURL(/theme=contrast/);
  });

  test('a reload or a shared link resumes the presentation where it was', async ({ page }) => {
    await openExplorer(page, present('#becoming-a-parent'));
    await page.keyboard.press('ArrowRight');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
    await expectStep(page, 'becoming-a-parent/openers');
    await expect(page.locator('#becoming-a-parent .openers')).toBeVisible();
  });
});

test.describe('the speaker view', () => {
  test('follows the audience window and leads it, both ways', async ({ context }) => {
    const audience = await context.newPage();
    const problems = watchForProblems(audience);
    await openExplorer(audience, present('#growing-up-with-adversity'));
    const [speaker] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('s')]);
    await expect(speaker.locator('html')).toHaveAttribute('data-live', '');
    await expect(speaker.locator('html')).toHaveAttribute('data-mode', 'speaker');
    await expectStep(speaker, 'growing-up-with-adversity');
    await expect(speaker.locator('.speaker-now')).toContainText('Growing up with adversity');
    await expect(speaker.locator('.speaker-next')).toContainText('openers with parents');
    await expect(speaker.locator('#growing-up-with-adversity .speaker-notes p').first()).toBeVisible();
    await expect(speaker.locator('.clock')).toHaveText(/^\d+:\d\d$/);

    await audience.keyboard.press('ArrowRight');
    await expectStep(speaker, 'growing-up-with-adversity/openers');
    await speaker.getByRole('button', { name: 'Next' }).click();
    await expectStep(audience, 'growing-up-with-adversity/children');
    await speaker.keyboard.press('b');
    await expect(audience.locator('.blank-screen')).toBeVisible();
    await speaker.keyboard.press('b');
    await expect(audience.locator('.blank-screen')).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('a reloaded window rejoins at the current step, and closing one leaves the other working', async ({ context }) => {
    const audience = await context.newPage();
    await openExplorer(audience, present('#survival-mode'));
    let speaker = await context.newPage();
    await openExplorer(speaker, '/?mode=speaker#survival-mode');
    await audience.keyboard.press('ArrowRight');
    await expectStep(speaker, 'survival-mode/openers');

    // The speaker view reloads, and carries on in step.
    await speaker.reload();
    await expect(speaker.locator('html')).toHaveAttribute('data-live', '');
    await expectStep(speaker, 'survival-mode/openers');
    await audience.keyboard.press('ArrowRight');
    await expectStep(speaker, 'survival-mode/children');

    // Closed while the room moves on, then opened again from an old link: it joins the room
    // where it is, and does not pull it back.
    await speaker.close();
    for (const step of ['survival-mode/resources', 'ways-of-coping', 'ways-of-coping/openers']) {
      await audience.keyboard.press('ArrowRight');
      await expectStep(audience, step);
    }
    speaker = await context.newPage();
    await openExplorer(speaker, '/?mode=speaker#survival-mode');
    await expectStep(speaker, 'ways-of-coping/openers');
    await expectStep(audience, 'ways-of-coping/openers');

    // The audience window reloads: still at the same step, and still in step.
    await audience.reload();
    await expect(audience.locator('html')).toHaveAttribute('data-live', '');
    await expectStep(audience, 'ways-of-coping/openers');
    await speaker.getByRole('button', { name: 'Next' }).click();
    await expectStep(audience, 'ways-of-coping/children');

    const problems = watchForProblems(audience);
    await speaker.close();
    await audience.keyboard.press('ArrowRight');
    await expectStep(audience, 'ways-of-coping/resources');
    expect(problems).toEqual([]);
  });
});

test.describe('accessibility', () => {
  test('axe finds no problems while presenting, in the overview, in high contrast and in the speaker view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openExplorer(page, present());
    await expectNoAxeViolations(page, 'on the introduction');
    for (const key of ['1', 'ArrowRight', 'ArrowRight', 'End']) {
      await page.keyboard.press(key);
      await expectNoAxeViolations(page, `at ${await step(page)}`);
    }
    await page.keyboard.press('o');
    await expectNoAxeViolations(page, 'in the overview');
    await page.keyboard.press('o');
    await page.getByRole('button', { name: 'High contrast' }).click();
    await page.keyboard.press('2');
    await expectNoAxeViolations(page, 'in high contrast');
    await openExplorer(page, '/?mode=speaker#survival-mode/openers');
    await expectNoAxeViolations(page, 'in the speaker view');
  });
});
