// The setup every browser test file shares, written once: one browser and one
// server for the built site per file (or describe), and pages that are opened
// guarded, waited for, checked clean and always closed.
import { after, before } from 'node:test';
import { launchBrowser, openPage, waitForApp } from './browser.mjs';
import { requireDist } from './dist.mjs';
import { startServer } from './server.mjs';

/**
 * Registers before/after hooks (in the enclosing describe, or the file) that
 * serve dist at `prefix` and launch a browser. Returns the site; `url` and
 * `browser` are only set once the before hook has run, i.e. inside tests.
 */
export function useSite(prefix = '/') {
  let browser, server;
  before(async () => {
    // Server first: requireDist() then fails with "run trunk build" before a
    // browser is started, rather than as a timeout.
    server = await startServer({ root: requireDist(), prefix });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get url() {
      return server.url;
    },
    get browser() {
      return browser;
    },
    /**
     * openPage() at `path`, resolved against the site's URL ('' is the site
     * itself, 'en/', '?q=…'; an absolute URL is taken as is), then waits for
     * the app unless `ready: false` (a test that checks the page before, or
     * without, the app). Other options go to openPage: viewport, colorScheme,
     * allow, init, beforeGoto, … Returns {context, page, problems, assertClean}.
     */
    async open(path = '', { ready = true, ...options } = {}) {
      const session = await openPage(browser, new URL(path, server.url).href, options);
      if (ready) {
        try {
          await waitForApp(session.page, session.problems);
        } catch (err) {
          await session.context.close();
          throw err;
        }
      }
      return session;
    },
  };
}

/**
 * Runs `fn(session)` on an opened page (or the promise of one), then fails on
 * anything the guard recorded, and closes the page's context whatever happens.
 */
export async function withPage(session, fn) {
  const s = await session;
  try {
    await fn(s);
    s.assertClean();
  } finally {
    await s.context.close();
  }
}
