// Release first-load weight stays under the budget in e2e/size-budget.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { E2E_DIR, firstLoadFiles, requireDist, sizes } from '../lib/dist.mjs';

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
