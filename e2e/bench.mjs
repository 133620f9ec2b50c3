// Size and load-time benchmark for the built app. Not a test: it prints numbers.
//   node e2e/bench.mjs            (DIST=... to point at another build, BENCH_RUNS=n)
// Exports its pieces so later benchmarks (e.g. timing a click) can reuse them.
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READY_TIMEOUT, launchBrowser, openPage, waitForApp } from './lib/browser.mjs';
import { E2E_DIR, firstLoadFiles, laterFiles, listFiles, requireDist, sizes } from './lib/dist.mjs';
import { startServer } from './lib/server.mjs';
import { FIRST_SCREEN_MS, measureVisit, startCdn } from './lib/visit.mjs';

export { launchBrowser, openPage, startServer };

/** Plain-text table: strings left-aligned, numbers right-aligned. */
export function formatTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => (c == null ? '' : String(c))));
  const w = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const numeric = header.map((_, i) => rows.every((r) => r[i] == null || typeof r[i] === 'number' || /^[\d.,]+( ms)?$|^n\/a$/.test(r[i])));
  const line = (r) => r.map((c, i) => (numeric[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd();
  return [line(all[0]), w.map((n) => '-'.repeat(n)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** Per-file raw/gzip/brotli for everything in dist, with first-load files marked. */
export function sizeReport(dist = requireDist()) {
  const first = new Set(firstLoadFiles(dist));
  const later = new Set(laterFiles(readFileSync(join(dist, 'index.html'), 'utf8')));
  const rows = listFiles(dist).map((f) => ({ file: f, first: first.has(f), later: later.has(f), ...sizes(readFileSync(join(dist, f)), f) }));
  const sum = (rs, k) => rs.reduce((s, r) => s + r[k], 0);
  const total = (label, rs) => [label, '', sum(rs, 'raw'), sum(rs, 'gzip'), sum(rs, 'brotli')];
  const firstRows = rows.filter((r) => r.first);
  return {
    rows,
    firstLoadBrotli: sum(firstRows, 'brotli'),
    text: formatTable(
      ['file', 'first load', 'raw', 'gzip -9', 'brotli -q 11'],
      [
        ...rows.map((r) => [r.file, r.first ? 'yes' : r.later ? 'near' : '', r.raw, r.gzip, r.brotli]),
        total('TOTAL first load', firstRows),
        // A reader who scrolls to the explorer or a chart also fetches these.
        total('TOTAL first load + later module', rows.filter((r) => r.first || r.later)),
        total('TOTAL dist', rows),
      ],
    ),
  };
}

// Runs before any page script: notes performance.now() (ms since navigation
// start) the moment the first screen's controls answer to input
// (<html data-controls-ready>, set by boot.js), so the figure is not
// inflated by playwright's polling round-trips. Islands further down hydrate when the
// reader scrolls near them (src/ui/hydrate.rs).
const READY_PROBE = () => {
  const check = () => {
    if (window.__appReadyAt === undefined && document.documentElement.hasAttribute('data-controls-ready')) {
      window.__appReadyAt = performance.now();
      mo.disconnect();
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-controls-ready'] });
};

/** One cold load in a fresh context (empty cache); returns {fcp, ready} in ms. */
export async function timeLoad(browser, url) {
  const { context, page, assertClean } = await openPage(browser, url, { init: READY_PROBE });
  try {
    await page.waitForFunction(() => window.__appReadyAt !== undefined, null, { timeout: READY_TIMEOUT });
    // Let the frame after mount paint, so FCP exists even if it came late.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const m = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      ready: window.__appReadyAt,
    }));
    assertClean(); // timing a broken page would be meaningless
    return m;
  } finally {
    await context.close();
  }
}

export function stats(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  if (!v.length) return { median: null, min: null, max: null, n: 0 };
  const mid = v.length >> 1;
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v.at(-1), n: v.length };
}

const ms = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);

export const LOAD_LABELS = { fcp: 'first-contentful-paint', ready: 'time to the first screen\'s controls ready' };

/** `fn(browser, url)` → {metric: ms, ...}, `runs` times; returns a printable table. */
export async function benchLoads(browser, url, runs, fn = timeLoad, labels = LOAD_LABELS, warmup = 1) {
  // Uncounted first load(s): the first page in a new browser pays for process
  // start-up, which is not the app's cost.
  for (let i = 0; i < warmup; i++) await fn(browser, url);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await fn(browser, url));
  const names = Object.keys(samples[0]);
  const rows = names.map((k) => {
    const s = stats(samples.map((x) => x[k]));
    return [labels[k] ?? k, ms(s.median), ms(s.min), ms(s.max), s.n];
  });
  return { samples, text: formatTable(['metric', 'median', 'min', 'max', 'n'], rows) };
}

// Runs in the page: clicks a season button and measures, with
// performance.now() on both ends, until a MutationObserver sees the results
// change (dom) and until the frame after that change (frame).
const CLICK_PROBE = (season) =>
  new Promise((resolve) => {
    const results = document.querySelector('.explorer-results');
    const button = document.querySelector(`[data-filter="season"] button[data-value="${season}"]`);
    let start;
    const mo = new MutationObserver(() => {
      mo.disconnect();
      const dom = performance.now() - start;
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - start }));
    });
    mo.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
    start = performance.now();
    button.click();
  });

