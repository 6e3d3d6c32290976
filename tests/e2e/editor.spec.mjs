// The content editor (edit.html): the published content file in a text box, checked by the
// build's own checker as it is typed, with a preview made by the explorer's components; the
// draft kept on the device; nothing sent anywhere.
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { watchForProblems, expectNoAxeViolations, expectSection, openExplorer, serveFolder, copyOfRelease, unzip } from './helpers.mjs';
import { sizes, firstLoadGzip, BUDGET_GZIP } from './bench.mjs';

const published = readFileSync(new URL('../../content/adversity-cycle.toml', import.meta.url), 'utf8');

/** The published file with one line of the survival-mode stage changed. */
function withStageLine(startsWith, replacement) {
  const lines = published.split('\n');
  const stage = lines.indexOf('id = "survival-mode"');
  const at = lines.findIndex((line, i) => i > stage && line.startsWith(startsWith));
  expect(at, `survival-mode has a ${startsWith} line`).toBeGreaterThan(stage);
  lines[at] = replacement;
  return { text: lines.join('\n'), line: at + 1 };
}

/** Where a line starts in the text, in the units a text box's caret counts. */
const lineStart = (text, line) => text.split('\n').slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);

async function openEditor(page) {
  await page.goto('/edit.html');
  await expect(page.locator('#editor-text')).toBeVisible();
}

const box = (page) => page.locator('#editor-text');

/** Writes a zip's files into a folder, as unzipping it would (some are in folders). */
function unzipInto(folder, files) {
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
}
const preview = (page) => page.locator('.editor-preview-page');

