// The report stays usable when the interactive layer cannot start, and runs
// under its Content-Security-Policy. Offline: offline.test.mjs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
import { useSite, withPage } from '../lib/site.mjs';

describe('resilience', () => {
  const site = useSite('/a/b/');

  for (const [path, notice] of [['', '互动功能'], ['en/', 'interactive features']]) {
    test(`/${path}: a blocked wasm leaves the report readable, with a notice`, async () => {
      await withPage(site.open(path, {
        ready: false, // the wasm is blocked: the app never starts
        allow: [/_bg\.wasm/, /Failed to fetch|WebAssembly|wasm/i],
        beforeGoto: (p) => p.route(/_bg\.wasm$/, (route) => route.abort('blockedbyclient')),
      }), async ({ page }) => {
        const banner = page.locator('#no-app');
        await banner.waitFor({ state: 'visible' });
        assert.match(await banner.innerText(), new RegExp(notice));
        assert.equal(await page.locator('[data-app-ready]').count(), 0);
        assert.equal(await page.locator('section#health h2').count(), 1);
        assert.equal(await page.locator('[data-chart] svg').count(), 5);
        // Beside the explorer and each chart, a line says what still works,
        // and the controls that would do nothing are gone.
        const off = page.locator('.island-off');
        assert.equal(await off.count(), 6);
        for (const line of await off.all()) assert.ok(await line.isVisible());
        assert.equal(await page.locator('.explorer-controls').isVisible(), false);
        // The toolbar and the section bar need no wasm: they still work.
        await page.getByRole('button', { name: notice === '互动功能' ? '特大' : 'Largest', exact: true }).click();
        assert.equal(await page.getAttribute('html', 'data-text-size'), 'xl');
        await page.locator('.theme-toggle').click();
        assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
        assert.ok(await page.locator('.share').isVisible());
        await page.locator('nav a[href="#hotline"]').click();
        await page.waitForSelector('nav a[href="#hotline"][aria-current="location"]');
      });
    });
  }

  // A translator or an extension that changes an island's elements before it
  // hydrates (Chrome's translation wraps words in <font>) must cost that
  // island only: hydrating it would panic, and a panic stops the whole wasm.
  for (const key of ['explorer', 'chart:hotline-topics']) {
    test(`an island whose content changed (${key}) stays prerendered; the others still work`, async () => {
      await withPage(site.open('', {
        ready: false,
        init: `(${wrapFirstWords})(${JSON.stringify(key)})`,
      }), async ({ page }) => {
        const island = page.locator(`[data-island="${key}"]`);
        const text = () => island.evaluate((e) => e.textContent.replace(/\s+/g, ' ').trim());
        const before = await text();
        assert.equal(await island.locator('font').count(), 1, 'the test changed the island');
        await page.waitForSelector('[data-app-started]', { state: 'attached' });
        // Each island near the screen in turn, as a reader scrolling would.
        for (const name of await page.locator('[data-island]').evaluateAll((es) => es.map((e) => e.dataset.island))) {
          const root = page.locator(`[data-island="${name}"]`);
          await root.evaluate((e) => window.scrollTo({ top: window.scrollY + (e.firstElementChild ?? e).getBoundingClientRect().top - 200, behavior: 'instant' }));
          await page.locator(`[data-island="${name}"]:is([data-hydrated], [data-hydration-skipped])`).waitFor({ state: 'attached' });
          const skipped = await root.evaluate((e) => e.hasAttribute('data-hydration-skipped'));
          assert.equal(skipped, name === key, `${name}: ${skipped ? 'skipped' : 'hydrated'}`);
        }
        assert.equal(await text(), before, 'the changed island kept its prerendered text');
        assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-app-ready')), false);
        assert.equal(await page.locator('#no-app').isVisible(), false);
        // Another island still answers: the explorer's filter, or a chart's keys.
        if (key === 'explorer') {
          const overlay = page.locator('[data-chart="hotline-topics"] .chart-overlay');
          await overlay.focus();
          await page.keyboard.press('ArrowRight');
          await page.locator('[data-chart="hotline-topics"] .tooltip').waitFor();
        } else {
          await page.locator('[data-filter="season"] button[data-value="winter"]').click();
          await page.waitForURL(/[?&]season=winter\b/);
        }
      });
    });
  }

  test('remembered text size and theme apply before (and without) the app', async () => {
    await withPage(site.open('', {
      ready: false, // the wasm is blocked: the app never starts
      allow: [/_bg\.wasm/, /Failed to fetch|WebAssembly|wasm/i],
      init: () => {
        localStorage.setItem('xining-report.text-size', 'xl');
        localStorage.setItem('xining-report.theme', 'dark');
      },
      beforeGoto: (p) => p.route(/_bg\.wasm$/, (route) => route.abort('blockedbyclient')),
    }), async ({ page }) => {
      await page.locator('#no-app').waitFor({ state: 'visible' });
      assert.equal(await page.getAttribute('html', 'data-text-size'), 'xl');
      assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    });
  });

  test('release pages run under a CSP without unsafe-inline scripts', async () => {
    for (const path of ['', 'en/']) {
      // Not ready yet: the policy is read first, then the app must start under it.
      await withPage(site.open(path, { ready: false }), async ({ page, problems }) => {
        const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
        assert.match(policy, /default-src 'self'/);
        assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
        assert.doesNotMatch(policy, /script-src[^;]*'unsafe-inline'/);
        // The app runs: the loader's hash matched, and nothing was refused
        // (assertClean fails on any CSP violation reported to the console).
        await waitForApp(page, problems);
      });
    }
  });
});

/** In the page, before the app starts: wraps the first words inside the
 *  island `key` in <font>, as Chrome's page translation does. */
function wrapFirstWords(key) {
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector(`[data-island="${key}"]`);
    const words = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    }).nextNode();
    const font = document.createElement('font');
    words.replaceWith(font);
    font.append(words);
  });
}
