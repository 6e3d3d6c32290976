// One app for any content: the content meets the app only in the page. A site published from
// another content file (four stages and a hub, other words) runs on the release's own
// WebAssembly, glue and styles, byte for byte; and neither the explorer's bundle nor the
// editor's carries any of the content's words.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openExplorer, expectSection, expectStagesOnTheDrawnRing, expectNoAxeViolations, watchForProblems, watchForViolations, serveFolder, republished, DIST, ROOT } from './helpers.mjs';

const SECOND = join(ROOT, 'tests', 'fixtures', 'second-site.toml');

// The second site has a server of its own, on a port of these tests' own.
test.describe.configure({ mode: 'serial' });

/** The texts of a content file's one-line fields (`key = "text"`): the stages' labels and
 * titles, the panels' titles and every interface label. */
function oneLineTexts(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^\w+ = "((?:[^"\\]|\\.)*)"$/.exec(line)?.[1])
    .filter(Boolean)
    .map((text) => JSON.parse(`"${text}"`));
}

test.describe('a site published from another content file', () => {
  let folder;
  let server;
  test.beforeAll(async () => {
    folder = republished(SECOND);
    server = await serveFolder(folder, 8097);
  });
  test.afterAll(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('has the release\'s own app files, byte for byte', async () => {
    const app = readdirSync(DIST).filter((name) => /\.(wasm|css)$/.test(name) || /^(adversity-cycle-|editor-).*\.js$/.test(name) || ['boot.js', 'embed.js', 'offline.js'].includes(name));
    expect(app.length).toBeGreaterThanOrEqual(7);
    for (const name of app) expect(readFileSync(join(folder, name)).equals(readFileSync(join(DIST, name))), name).toBe(true);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).not.toBe(readFileSync(join(DIST, 'index.html'), 'utf8'));
  });

  test('runs with its own stages and words: tabs, deep links, notes and presenting, under the policy', async ({ page, context }) => {
    const problems = watchForProblems(page);
    await watchForViolations(context);
    await openExplorer(page, `${server.url}#fourth-stage`);
    await expect(page).toHaveTitle('The Second Cycle');
    await expect(page.getByRole('tablist', { name: 'Parts of the second cycle' })).toBeVisible();
    await expect(page.getByRole('tab')).toHaveText([/^1First/, /^2Second/, /^3Third/, /^4Fourth/, /^Hub/]);
    await expect(page.locator('#tab-fourth-stage')).toHaveAttribute('aria-selected', 'true');
    await expectSection(page, 'fourth-stage');
    await expect(page.locator('.progress')).toContainText('1 of 5 seen');
    await expectStagesOnTheDrawnRing(page, 4);

    await page.locator('#tab-fourth-stage').press('ArrowRight');
    await expect(page.locator('#tab-the-hub')).toBeFocused();
    await expectSection(page, 'the-hub');
    await expect(page.locator('#tab-fourth-stage')).toContainText('(seen)');
    await page.locator('#note-the-hub').fill('A note on the second site.');
    await page.locator('#note-the-hub').blur();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('#note-the-hub')).toHaveValue('A note on the second site.');
    await expectNoAxeViolations(page, 'on a stage of the second site');

    await openExplorer(page, `${server.url}?mode=present`);
    const controls = page.locator('.presenter-controls');
    // The fixture's steps: 22 for its stages and the end, then a closing page for its UK-wide
    // line and one for its Welsh line.
    await expect(controls.locator('.step-count')).toHaveText('Step 1 of 24');
    await controls.getByRole('button', { name: 'Onwards' }).click();
    await expect(page).toHaveURL(/#first-stage$/);
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.locator('html')).toHaveAttribute('data-live', '');
    await expect(speaker.locator('[data-slot="speaker-now"]')).toHaveText('The first stage');
    await page.keyboard.press('End');
    await expect(speaker.locator('[data-slot="speaker-now"]')).toHaveText('Helplines, page 2');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect(speaker.locator('[data-slot="speaker-now"]')).toHaveText('Where to find help');
    await expectNoAxeViolations(page, 'presenting the second site');
    for (const p of [page, speaker]) expect(await p.evaluate(() => window.violations)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test('no stage label, title or interface text is in the explorer\'s WebAssembly or glue, nor in the editor\'s', async () => {
  // Texts of one word ("Keys", "Close") are left out: as words of code they could be anywhere.
  const texts = [...oneLineTexts(join(ROOT, 'content', 'adversity-cycle.toml')), ...oneLineTexts(SECOND)].filter((t) => t.includes(' '));
  expect(texts.length).toBeGreaterThan(150);
  const bundles = readdirSync(DIST).filter((name) => /^(adversity-cycle|editor)-[0-9a-f]+(_bg\.wasm|\.js)$/.test(name));
  expect(bundles).toHaveLength(4);
  for (const name of bundles) {
    const bytes = readFileSync(join(DIST, name));
    const found = texts.filter((text) => bytes.includes(Buffer.from(text)));
    expect(found, `content in ${name}`).toEqual([]);
  }
});
