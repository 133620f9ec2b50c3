// The browser guard itself (lib/browser.mjs): service workers stay out
// unless a test lets them in, and then the guard sees their traffic too.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, waitForApp } from '../lib/browser.mjs';
import { copyDeploy } from '../lib/deploys.mjs';
import { requireDist } from '../lib/dist.mjs';
import { startServer } from '../lib/server.mjs';

describe('guard', () => {
  let dir, site, broken, browser;
  before(async () => {
    // A worker whose shell names a file the deploy lacks: only the worker asks
    // for it, so only a guard that watches the worker sees the 404.
    dir = await mkdtemp(join(tmpdir(), 'xr-guard-'));
    await copyDeploy(requireDist(), dir);
    const sw = await readFile(join(dir, 'sw.js'), 'utf8');
    await writeFile(join(dir, 'sw.js'), sw.replace('const SHELL = [', "const SHELL = ['./not-deployed.txt', "));
    broken = await startServer({ root: dir });
    site = await startServer({ root: requireDist() });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await broken?.close();
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('service workers are blocked unless a test allows them', async () => {
    const { context, page, problems, assertClean } = await openPage(browser, site.url);
    try {
      await waitForApp(page, problems);
      // boot.js registers the worker on load; a registered one would be
      // ready well within 3 s.
      const worker = await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => 'ready'),
          new Promise((none) => setTimeout(() => none('none'), 3000)),
        ]),
      );
      assert.equal(worker, 'none');
      assertClean();
    } finally {
      await context.close();
    }
  });

  test("a service worker's failed request fails the page", async () => {
    const { context, page, problems } = await openPage(browser, broken.url, { serviceWorkers: 'allow' });
    try {
      await waitForApp(page, problems);
      const deadline = Date.now() + 10_000;
      while (!problems.some((p) => p.includes('not-deployed.txt')) && Date.now() < deadline) {
        await new Promise((wake) => setTimeout(wake, 100));
      }
      assert.ok(
        problems.some((p) => /HTTP 404: GET \S+\/not-deployed\.txt/.test(p)),
        `the guard missed the worker's 404:\n${problems.join('\n')}`,
      );
    } finally {
      await context.close();
    }
  });
});
