// Content before code: the built pages carry the whole report, readable
// with JavaScript off, and hydration leaves what was prerendered in place.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
import { requireDist } from '../lib/dist.mjs';
import { useSite, withPage } from '../lib/site.mjs';

const squash = (s) => s.replace(/\s+/g, '');
// The source itself, independent of the page and of the data file.
const SEED = squash(readFileSync(new URL('../../data/seed.txt', import.meta.url), 'utf8'));

describe('prerendered pages', () => {
  const site = useSite('/');

  for (const path of ['', 'en/']) {
    test(`/${path} is readable with JavaScript off`, async () => {
      await withPage(site.open(path, {
        ready: false, // the app cannot start: script is off
        javaScriptEnabled: false,
      }), async ({ page }) => {
        for (const id of ['tourism', 'health', 'green', 'hotline', 'method']) {
          assert.equal(await page.locator(`section#${id} h2`).count(), 1, id);
        }
        // Every source sentence is in the page, folded but present, and is
        // the seed's own words (whitespace aside: the seed is hard-wrapped).
        const sentences = await page.$$eval('details.src .src-sentence', (bs) => bs.map((b) => b.textContent));
        assert.ok(sentences.length > 100, `${sentences.length} source sentences`);
        for (const s of sentences) assert.ok(SEED.includes(squash(s)), `not in the seed: ${s}`);
        assert.equal(await page.locator('[data-chart] svg').count(), 5, 'charts are drawn');
        // Every link on the page leads somewhere that exists.
        const hrefs = await page.$$eval('a[href]', (as) => [...new Set(as.map((a) => a.href))]);
        for (const href of hrefs) {
          const url = new URL(href);
          if (url.hash && url.pathname === new URL(page.url()).pathname) {
            assert.equal(await page.locator(url.hash).count(), 1, `anchor ${url.hash}`);
          } else {
            const res = await page.request.get(href);
            assert.equal(res.status(), 200, href);
          }
        }
      });
    });

    test(`/${path} hydrates without changing what was prerendered`, async () => {
      const html = readFileSync(join(requireDist(), path, 'index.html'), 'utf8');
      await withPage(site.open(path, {
        ready: false, // the prerendered page is read first, then hydrated
        // Drawn at the width they were prerendered at, so text is comparable.
        viewport: { width: 1366, height: 900 },
      }), async ({ page, problems }) => {
        const server_ = await page.evaluate((h) => {
          const doc = new DOMParser().parseFromString(h, 'text/html');
          const app = doc.getElementById('app');
          // A chart redraws for its box once mounted: its drawing's words
          // may wrap or move; the words around it may not change.
          app.querySelectorAll('svg').forEach((s) => s.remove());
          return { text: app.textContent, ids: [...app.querySelectorAll('[id]')].map((e) => e.id) };
        }, html);
        await waitForApp(page, problems);
        const client = await page.evaluate(() => {
          const app = document.getElementById('app').cloneNode(true);
          app.querySelectorAll('svg').forEach((s) => s.remove());
          return { text: app.textContent, ids: [...app.querySelectorAll('[id]')].map((e) => e.id) };
        });
        assert.deepEqual(client.ids, server_.ids);
        assert.equal(squash(client.text), squash(server_.text));
      });
    });
  }
});
