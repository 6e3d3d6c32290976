// The host half of embedding on its own: the host script (`embed.js`, as built) on a page
// whose frame holds a stand-in for the explorer, which keeps every message it is sent and says
// only what a test tells it to. The whole handshake end to end is in embed.spec.mjs.
import { test, expect } from '@playwright/test';
import { PORT } from './playwright.config.mjs';

const PAGE = `http://localhost:${PORT}/hosts/host-script.html`;
// The script serves itself from the explorer's folder; here, the stand-in's origin is the
// page's own, so a test can read what the stand-in received.
const ORIGIN = `http://localhost:${PORT}`;
const ours = (type, fields = {}) => ({ ns: 'adversity-cycle', v: 1, type, ...fields });

/** Opens the page with the host script running and the stand-in listening. */
async function open(page) {
  await page.goto(PAGE);
  await expect.poll(() => page.evaluate(() => typeof window.AdversityCycle)).toBe('object');
  const standIn = page.frame({ url: /stand-in\.html$/ });
  await expect.poll(() => standIn.evaluate(() => Array.isArray(window.received))).toBe(true);
  return standIn;
}

/** The messages of one type the stand-in has received. */
const receivedOf = (standIn, type) => standIn.evaluate((type) => window.received.filter((m) => m.data && m.data.type === type), type);

/** Sends the stand-in a marker from the host page and waits for it: every message the host
 * page posted to the stand-in before it has then arrived. */
async function settled(page, standIn) {
  const marker = `marker-${Math.random()}`;
  await page.evaluate((marker) => document.querySelector('iframe').contentWindow.postMessage(marker, '*'), marker);
  await expect.poll(() => standIn.evaluate((marker) => window.received.some((m) => m.data === marker), marker)).toBe(true);
}

/** A message to the host page's window as the browser would deliver it, handled at once
 * (`dispatchEvent` runs the host script's listener before it returns). By default it comes
 * from the stand-in's window and origin. */
function deliver(page, data, { origin = ORIGIN, from = 'stand-in' } = {}) {
  return page.evaluate(({ data, origin, from }) => {
    const sources = { 'stand-in': document.querySelector('iframe').contentWindow, 'the page': window, 'no one': null };
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: sources[from] }));
    return document.querySelector('iframe').style.height;
  }, { data, origin, from });
}

test('says hello again and again until the explorer answers, then stops and hides the fallback line', async ({ page }) => {
  await page.clock.install();
  const standIn = await open(page);
  await page.clock.runFor(3_000);
  await expect.poll(async () => (await receivedOf(standIn, 'hello')).length).toBeGreaterThanOrEqual(4);
  const hellos = await receivedOf(standIn, 'hello');
  expect(hellos.every((m) => m.origin === ORIGIN && m.data.ns === 'adversity-cycle' && m.data.v === 1)).toBe(true);
  await expect(page.locator('[data-adversity-cycle-fallback]')).toBeVisible();

  await standIn.evaluate((ready) => parent.postMessage(ready, '*'), ours('ready', { stage: '' }));
  await expect.poll(() => page.evaluate(() => window.heard.map((h) => h.type))).toEqual(['adversity-cycle:ready']);
  await expect(page.locator('[data-adversity-cycle-fallback]')).toBeHidden();
  const answered = (await receivedOf(standIn, 'hello')).length;
  await page.clock.runFor(60_000);
  await settled(page, standIn);
  expect((await receivedOf(standIn, 'hello')).length, 'no hello after the answer').toBe(answered);
});

test('an explorer that reloads is greeted again', async ({ page }) => {
  let standIn = await open(page);
  await standIn.evaluate((ready) => parent.postMessage(ready, '*'), ours('ready', { stage: '' }));
  await expect.poll(() => page.evaluate(() => window.heard.length)).toBe(1);
  await standIn.evaluate(() => location.reload());
  standIn = page.frame({ url: /stand-in\.html$/ });
  await expect.poll(async () => (await receivedOf(standIn, 'hello').catch(() => [])).length, { message: 'a hello after the reload' }).toBeGreaterThanOrEqual(1);
});