export const CLICK_LABELS = {
  dom: 'season click → list updated',
  frame: 'season click → next frame',
};

/** One fresh page: the first click on "winter" once the explorer is up; {dom, frame} in ms. */
export async function timeSeasonClick(browser, url) {
  const { context, page, assertClean } = await openPage(browser, url);
  try {
    await waitForApp(page);
    await page.waitForSelector('[data-explorer-count]', { timeout: READY_TIMEOUT });
    const m = await page.evaluate(CLICK_PROBE, 'winter');
    assertClean();
    return m;
  } finally {
    await context.close();
  }
}

// Runs in the page: narrows the layout and measures until every chart has
// been redrawn to its new box (its SVG's width attribute changes): the
// browser-side cost of drawing all seven charts with plotters and patching
// them into the page.
const REDRAW_PROBE = () =>
  new Promise((resolve) => {
    const svgs = () => [...document.querySelectorAll('[data-chart] svg')];
    const before = svgs().map((s) => s.getAttribute('width'));
    const start = performance.now();
    document.body.style.width = '360px';
    window.dispatchEvent(new Event('resize'));
    const check = () => {
      const now = svgs().map((s) => s.getAttribute('width'));
      if (now.every((w, i) => w !== before[i])) {
        const dom = performance.now() - start;
        requestAnimationFrame(() => resolve({ dom, frame: performance.now() - start }));
      } else requestAnimationFrame(check);
    };
    check();
  });

export const REDRAW_LABELS = {
  dom: 'resize → every chart redrawn',
  frame: 'resize → next frame',
};

/** One fresh page at 1366 px: time to redraw every chart for a 360 px box. */
export async function timeChartRedraw(browser, url) {
  const { context, page, assertClean } = await openPage(browser, url, { viewport: { width: 1366, height: 900 } });
  try {
    await waitForApp(page);
    const m = await page.evaluate(REDRAW_PROBE);
    assertClean();
    return m;
  } finally {
    await context.close();
  }
}

// Runs before any page script: keeps the longest main-thread task (the
// browser's long-task entries, 50 ms and up) seen during the load.
const LONGTASK_PROBE = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** One cold load on a phone: the longest task until the first screen has
 *  settled (only the islands near it hydrate then), then, scrolling each
 *  island near, each island's hydration time (ms, from its data-hydrated). */
