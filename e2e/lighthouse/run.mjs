// Not a test: Lighthouse (mobile defaults, simulated 4× slower CPU relative
// to this host) against the built dist/, served brotli-compressed on
// 127.0.0.1, for the Chinese and the English page, three runs each. Prints
// the medians: the four scores, total blocking time, FCP, LCP and the
// longest main-thread task. Measure with nothing else running.
// node e2e/lighthouse/run.mjs   (after `npm install` in this folder; RUNS=n)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARGS, CHROMIUM } from '../lib/browser.mjs';
import { distDir, firstLoadFiles } from '../lib/dist.mjs';
import { startServer } from '../lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, 'node_modules/.bin/lighthouse');
const runs = Number(process.env.RUNS) || 3;
const server = await startServer({ root: distDir(), prefix: '/', compress: true });
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
// As a CDN would have them: compressed before the first reader asks.
for (const file of ['en/', ...firstLoadFiles(distDir())]) {
  await fetch(server.url + file, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

async function once(path, n) {
  const report = join(out, `${path.replace('/', '') || 'zh'}-${n}.json`);
  // Asynchronous: the server answering Lighthouse runs in this process.
  await promisify(execFile)(cli, [
    server.url + path,
    '--quiet',
    '--output=json',
    `--output-path=${report}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless ${ARGS.join(' ')} --user-data-dir=${mkdtempSync(join(tmpdir(), 'lh-profile-'))}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM } });
  const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
  const longTasks = audits['long-tasks']?.details?.items ?? [];
  return {
    performance: categories.performance.score * 100,
    accessibility: categories.accessibility.score * 100,
    bestPractices: categories['best-practices'].score * 100,
    seo: categories.seo.score * 100,
    tbt: audits['total-blocking-time'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    longest: Math.max(0, ...longTasks.map((t) => t.duration)),
  };
}

try {
  console.log(`median of ${runs} runs per page`);
  console.log('page      perf  a11y  best  seo   TBT ms   FCP ms   LCP ms   longest task ms');
  for (const path of ['', 'en/']) {
    const results = [];
    for (let n = 0; n < runs; n++) results.push(await once(path, n));
    const m = (k) => median(results.map((r) => r[k]));
    const col = (x, w) => String(Math.round(x)).padStart(w);
    console.log(
      `/${path.padEnd(8)} ${col(m('performance'), 4)}  ${col(m('accessibility'), 4)}  ${col(m('bestPractices'), 4)}  ${col(m('seo'), 3)}  ${col(m('tbt'), 7)}  ${col(m('fcp'), 7)}  ${col(m('lcp'), 7)}  ${col(m('longest'), 16)}`,
    );
  }
} finally {
  await server.close();
}