test('opens with the published content and its preview, which follows the text, the lens and its own links', async ({ page }) => {
  const problems = watchForProblems(page);
  await openEditor(page);
  expect(await box(page).inputValue()).toBe(published);
  await expect(page.locator('.editor-check')).toContainText('No mistakes found.');
  await expect(preview(page).locator('#introduction-heading')).toHaveText('How childhood adversity can echo through a life');

  await preview(page).locator('#tab-survival-mode').click();
  await expect(preview(page).locator('#survival-mode-heading')).toBeVisible();
  await expect(preview(page).locator('#tab-survival-mode')).toHaveAttribute('aria-selected', 'true');

  const { text } = withStageLine('title = ', 'title = "Survival mode, retitled in the editor"');
  await box(page).fill(text);
  await expect(preview(page).locator('#survival-mode-heading')).toHaveText('Survival mode, retitled in the editor');

  // The lens, as in the explorer.
  await expect(preview(page).locator('#survival-mode .for-children').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Parents' }).check();
  await expect(preview(page).locator('#survival-mode .for-children').first()).toBeHidden();
  await expect(preview(page).locator('#survival-mode .for-parents').first()).toBeVisible();

  // The explorer's own links move within the preview, and never leave the editor.
  await preview(page).getByRole('link', { name: 'Get support' }).click();
  await expect(preview(page).locator('#get-support')).toContainText('Childline');
  await preview(page).locator('#get-support a[href="#responding-to-a-disclosure"]').click();
  await expect(preview(page).locator('#responding-to-a-disclosure-heading')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/edit.html');
  expect(problems).toEqual([]);
});

test('a mistake is listed in the build\'s words, by line, and marks its line; fixing it clears the list and the preview follows', async ({ page }) => {
  await openEditor(page);
  await preview(page).locator('#tab-survival-mode').click();
  const broken = withStageLine('summary = ', 'sumary = "A typo in the field name."');
  await box(page).fill(broken.text);

  const check = page.locator('.editor-check');
  await expect(check).toHaveAttribute('aria-live', 'polite');
  await expect(check).toContainText('Mistakes to fix: 2.');
  const mistakes = check.getByRole('button');
  // In line order: the missing summary is reported where the stage starts.
  await expect(mistakes).toHaveText([
    /^Line \d+: stage "survival-mode", field "summary": is missing/,
    new RegExp(`^Line ${broken.line}: stage "survival-mode", field "sumary": is not a field this section can have`),
  ]);
  // The preview keeps the last version without mistakes, and says so.
  const stale = page.locator('.editor-preview .notice', { hasText: 'The preview shows the last version without mistakes.' });
  await expect(stale).toBeVisible();
  await expect(preview(page).locator('#survival-mode .summary')).toBeVisible();

  await mistakes.last().click();
  await expect(box(page)).toBeFocused();
  // The whole line is marked.
  const marked = await box(page).evaluate((b) => [b.selectionStart, b.selectionEnd]);
  expect(marked).toEqual([lineStart(broken.text, broken.line), lineStart(broken.text, broken.line + 1) - 1]);

  const fixed = withStageLine('summary = ', 'summary = "Fixed in the editor."');
  await box(page).fill(fixed.text);
  await expect(check).toContainText('No mistakes found.');
  await expect(mistakes).toHaveCount(0);
  await expect(stale).toBeHidden();
  await expect(preview(page).locator('#survival-mode .summary')).toHaveText('Fixed in the editor.');
});

test('a text left open is named on its own line, with what is missing', async ({ page }) => {
  await openEditor(page);
  const broken = withStageLine('title = ', 'title = "Living in survival mode');
  await box(page).fill(broken.text);
  const mistakes = page.locator('.editor-check').getByRole('button');
  await expect(mistakes).toHaveText([`Line ${broken.line}: the file: a closing " is probably missing on line ${broken.line} (every text starts and ends with ")`]);
});

test('the helplines to check fold away, so the text is on the first screen at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEditor(page);
  // Whatever the published file's dates, one helpline never checked.
  await box(page).fill(published.replace(/^checked_on = ".*"$/m, 'checked_on = ""'));
  const warning = page.locator('.editor-warning');
  await expect(warning.locator('summary')).toContainText('not checked by a person in the last 12 months');
  await expect(warning.locator('li').first()).toBeHidden();
  const text = await box(page).boundingBox();
  expect(text.y + 100, 'several lines of the text show on the first screen').toBeLessThan(720);
  await warning.locator('summary').click();
  await expect(warning.locator('li').first()).toBeVisible();
  await expectNoAxeViolations(page, 'with the helplines to check unfolded');
});

test('a helpline\'s hours changed and marked as checked today: the file differs in exactly those two lines', async ({ page }) => {
  await openEditor(page);
  const lines = published.split('\n');
  const helpline = lines.findIndex((line) => line === '[[support.services]]');
  const hours = lines.findIndex((line, i) => i > helpline && line.startsWith('hours = '));
  lines[hours] = 'hours = "Monday to Friday, 9am to 5pm."';
  const edited = lines.join('\n');
  await box(page).fill(edited);
  // The caret on the hours line, as a click there would put it.
  await box(page).evaluate((b, at) => b.setSelectionRange(at, at), lineStart(edited, hours + 1));
  await box(page).press('End');
  const button = page.getByRole('button', { name: /^Mark .+ as checked today$/ });
  await button.click();
  // The line it changed is marked (focus comes back to the text with the mark).
  await expect(box(page)).toBeFocused();
  const marked = await box(page).evaluate((b) => b.value.slice(b.selectionStart, b.selectionEnd));
  expect(marked).toMatch(/^checked_on = "\d{4}-\d\d-\d\d"$/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the content file' }).click()]);
  const after = readFileSync(await download.path(), 'utf8').split('\n');
  const before = published.split('\n');
  expect(after).toHaveLength(before.length);
  const changed = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
  expect(changed).toHaveLength(2);
  expect(changed[0][1]).toBe('hours = "Monday to Friday, 9am to 5pm."');
  expect(changed[1][0]).toMatch(/^checked_on = /);
  expect(changed[1][1]).toBe(marked);
});

test('by form only: find the Men\'s Advice Line, change its hours and press Checked today: the file differs in exactly those two lines', async ({ page }) => {
  await openEditor(page);
  const search = page.getByLabel('Find');
  await search.fill('advice');
  await expect(page.locator('.editor-find [role="status"]')).toHaveText('Found: 1');
  await page.locator('.editor-found').getByRole('button', { name: 'Men\'s Advice Line' }).click();
  const form = page.locator('.editor-form');
  await expect(form.getByRole('heading')).toHaveText('Editing: Men\'s Advice Line');
  // The preview shows the helpline where the explorer lists it, scrolled to it.
  await expect(preview(page).locator('#get-support')).toContainText('Men\'s Advice Line');
  const inView = () => page.evaluate(() => {
    const box = document.querySelector('.editor-preview-page').getBoundingClientRect();
    const names = [...document.querySelectorAll('.editor-preview-page .service-name')];
    const top = names.find((name) => name.textContent === 'Men\'s Advice Line').getBoundingClientRect().top;
    return top >= box.top - 1 && top < box.bottom;
  });
  await expect.poll(inView, { message: 'the helpline is in the preview\'s view' }).toBe(true);
  await expectNoAxeViolations(page, 'with the helpline form open');

  const hours = form.getByLabel('Opening hours');
  await hours.fill('Monday to Friday, 9am to 5pm.');
  await hours.press('Tab');
  await expect(preview(page).locator('#get-support .service', { hasText: 'Men\'s Advice Line' })).toContainText('Monday to Friday, 9am to 5pm.');
  await form.getByRole('button', { name: 'Checked today' }).click();
  await expect(form.getByLabel('Details checked on (YYYY-MM-DD)')).toHaveValue(/^\d{4}-\d\d-\d\d$/);

  // A mistake shows beside its field, in the build's words.
  const phone = form.getByLabel('Phone number');
  await phone.fill('call us');
  await phone.press('Tab');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#form-phone-mistake')).toContainText('field "phone": should be digits and spaces only');
  await phone.fill('0808 801 0327');
  await phone.press('Tab');
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the content file' }).click()]);
  const after = readFileSync(await download.path(), 'utf8').split('\n');
  const before = published.split('\n');
  expect(after).toHaveLength(before.length);
  const changed = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
  expect(changed.map(([, b]) => b)).toEqual(['hours = "Monday to Friday, 9am to 5pm."', await form.getByLabel('Details checked on (YYYY-MM-DD)').inputValue().then((date) => `checked_on = "${date}"`)]);
});

test('by form only: choose a resource for a stage, add a new resource and use it, and take out an opener; the preview shows each', async ({ page }) => {
  await openEditor(page);
  const search = page.getByLabel('Find');
  const form = page.locator('.editor-form');
  await search.fill('becoming');
  await page.locator('.editor-found').getByRole('button', { name: 'Becoming a parent' }).click();
  await expect(form.getByRole('heading')).toHaveText('Editing: Becoming a parent');
  await expect(preview(page).locator('#becoming-a-parent-heading')).toBeVisible();
  const stageResources = () => preview(page).locator('#becoming-a-parent .resource-list a');

  // A resource chosen by its name.
  const overview = form.getByRole('checkbox', { name: 'Trauma Insight: Overview' });
  await expect(overview).not.toBeChecked();
  await overview.check();
  await expect(stageResources()).toContainText(['Trauma Insight: Overview']);
  await expectNoAxeViolations(page, 'with a stage\'s form open');

  // An opener taken out.
  const openers = form.locator('fieldset', { has: page.getByText('Openers with parents', { exact: true }) });
  const last = 'What are you already doing as a parent that you\'re proud of?';
  await expect(preview(page).locator('#becoming-a-parent')).toContainText(last);
  await expect(openers.getByLabel('Opener 3', { exact: true })).toHaveValue(last);
  await openers.locator('.editor-opener').nth(2).getByRole('button', { name: 'Remove' }).click();
  await expect(openers.locator('.editor-opener')).toHaveCount(2);
  await expect(preview(page).locator('#becoming-a-parent')).not.toContainText(last);

  // A new resource, filled in, then chosen for the stage.
  await form.getByRole('button', { name: 'Add a new resource' }).click();
  await expect(form.getByRole('heading')).toHaveText('Editing: ');
  for (const [label, value] of [['Title', 'Becoming a dad'], ['Id (lowercase letters, digits and hyphens; used in links)', 'becoming-a-dad'], ['Its page, after the resources\' address (like tools-and-resources/)', 'tools-and-resources/'], ['Description', 'For fathers-to-be.']]) {
    const box = form.getByLabel(label, { exact: true });
    await box.fill(value);
    await box.press('Tab');
  }
  await form.getByRole('radio', { name: 'Parents' }).check();
  await expect(form.getByRole('heading')).toHaveText('Editing: Becoming a dad');
  await search.fill('becoming a parent');
  await page.locator('.editor-found').getByRole('button', { name: 'Becoming a parent' }).click();
  await form.getByRole('checkbox', { name: 'Becoming a dad' }).check();
  await expect(page.locator('.editor-check')).toContainText('No mistakes');
  await expect(stageResources()).toContainText(['Becoming a dad']);
  const text = await box(page).inputValue();
  expect(text).toContain('[[resources.items]]\nid = "becoming-a-dad"\ntitle = "Becoming a dad"\naudience = "parents"\npage = "tools-and-resources/"\ndescription = "For fathers-to-be."\n');
  expect(text).toContain('resources = ["trauma-insight-parents", "growing-up-with-adversity", "trauma-insight-overview", "becoming-a-dad"]');
  await page.setViewportSize({ width: 320, height: 720 });
  await expectNoAxeViolations(page, 'with a stage\'s form open at 320 pixels wide');
});

test('long lines wrap in the text view, each beside its own line number', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEditor(page);
  const layout = await page.evaluate(() => {
    const box = document.querySelector('#editor-text');
    const top = (element, first) => element.getBoundingClientRect().top - first.getBoundingClientRect().top;
    const numbers = [...document.querySelector('.editor-gutter').children];
    const lines = [...document.querySelector('.editor-mirror').children];
    const wrapped = lines.findIndex((line) => line.getBoundingClientRect().height > 1.5 * lines[0].getBoundingClientRect().height);
    const after = [wrapped + 1, wrapped + 2, lines.length - 1];
    return { overflow: box.scrollWidth - box.clientWidth, wrapped, offsets: after.map((i) => top(numbers[i], numbers[0]) - top(lines[i], lines[0])) };
  });
  expect(layout.overflow, 'nothing to scroll sideways').toBe(0);
  expect(layout.wrapped, 'a long line takes two lines or more').toBeGreaterThan(0);
  for (const offset of layout.offsets) expect(Math.abs(offset)).toBeLessThan(1);
});

test('Download gives exactly the text in the box; a reload keeps the draft and lists its changes; Start again restores the published file', async ({ page }) => {
  await openEditor(page);
  const { text } = withStageLine('title = ', 'title = "A draft worth keeping"');
  await box(page).fill(text);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the content file' }).click()]);
  expect(download.suggestedFilename()).toBe('adversity-cycle.toml');
  expect(readFileSync(await download.path(), 'utf8')).toBe(text);
  await expect(page.locator('.editor-site-status')).toHaveText('Downloaded adversity-cycle.toml: your draft as it is now.');

  await page.reload();
  await expect(box(page)).toBeVisible();
  expect(await box(page).inputValue()).toBe(text);
  // On return, what the draft changed, item by item, until the next change.
  const changes = page.locator('.editor-changes');
  await expect(changes).toContainText('Changed in your draft since the published version (1):');
  await expect(changes).toContainText(/Last kept on this device at \d\d:\d\d\./);
  await expect(changes.locator('li')).toHaveText(['stages "survival-mode"']);
  await box(page).fill(`${text}\n`);
  await expect(changes).toBeHidden();
  await box(page).fill(text);

  // Declining the question changes nothing; agreeing restores the published file for good.
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Start again from the published version' }).click();
  expect(await box(page).inputValue()).toBe(text);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Your changes will be lost unless you have downloaded them.');
    dialog.accept();
  });
  await page.getByRole('button', { name: 'Start again from the published version' }).click();
  await expect.poll(() => box(page).inputValue()).toBe(published);
  await page.reload();
  await expect(box(page)).toBeVisible();
  expect(await box(page).inputValue()).toBe(published);
});