export async function timeIslands(browser, url) {
  const { context, page, assertClean } = await openPage(browser, url, {
    init: LONGTASK_PROBE,
    viewport: { width: 390, height: 844 },
  });
  try {
    await page.waitForSelector('[data-controls-ready]', { state: 'attached', timeout: READY_TIMEOUT });
    await page.waitForTimeout(1000);
    const longest = await page.evaluate(() => window.__longest);
    await waitForApp(page);
    const m = await page.evaluate(() => {
      const out = {};
      for (const el of document.querySelectorAll('[data-island]')) {
        out[`hydrate ${el.dataset.island}`] = Number(el.dataset.hydrated);
      }
      return out;
    });
    assertClean();
    return { longest, ...m };
  } finally {
    await context.close();
  }
}

export const ISLAND_LABELS = {
  longest: 'longest main-thread task during load, 390 px (0 = none ≥ 50 ms)',
};

/** The page's height on a 390 × 844 phone, details closed, default text size. */
export async function pageHeights(browser, base) {
  const rows = [];
  for (const [lang, path] of [['zh', ''], ['en', 'en/']]) {
    const { context, page } = await openPage(browser, `${base}${path}`, { viewport: { width: 390, height: 844 } });
    try {
      await waitForApp(page);
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      rows.push([lang, h, (h / 844).toFixed(1)]);
    } finally {
      await context.close();
    }
  }
  return formatTable(['page', 'height px', 'screens of 844 px'], rows);
}

/** A reader's first visit on a phone, worker on, as a CDN serves it
 *  (lib/visit.mjs; the budget test enforces the same figures). */
export async function visitReport(browser, dist) {
  const server = await startCdn(dist);
  try {
    // Uncounted: fills the server's store of brotli bodies.
    await measureVisit(browser, server);
    const { firstScreen, fullRead, worker } = await measureVisit(browser, server);
    return formatTable(
      ['first visit, 390 × 844, service worker on', 'bytes', 'requests', 'wasm modules'],
      [
        [`first screen (${FIRST_SCREEN_MS / 1000} s, nothing scrolled)`, firstScreen.bytes, firstScreen.requests, firstScreen.wasm],
        ['whole page read to the end', fullRead.bytes, fullRead.requests, fullRead.wasm],
      ],
    ) + `\n(bytes over the wire, headers included; brotli, ETag and Last-Modified; worker ${worker} at the end)`;
  } finally {
    await server.close();
  }
}

async function main() {
  const dist = requireDist();
  const runs = Number(process.env.BENCH_RUNS) || 5;
  const budget = JSON.parse(readFileSync(join(E2E_DIR, 'size-budget.json'), 'utf8')).first_load_brotli_bytes;

  console.log(`dist: ${dist}\n`);
  const size = sizeReport(dist);
  console.log(size.text);
  console.log(`\nfirst load brotli: ${size.firstLoadBrotli} B of ${budget} B budget (${((100 * size.firstLoadBrotli) / budget).toFixed(1)}%)\n`);

  const server = await startServer({ root: dist, prefix: '/' });
  const browser = await launchBrowser();
  try {
    console.log(await visitReport(browser, dist));
    console.log(`\nchromium ${browser.version()}, ${runs} cold loads of ${server.url} (fresh context each, after 1 uncounted warm-up)\n`);
    const { text } = await benchLoads(browser, server.url, runs);
    console.log(text);
    console.log(`\nexplorer: ${runs} first clicks on a season button (fresh page each, after 1 uncounted warm-up)\n`);
    console.log((await benchLoads(browser, server.url, runs, timeSeasonClick, CLICK_LABELS)).text);
    console.log(`\ncharts: ${runs} redraws of all charts for a narrower box (fresh page each, after 1 uncounted warm-up)\n`);
    console.log((await benchLoads(browser, server.url, runs, timeChartRedraw, REDRAW_LABELS)).text);
    console.log(`\nislands: ${runs} cold loads; each island's hydration (its own task) and the longest task\n`);
    console.log((await benchLoads(browser, server.url, runs, timeIslands, ISLAND_LABELS)).text);
    console.log('\npage height on a 390 × 844 phone (default text size, folds closed)\n');
    console.log(await pageHeights(browser, server.url));
  } finally {
    await browser.close();
    await server.close();
  }
}

// Run only when executed directly, not when imported by another benchmark.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err.message || err);
    process.exit(1);
  });
}
