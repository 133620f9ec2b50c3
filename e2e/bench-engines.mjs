// Hydration per engine, side by side: not a test, it prints numbers.
//   node e2e/bench-engines.mjs      (DIST=… another build, BENCH_RUNS=n, engines as arguments)
// On a 390 × 844 phone, a cold load (fresh browser and profile each), then a
// scripted scroll that brings each island near in turn, as the tests'
// waitForApp does: for each island, the time from navigation start to its
// data-hydrated, noted in the page the moment it appears (so WebDriver's
// round-trips do not count). Median of BENCH_RUNS loads per engine.
import { formatTable } from './bench.mjs';
import { requireDist } from './lib/dist.mjs';
import { ENGINES, PHONE, openSession } from './lib/engines.mjs';
import { startServer } from './lib/server.mjs';

const runs = Number(process.env.BENCH_RUNS) || 3;
const engines = process.argv.slice(2).length ? process.argv.slice(2) : ENGINES;

/** In the page from its start: performance.now() when each island hydrates. */
function noteHydration() {
  window.hydratedAt = {};
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.hasAttribute('data-hydrated')) window.hydratedAt[r.target.dataset.island] ??= performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startServer({ root: requireDist() });
const times = {}; // engine → island → [ms]
try {
  for (const engine of engines) {
    times[engine] = {};
    for (let run = 0; run < runs; run++) {
      const session = await openSession(server.url, { engine, viewport: PHONE, init: noteHydration });
      try {
        const [seen, load] = await session.js(() => [window.hydratedAt, performance.getEntriesByType('navigation')[0].loadEventEnd]);
        for (const [island, at] of Object.entries({ 'load event': load, ...seen })) (times[engine][island] ??= []).push(at);
      } finally {
        await session.close();
      }
    }
  }
} finally {
  await server.close();
}

const islands = [...new Set(engines.flatMap((e) => Object.keys(times[e])))]
  .sort((a, b) => median(times[engines[0]][a] ?? [0]) - median(times[engines[0]][b] ?? [0]));
console.log(`ms from navigation start on a 390 × 844 phone, median of ${runs} cold loads; islands below the first screen after a scripted scroll\n`);
console.log(formatTable(
  ['island', ...engines],
  islands.map((island) => [island, ...engines.map((e) => (times[e][island] ? `${Math.round(median(times[e][island]))} ms` : 'n/a'))]),
));
