// Exploring at one's own pace: progress, the guided route, the lens, private notes, the
// printed handout, and storage that may not work at all.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openExplorer, stageIds, expectSection, watchForProblems, expectNoAxeViolations } from './helpers.mjs';

test.describe('progress', () => {
  test('opened stages are marked and counted, survive a reload, and Start again clears them', async ({ page }) => {
    await openExplorer(page);
    const progress = page.locator('[data-slot="progress"]');
    const total = (await stageIds(page)).length;
    await expect(progress).toHaveText(`0 of ${total} explored`);
    for (const id of ['survival-mode', 'babys-world', 'breaking-the-cycle']) await page.locator(`#tab-${id}`).click();
    await expect(progress).toHaveText(`3 of ${total} explored`);
    const survival = page.locator('#tab-survival-mode');
    await expect(survival.locator('.visited-mark')).toBeVisible();
    await expect(survival).toHaveAccessibleName(/explored/);
    await expect(page.locator('#tab-ways-of-coping .visited-mark')).toHaveCount(0);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(progress).toHaveText(`3 of ${total} explored`);
    await expect(page.locator('#tab-babys-world .visited-mark')).toBeVisible();

    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(progress).toHaveText(`0 of ${total} explored`);
    await expect(page.locator('.visited-mark')).toHaveCount(0);
    await expectSection(page, 'introduction');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(progress).toHaveText(`0 of ${total} explored`);
  });

  test('the guided route walks the stages in cycle order, then the hub', async ({ page }) => {
    await openExplorer(page);
    const ids = await stageIds(page);
    await page.getByRole('link', { name: 'Start from the beginning' }).click();
    await expectSection(page, ids[0]);
    for (const id of ids.slice(1)) {
      await page.locator('.stage-section.is-current .stage-route a[rel="next"]').click();
      await expectSection(page, id);
      await expect(page.locator(`#tab-${id}`)).toHaveAttribute('aria-selected', 'true');
    }
    await expect(page.locator('.stage-section.is-current .stage-route a[rel="next"]')).toHaveCount(0);
    await page.locator('.stage-section.is-current .stage-route a[rel="prev"]').click();
    await expectSection(page, ids[ids.length - 2]);
  });
});

test.describe('the lens', () => {
  test('filters the openers and resources, follows ?lens=, and is remembered', async ({ page }) => {
    await openExplorer(page, '/#survival-mode');
    const section = page.locator('#survival-mode');
    await expect(section.locator('.openers-group.for-parents')).toBeVisible();
    await expect(section.locator('.openers-group.for-children')).toBeVisible();
    await page.getByRole('radio', { name: 'Children and young people' }).check();
    await expect(section.locator('.openers-group.for-parents')).toBeHidden();
    await expect(section.locator('.openers-group.for-children')).toBeVisible();
    await expect(section.locator('.resource-group.for-parents')).toBeHidden();
    await expect(page).toHaveURL(/lens=children/);
    await expectNoAxeViolations(page, 'with the lens set');

    await page.goto('/#survival-mode');
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.getByRole('radio', { name: 'Children and young people' })).toBeChecked();
    await expect(section.locator('.openers-group.for-parents')).toBeHidden();

    await page.goto('/?lens=parents#survival-mode');
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.getByRole('radio', { name: 'Parents' })).toBeChecked();
    await expect(section.locator('.openers-group.for-children')).toBeHidden();
    await expect(section.locator('.openers-group.for-parents')).toBeVisible();
    await page.getByRole('radio', { name: 'Both' }).check();
    await expect(section.locator('.openers-group.for-children')).toBeVisible();
  });
});

test.describe('notes', () => {
  test('are saved as you type, survive a reload, download under their stages, and delete', async ({ page }) => {
    await openExplorer(page, '/#survival-mode');
    await expect(page.locator('#survival-mode .notes-privacy')).toContainText('never sent anywhere');
    await page.locator('#note-survival-mode').fill('Ask about sleep at the next visit.');
    await page.locator('#tab-becoming-a-parent').click();
    await page.locator('#note-becoming-a-parent').fill('Proud of: feeding routine.\nNext: "ghosts" conversation.');
    await expectNoAxeViolations(page, 'with notes open');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('#note-becoming-a-parent')).toHaveValue('Proud of: feeding routine.\nNext: "ghosts" conversation.');
    await expect(page.locator('#note-survival-mode')).toHaveValue('Ask about sleep at the next visit.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my notes' }).click()]);
    expect(download.suggestedFilename()).toBe('adversity-cycle-notes.md');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('# My notes on The Adversity Cycle');
    expect(text).toMatch(/## Living in survival mode\n\nAsk about sleep at the next visit\./);
    expect(text).toMatch(/## Becoming a parent\n\nProud of: feeding routine\.\nNext: "ghosts" conversation\./);
    expect(text.indexOf('Living in survival mode')).toBeLessThan(text.indexOf('Becoming a parent'));
    expect(text).not.toContain('## Finding ways to cope');

    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Delete my notes' }).click();
    await expect(page.locator('#note-becoming-a-parent')).not.toHaveValue('');
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('Delete all your notes');
      dialog.accept();
    });
    await page.getByRole('button', { name: 'Delete my notes' }).click();
    await expect(page.locator('#note-becoming-a-parent')).toHaveValue('');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('#note-survival-mode')).toHaveValue('');
    await expect(page.locator('#note-becoming-a-parent')).toHaveValue('');
  });
});

