// Every engine: the service worker takes the page, and the next deploy
// shows on the reader's first reload (page, hashed files, data), as
// deploy.test.mjs checks on nginx in Chromium.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DATA_FILE, copyDeploy, nextDeploy } from '../lib/deploys.mjs';
import { requireDist } from '../lib/dist.mjs';
import { ENGINE, useEngineSite, withSession } from '../lib/engines.mjs';

const MARK = 'the next deploy';

describe(`service worker (${ENGINE})`, () => {
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xr-cross-deploy-'));
    await copyDeploy(requireDist(), dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));
  const site = useEngineSite('/reports/xining-2024/', { root: () => dir });

  test('the worker takes the page; the first reload after a deploy shows it', async () => {
    await withSession(site.open(''), async (s) => {
      const worker = await s.js(async () => {
        const registration = await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
        }
        const controller = navigator.serviceWorker.controller;
        if (controller.state !== 'activated') {
          await new Promise((done) => controller.addEventListener('statechange', () => controller.state === 'activated' && done()));
        }
        return { scope: registration.scope, state: controller.state, caches: (await caches.keys()).length };
      });
      assert.deepEqual(worker, { scope: site.url, state: 'activated', caches: 1 });
      // The worker keeps what the page fetched before it took over in the
      // background (src/offline/sw.js); a deploy in the middle of that
      // makes it ask for files the deploy removed, a harmless 404 the
      // guard would count. A reader's deploy comes later than a test's.
      const kept = await s.js(async () => {
        const wasm = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /_bg\.wasm$/.test(n));
        for (let i = 0; i < 200; i++) {
          const cache = await caches.open((await caches.keys())[0]);
          const urls = (await cache.keys()).map((r) => r.url);
          if (wasm.every((w) => urls.includes(w))) return true;
          await new Promise((wake) => setTimeout(wake, 50));
        }
        return false;
      });
      assert.equal(kept, true, 'the worker kept the wasm the page loaded');

      const { renames } = await nextDeploy(requireDist(), dir, MARK);
      await s.reload();
      await s.waitForApp();
      const seen = await s.js(async (file) => ({
        title: document.title,
        loader: document.querySelector('script[type="module"]:not([src])').textContent,
        data: await (await fetch(file)).text(),
        fromWorker: !!navigator.serviceWorker.controller,
      }), DATA_FILE);
      assert.match(seen.title, new RegExp(MARK));
      const module = [...renames.values()].find((name) => /^xining-report-.*\.js$/.test(name));
      assert.ok(seen.loader.includes(module), `the loader imports ${module}`);
      assert.ok(seen.data.endsWith(`${MARK}\n`), 'the data file is the new one');
      assert.equal(seen.fromWorker, true);
    });
  });
});
