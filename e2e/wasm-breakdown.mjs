// Not a test: the largest contributors to the wasm, by crate and by item,
// from twiggy on the release wasm as rustc left it (names kept; sizes before
// wasm-bindgen and wasm-opt, so they add up to more than what ships).
// node e2e/wasm-breakdown.mjs [WASM]
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { E2E_DIR } from './lib/dist.mjs';

const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : resolve(E2E_DIR, '../target');
const wasm = process.argv[2] || resolve(target, 'wasm32-unknown-unknown/release/xining-report.wasm');
const csv = execFileSync('twiggy', ['top', '-n', '100000', '--format', 'csv', wasm], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
const rows = csv.trim().split('\n').slice(1).map((line) => {
  const [name, size] = line.match(/^(.*),(\d+),[\d.]+,/)?.slice(1) ?? [line, '0'];
  return { name: name.replace(/^"|"$/g, ''), size: Number(size) };
});
// Custom sections (names, wasm-bindgen's descriptors) never ship.
const code = rows.filter((r) => !/^custom section|function names|__wbindgen_describe/.test(r.name));
// The crate an item belongs to: the first path segment, or for a trait
// impl "<Type as Trait>" the type's crate.
const crateOf = (name) => {
  const impl = name.match(/^<&?(?:mut )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (impl) return impl[1];
  const path = name.match(/^([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return path ? path[1] : name.startsWith('data segment') ? '(data: strings, embedded report)' : '(other)';
};
const byCrate = new Map();
for (const r of code) byCrate.set(crateOf(r.name), (byCrate.get(crateOf(r.name)) ?? 0) + r.size);
const total = code.reduce((n, r) => n + r.size, 0);
const pct = (n) => `${((100 * n) / total).toFixed(1)}%`.padStart(6);
console.log(`wasm before wasm-bindgen/wasm-opt: ${total} B of code and data\n`);
console.log('bytes     share  crate');
for (const [name, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${String(size).padStart(8)}  ${pct(size)}  ${name}`);
}
console.log('\nbytes     share  largest items');
for (const r of code.sort((a, b) => b.size - a.size).slice(0, 10)) {
  console.log(`${String(r.size).padStart(8)}  ${pct(r.size)}  ${r.name.slice(0, 110)}`);
}

// plotters is generic: much of it is compiled into our crate's functions,
// so count every item whose name mentions it (a lower bound for its cost).
const plotters = code.filter((r) => r.name.includes('plotters')).reduce((n, r) => n + r.size, 0);
console.log(`\n${String(plotters).padStart(8)}  ${pct(plotters)}  items naming plotters (chart drawing)`);
