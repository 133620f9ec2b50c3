// The "interactive features unavailable" notice (static/boot.js): shown for
// the app's own failures only, and taken back once the app is ready.
// (resilience.test.mjs: the notice when the wasm is blocked.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
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

  test('it goes once the app is ready', async () => {
    await withPage(site.open('', {
      ready: false,
      // A failure the app survives (none does on its own): an error naming
      // the loader's module, dispatched before the app mounts, once boot.js
      // has found the notice.
      init: () => document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
        const loader = document.querySelector('script[type="module"]:not([src])').textContent;
        const module = new URL(loader.match(/import\('([^']+\.js)'\)/)[1], location.href).href;
        const error = new Error('a transient failure');
        error.stack = `Error: a transient failure\n    at ${module}:1:1`;
        window.dispatchEvent(new ErrorEvent('error', { error, filename: module }));
        window.noticeShown = !document.getElementById('no-app').hidden;
      })),
    }), async ({ page, problems }) => {
      await waitForApp(page, problems);
      assert.equal(await page.evaluate(() => window.noticeShown), true, 'the failure was not counted');
      await notice(page).waitFor({ state: 'hidden' });
    });
  });
});
