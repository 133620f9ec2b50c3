// The browser tests as an engine matrix: the full suite (tests/, playwright-core)
// in Chromium, and the cross-engine suite (cross/, W3C WebDriver through
// selenium-webdriver: lib/engines.mjs) in Chromium, WebKitGTK and Firefox ESR,
// one engine after the other (two cores: browsers in parallel would time
// each other out). Ends with one line per engine: tests run, passed, and
// each skip with its reason; a skip without one fails the run, as does any
// failure. `node run.mjs [--cross] [engine…]`: only those engines, or only
// the cross-engine suite.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES } from './lib/engines.mjs';

const args = process.argv.slice(2);
const crossOnly = args.includes('--cross');
const engines = args.filter((a) => !a.startsWith('--'));
for (const e of engines) if (!ENGINES.includes(e)) throw new Error(`unknown engine ${e}: one of ${ENGINES.join(', ')}`);

const files = (dir) => readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `${dir}/${f}`);
const suites = (engine) => [...(engine === 'chromium' && !crossOnly ? [['full', files('tests')]] : []), ['cross-engine', files('cross')]];

function runTests(engine, testFiles) {
  const out = join(tmpdir(), `xr-e2e-summary-${process.pid}-${engine}.json`);
  rmSync(out, { force: true });
  return new Promise((done) => {
    const child = spawn(process.execPath, [
      '--test', '--test-concurrency=1',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${new URL('./lib/summary-reporter.mjs', import.meta.url).pathname}`, `--test-reporter-destination=${out}`,
      ...testFiles,
    ], { stdio: 'inherit', env: { ...process.env, ENGINE: engine } });
    child.on('exit', (code) => {
      let counts;
      try {
        counts = JSON.parse(readFileSync(out, 'utf8'));
      } catch {
        counts = { run: 0, passed: 0, failed: 0, skipped: [] };
      }
      rmSync(out, { force: true });
      done({ ...counts, ok: code === 0 && counts.failed === 0 });
    });
  });
}

const minutes = (ms) => `${Math.floor(ms / 60000)}m${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}s`;
const lines = [];
let ok = true;
for (const engine of engines.length ? engines : ENGINES) {
  const total = { run: 0, passed: 0, failed: 0, skipped: [] };
  const parts = [];
  const start = Date.now();
  for (const [name, testFiles] of suites(engine)) {
    console.log(`\n== ${engine}: ${name} suite (${testFiles.length} files)`);
    const r = await runTests(engine, testFiles);
    for (const k of ['run', 'passed', 'failed']) total[k] += r[k];
    total.skipped.push(...r.skipped);
    ok &&= r.ok;
    parts.push(`${name} ${r.run}${r.ok ? '' : ' FAILED'}`);
  }
  const silent = total.skipped.filter((s) => !s.reason);
  ok &&= silent.length === 0;
  const skips = total.skipped.map((s) => `${s.name}: ${s.reason ?? 'NO REASON GIVEN'}`);
  lines.push(`${engine.padEnd(8)} ${total.run} run, ${total.passed} passed, ${total.failed} failed, ${total.skipped.length} skipped` +
    `${skips.length ? ` (${skips.join('; ')})` : ''} [${parts.join(' + ')}; ${minutes(Date.now() - start)}]`);
}
console.log(`\n== engines\n${lines.join('\n')}`);
process.exitCode = ok ? 0 : 1;
