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

/** All the steps, in order, as hashes: the closing pages are those the page's helplines are
 * marked for (with no nation chosen, every nation's). */
async function allSteps(page) {
  const ids = await stageIds(page);
  const closing = await page.evaluate(() => {
    const pages = [...document.querySelectorAll('#get-support [class*="on-end-"]')].flatMap((e) => [...e.classList]);
    return [...new Set(pages.filter((c) => c.startsWith('on-end-')).map((c) => Number(c.slice('on-end-'.length))))].sort((a, b) => a - b);
  });
  expect(closing.length, 'the closing pages of helplines').toBeGreaterThan(0);
  return ['', ...ids.flatMap((id) => [id, `${id}/openers`, `${id}/children`, `${id}/resources`]), 'end', ...closing.map((n) => `end/${n}`)];
}

/** The smallest text on screen a room can see (the trainer's toolbar and decoration aside). */
async function smallestText(page) {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent.trim();
      const element = walker.currentNode.parentElement;
      if (!text || element.closest('.presenter-controls, [aria-hidden="true"], [hidden], dialog:not([open])')) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Read by a screen reader only: a pixel wide, clipped.
      if (box.width <= 1 || box.height <= 1 || box.bottom < 0 || box.top > innerHeight || style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      if (size < smallest.size) smallest = { size, text: text.slice(0, 40) };
    }
    return smallest;
  });
}

