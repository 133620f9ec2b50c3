// Headless Chromium via playwright-core, driving the system (Debian) chromium:
// browser downloads are impossible here, so `npx playwright install` is never used.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Time the running app gets to mark itself ready (wasm fetch + compile + mount).
export const READY_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS) || 20_000;

export const ARGS = [
  '--no-sandbox', // we run as root in CI; the setuid sandbox is unavailable
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces beside the page routes below: even requests the browser
  // makes on its own cannot resolve any host but 127.0.0.1.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** launch() (not launchPersistentContext) gives a throwaway profile that
 *  playwright deletes on close, so no state leaks between runs. */
export function launchBrowser(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, ...options });
}

const isLocal = (url) => {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
};

const matches = (allow, text) =>
  // lastIndex reset: a /g regex would otherwise match only every other time.
  allow.some((p) => (p instanceof RegExp ? ((p.lastIndex = 0), p.test(text)) : text.includes(String(p))));

/**
 * Record everything that means "the page is not clean": console errors,
 * uncaught exceptions, failed requests, HTTP >= 400 and any non-local request
 * (which is also aborted, so nothing leaves the machine).
 * `allow` (strings = substring, or RegExps) exempts problems a test provokes
 * on purpose, e.g. aborting the .wasm request; it is matched against the
 * whole problem line, which contains the message and/or URL.
 * Network and console are watched on the page's context, not the page: only
 * there does playwright show what a service worker fetches and logs. The
 * context must hold this page alone (openPage's do).
 */
export async function guard(page, { allow = [], httpCache = false } = {}) {
  const problems = [];
  const record = (line) => {
    if (!matches(allow, line)) problems.push(line);
  };
  const context = page.context();

  if (httpCache) {
    // Playwright turns the HTTP cache off while anything is routed; a
    // measurement of what a reader's browser downloads needs it on. The
    // host resolver rules (ARGS) still keep every request on this machine.
    context.on('request', (req) => isLocal(req.url()) || record(`external request: ${req.url()}`));
  } else {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.fallback();
      record(`external request: ${url}`);
      return route.abort('blockedbyclient');
    });
  }
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    record(`console.error: ${msg.text()}${loc?.url ? ` (at ${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => record(`uncaught page error: ${err.stack || err.message || err}`));
  context.on('requestfailed', (req) =>
    record(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})`),
  );
  context.on('response', (res) => {
    if (res.status() >= 400) record(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  page.on('crash', () => record('page crashed'));

  return {
    problems,
    /** Throws one assertion listing every problem, so a failure says all that went wrong. */
    assertClean(what = page.url()) {
      assert.ok(
        problems.length === 0,
        `page not clean: ${what}\n  - ${problems.join('\n  - ')}`,
      );
    },
  };
}

/**
 * Fresh context (own cookies, storage, cache) + guarded page + navigation.
 * `init`: a page init script (runs before the app's own scripts).
 * `beforeGoto(page)`: set up e.g. a test's own page.route before the first
 * request; page routes take precedence over the guard's (a context route),
 * but never see what a service worker fetches.
 * Service workers are blocked unless a test passes `serviceWorkers: 'allow'`
 * (the offline and deploy tests): a worker from one load would otherwise
 * answer the next from its cache, whatever the test meant to serve.
 * `httpCache: true` keeps the browser's HTTP cache on (the guard then routes
 * nothing: no test route may be set either), for what a reader's browser
 * would download.
 * Returns {context, page, assertClean, problems}; close the context when done.
 */
export async function openPage(
  browser,
  url,
  { allow = [], httpCache = false, init, beforeGoto, ...contextOptions } = {},
) {
  // contextOptions: anything playwright's newContext takes (viewport, colorScheme, …).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    ...contextOptions,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(READY_TIMEOUT);
  const g = await guard(page, { allow, httpCache });
  if (init) await page.addInitScript(init);
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, ...g };
}

/**
 * The app's contract: <html data-controls-ready> once boot.js has wired the
 * controls that need no wasm (toolbar, section bar); <html data-app-started>
 * once the wasm runs; islands
 * then hydrate as they come near the screen (src/ui/hydrate.rs), and
 * <html data-app-ready> once all have. This brings each island near in turn,
 * as a reader scrolling would, waits for the page to be ready and puts the
 * scroll position back where it was.
 */
export async function waitForApp(page, problems = []) {
  try {
    await page.waitForSelector('[data-controls-ready]', { state: 'attached', timeout: READY_TIMEOUT });
    await page.waitForSelector('[data-app-started]', { state: 'attached', timeout: READY_TIMEOUT });
    await page.evaluate(hydrateAll, READY_TIMEOUT);
    await page.waitForSelector('[data-app-ready]', { state: 'attached', timeout: READY_TIMEOUT });
  } catch (err) {
    throw new Error(
      `app never became ready: no [data-app-ready] after ${READY_TIMEOUT} ms at ${page.url()} ` +
        `(did the wasm load and mount, and every island hydrate when scrolled to?)` +
        // What the guard saw so far is usually the reason; show it right here.
        (problems.length ? `\n  - ${problems.join('\n  - ')}` : ''),
      { cause: err },
    );
  }
}

/** In the page: scrolls each island that has not hydrated yet into view and
 *  waits for its data-hydrated, then scrolls back. Shared with the WebDriver
 *  engines (lib/engines.mjs), which run it as source text. */
export async function hydrateAll(timeout) {
  const { scrollX, scrollY } = window;
  const hydrated = (el) =>
    new Promise((ok, fail) => {
      const done = () => el.hasAttribute('data-hydrated') && (watch.disconnect(), clearTimeout(timer), ok());
      const watch = new MutationObserver(done);
      const timer = setTimeout(() => (watch.disconnect(), fail(new Error(`${el.dataset.island} did not hydrate near the screen`))), timeout);
      watch.observe(el, { attributes: true });
      done();
    });
  for (let next; (next = document.querySelector('[data-island]:not([data-hydrated])')); ) {
    // scrollTo, not scrollIntoView: tests watch the page's own calls to it.
    const box = (next.firstElementChild ?? next).getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + box.top - window.innerHeight / 2, behavior: 'instant' });
    await hydrated(next);
  }
  window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
}