test('Open a file reads the chosen file, asking first before it replaces changes, and refuses what is not a content file', async ({ page }) => {
  await openEditor(page);
  const opened = withStageLine('title = ', 'title = "Opened from a file"').text;
  const choose = async (file) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a file…' }).click()]);
    await chooser.setFiles(file);
  };
  await choose({ name: 'adversity-cycle.toml', mimeType: 'application/toml', buffer: Buffer.from(opened) });
  await expect.poll(() => box(page).inputValue()).toBe(opened);
  await preview(page).locator('#tab-survival-mode').click();
  await expect(preview(page).locator('#survival-mode-heading')).toHaveText('Opened from a file');

  // Now there are changes: opening another file asks first, and declining changes nothing.
  const asked = new Promise((resolve) => page.once('dialog', (dialog) => dialog.dismiss().then(() => resolve(dialog.message()))));
  await choose({ name: 'other.toml', mimeType: 'application/toml', buffer: Buffer.from(published) });
  expect(await asked).toContain('Replace the text in the box with this file?');
  expect(await box(page).inputValue()).toBe(opened);

  await choose({ name: 'huge.toml', mimeType: 'application/toml', buffer: Buffer.alloc(1_100_000, 'a') });
  await expect(page.getByRole('alert')).toContainText('That file could not be opened');
  expect(await box(page).inputValue()).toBe(opened);
});

