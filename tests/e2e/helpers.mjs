// Shared steps for the end-to-end tests.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects console errors and warnings and uncaught page errors, to assert there were none. */
export function watchForProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return problems;
}

/**
 * Opens the explorer and waits until the app has taken over the prerendered page. Unless
 * `firstVisit` is set, the browser is one that has already read the first-visit content note.
 */
export async function openExplorer(page, path = '/', { firstVisit = false } = {}) {
  if (!firstVisit) {
    await page.addInitScript(() => localStorage.setItem('adversity-cycle.content-note-seen', '1'));
  }
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
}

/** The ids of the stages, in the order of the list of stages. */
export async function stageIds(page) {
  return page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('href').slice(1)));
}

/** The ids of the panel sections the user can see. */
export async function visibleSections(page) {
  return page.locator('#panel > section').evaluateAll((sections) => sections.filter((s) => s.checkVisibility()).map((s) => s.id));
}

/** Waits until the panel shows exactly this one section (the app updates it just after). */
export async function expectSection(page, id) {
  await expect.poll(() => visibleSections(page), { message: `the panel shows only ${id}` }).toEqual([id]);
}

/** Runs axe-core for the WCAG 2.2 AA tags and expects no violations. */
export async function expectNoAxeViolations(page, context) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations ${context}`).toEqual([]);
}
