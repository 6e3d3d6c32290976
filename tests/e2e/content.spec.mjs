// The content: what a first visit shows, every part of every stage, the panels reachable from
// every screen, and a broken content file stopping the build.
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, openExplorer, stageIds, expectSection, watchForProblems, expectNoAxeViolations } from './helpers.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
// The post-build hook, as Trunk.toml writes it: `cargo run --quiet --bin prerender`.
const TRUNK_HOOK = (() => {
  const toml = readFileSync(join(repo, 'Trunk.toml'), 'utf8');
  const hook = toml.slice(toml.indexOf('[[hooks]]'));
  const command = hook.match(/^command = "(.*)"$/m)[1];
  const args = JSON.parse(hook.match(/^command_arguments = (\[.*\])$/m)[1]);
  return [command, ...args].join(' ');
})();

test.describe('the first visit', () => {
  test('shows the content note first; Continue goes on to what was asked for, and is remembered', async ({ page }) => {
    const problems = watchForProblems(page);
    await openExplorer(page, '/#survival-mode', { firstVisit: true });
    await expectSection(page, 'content-note');
    await expect(page.locator('#content-note')).toContainText('domestic abuse');
    await expect(page.locator('#content-note a[href="#get-support"]')).toBeVisible();
    await expectNoAxeViolations(page, 'with the content note');
    await page.locator('#content-note button').click();
    await expectSection(page, 'survival-mode');
    await expect(page.locator('#survival-mode-heading')).toBeFocused();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expectSection(page, 'survival-mode');
    expect(problems).toEqual([]);
  });

  test('arriving at a stage\'s address, the note is shown in a valid state: no tab selected, no tab panel, nothing explored yet', async ({ page }) => {
    await openExplorer(page, '/#survival-mode', { firstVisit: true });
    await expectSection(page, 'content-note');
    await expect(page.locator('[role="tab"][aria-selected="true"]')).toHaveCount(0);
    await expect(page.locator('#panel')).not.toHaveAttribute('role', 'tabpanel');
    await expect(page.locator('#tab-survival-mode .visited-mark')).toHaveCount(0);
    await expect(page.locator('[data-slot="progress"]')).toHaveText(/^0 of/);
    // Tab still reaches the list of stages, at the first.
    await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
    await page.locator('#content-note button').click();
    await expect(page.locator('#tab-survival-mode')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#panel')).toHaveAttribute('role', 'tabpanel');
    await expect(page.locator('#panel')).toHaveAttribute('aria-labelledby', 'tab-survival-mode');
    await expect(page.locator('[data-slot="progress"]')).toHaveText(/^1 of/);
    await expect(page.locator('#tab-survival-mode .visited-mark')).toBeVisible();
  });

  test('choosing a stage instead of Continue also goes on, and the note does not come back', async ({ page }) => {
    await openExplorer(page, '/', { firstVisit: true });
    await expectSection(page, 'content-note');
    await page.locator('#tab-ways-of-coping').click();
    await expectSection(page, 'ways-of-coping');
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expectSection(page, 'introduction');
  });

  test('the note offers support straight away', async ({ page }) => {
    await openExplorer(page, '/', { firstVisit: true });
    await page.locator('#content-note a[href="#get-support"]').click();
    await expectSection(page, 'get-support');
  });
});

test.describe('every stage', () => {
  test('shows its summary, explanation, openers, guidance, resources, reflection and notes for trainers', async ({ page }) => {
    await openExplorer(page);
    for (const id of await stageIds(page)) {
      await page.locator(`#tab-${id}`).click();
      const section = page.locator(`#${id}`);
      await expect(section.locator('.summary')).toBeVisible();
      const words = (await section.locator('.explanation').innerText()).split(/\s+/).length;
      expect(words, `${id} explanation length`).toBeGreaterThanOrEqual(80);
      expect(words, `${id} explanation length`).toBeLessThanOrEqual(180);
      expect(await section.locator('.openers-group.for-parents li').count()).toBe(3);
      expect(await section.locator('.openers-group.for-children li').count()).toBe(3);
      await expect(section.locator('.openers-group.for-children')).toContainText('For younger children');
      await expect(section.locator('.talking-with-children')).toContainText('Never promise to keep a secret');
      expect(await section.locator('.resources a[href^="https://"]').count()).toBeGreaterThanOrEqual(2);
      await expect(section.locator('.reflection > p')).toBeVisible();
      await section.locator('.speaker-notes summary').click();
      await expect(section.locator('.speaker-notes p').first()).toBeVisible();
    }
  });
});

test.describe('panels on every screen', () => {
  for (const [link, id, text] of [
    ['Get support', 'get-support', 'Childline'],
    ['Responding to a disclosure', 'responding-to-a-disclosure', 'Never promise'],
    ['Looking after yourself', 'looking-after-yourself', 'vicarious'],
    ['About this diagram', 'about-this-diagram', 'not replace'],
  ]) {
    test(`${link} opens from the introduction and from a stage`, async ({ page }) => {
      for (const start of ['/', '/#babys-world']) {
        await openExplorer(page, start);
        await page.locator('.site-nav a', { hasText: link }).click();
        await expectSection(page, id);
        await expect(page.locator(`#${id}`)).toContainText(text);
        await expectNoAxeViolations(page, `on ${id}`);
      }
    });
  }

  test('the About panel lists its sources with links that open safely', async ({ page }) => {
    await openExplorer(page, '/#about-this-diagram');
    const sources = page.locator('#about-this-diagram .sources li');
    expect(await sources.count()).toBeGreaterThanOrEqual(8);
    for (const link of await page.locator('#panel a[target="_blank"]').all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });
});

test.describe('responding to a disclosure', () => {
  const SECTIONS = [
    'When an adult tells you about abuse now',
    'When a parent tells you they use abuse',
    'When someone tells you about abuse in their childhood',
    'When a child or young person tells you',
  ];

  test('is reached from the header and from an opener in every stage, and says what to do after each kind of telling', async ({ page }) => {
    await openExplorer(page);
    await page.locator('.site-nav a', { hasText: 'Responding to a disclosure' }).click();
    await expectSection(page, 'responding-to-a-disclosure');
    await expect(page.locator('#responding-to-a-disclosure-heading')).toBeFocused();
    const panel = page.locator('#responding-to-a-disclosure');
    await expect(panel.locator('h3')).toHaveText(SECTIONS);
    for (const text of ['DASH', 'Independent Domestic Violence Adviser', 'MARAC', 'without their consent', 'interpreter', 'hand-held notes', 'Do not collude', 'partner\'s worker', 'Respect Phoneline', 'not their fault', 'in contact with children now', 'napac.org.uk', 'Never promise to keep it a secret', 'designated safeguarding lead the same day']) {
      await expect(panel).toContainText(text);
    }
    await expectNoAxeViolations(page, 'on the disclosure panel');
    for (const id of await stageIds(page)) {
      await page.locator(`#tab-${id}`).click();
      const link = page.locator(`#${id} .openers a[href="#responding-to-a-disclosure"]`).first();
      await expect(link, `${id} links an opener to it`).toBeVisible();
      await link.click();
      await expectSection(page, 'responding-to-a-disclosure');
    }
  });

  test('is linked from the helplines on a presentation\'s closing screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openExplorer(page, '/?mode=present#end');
    await expectSection(page, 'get-support');
    const link = page.locator('#get-support a[href="#responding-to-a-disclosure"]');
    await expect(link).toBeVisible();
    await expectNoAxeViolations(page, 'on the closing screen');
    await link.click();
    await expectSection(page, 'responding-to-a-disclosure');
    await expect(page.locator('#responding-to-a-disclosure h3')).toHaveText(SECTIONS);
    await expectNoAxeViolations(page, 'on the disclosure panel while presenting');
  });

  test('is in the printed handout, every section of it', async ({ page }) => {
    await openExplorer(page);
    await page.emulateMedia({ media: 'print' });
    for (const heading of SECTIONS) await expect(page.locator('#responding-to-a-disclosure h3', { hasText: heading })).toBeVisible();
    await expectNoAxeViolations(page, 'printing');
  });
});

test.describe('helplines for the reader\'s nation', () => {
  test('choosing a nation shows the UK-wide services and that nation\'s own, and is remembered', async ({ page }) => {
    await openExplorer(page, '/#get-support');
    const services = page.locator('#get-support .service');
    const visibleNames = () => services.evaluateAll((all) => all.filter((s) => s.checkVisibility()).map((s) => s.querySelector('.service-name').textContent));
    const everyone = await visibleNames();
    expect(everyone).toContain('Live Fear Free');
    expect(everyone).toContain('Domestic and Sexual Abuse Helpline (Northern Ireland)');
    for (const service of await services.all()) await expect(service.locator('.service-who')).not.toBeEmpty();
    await page.getByRole('radio', { name: 'Wales' }).check();
    const wales = await visibleNames();
    expect(wales).toContain('Live Fear Free');
    expect(wales).toContain('Samaritans');
    expect(wales).not.toContain('Domestic and Sexual Abuse Helpline (Northern Ireland)');
    expect(wales).not.toContain('National Domestic Abuse Helpline (Refuge)');
    await expectNoAxeViolations(page, 'with a nation chosen');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.getByRole('radio', { name: 'Wales' })).toBeChecked();
    expect(await visibleNames()).toEqual(wales);
    await page.getByRole('radio', { name: 'All of the UK' }).check();
    expect(await visibleNames()).toEqual(everyone);
  });
});

