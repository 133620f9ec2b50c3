// The "interactive features unavailable" notice (static/boot.js): shown for
// the app's own failures only, either module's, and kept once shown.
// (resilience.test.mjs: the notice when the wasm is blocked.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSite, withPage } from '../lib/site.mjs';

const notice = (page) => page.locator('#no-app');

describe('unavailable notice', () => {
  const site = useSite('/');

  test("errors of scripts the page does not own (in-app browsers inject some) don't show it", async () => {
    await withPage(site.open('', {
      allow: [/injected by the browser/],
      // After boot.js has run, before the app is ready: the window in which
      // a counted error would show the notice.
      init: () => document.addEventListener('DOMContentLoaded', () => {
        setTimeout(() => {
          throw new Error('injected by the browser');
        });
        Promise.reject(new Error('injected by the browser, rejected'));
      }),
    }), async ({ page }) => {
      assert.equal(await notice(page).isHidden(), true);
    });
  });

  test('without WebAssembly it shows once the page is parsed, even if the loader never runs', async () => {
    await withPage(site.open('', {
      ready: false,
      init: () => delete window.WebAssembly,
      // A browser that runs no module script never runs Trunk's loader, so
      // nothing fails: only the check itself can show the notice.
      beforeGoto: (p) => p.route(site.url, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<script type="module">[\s\S]*?<\/script>/, '');
        await route.fulfill({ response, body: html });
      }),
    }), async ({ page }) => {
      await notice(page).waitFor({ state: 'visible' });
    });
  });

  test("the loader's module failing to load shows it", async () => {
    await withPage(site.open('', {
      ready: false,
      allow: [/xining-report-[0-9a-f]+\.js/],
      beforeGoto: (p) => p.route(/xining-report-[0-9a-f]+\.js$/, (route) => route.abort('blockedbyclient')),
    }), async ({ page }) => {
      await notice(page).waitFor({ state: 'visible' });
    });
  });

  test("the later module failing shows it, the page's module started or not", async () => {
    await withPage(site.open('', {
      ready: false,
      allow: [/later-[0-9a-f]+_bg\.wasm/, /Failed to fetch|WebAssembly|wasm/i],
      beforeGoto: (p) => p.route(/later-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('blockedbyclient')),
    }), async ({ page }) => {
      await page.waitForSelector('[data-app-started]', { state: 'attached' });
      await page.locator('[data-island="explorer"]').evaluate((e) => e.parentElement.scrollIntoView());
      await notice(page).waitFor({ state: 'visible' });
    });
  });
});
