// Release first-load weight stays under the budget in e2e/size-budget.json,
// and the first load is what a phone really fetches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { E2E_DIR, firstLoadFiles, laterFiles, requireDist, sizes } from '../lib/dist.mjs';
import { useSite, withPage } from '../lib/site.mjs';

test('first load fits the brotli size budget', () => {
  const { first_load_brotli_bytes: budget } = JSON.parse(
    readFileSync(join(E2E_DIR, 'size-budget.json'), 'utf8'),
  );
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
      await page.locator('[data-island="toolbar"][data-hydrated]').waitFor({ state: 'attached' });
      await page.locator('[data-island="nav"][data-hydrated]').waitFor({ state: 'attached' });
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
});
