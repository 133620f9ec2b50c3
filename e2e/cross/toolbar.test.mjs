// Every engine: text size and dark mode, remembered across a reload and
// applied before the first paint, never written back to the defaults on
// the way (the toolbar's first render once did, and WebKit painted it).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENGINE, useEngineSite, withSession } from '../lib/engines.mjs';

/** In every page from its start: each value <html> takes for the two
 *  preferences, in order. */
function recordPreferences() {
  window.preferenceWrites = [];
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target === document.documentElement) window.preferenceWrites.push(`${r.attributeName}=${r.target.getAttribute(r.attributeName)}`);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-text-size', 'data-theme'] });
}

const state = () => ({
  size: document.documentElement.getAttribute('data-text-size'),
  theme: document.documentElement.getAttribute('data-theme'),
  sizePressed: document.querySelector('.text-size button[aria-pressed="true"]')?.dataset.size,
  darkPressed: document.querySelector('.theme-toggle').getAttribute('aria-pressed'),
  background: getComputedStyle(document.body).backgroundColor,
  writes: window.preferenceWrites,
});

describe(`toolbar (${ENGINE})`, () => {
  const site = useEngineSite('/');

  test('text size and dark mode apply, and after a reload come back before the app, with no other value between', async () => {
    await withSession(site.open('', { init: recordPreferences }), async (s) => {
      const light = await s.js(state);
      assert.deepEqual([light.size, light.theme, light.writes], [null, null, []], 'a first visit writes nothing');
      await s.click('.text-size button[data-size="xl"]');
      await s.click('.theme-toggle');
      const chosen = await s.js(state);
      assert.deepEqual([chosen.size, chosen.theme, chosen.sizePressed, chosen.darkPressed], ['xl', 'dark', 'xl', 'true']);
      assert.notEqual(chosen.background, light.background);

      await s.reload();
      await s.waitForApp();
      const after = await s.js(state);
      assert.deepEqual({ ...after, writes: undefined }, { ...chosen, writes: undefined });
      assert.deepEqual(after.writes, ['data-text-size=xl', 'data-theme=dark'], 'only boot.js wrote, once each');
    });
  });
});
