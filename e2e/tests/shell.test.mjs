// The built app boots in a real browser, cleanly, both at the site root and
// under a sub-path (the latter proves Trunk's public_url "./" keeps every
// asset URL relative: the server 404s anything outside the prefix).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSite, withPage } from '../lib/site.mjs';

describe('app shell', () => {
  const sites = { '/': useSite('/'), '/a/b/': useSite('/a/b/') };

  // Both language pages, at the root and under a sub-path: en/ must find
  // its assets one level up wherever the site sits.
  for (const [prefix, path] of [['/', ''], ['/', 'en/'], ['/a/b/', ''], ['/a/b/', 'en/']]) {
    test(`boots cleanly when served at ${prefix}${path}`, async () => {
      await withPage(sites[prefix].open(path), async ({ page }) => {
        const h1 = (await page.locator('h1').first().textContent({ timeout: 5000 }))?.trim();
        assert.ok(h1, 'the app shows an <h1> with text');
      });
    });
  }
});
