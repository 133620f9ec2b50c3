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

  for (const prefix of ['/', '/a/b/']) {
    test(`boots cleanly when served at ${prefix}`, async () => {
      const server = await startServer({ root: requireDist(), prefix });
      const { context, page, problems, assertClean } = await openPage(browser, server.url);
      try {
        await waitForApp(page, problems);
        const h1 = (await page.locator('h1').first().textContent({ timeout: 5000 }))?.trim();
        assert.ok(h1, 'the app shows an <h1> with text');
        assertClean();
      } finally {
        await context.close();
        await server.close();
      }
    });
  }
});
