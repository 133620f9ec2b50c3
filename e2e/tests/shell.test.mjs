// The built app boots in a real browser, cleanly, both at the site root and
// under a sub-path (the latter proves Trunk's public_url "./" keeps every
// asset URL relative: the server 404s anything outside the prefix).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, waitForApp } from '../lib/browser.mjs';
import { requireDist } from '../lib/dist.mjs';
import { startServer } from '../lib/server.mjs';

describe('app shell', () => {
  let browser;
  before(async () => {
    requireDist(); // fail with "run trunk build" rather than a browser timeout
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  // Both language pages, at the root and under a sub-path: en/ must find
  // its assets one level up wherever the site sits.
  for (const [prefix, page] of [['/', ''], ['/', 'en/'], ['/a/b/', ''], ['/a/b/', 'en/']]) {
    test(`boots cleanly when served at ${prefix}${page}`, async () => {
      const server = await startServer({ root: requireDist(), prefix });
      const { context, page: tab, problems, assertClean } = await openPage(browser, server.url + page);
      const page_ = tab;
      try {
        await waitForApp(page_, problems);
        const h1 = (await page_.locator('h1').first().textContent({ timeout: 5000 }))?.trim();
        assert.ok(h1, 'the app shows an <h1> with text');
        assertClean();
      } finally {
        await context.close();
        await server.close();
      }
    });
  }
});
