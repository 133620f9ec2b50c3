// A reader's first visit on a phone, with the service worker running, counted
// at a server that sends validators and brotli as a CDN would: the figures
// scripts/bench prints and tests/budget.test.mjs enforces, measured one way.
import { openPage, waitForApp } from './browser.mjs';
import { startServer } from './server.mjs';

export const PHONE = { width: 390, height: 844 };
// The first screen: what arrives in the first 5 s, nothing scrolled.
export const FIRST_SCREEN_MS = 5000;

/** dist served as a CDN would serve it (lib/server.mjs's compress and validators). */
export const startCdn = (root, prefix = '/') => startServer({ root, prefix, compress: true, validators: true });

/** Bytes over the wire, requests, and the wasm modules fetched, of a request log. */
export function tally(requests) {
  const wasm = new Set(requests.filter((r) => r.status === 200 && /\.wasm$/.test(new URL(r.path, 'http://x').pathname)).map((r) => r.path));
  return {
    bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    requests: requests.length,
    wasm: wasm.size,
  };
}

const settle = async (page, server, quiet = 1000) => {
  for (let seen = -1; seen !== server.requests.length; ) {
    seen = server.requests.length;
    await page.waitForTimeout(quiet);
  }
};

/**
 * A first visit to `server` (a startCdn) in a fresh phone context with the
 * worker allowed. Returns {firstScreen, fullRead} tallies (fullRead counts
 * the first screen too), `requests` (the server's log of the whole visit)
 * and `worker` (its state once the page is read). The page is read to the
 * end by scrolling a screen at a time, as a reader would.
 */
export async function measureVisit(browser, server) {
  server.forget();
  const start = Date.now();
  const { context, page, problems, assertClean } = await openPage(browser, server.url, {
    viewport: PHONE,
    serviceWorkers: 'allow',
    httpCache: true,
  });
  try {
    await page.waitForTimeout(Math.max(0, FIRST_SCREEN_MS - (Date.now() - start)));
    const firstScreen = tally(server.requests);
    for (let y = 0; ; ) {
      const { next, end } = await page.evaluate(() => {
        window.scrollBy({ top: window.innerHeight * 0.9, behavior: 'instant' });
        return { next: window.scrollY, end: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1 };
      });
      if (end || next === y) break;
      y = next;
      await page.waitForTimeout(250);
    }
    await waitForApp(page, problems);
    await settle(page, server);
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none');
    assertClean();
    return { firstScreen, fullRead: tally(server.requests), requests: [...server.requests], worker };
  } finally {
    await context.close();
  }
}
