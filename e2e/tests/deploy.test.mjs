// The README's "Deploy it" on a real web server: dist/ under a sub-path of
// Debian's nginx with the README's cache headers, then the next deploy over
// it, as a returning reader with the service worker meets it.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, waitForApp } from '../lib/browser.mjs';
import { copyDeploy, DATA_FILE, nextDeploy } from '../lib/deploys.mjs';
import { listFiles, requireDist } from '../lib/dist.mjs';
import { findNginx, startNginx } from '../lib/nginx.mjs';

const NGINX = findNginx();
const skip = !NGINX && 'nginx not found (NGINX, PATH, /usr/sbin): scripts/test installs it (apt-get install nginx)';
if (skip) console.warn(`deploy tests skipped: ${skip}`);

const MARK = 'deploy 2';
const SITE = '/reports/xining-2024/';
// Offline, the worker still tries the network first for pages and data.
const OFFLINE = [/ERR_INTERNET_DISCONNECTED/];
// A chart's picture and its English share page (src/pictures/).
const PICTURE = 'charts/health-rates.zh.png';
const SHARE_PAGE = 'en/c/health-rates/';

describe('deploy on nginx', { skip }, () => {
  let staging, www, web, browser, first, second;
  before(async () => {
    const dist = requireDist();
    staging = await mkdtemp(join(tmpdir(), 'xr-deploys-'));
    www = await mkdtemp(join(tmpdir(), 'xr-www-'));
    await copyDeploy(dist, join(staging, 'first'));
    const sw = await readFile(join(staging, 'first', 'sw.js'), 'utf8');
    first = { version: sw.match(/const VERSION = '([0-9a-f]+)';/)[1] };
    second = await nextDeploy(dist, join(staging, 'second'), MARK);
    web = await startNginx({ nginx: NGINX, root: www });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await web?.close();
    for (const dir of [staging, www]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  const publish = (which, path) => copyDeploy(join(staging, which), join(www, path));
  const open = (path, options = {}) =>
    openPage(browser, `${web.origin}${path}`, { serviceWorkers: 'allow', ...options });
  const cacheName = (path, version) => `xining-report ${web.origin}${path} ${version}`;

  // The origin's caches once they are `want` and an activated worker
  // controls the page (or whatever they are after 15 s): a worker installs
  // and replaces caches in its own time after a load.
  const waitForCaches = (page, want) =>
    page.evaluate(async (want) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const keys = (await caches.keys()).sort();
        const done = JSON.stringify(keys) === JSON.stringify([...want].sort()) &&
          navigator.serviceWorker.controller?.state === 'activated';
        if (done || Date.now() > deadline) return keys;
        await new Promise((wake) => setTimeout(wake, 50));
      }
    }, want);
  // Through the page, so through its service worker.
  const fetchText = (page, path) => page.evaluate((p) => fetch(p).then((r) => r.text()), path);

  test("the README's cache headers, and a directory URL without its slash redirects", async () => {
    await publish('first', SITE);
    const files = listFiles(join(staging, 'first'));
    const wasm = files.find((f) => f.endsWith('_bg.wasm'));
    const css = files.find((f) => /^style-.*\.css$/.test(f));
    const head = (path) => fetch(`${web.origin}${SITE}${path}`);
    for (const path of [wasm, css]) {
      const res = await head(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
    }
    assert.equal((await head(wasm)).headers.get('content-type'), 'application/wasm');
    for (const path of ['', 'en/', 'sw.js', 'boot.js', DATA_FILE, PICTURE, SHARE_PAGE, 'manifest.webmanifest', 'icon-192.png']) {
      const res = await head(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('cache-control'), 'no-cache', path);
    }
    const bare = await fetch(`${web.origin}${SITE.slice(0, -1)}`, { redirect: 'manual' });
    assert.equal(bare.status, 301);
    assert.equal(bare.headers.get('location'), `${web.origin}${SITE}`);
  });

  test('the first reload after a deploy shows it, downloads included; then it works offline', async () => {
    await publish('first', SITE);
    // Without the slash, as a reader may type it: the host's redirect.
    const { context, page, problems, assertClean } = await open(SITE.slice(0, -1), { allow: OFFLINE });
    try {
      assert.equal(page.url(), `${web.origin}${SITE}`);
      await waitForApp(page, problems);
      const want = [cacheName(SITE, first.version)];
      assert.deepEqual(await waitForCaches(page, want), want);

      await publish('second', SITE);
      await page.reload();
      await waitForApp(page, problems);
      assert.match(await page.title(), new RegExp(MARK));
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      for (const name of second.renames.values()) {
        if (name.endsWith('_bg.wasm')) assert.ok(loaded.some((url) => url.endsWith(name)), `${name} not loaded`);
      }
      for (const path of [DATA_FILE, 'boot.js']) {
        assert.ok((await fetchText(page, path)).includes(MARK), `${path} is the old deploy's`);
      }
      // The downloads are listed, folded, in sources and method.
      await page.locator('#method details', { has: page.locator(`a[href$="${DATA_FILE}"]`) }).locator('summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`a[href$="${DATA_FILE}"]`).click(),
      ]);
      assert.match(await readFile(await download.path(), 'utf8'), new RegExp(MARK), 'the download is the old file');

      const next = [cacheName(SITE, second.version)];
      assert.deepEqual(await waitForCaches(page, next), next);
      await context.setOffline(true);
      await page.reload();
      await waitForApp(page, problems);
      assert.match(await page.title(), new RegExp(MARK));
      assert.match(await fetchText(page, DATA_FILE), new RegExp(MARK));
      assertClean();
    } finally {
      await context.close();
    }
  });

  test("under the sub-path a share page leads to its chart and the pictures load", async () => {
    await publish('first', SITE);
    const png = await fetch(`${web.origin}${SITE}${PICTURE}`);
    assert.equal(png.status, 200);
    assert.equal(png.headers.get('content-type'), 'image/png');
    const { context, page, problems, assertClean } = await open(`${SITE}${SHARE_PAGE}`);
    try {
      await page.waitForURL(`${web.origin}${SITE}en/#chart-health-rates`);
      await waitForApp(page, problems);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'chart-health-rates');
      const link = page.locator('#chart-health-rates .chart-save a[href$=".png"]');
      const width = await link.evaluate(async (a) => {
        const img = new Image();
        img.src = a.href;
        await img.decode();
        return img.naturalWidth;
      });
      assert.ok(width >= 1200, `${width} px`);
      assertClean();
    } finally {
      await context.close();
    }
  });

  test('two copies on one origin keep their own caches', async () => {
    const paths = ['/reports/xining-2024/', '/reports/xining-2024-draft/'];
    await publish('first', paths[0]);
    await publish('second', paths[1]);
    const { context, page, problems, assertClean } = await open(paths[0], { allow: OFFLINE });
    try {
      await waitForApp(page, problems);
      await waitForCaches(page, [cacheName(paths[0], first.version)]);
      await page.goto(`${web.origin}${paths[1]}`);
      await waitForApp(page, problems);
      const both = [cacheName(paths[0], first.version), cacheName(paths[1], second.version)].sort();
      assert.deepEqual(await waitForCaches(page, both), both);
      await context.setOffline(true);
      for (const [path, mark] of [[paths[0], false], [paths[1], true]]) {
        await page.goto(`${web.origin}${path}`);
        await waitForApp(page, problems);
        assert.equal((await page.title()).includes(MARK), mark, path);
      }
      assertClean();
    } finally {
      await context.close();
    }
  });
});
