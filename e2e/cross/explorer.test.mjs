// Every engine: the explorer's season filter, the view restored by a
// reload, and a Chinese search.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENGINE, PHONE, useEngineSite, withSession } from '../lib/engines.mjs';

/** What the explorer shows: pressed season, count, the seasonal rows shown. */
const view = () => ({
  season: [...document.querySelectorAll('[data-filter="season"] button[aria-pressed="true"]')].map((b) => b.dataset.value),
  count: document.querySelector('[data-explorer-count]')?.textContent,
  seasonal: [...document.querySelectorAll('[data-explorer-group="seasonal"] [data-explorer-item]:not([hidden]) .explorer-name')].map((e) => e.textContent),
  notStated: [...document.querySelectorAll('[data-explorer-group="not-stated"] [data-explorer-item]:not([hidden]) .explorer-name')].map((e) => e.textContent),
  search: location.search,
});

describe(`explorer (${ENGINE})`, () => {
  const site = useEngineSite('/');

  test('winter filters the rows; a reload restores it; 社火 is found', async () => {
    await withSession(site.open('', { viewport: PHONE }), async (s) => {
      await s.click('[data-filter="season"] button[data-value="winter"]');
      await s.until(() => location.search === '?season=winter', 'season=winter in the address');
      const winter = await s.js(view);
      assert.deepEqual(winter.season, ['winter']);
      assert.ok(winter.seasonal.includes('秋冬文旅嘉年华'), winter.seasonal.join(' | '));
      assert.ok(!winter.seasonal.includes('春赏丁香'), winter.seasonal.join(' | '));

      await s.reload();
      await s.waitForApp();
      await s.until(() => document.querySelector('[data-filter="season"] button[data-value="winter"][aria-pressed="true"]'), 'winter pressed again');
      assert.deepEqual(await s.js(view), winter);

      await s.click('[data-filter="season"] button[data-value="all"]');
      await (await s.driver.findElement({ css: '#explorer-search' })).sendKeys('社火');
      await s.until(() => new URLSearchParams(location.search).get('q') === '社火', 'q=社火 in the address');
      const found = await s.js(view);
      assert.equal(found.count, '显示 1 项');
      assert.deepEqual([...found.seasonal, ...found.notStated], ['社火展演']);
    });
  });
});
