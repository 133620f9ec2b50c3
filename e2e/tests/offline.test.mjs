// The service worker keeps what the reader opened, not the site: a first
// visit downloads each file once (what the worker keeps comes from the
// responses that pass through it, or the HTTP cache), and offline the
// reader gets every page and file they opened, and a clear failure for the
// rest. Served as a CDN would (validators, brotli) with the HTTP cache on,
// as in a reader's browser. Deploys and two copies on one origin:
// deploy.test.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, waitForApp } from '../lib/browser.mjs';
import { DATA_FILE } from '../lib/deploys.mjs';
import { requireDist } from '../lib/dist.mjs';
import { PHONE, startCdn } from '../lib/visit.mjs';

const PREFIX = '/o/';
// Offline, the worker still tries the network first for pages and data.
const OFFLINE = /ERR_INTERNET_DISCONNECTED/;

describe('offline', () => {
  let server, browser;
  before(async () => {
    server = await startCdn(requireDist(), PREFIX);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const visit = (path, allow = []) =>
    openPage(browser, `${server.url}${path}`, {
      viewport: PHONE,
      serviceWorkers: 'allow',
      httpCache: true,
      allow: [OFFLINE, ...allow],
    });
  // Once an activated worker controls the page: its registration, and the
  // paths in its cache when the server has been quiet for a second (it
  // stores what the page fetched before it took over in its own time).
  const worker = async (page) => {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
      }
      const controller = navigator.serviceWorker.controller;
      if (controller.state !== 'activated') {
        await new Promise((done) =>
          controller.addEventListener('statechange', () => controller.state === 'activated' && done()),
        );
      }
      return { scope: registration.scope, scriptURL: controller.scriptURL, caches: await caches.keys() };
    });
    for (let seen = -1; seen !== server.requests.length; ) {
      seen = server.requests.length;
      await page.waitForTimeout(1000);
    }
    const kept = await page.evaluate(async (name) => {
      const keys = await (await caches.open(name)).keys();
      return keys.map((r) => new URL(r.url).pathname);
    }, state.caches[0]);
    return { ...state, kept: kept.map((p) => p.slice(PREFIX.length)).sort() };
  };
  const path = (r) => new URL(r.path, 'http://x').pathname.slice(PREFIX.length);
  const fetchText = (page, p) => page.evaluate((p) => fetch(p).then((r) => r.text()), p);

  test('a first visit downloads each file once; the worker keeps what it opened and no more', async () => {
    server.forget();
    // No explorer view in the address: a shared one loads the later module
    // at once (budget.test.mjs).
    const { context, page, assertClean } = await visit('');
    try {
      const { kept, ...registration } = await worker(page);
      assert.deepEqual(
        { ...registration, caches: registration.caches.map((n) => n.replace(/[0-9a-f]{16}$/, 'VERSION')) },
        { scope: server.url, scriptURL: `${server.url}sw.js`, caches: [`xining-report ${server.url} VERSION`] },
      );
      // Each body once; anything asked again (the worker keeping the page,
      // boot.js) is revalidated and costs a 304.
      const bodies = new Map();
      for (const r of server.requests) {
        assert.ok([200, 304].includes(r.status), `${r.status} ${r.path}`);
        if (r.status === 200) bodies.set(path(r), (bodies.get(path(r)) ?? 0) + 1);
      }
      for (const [file, n] of bodies) assert.equal(n, 1, `/${file} downloaded ${n} times:\n${server.requests.map((r) => `${r.status} ${r.path}`).join("\n")}`);
      const fetched = new Set(server.requests.map(path));
      // The page, its stylesheet, boot.js and the module it ran: nothing
      // scrolled, so no later module, no other page, data or picture.
      const wasm = kept.filter((f) => f.endsWith('.wasm'));
      assert.equal(wasm.length, 1, `${kept}`);
      for (const f of ['', 'boot.js']) assert.ok(kept.includes(f), `${f} not kept: ${kept}`);
      assert.ok(kept.some((f) => /^style-.*\.css$/.test(f)), `no stylesheet kept: ${kept}`);
      for (const f of kept) {
        assert.ok(fetched.has(f), `${f} kept but never fetched by the visit`);
        assert.doesNotMatch(f, /^(en\/|c\/|data\/|charts\/|later-)/, `${f} kept without being opened`);
      }
      assertClean();
    } finally {
      await context.close();
    }
  });

  test('offline, the reader gets every page and file they opened, and a clear failure for the rest', async () => {
    const { context, page, problems, assertClean } = await visit('?season=winter', [/ERR_FAILED/]);
    try {
      await worker(page);
      // Read: the whole page (the later module), the English page, a download.
      await waitForApp(page, problems);
      await page.goto(`${server.url}en/`);
      await waitForApp(page, problems);
      const csv = await fetchText(page, `../${DATA_FILE}`);
      await worker(page);

      await context.setOffline(true);
      for (const [at, lang] of [['', 'zh-Hans'], ['en/?season=spring', 'en']]) {
        await page.goto(`${server.url}${at}`);
        await waitForApp(page, problems);
        assert.equal(await page.getAttribute('html', 'lang'), lang, at);
      }
      assert.equal(await page.locator('section#hotline h2').count(), 1);
      assert.equal(await fetchText(page, `../${DATA_FILE}`), csv);
      // Never opened: fails at once, without hanging.
      const started = Date.now();
      // In a tab of its own: the browser's error page would race this one's
      // next navigation.
      const tab = await context.newPage();
      await assert.rejects(tab.goto(`${server.url}en/c/health-rates/`), /ERR_FAILED/);
      await tab.close();
      await assert.rejects(fetchText(page, '../data/health-rates.en.json'), /Failed to fetch/);
      assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms to fail`);
      assertClean();
    } finally {
      await context.close();
    }
  });
});
