// The story as a reader uses it: the at-a-glance cards lead to their
// sections, everything else is one tap away in folds that open without
// script and by keyboard, each claim's source mark opens the seed's own
// sentence, charts follow their box, and each island hydrates in place.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
import { useSite, withPage } from '../lib/site.mjs';

const squash = (s) => s.replace(/\s+/g, '');
const SEED = squash(readFileSync(new URL('../../data/seed.txt', import.meta.url), 'utf8'));
const NO_SCRIPT = {
  ready: false,
  javaScriptEnabled: false,
};

describe('story', () => {
  const site = useSite('/');

  // A phone: touch, so no large-pointer option; both pages.
  const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  for (const path of ['', 'en/']) test(`on a phone, the four at-a-glance cards of /${path} are within the first 1.5 screens, and each leads to its section`, async () => {
    await withPage(site.open(path, PHONE), async ({ page }) => {
      const cards = page.locator('[data-glance]');
      assert.equal(await cards.count(), 4);
      const bottoms = await cards.evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().bottom + scrollY));
      for (const b of bottoms) assert.ok(b <= 844 * 1.5, `a card ends at ${b} px`);
      for (const id of ['health', 'hotline', 'tourism', 'green']) {
        await page.locator(`[data-glance="${id}"]`).click();
        await page.waitForURL(new RegExp(`#${id}$`));
        const top = await page.locator(`#${id}-title`).evaluate((h) => h.getBoundingClientRect().top);
        assert.ok(top >= 0 && top < 844 / 2, `#${id} heading at ${top} px`);
        await page.evaluate(() => window.scrollTo(0, 0));
      }
    });
  });

  test('without script, a section\'s full list and a source mark open and show the seed\'s words', async () => {
    await withPage(site.open('', NO_SCRIPT), async ({ page }) => {
      const all = page.locator('[data-all-facts="health"]');
      const list = all.locator('.fact-list');
      assert.equal(await list.isVisible(), false, 'folded at first');
      await all.locator(':scope > summary').click();
      await list.waitFor({ state: 'visible' });
      assert.ok((await all.locator('li').count()) > 10);
      const mark = page.locator('#beat-health-signed .claim details.src');
      await mark.locator('summary').click();
      const sentences = await mark.locator('.src-sentence').allTextContents();
      assert.ok(sentences.length >= 1);
      for (const s of sentences) assert.ok(SEED.includes(squash(s)), `not in the seed: ${s}`);
    });
  });

  test('the folds open with the keyboard', async () => {
    await withPage(site.open(''), async ({ page }) => {
      const summary = page.locator('[data-all-facts="green"] > summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('[data-all-facts="green"]').evaluate((d) => d.open), true);
      const mark = page.locator('#beat-green-index .claim details.src > summary');
      await mark.focus();
      await page.keyboard.press('Space');
      await page.locator('#beat-green-index .claim .src-sentence').first().waitFor({ state: 'visible' });
    });
  });

  test('every beat has a source mark whose sentences are the seed\'s', async () => {
    await withPage(site.open('en/'), async ({ page }) => {
      const beats = await page.locator('.beat').evaluateAll((bs) =>
        bs.map((b) => [b.id, [...b.querySelectorAll(':scope > .beat-text > .claim .src-sentence')].map((s) => s.textContent)]),
      );
      assert.ok(beats.length >= 12, `${beats.length} beats`);
      for (const [id, sentences] of beats) {
        assert.ok(sentences.length > 0, `${id} has no source`);
        for (const s of sentences) assert.ok(SEED.includes(squash(s)), `${id}: not in the seed: ${s}`);
      }
    });
  });

  test('a chart keeps its prerendered drawing on a phone and redraws for a wider box', async () => {
    await withPage(site.open('', { ready: false, viewport: { width: 390, height: 844 } }), async ({ page }) => {
      const chart = '[data-chart="health-rates"] svg';
      await page.locator(chart).evaluate((s) => (s.__prerendered = true));
      await waitForApp(page);
      assert.equal(await page.locator(chart).evaluate((s) => s.__prerendered === true), true,
        'the phone keeps the prerendered drawing: no redraw on load');
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.waitForFunction((c) => !document.querySelector(c).__prerendered, chart);
      const fits = () => page.locator(chart).evaluate((s) => [Number(s.getAttribute('width')), s.parentElement.clientWidth]);
      const [drawn, box] = await fits();
      assert.ok(Math.abs(drawn - box) <= box * 0.1, `drawn at ${drawn} for a ${box} px box`);
    });
  });

  test('each island hydrates in its own root, and the page around it is untouched', async () => {
    await withPage(site.open('', { ready: false }), async ({ page }) => {
      const before = await page.evaluate(() => document.querySelector('.glance').outerHTML);
      const islandsBefore = await islandText(page);
      await waitForApp(page);
      const islands = await page.locator('[data-island]').evaluateAll((es) => es.map((e) => [e.dataset.island, e.hasAttribute('data-hydrated')]));
      assert.ok(islands.length >= 6, `${islands.length} islands`);
      for (const [name, hydrated] of islands) assert.ok(hydrated, `${name} not hydrated`);
      const off = await page.locator('.island-off').evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).length);
      assert.equal(off, 0, 'no "cannot run" line while the app runs');
      assert.equal(await page.evaluate(() => document.querySelector('.glance').outerHTML), before);
      assert.deepEqual(await islandText(page), islandsBefore, 'hydration changed an island\'s text or ids');
    });
  });

  test('on a phone only the islands near the first screen hydrate on load; the others when the reader scrolls near', async () => {
    await withPage(site.open('', { ready: false, viewport: { width: 390, height: 844 } }), async ({ page }) => {
      const hydrated = () => page.locator('[data-island][data-hydrated]').evaluateAll((es) => es.map((e) => e.dataset.island));
      await page.waitForSelector('[data-controls-ready]', { state: 'attached' });
      // Time for any island the first screen wrongly woke to hydrate too.
      await page.waitForTimeout(500);
      // The hotline section is the fourth of four, many screens down.
      const onLoad = await hydrated();
      for (const chart of ['chart:hotline-channels', 'chart:hotline-handling', 'chart:hotline-topics']) {
        assert.ok(!onLoad.includes(chart), `${chart} hydrated on load: ${onLoad}`);
      }
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-app-ready')), false);
      await page.locator('[data-chart="hotline-topics"]').scrollIntoViewIfNeeded();
      await page.locator('[data-island="chart:hotline-topics"][data-hydrated]').waitFor({ state: 'attached' });
    });
  });
});

/** Each island's text and the ids inside it, as a reader and a link see them. */
function islandText(page) {
  return page.locator('[data-island]').evaluateAll((es) =>
    es.map((e) => [e.dataset.island, e.textContent.replace(/\s+/g, ' ').trim(), [...e.querySelectorAll('[id]')].map((x) => x.id)]),
  );
}