/** Where the drawing and the stage's heading are. */
async function layout(page, id) {
  const box = async (locator) => JSON.stringify(await locator.boundingBox());
  return { ring: await box(page.locator('.cycle')), heading: await box(page.locator(`#${id}-heading`)) };
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
    [1024, 768],
    [1280, 720],
    [1920, 1080],
  ]) {
    test(`nothing scrolls on any step at ${width}×${height}, and no text is under 20px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openExplorer(page, present());
      const steps = await allSteps(page);
      for (const expected of steps) {
        await expectStep(page, expected);
        await expectNoScrolling(page, expected || 'the introduction');
        const smallest = await smallestText(page);
        expect(smallest.size, `smallest text at ${expected || 'the introduction'}: "${smallest.text}"`).toBeGreaterThanOrEqual(20);
        await page.keyboard.press('ArrowRight');
      }
      await expectStep(page, steps.at(-1));
    });

    test(`nothing moves between a stage's steps at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openExplorer(page, present('#adult-relationships'));
      const first = await layout(page, 'adult-relationships');
      for (const part of ['openers', 'children', 'resources']) {
        await page.keyboard.press('ArrowRight');
        await expectStep(page, `adult-relationships/${part}`);
        expect(await layout(page, 'adult-relationships'), `at ${part}`).toEqual(first);
      }
    });

    test(`the disclosure panel shows from its heading, clear of the corner links, at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openExplorer(page, present('#adult-relationships/children'));
      await page.locator('#adult-relationships a[href="#responding-to-a-disclosure"]:visible').first().click();
      await expectSection(page, 'responding-to-a-disclosure');
      const heading = await page.locator('#responding-to-a-disclosure-heading').boundingBox();
      const corner = await page.locator('.site-header').boundingBox();
      expect(heading.y, 'the heading is on screen').toBeGreaterThanOrEqual(0);
      const overlaps = heading.x < corner.x + corner.width && corner.x < heading.x + heading.width && heading.y < corner.y + corner.height && corner.y < heading.y + heading.height;
      expect(overlaps, 'the corner links cover the heading').toBe(false);
      const top = await page.locator('.main').evaluate((main) => main.scrollTop);
      expect(top, 'the panel shows from its top').toBe(0);
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
    await expectStep(page, (await allSteps(page)).at(-1));
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

  test('the first Next or Previous after a blank screen only brings the picture back', async ({ page }) => {
    await openExplorer(page, present('#babys-world/openers'));
    for (const [key, then] of [['PageDown', 'babys-world/children'], ['PageUp', 'babys-world/openers']]) {
      const count = await page.locator('.presenter-controls .step-count').textContent();
      await page.keyboard.press('b');
      await expect(page.locator('.blank-screen')).toBeVisible();
      await page.keyboard.press(key);
      await expect(page.locator('.blank-screen')).toBeHidden();
      // The counter changes in the same update as the blank screen: it has had its chance.
      expect(await page.locator('.presenter-controls .step-count').textContent(), `${key} only brought the picture back`).toBe(count);
      await page.keyboard.press(key);
      await expectStep(page, then, `the second ${key} moves`);
    }
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
    await expect(help).toBeVisible();
    await page.keyboard.press('?');
    await expect(help).toBeHidden();
    await expectStep(page, '', '? closed the list and did nothing else');
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

  test('a clicker key closes the list of keys and does what it does', async ({ page }) => {
    await openExplorer(page, present());
    await page.keyboard.press('?');
    await expect(page.locator('dialog.key-help')).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.locator('dialog.key-help')).toBeHidden();
    await expectStep(page, 'growing-up-with-adversity');
  });

  test('after a click on a button, Space and Enter go on with the presentation', async ({ page }) => {
    await openExplorer(page, present('#survival-mode'));
    const contrast = page.locator('.presenter-controls').getByRole('button', { name: 'High contrast' });
    await contrast.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await page.keyboard.press('Space');
    await expectStep(page, 'survival-mode/openers');
    await page.keyboard.press('Enter');
    await expectStep(page, 'survival-mode/children');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    // Reached with Tab, a button still does what it says.
    await page.locator('.presenter-controls').getByRole('button', { name: 'Whole cycle' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-overview', '');
  });

  test('Get support and the disclosure panel show over the step, and the place is kept', async ({ page }) => {
    await openExplorer(page, present('#adult-relationships/children'));
    const count = await page.locator('.presenter-controls .step-count').textContent();
    for (const back of ['Escape', 'PageUp']) {
      await page.locator('.support-link').click();
      await expectSection(page, 'get-support');
      await expect(page.locator('.presenter-controls .step-count')).toHaveText(count);
      await page.keyboard.press(back);
      await expectStep(page, 'adult-relationships/children', `${back} returns to the step`);
      await expectSection(page, 'adult-relationships');
    }
    await page.locator('#adult-relationships a[href="#responding-to-a-disclosure"]:visible').first().click();
    await expectSection(page, 'responding-to-a-disclosure');
    await expect(page.locator('.presenter-controls .step-count')).toHaveText(count);
    await page.keyboard.press('PageDown');
    await expectStep(page, 'adult-relationships/resources', 'PageDown goes on from the step');
  });

  test('P asks before it stops presenting, and any other key carries on', async ({ page }) => {
    await openExplorer(page, present('#survival-mode'));
    const asked = page.locator('.stop-asked');
    await page.keyboard.press('p');
    await expect(asked).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(asked).toBeHidden();
    await expectStep(page, 'survival-mode/openers');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
    await page.keyboard.press('p');
    await expect(asked).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'present');
  });

  test('P starts and stops presenting, as does the Present button, and the address follows', async ({ page }) => {
    await openExplorer(page, '/#survival-mode');
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
    await expect(page).toHaveURL(/\?mode=present#survival-mode$/);
    await page.keyboard.press('P');
    await expect(page.locator('.stop-asked')).toBeVisible();
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
    await expect(speaker.locator('[data-slot="speaker-now"]')).toContainText('Growing up with adversity');
    await expect(speaker.locator('[data-slot="speaker-next"]')).toContainText('openers with parents');
    await expect(speaker.locator('#growing-up-with-adversity .speaker-notes p').first()).toBeVisible();
    await expect(speaker.locator('[data-slot="clock"]')).toHaveText(/^\d+:\d\d$/);
    await expect(speaker.locator('[data-slot="wall-clock"]')).toHaveText(/^\d\d:\d\d$/);

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

test.describe('the console', () => {
  test('its miniatures show what the room sees and the step after it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openExplorer(page, '/?mode=speaker#survival-mode/openers');
    const now = page.frameLocator('iframe[data-slot="mirror-now"]');
    const next = page.frameLocator('iframe[data-slot="mirror-next"]');
    await expect(now.locator('html')).toHaveAttribute('data-part', 'openers');
    await expect(now.locator('#survival-mode')).toHaveClass(/is-current/);
    await expect(next.locator('html')).toHaveAttribute('data-part', 'children');
    await expect(next.locator('#survival-mode')).toHaveClass(/is-current/);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(now.locator('html')).toHaveAttribute('data-part', 'children');
    await expect(next.locator('html')).toHaveAttribute('data-part', 'resources');
    // A miniature follows; it never moves the presentation.
    await expectStep(page, 'survival-mode/children');
  });

  test('never goes dark or empty: a blank screen or the whole cycle only changes what it says', async ({ context }) => {
    const audience = await context.newPage();
    await openExplorer(audience, present('#survival-mode'));
    const speaker = await context.newPage();
    await openExplorer(speaker, '/?mode=speaker#survival-mode');
    const now = speaker.locator('[data-slot="speaker-now"]');
    await expect(now).toHaveText('Living in survival mode');
    const notes = speaker.locator('#survival-mode .speaker-notes p').first();
    for (const [key, back] of [['b', 'b'], ['o', 'Escape']]) {
      await audience.keyboard.press(key);
      await expect(now).not.toHaveText('Living in survival mode');
      await expect(now).not.toBeEmpty();
      await expect(notes).toBeVisible();
      await expect(speaker.locator('.blank-screen')).toBeHidden();
      await expect(speaker.locator('.speaker-console')).toBeVisible();
      await audience.keyboard.press(back);
      await expect(now).toHaveText('Living in survival mode');
    }
  });

  test('the clock pauses and goes on, and the notes change size and keep it', async ({ page }) => {
    await page.clock.install();
    await openExplorer(page, '/?mode=speaker#survival-mode');
    // Time stands still but for the test's own steps.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const elapsed = page.locator('[data-slot="clock"]');
    const wall = page.locator('[data-slot="wall-clock"]');
    const seconds = async () => (await elapsed.textContent()).split(':').reduce((total, part) => total * 60 + Number(part), 0);
    await page.clock.runFor(65_000);
    await expect.poll(seconds).toBeGreaterThanOrEqual(65);
    const pause = page.getByRole('button', { name: 'Pause clock' });
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    const paused = await seconds();
    const time = await wall.textContent();
    await page.clock.runFor(60_000);
    // The time of day moved on: the clock has ticked, and the time elapsed has not.
    await expect(wall).not.toHaveText(time);
    expect(await seconds()).toBe(paused);
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'false');
    await page.clock.runFor(10_000);
    await expect.poll(seconds).toBe(paused + 10);

    const notes = page.locator('#survival-mode .speaker-notes p').first();
    const size = () => notes.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Larger notes' }).click();
    await expect.poll(size).toBeGreaterThan(before);
    const larger = await size();
    await page.clock.resume();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-startup', 'done');
    expect(await size(), 'the size is remembered').toBe(larger);
  });
});

test.describe('a clean room screen', () => {
  test('the toolbar steps out of sight while the pointer rests, and comes back on focus or movement', async ({ page }) => {
    await page.clock.install();
    await openExplorer(page, present('#survival-mode'));
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
    const controls = page.locator('.presenter-controls');
    // The pointer moves (however long the start took): the toolbar is there, for a while.
    await page.mouse.move(200, 200);
    await page.mouse.move(210, 210);
    await expect(page.locator('html')).not.toHaveAttribute('data-idle', '');
    await expect(controls).toHaveCSS('opacity', '1');
    await page.clock.fastForward(5_000);
    await expect(page.locator('html')).toHaveAttribute('data-idle', '');
    await expect(controls).toHaveCSS('opacity', '0');
    await controls.getByRole('button', { name: 'Next' }).focus();
    await expect(controls).toHaveCSS('opacity', '1');
    await page.locator('.main').focus();
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 320);
    await expect(page.locator('html')).not.toHaveAttribute('data-idle', '');
    await expect(controls).toHaveCSS('opacity', '1');
  });

  test('what is meant for one person at a desk does not show to the room', async ({ page }) => {
    await openExplorer(page, present());
    await expect(page.locator('#introduction .how-to-use')).toBeHidden();
    await expect(page.locator('#introduction .start-link')).toBeHidden();
    await openExplorer(page, '/');
    await expect(page.locator('#introduction .how-to-use')).toBeVisible();
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
    await page.keyboard.press('b');
    await expectNoAxeViolations(page, 'in the speaker view, the room blank');
  });
});