test('where the browser keeps nothing, the editor says so and still works; if it cannot start, the page says what to do', async ({ page, context }) => {
  const problems = watchForProblems(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('Refused.', 'SecurityError'); } });
  });
  await openEditor(page);
  await expect(page.getByRole('status').filter({ hasText: 'This browser is not letting the editor keep your draft' })).toBeVisible();
  await box(page).fill(withStageLine('title = ', 'title = "Not kept"').text);
  await preview(page).locator('#tab-survival-mode').click();
  await expect(preview(page).locator('#survival-mode-heading')).toHaveText('Not kept');
  expect(problems).toEqual([]);

  const broken = await context.newPage();
  await broken.route(/editor-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await broken.goto('/edit.html');
  await expect(broken.locator('#startup-note')).toBeVisible();
  await expect(broken.locator('#startup-note')).toContainText('You can still change the content file');
});

test('nothing leaves this origin or breaks the Content-Security-Policy; axe finds nothing at 320 and 1280 pixels wide', async ({ page }) => {
  const problems = watchForProblems(page);
  const elsewhere = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== 'http://127.0.0.1:8091') elsewhere.push(request.url());
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await openEditor(page);
    await expectNoAxeViolations(page, `at ${width} pixels wide`);
    await box(page).fill(withStageLine('summary = ', 'sumary = "x"').text);
    await expect(page.locator('.editor-mistake').first()).toBeVisible();
    await preview(page).locator('#tab-survival-mode').click();
    await expectNoAxeViolations(page, `with mistakes listed, at ${width} pixels wide`);
    // At 320 pixels the preview comes below the text, and nothing scrolls sideways.
    if (width === 320) {
      const [source, shown] = await Promise.all([page.locator('.editor-source').boundingBox(), page.locator('.editor-preview').boundingBox()]);
      expect(shown.y).toBeGreaterThan(source.y + source.height - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await page.evaluate(() => localStorage.clear());
  }
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
});