test.describe('notes that cannot be kept, or change in another window', () => {
  test('a note the browser has no room for says so at once, and offers the download', async ({ page }) => {
    const problems = watchForProblems(page);
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (/^adversity-cycle\.\/.*note\./.test(String(key))) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await openExplorer(page, '/#survival-mode');
    const warning = page.locator('#survival-mode [data-notice="note-not-kept"]');
    await expect(warning).toBeHidden();
    await page.locator('#note-survival-mode').fill('A note with nowhere to go.');
    await page.locator('#note-survival-mode').blur();
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('not being kept on this device');
    await expect(page.locator('.storage-note')).toBeHidden();
    const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Download my notes' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('A note with nowhere to go.');
    await expectNoAxeViolations(page, 'with a note not kept');
    expect(problems).toEqual([]);
  });

  test('the same note open in two windows: nothing is lost, and each says when the other changed it', async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()];
    for (const page of [one, two]) await openExplorer(page, '/#babys-world');
    // Typed and saved in one window, a window with no typing of its own takes it up.
    await one.locator('#note-babys-world').fill('First thoughts.');
    await one.locator('#note-babys-world').blur();
    await expect(two.locator('#note-babys-world')).toHaveValue('First thoughts.');
    // Typing in both at once: the window whose typing is not yet saved keeps both versions.
    await two.locator('#note-babys-world').fill('Second window typing.');
    await one.locator('#note-babys-world').fill('First window, more.');
    await one.locator('#note-babys-world').blur();
    await expect(two.locator('#note-babys-world')).toHaveValue('Second window typing.\n\nFrom another window:\nFirst window, more.');
    await expect(two.locator('#babys-world [data-notice="note-changed"]')).toBeVisible();
    // Once saved there, the first window takes up both.
    await two.locator('#note-babys-world').blur();
    await expect(one.locator('#note-babys-world')).toHaveValue('Second window typing.\n\nFrom another window:\nFirst window, more.');
  });
});

test.describe('when storage fails', () => {
  test('with local storage throwing on every call, everything works for the session and says so', async ({ page }) => {
    const problems = watchForProblems(page);
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) Storage.prototype[name] = refuse;
      Object.defineProperty(window, 'localStorage', { get: refuse });
    });
    await page.goto('/#ways-of-coping');
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('.storage-note')).toBeVisible();
    await page.locator('#content-note button').click();
    await expectSection(page, 'ways-of-coping');
    await page.locator('#tab-adult-relationships').click();
    await expectSection(page, 'adult-relationships');
    await page.locator('#note-adult-relationships').fill('Kept for this session.');
    await page.getByRole('radio', { name: 'Parents' }).check();
    await expect(page.locator('[data-slot="progress"]')).toHaveText(/^2 of/);
    expect(problems).toEqual([]);
  });

  test('with corrupt stored data, the app loads and keeps what it can read', async ({ page }) => {
    const problems = watchForProblems(page);
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('adversity-cycle.content-note-seen', '1');
      localStorage.setItem('adversity-cycle.visited', '{"oops": [1,2,3]} survival-mode \u0000 ' + 'x'.repeat(50000));
      localStorage.setItem('adversity-cycle.lens', '<script>alert(1)</script>');
      localStorage.setItem('adversity-cycle.note.babys-world', 'A note saved before.');
      localStorage.setItem('adversity-cycle.note.no-such-stage', 'Orphaned.');
    });
    await page.goto('/#babys-world');
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('[data-slot="progress"]')).toHaveText(/^2 of/);
    await expect(page.locator('#note-babys-world')).toHaveValue('A note saved before.');
    await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
    await page.locator('#tab-survival-mode').click();
    await page.locator('#note-survival-mode').fill('New note.');
    await page.reload();
    await expect(page.locator('#note-survival-mode')).toHaveValue('New note.');
    await expect(page.locator('#note-babys-world')).toHaveValue('A note saved before.');
    expect(problems).toEqual([]);
  });
});

test.describe('the printed handout', () => {
  test('shows every stage in full and no controls, with at least one page per two stages', async ({ page }) => {
    await openExplorer(page, '/?lens=parents#survival-mode');
    const ids = await stageIds(page);
    await page.emulateMedia({ media: 'print' });
    for (const id of ids) {
      await expect(page.locator(`#${id} .explanation`)).toBeVisible();
      const printed = await page.locator(`#${id} :is(.for-parents, .for-both) .resource-list a`).first().evaluate((a) => getComputedStyle(a, '::after').content);
      expect(printed, `${id}'s resource prints its address`).toContain('https://');
    }
    await expect(page.locator('#get-support')).toBeVisible();
    await expect(page.locator('#responding-to-a-disclosure .disclosure-steps').first()).toBeVisible();
    await expect(page.locator('#about-this-diagram .sources')).toBeVisible();
    await expect(page.locator('.cycle-drawing')).toBeVisible();
    await expect(page.locator('#survival-mode .openers-group.for-children')).toBeHidden();
    for (const control of await page.locator('button, input, textarea, select, .stage-route').all()) {
      await expect(control).toBeHidden();
    }
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(ids.length / 2));
  });

  test('the Print button opens the print dialog', async ({ page }) => {
    await openExplorer(page);
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => (window.printed += 1);
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await page.evaluate(() => window.printed)).toBe(1);
  });
});