test('hears only its own frame, at the origin it was given, in messages of its own kind', async ({ page }) => {
  await open(page);
  expect(await page.locator('iframe').evaluate((f) => f.style.height)).toBe('');
  // Each of these is refused; the same message from the frame, at its origin, is not.
  expect(await deliver(page, ours('resize', { height: 800 }), { origin: 'https://elsewhere.example' }), 'another origin').toBe('');
  expect(await deliver(page, ours('resize', { height: 800 }), { from: 'the page' }), 'another window').toBe('');
  expect(await deliver(page, ours('resize', { height: 800 }), { from: 'no one' }), 'no window').toBe('');
  expect(await deliver(page, { ...ours('resize', { height: 800 }), ns: 'someone-else' }), 'another namespace').toBe('');
  expect(await deliver(page, { ...ours('resize', { height: 800 }), v: 2 }), 'another version').toBe('');
  expect(await deliver(page, ours('resize', { height: 100_001 })), 'taller than any page').toBe('');
  expect(await deliver(page, ours('resize', { height: '800' })), 'a height that is not a number').toBe('');
  expect(await deliver(page, 'resize 800'), 'not an object').toBe('');
  expect(await deliver(page, ours('resize', { height: 800 })), 'the frame, at its origin').toBe('800px');
});

test('tells the explorer the height it set, and does not follow its scrollbar coming and going', async ({ page }) => {
  const standIn = await open(page);
  expect(await deliver(page, ours('resize', { height: 800 }))).toBe('800px');
  expect(await deliver(page, ours('resize', { height: 817.4 }))).toBe('818px');
  // Back to the height before last, by no more than a scrollbar: the frame stays as it is, so
  // the explorer's scrollbar does not come back and the frame settles.
  expect(await deliver(page, ours('resize', { height: 800 }))).toBe('818px');
  // A real change of content is followed, smaller or larger.
  expect(await deliver(page, ours('resize', { height: 640 }))).toBe('640px');
  expect(await deliver(page, ours('resize', { height: 1200 }))).toBe('1200px');
  await settled(page, standIn);
  const told = (await receivedOf(standIn, 'resized')).map((m) => m.data.height);
  expect(told).toEqual([800, 818, 818, 640, 1200]);
  expect(await page.evaluate(() => window.heard.filter((h) => h.type === 'adversity-cycle:resize').map((h) => h.detail.height))).toEqual(told);
});

test('brings what the reader chose into view, only if it is not in view already', async ({ page }) => {
  await open(page);
  await deliver(page, ours('resize', { height: 2000 }));
  await deliver(page, ours('scrollto', { top: 100 }));
  expect(await page.evaluate(() => window.scrollY), 'already in view').toBe(0);
  await deliver(page, ours('scrollto', { top: 1500 }));
  expect(await page.evaluate(() => window.scrollY)).toBe(1500 - 16);
});

test('select and reset reach the explorer, at its origin only; a stage that is not text does not', async ({ page }) => {
  const standIn = await open(page);
  await page.evaluate(() => {
    const frame = document.querySelector('iframe');
    window.AdversityCycle.select(frame, 'survival-mode');
    window.AdversityCycle.select(frame, { id: 'survival-mode' });
    window.AdversityCycle.select(document.body, 'survival-mode');
    window.AdversityCycle.reset(frame);
  });
  await settled(page, standIn);
  const sent = await standIn.evaluate(() => window.received.filter((m) => m.data && ['select', 'reset'].includes(m.data.type)));
  expect(sent).toEqual([
    { data: ours('select', { stage: 'survival-mode' }), origin: ORIGIN },
    { data: ours('reset'), origin: ORIGIN },
  ]);
});