test('the explorer never loads the editor: its first load is within the budget and names no editor file', async ({ page }) => {
  const files = await sizes();
  expect(firstLoadGzip(files)).toBeLessThanOrEqual(BUDGET_GZIP);
  expect(files.filter((f) => f.firstLoad && f.name.startsWith('edit'))).toEqual([]);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  expect(requested.filter((path) => path.startsWith('/edit'))).toEqual([]);
  const worker = await (await page.request.get('/sw.js')).text();
  expect(worker).not.toMatch(/\.\/edit/);
});

/** Puts the caret just after the first occurrence of `text` in the box, as a click would. */
async function caretAfter(page, text) {
  await box(page).evaluate((b, text) => {
    const at = b.value.indexOf(text) + text.length;
    b.focus();
    b.setSelectionRange(at, at);
    b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }, text);
}

test('the preview shows the stage or panel the caret is in, and follows typing there', async ({ page }) => {
  await openEditor(page);
  await caretAfter(page, 'title = "Living in survival mode');
  await page.keyboard.type(', retitled');
  await expect(preview(page).locator('#survival-mode-heading')).toHaveText('Living in survival mode, retitled');
  await expect(preview(page).locator('#tab-survival-mode')).toHaveAttribute('aria-selected', 'true');
  for (const [inside, heading] of [
    ['name = "Childline"', '#get-support-heading'],
    ['heading = "When a parent tells you they use abuse', '#responding-to-a-disclosure-heading'],
    ['id = "breaking-the-cycle"', '#breaking-the-cycle-heading'],
    ['[self_care]', '#looking-after-yourself-heading'],
    ['[content_note]', '#content-note-heading'],
  ]) {
    await caretAfter(page, inside);
    await expect(preview(page).locator(heading), `with the caret in ${inside}`).toBeVisible();
  }
});