test.describe('a broken content file', () => {
  test('stops the release build with a message naming the file, line, stage and field; the editor lists the same messages by line', async ({ page }) => {
    // The build's post-build hook (Trunk.toml), run as Trunk runs it, on a copy of the built
    // site, from a folder whose content file has a typo in a field's name.
    const copy = mkdtempSync(join(tmpdir(), 'adversity-cycle-broken-'));
    try {
      mkdirSync(join(copy, 'content'));
      cpSync(DIST, join(copy, 'dist'), { recursive: true });
      const lines = readFileSync(join(repo, 'content/adversity-cycle.toml'), 'utf8').split('\n');
      const stage = lines.indexOf('id = "survival-mode"');
      const summary = lines.findIndex((line, i) => i > stage && line.startsWith('summary = '));
      lines[summary] = 'sumary = "A typo in the field name."';
      writeFileSync(join(copy, 'content/adversity-cycle.toml'), lines.join('\n'));
      const hook = TRUNK_HOOK.split(' ');
      const build = spawnSync(hook[0], [...hook.slice(1), '--manifest-path', join(repo, 'Cargo.toml'), '--', join(copy, 'dist')], {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, TRUNK_PROFILE: 'release' },
      });
      const output = build.stdout + build.stderr;
      expect(build.status, output).not.toBe(0);
      expect(output).toContain(`content/adversity-cycle.toml:${summary + 1}: stage "survival-mode", field "sumary": is not a field`);
      expect(output).toContain('stage "survival-mode", field "summary": is missing');
      expect(output).toContain('the content file has mistakes, so the site was not built');

      // The editor, given the same file, lists exactly the build's messages, each with its line
      // where the build names the file.
      await page.goto('/edit.html');
      await page.locator('#editor-text').fill(lines.join('\n'));
      await expect(page.locator('.editor-mistake').first()).toBeVisible();
      // (Each message once, whatever repeats the build's output.)
      const built = [...new Set(output.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('content/adversity-cycle.toml:')))];
      const inTheEditor = built.map((line) => line.replace(/^content\/adversity-cycle\.toml:(\d+): /, 'Line $1: '));
      expect(await page.locator('.editor-mistake').allTextContents()).toEqual(inTheEditor);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
