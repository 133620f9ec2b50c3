// Release first-load weight stays under the budget in e2e/size-budget.json,
// and the first load is what a phone really fetches; a first visit on a
// phone, worker on, stays within the visit budgets (as scripts/bench
// measures it: lib/visit.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from '../lib/browser.mjs';
import { E2E_DIR, firstLoadFiles, laterFiles, requireDist, sizes } from '../lib/dist.mjs';
import { useSite, withPage } from '../lib/site.mjs';
import { measureVisit, startCdn } from '../lib/visit.mjs';

const budgets = () => JSON.parse(readFileSync(join(E2E_DIR, 'size-budget.json'), 'utf8'));

test('first load fits the brotli size budget', () => {
  const { first_load_brotli_bytes: budget } = budgets();
  assert.ok(Number.isInteger(budget) && budget > 0, 'size-budget.json: first_load_brotli_bytes');
  const dist = requireDist(); // a missing build must fail, not pass as 0 bytes
  const rows = firstLoadFiles(dist).map((f) => ({ f, ...sizes(readFileSync(join(dist, f)), f) }));
  const total = rows.reduce((s, r) => s + r.brotli, 0);
  const row = (b, raw, f) => `  ${String(b).padStart(10)}  ${String(raw).padStart(10)}  ${f}`;
  const table = [
    row('brotli B', 'raw B', 'file'),
    ...rows.map((r) => row(r.brotli, r.raw, r.f)),
    row(total, rows.reduce((s, r) => s + r.raw, 0), 'TOTAL'),
  ].join('\n');
  assert.ok(
    rows.some((r) => r.f.endsWith('.wasm')),
    `no .wasm found in the first load of ${dist}:\n${table}`,
  );
  assert.ok(
    total <= budget,
    `first load is ${total} B brotli, over the budget of ${budget} B by ${total - budget} B ` +
      `(${dist}):\n${table}`,
  );
});

describe('what a phone fetches', () => {
  const site = useSite('/r/');

  test('the first screen fetches the first-load files and not the later module; the explorer brings it', async () => {
    const fetched = [];
    await withPage(site.open('', {
      ready: false,
      viewport: { width: 390, height: 844 },
      beforeGoto: (p) => p.on('request', (r) => fetched.push(new URL(r.url()).pathname.replace(/^\/r\//, ''))),
    }), async ({ page }) => {
      await page.waitForSelector('[data-controls-ready]', { state: 'attached' });
      await page.waitForTimeout(500);
      const code = (files) => files.filter((f) => /\.(js|wasm|css)$/.test(f)).sort();
      const expected = code(firstLoadFiles().filter((f) => f !== 'sw.js'));
      assert.deepEqual(code(fetched.filter((f) => f !== 'sw.js')), expected);
      const later = laterFiles(readFileSync(join(requireDist(), 'index.html'), 'utf8'));
      assert.equal(later.length, 2, 'index.html names the later module');
      await page.locator('[data-island="explorer"] > *').first().scrollIntoViewIfNeeded();
      await page.locator('[data-island="explorer"][data-hydrated]').waitFor({ state: 'attached' });
      for (const f of later) assert.ok(fetched.includes(f), `${f} not fetched near the explorer: ${fetched}`);
    });
  });

  // A shared view shows as soon as it can: the module comes with the page,
  // before the reader scrolls, and the explorer then shows the winter view.
  for (const path of ['?season=winter', '?q=%E7%A4%BE%E7%81%AB', '#chart-hotline-topics']) {
    test(`a shared link (${path}) fetches the later module at once`, async () => {
      const fetched = [];
      await withPage(site.open(path, {
        ready: false,
        viewport: { width: 390, height: 844 },
        beforeGoto: (p) => p.on('request', (r) => fetched.push(new URL(r.url()).pathname.replace(/^\/r\//, ''))),
      }), async ({ page }) => {
        const later = laterFiles(readFileSync(join(requireDist(), 'index.html'), 'utf8'));
        const start = await page.evaluate(() => scrollY);
        await page.waitForFunction((files) => performance.getEntriesByType('resource')
          .filter((e) => files.some((f) => e.name.endsWith(f)) && e.responseEnd > 0).length === files.length, later);
        if (path.startsWith('?')) {
          assert.equal(start, 0, 'nothing scrolled');
          assert.equal(await page.evaluate(() => scrollY), 0, 'fetched without scrolling');
          await page.locator('[data-explorer-item]').first().scrollIntoViewIfNeeded();
          await page.locator('[data-island="explorer"][data-hydrated]').waitFor({ state: 'attached' });
          if (path.includes('season')) {
            await page.locator('[data-filter="season"] button[data-value="winter"][aria-pressed="true"]')
              .waitFor({ state: 'attached' });
          } else {
            await page.waitForFunction(() => document.querySelector('#explorer-search')?.value === '社火');
          }
        }
        for (const f of later) assert.ok(fetched.includes(f), `${f}: ${fetched}`);
      });
    });
  }
});

describe('a first visit on a phone, service worker on, served as a CDN would', () => {
  let server, browser;
  before(async () => {
    server = await startCdn(requireDist());
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the first screen and the whole read fit the budget', async () => {
    const { first_screen_bytes, full_read_bytes, wasm_modules } = budgets();
    for (const [name, value] of Object.entries({ first_screen_bytes, full_read_bytes, wasm_modules })) {
      assert.ok(Number.isInteger(value) && value > 0, `size-budget.json: ${name}`);
    }
    const { firstScreen, fullRead, requests } = await measureVisit(browser, server);
    const log = requests.map((r) => `  ${String(r.bytes).padStart(8)}  ${r.status}  ${r.path}`).join('\n');
    assert.ok(
      firstScreen.bytes <= first_screen_bytes,
      `first screen: ${firstScreen.bytes} B in ${firstScreen.requests} requests, over ${first_screen_bytes} B:\n${log}`,
    );
    assert.ok(
      fullRead.bytes <= full_read_bytes,
      `whole read: ${fullRead.bytes} B in ${fullRead.requests} requests, over ${full_read_bytes} B:\n${log}`,
    );
    assert.ok(fullRead.wasm <= wasm_modules, `${fullRead.wasm} wasm modules fetched, budget ${wasm_modules}:\n${log}`);
  });
});
