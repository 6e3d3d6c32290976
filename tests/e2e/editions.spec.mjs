// Local editions: a site published with the fictional Exampleshire edition beside its content
// file (tests/fixtures/editions/) has the edition's page at /exampleshire/, on the site's own
// app files, with its contacts first wherever helplines are, and the main page as it was.
import { test, expect } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openExplorer, expectSection, expectNoAxeViolations, watchForProblems, watchForViolations, serveFolder, republished, ROOT } from './helpers.mjs';

const MAIN = join(ROOT, 'tests', 'fixtures', 'second-site.toml');
const FRONT_DOOR = "Exampleshire Children's Front Door";

// One server for the site, on a port of these tests' own.
test.describe.configure({ mode: 'serial' });

let folder;
let server;
let edition;
test.beforeAll(async () => {
  folder = republished(MAIN);
  server = await serveFolder(folder, 8095);
  edition = `${server.url}exampleshire/`;
});
test.afterAll(async () => {
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The names of the helplines a panel lists, in order, as shown. */
async function helplines(page, panel) {
  return page.locator(`#${panel} .service-name`).evaluateAll((names) => names.filter((n) => n.checkVisibility()).map((n) => n.textContent));
}

test('the edition says whose it is, and lists its contacts first in Get support and the disclosure panel', async ({ page, context }) => {
  const problems = watchForProblems(page);
  await watchForViolations(context);
  await openExplorer(page, `${edition}#get-support`);
  await expect(page).toHaveTitle('The Second Cycle: Exampleshire edition');
  await expect(page.locator('.site-title')).toHaveText('The Second Cycle: Exampleshire edition');
  await expectSection(page, 'get-support');
  await expect(page.locator('#get-support h3.local-heading')).toHaveText('In Exampleshire');
  const support = await helplines(page, 'get-support');
  expect(support.slice(0, 3)).toEqual([FRONT_DOOR, 'Exampleshire Emergency Duty Team', 'Exampleshire Domestic Abuse Service']);
  expect(support.length).toBeGreaterThan(3);
  await expect(page.locator('#get-support .local-kept-by')).toHaveText('These local contacts are kept up to date by the Exampleshire Safeguarding Children Partnership.');
  await expect(page.locator('#get-support a[href="tel:01632960100"]')).toBeVisible();
  await expectNoAxeViolations(page, 'in the edition\'s Get support');

  // Whichever nation the reader chooses, the local contacts stay.
  await page.getByRole('radio', { name: 'Wales' }).check();
  expect((await helplines(page, 'get-support')).slice(0, 3)).toEqual(support.slice(0, 3));

  await page.locator('.site-nav .disclosure-link').click();
  await expectSection(page, 'responding-to-a-disclosure');
  expect((await helplines(page, 'responding-to-a-disclosure'))[0]).toBe(FRONT_DOOR);
  // The local step in place of "following your local procedures".
  await expect(page.locator('#responding-to-a-disclosure .disclosure-steps').first()).toContainText('to the Exampleshire Children\'s Front Door on 01632 960 100');
  await expect(page.locator('#responding-to-a-disclosure')).not.toContainText('following your local procedures');
  await expectNoAxeViolations(page, 'in the edition\'s disclosure panel');

  // A deep link to a stage works as on the main page.
  await page.goto(`${edition}#fourth-stage`);
  await expectSection(page, 'fourth-stage');
  await expect(page.locator('#tab-fourth-stage')).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the main page is as it was: no edition in its title, and national helplines first', async ({ page }) => {
  await openExplorer(page, `${server.url}#get-support`);
  await expect(page).toHaveTitle('The Second Cycle');
  await expect(page.locator('#get-support .local-heading')).toHaveCount(0);
  expect((await helplines(page, 'get-support'))[0]).not.toContain('Exampleshire Children');
  expect(readFileSync(join(folder, 'index.html'), 'utf8')).not.toContain(FRONT_DOOR);
});

test('presenting, the first closing page lists the local contacts, and the speaker view follows', async ({ page, context }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openExplorer(page, `${edition}?mode=present#end`);
  await expect(page.locator('html')).toHaveAttribute('data-part', 'end');
  await page.keyboard.press('PageDown');
  await expect(page.locator('html')).toHaveAttribute('data-part', 'end-1');
  await expect(page.locator('#get-support .closing-heading.on-end-1')).toHaveText('In Exampleshire');
  expect(await helplines(page, 'get-support')).toEqual([FRONT_DOOR, 'Exampleshire Emergency Duty Team', 'Exampleshire Domestic Abuse Service']);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('html')).toHaveAttribute('data-mode', 'speaker');
  expect(new URL(speaker.url()).pathname).toBe('/exampleshire/');
  await expect(speaker.locator('[data-slot="speaker-now"]')).toContainText('Helplines, page 1');
  await page.keyboard.press('PageDown');
  await expect(speaker.locator('[data-slot="speaker-now"]')).toContainText('Helplines, page 2');
  await expectNoAxeViolations(page, 'on the edition\'s closing page');
});

test('the printed handout has the local contacts first', async ({ page }) => {
  await openExplorer(page, edition);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-title')).toHaveText('The Second Cycle: Exampleshire edition');
  await expect(page.locator('#get-support .local-heading')).toBeVisible();
  expect((await helplines(page, 'get-support'))[0]).toBe(FRONT_DOOR);
});

test('Share and the embed code give the edition\'s address, and the embed script is the site\'s', async ({ page, request }) => {
  await openExplorer(page, `${edition}#fourth-stage`);
  await page.locator('.share-button').click();
  const dialog = page.locator('dialog.share-dialog');
  await expect(dialog.locator('#share-link')).toHaveValue(`${edition}#fourth-stage`);
  const code = await dialog.locator('#share-embed').inputValue();
  expect(code).toContain(`<iframe src="${edition}?embed#fourth-stage"`);
  const script = /<script src="([^"]+)"/.exec(code)[1];
  const fetched = await request.get(script);
  expect(fetched.ok()).toBe(true);
  expect(await fetched.text()).toBe(readFileSync(join(folder, 'embed.js'), 'utf8'));
});

test('notes in the edition are kept apart from the main page\'s', async ({ page }) => {
  await openExplorer(page, `${edition}#fourth-stage`);
  await page.locator('#note-fourth-stage').fill('A note in the Exampleshire edition.');
  await page.locator('#note-fourth-stage').blur();
  await openExplorer(page, `${server.url}#fourth-stage`);
  await expectSection(page, 'fourth-stage');
  await expect(page.locator('#note-fourth-stage')).toHaveValue('');
  await openExplorer(page, `${edition}#fourth-stage`);
  await expect(page.locator('#note-fourth-stage')).toHaveValue('A note in the Exampleshire edition.');
});

test('once opened, the edition opens again with no network', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchForProblems(page);
  try {
    await openExplorer(page, edition);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
    });
    // Controlled now: this visit comes through the worker, which keeps the edition's page.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await page.evaluate(async () => {
      const address = new URL('./', location.href).href;
      while (!(await caches.match(address))) await new Promise((r) => setTimeout(r, 50));
    });
    await context.setOffline(true);
    await page.goto(`${edition}#get-support`);
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page).toHaveTitle('The Second Cycle: Exampleshire edition');
    expect((await helplines(page, 'get-support'))[0]).toBe(FRONT_DOOR);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