test('a picture or a file that is not UTF-8 text is refused with a message, and the draft stays as it was', async ({ page }) => {
  await openEditor(page);
  const draft = withStageLine('title = ', 'title = "A draft to keep"').text;
  await box(page).fill(draft);
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f00000000049454e44ae426082', 'hex');
  const latin1 = Buffer.from('title = "Caf\xe9 and cr\xe8che"\n', 'latin1');
  for (const file of [{ name: 'diagram.png', mimeType: 'image/png', buffer: png }, { name: 'adversity-cycle.toml', mimeType: 'application/toml', buffer: latin1 }]) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a file…' }).click()]);
    await chooser.setFiles(file);
    await expect(page.getByRole('alert')).toContainText('That file could not be opened: choose a text file');
    expect(await box(page).inputValue(), file.name).toBe(draft);
    // The message goes once a file opens, so the next refusal is a new one.
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a file…' }).click()]);
    await again.setFiles({ name: 'adversity-cycle.toml', mimeType: 'application/toml', buffer: Buffer.from(draft) });
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
});

test('a draft with hundreds of mistakes lists the first hundred and says how many more; the site is not made from it', async ({ page }) => {
  await openEditor(page);
  const bad = Array.from({ length: 200 }, (_, i) => `[[stages]]\nid = "bad-${i}"\nlabel = 5\n`).join('\n');
  await box(page).fill(published.replace('\n[hub]\n', `\n${bad}\n[hub]\n`));
  const check = page.locator('.editor-check');
  await expect(check.locator('.editor-mistake')).toHaveCount(100);
  const total = Number((await check.locator('p').first().textContent()).match(/Mistakes to fix: (\d+)\./)[1]);
  expect(total).toBeGreaterThan(1000);
  await expect(check).toContainText(`${total - 100} more are not listed here`);
  await page.getByRole('button', { name: 'Download the site' }).click();
  await expect(page.locator('.editor-site-status')).toHaveText(`The site was not made: it is made only from a draft without mistakes. Mistakes to fix first: ${total}.`);
});

test('Download the site gives the whole site with the draft in it: served as it is, it shows the change, and a page kept offline picks it up', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = 8098;
  const first = copyOfRelease();
  const unzipped = mkdtempSync(join(tmpdir(), 'adversity-cycle-unzipped-'));
  let server = await serveFolder(first, port);
  const context = await browser.newContext();
  try {
    // A reader's explorer, kept for use offline.
    const reader = await context.newPage();
    await openExplorer(reader, `${server.url}#survival-mode`);
    await reader.evaluate(async () => {
      await navigator.serviceWorker.ready;
      while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
    });
    const [firstCache] = await reader.evaluate(() => caches.keys());
    await reader.close();

    // Staff change a stage's title and take a stage out, in the editor on the site itself.
    const page = await context.newPage();
    await page.goto(`${server.url}edit.html`);
    await expect(box(page)).toBeVisible();
    const lines = published.split('\n');
    const start = lines.indexOf('id = "babys-world"') - 1;
    const end = lines.indexOf('[hub]', start) - 3;
    expect(lines[start]).toBe('[[stages]]');
    const draft = [...lines.slice(0, start), ...lines.slice(end)].join('\n').replace('title = "Living in survival mode"', 'title = "Living on high alert"');
    await box(page).fill(draft);
    await caretAfter(page, 'title = "Living on high alert');
    await expect(preview(page).locator('#survival-mode-heading')).toHaveText('Living on high alert');
    await expect(preview(page).locator('[role="tab"]')).toHaveCount(6);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the site' }).click()]);
    expect(download.suggestedFilename()).toBe('adversity-cycle-site.zip');
    await expect(page.locator('.editor-site-status')).toContainText('Downloaded adversity-cycle-site.zip.');
    const files = unzip(readFileSync(await download.path()));
    expect(files['adversity-cycle.toml'].toString('utf8')).toBe(draft);
    unzipInto(unzipped, files);
    await page.close();

    // The site is uploaded in place of the old one.
    await server.stop();
    server = await serveFolder(unzipped, port);
    const visitor = await context.newPage();
    await openExplorer(visitor, `${server.url}#survival-mode`);
    await expect(visitor.locator('#survival-mode-heading')).toHaveText('Living on high alert');
    await expect(visitor.locator('[role="tab"]')).toHaveCount(6);
    await expect(visitor.locator('#tab-babys-world')).toHaveCount(0);
    // The new release is ready; once the old one's last window is gone, it takes over, and
    // the old release's copy goes.
    await expect(visitor.locator('[data-notice="update-ready"]')).toBeVisible({ timeout: 30_000 });
    await visitor.close();
    const later = await context.newPage();
    await openExplorer(later, server.url);
    await expect.poll(() => later.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([expect.not.stringMatching(firstCache)]);
    await server.stop();
    await context.setOffline(true);
    await later.goto(`${server.url}#survival-mode`);
    await expect(later.locator('html')).toHaveAttribute('data-live', '');
    await expectSection(later, 'survival-mode');
    await expect(later.locator('#survival-mode-heading')).toHaveText('Living on high alert');
    await expect(later.locator('[role="tab"]')).toHaveCount(6);
  } finally {
    await context.close();
    await server.stop();
    for (const folder of [first, unzipped]) rmSync(folder, { recursive: true, force: true });
  }
});

