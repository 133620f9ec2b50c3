// Every engine: both pages load on a phone and a desktop, every island
// hydrates as it comes near, and nothing is reported on the way (window
// errors such as the ResizeObserver loop, rejections, console errors, HTTP
// errors, requests off the machine).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, ENGINE, PHONE, useEngineSite, withSession } from '../lib/engines.mjs';

describe(`load (${ENGINE})`, () => {
  const site = useEngineSite('/a/b/');

  for (const viewport of [PHONE, DESKTOP]) {
    for (const [path, lang] of [['', 'zh-Hans'], ['en/', 'en']]) {
      test(`/${path} at ${viewport.width} px: every island hydrates, nothing reported`, async () => {
        await withSession(site.open(path, { viewport }), async (s) => {
          const page = await s.js(() => ({
            width: innerWidth,
            lang: document.documentElement.lang,
            islands: [...document.querySelectorAll('[data-island]')].map((e) => [e.dataset.island, e.hasAttribute('data-hydrated')]),
            sideways: document.documentElement.scrollWidth > innerWidth,
            notice: !document.getElementById('no-app').hidden,
          }));
          assert.equal(page.width, viewport.width, 'the viewport the test asked for');
          assert.equal(page.lang, lang);
          assert.deepEqual(page.islands.filter(([, done]) => !done), [], 'islands not hydrated');
          assert.ok(page.islands.length >= 6, `islands: ${page.islands.map(([k]) => k)}`);
          assert.equal(page.sideways, false, 'the page scrolls sideways');
          assert.equal(page.notice, false, 'the failure notice shows');
          // Charts redraw at a desktop's width after they hydrate: two frames
          // and a moment for anything that sets off to be reported.
          await s.driver.sleep(500);
        });
      });
    }
  }
});