test('a new local edition is started, filled in, previewed and published at its own address', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = 8096;
  const site = copyOfRelease();
  const unzipped = mkdtempSync(join(tmpdir(), 'adversity-cycle-edition-'));
  let server = await serveFolder(site, port);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}edit.html`);
    await expect(box(page)).toHaveValue(published);
    const name = page.getByLabel('Folder name for a new edition');
    await name.fill('Exampleshire');
    await page.getByRole('button', { name: 'Start a new edition' }).click();
    await expect(page.getByRole('alert')).toHaveText('"Exampleshire" cannot be an edition\'s folder name: use lowercase letters, digits and single hyphens, like salford.');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('exampleshire');
    await name.press('Enter');
    // The commented file to fill in, and what is still empty.
    await expect(box(page)).toHaveValue(readFileSync(new URL('../../content/new-edition.toml', import.meta.url), 'utf8'));
    await expect(page.getByLabel('File to edit')).toHaveValue('exampleshire');
    await expect(page.locator('#editor-text-label')).toHaveText('The exampleshire edition (editions/exampleshire.toml)');
    await expect(page.locator('.editor-check')).toContainText('the file, field "name": is empty');
    await expectNoAxeViolations(page, 'with a new edition open');

    const filled = readFileSync(new URL('../fixtures/editions/exampleshire.toml', import.meta.url), 'utf8');
    await box(page).fill(filled);
    await expect(page.locator('.editor-check')).toContainText('No mistakes');
    // The caret is in the local step: the disclosure panel, with it in place.
    await expect(preview(page).locator('#responding-to-a-disclosure')).toContainText('to the Exampleshire Children\'s Front Door on 01632 960 100');
    await caretAfter(page, 'name = "Exampleshire Emergency');
    await expect(preview(page).locator('#get-support .local-heading')).toHaveText('In Exampleshire');
    await expect(preview(page).locator('#get-support .service-name').first()).toHaveText("Exampleshire Children's Front Door");

    // The content file is still the site's own, and still there to choose.
    await page.getByLabel('File to edit').selectOption('');
    await expect(box(page)).toHaveValue(published);
    await page.getByLabel('File to edit').selectOption('exampleshire');
    await expect(box(page)).toHaveValue(filled);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the site' }).click()]);
    await expect(page.locator('.editor-site-status')).toContainText('Downloaded adversity-cycle-site.zip.');
    const files = unzip(readFileSync(await download.path()));
    expect(files['editions/exampleshire.toml'].toString('utf8')).toBe(filled);
    expect(files['adversity-cycle.toml'].toString('utf8')).toBe(published);
    unzipInto(unzipped, files);
    expect(problems).toEqual([]);

    await server.stop();
    server = await serveFolder(unzipped, port);
    const visitor = await context.newPage();
    await openExplorer(visitor, `${server.url}exampleshire/#get-support`);
    await expect(visitor).toHaveTitle('The Adversity Cycle: Exampleshire edition');
    await expect(visitor.locator('#get-support .service-name').first()).toHaveText("Exampleshire Children's Front Door");
    await openExplorer(visitor, server.url);
    await expect(visitor).toHaveTitle('The Adversity Cycle');
  } finally {
    await context.close();
    await server.stop();
    for (const folder of [site, unzipped]) rmSync(folder, { recursive: true, force: true });
  }
});
