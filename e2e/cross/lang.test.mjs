// Every engine: the language link takes the view along, and back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENGINE, useEngineSite, withSession } from '../lib/engines.mjs';

describe(`languages (${ENGINE})`, () => {
  const site = useEngineSite('/a/b/');

  test('the English link goes to en/ with the view, and 中文 comes back', async () => {
    await withSession(site.open('?season=winter#health'), async (s) => {
      await s.click('a[data-lang-switch="en"]');
      await s.until(() => document.documentElement.lang === 'en' && document.readyState === 'complete', 'the English page');
      await s.waitForApp();
      const en = await s.js(() => ({ path: location.pathname, search: location.search, hash: location.hash, h1: document.querySelector('h1').textContent }));
      assert.deepEqual({ ...en, h1: undefined }, { path: '/a/b/en/', search: '?season=winter', hash: '#health', h1: undefined });
      assert.match(en.h1, /Xining 2024/);
      await s.click('a[data-lang-switch="zh"]');
      await s.until(() => document.documentElement.lang === 'zh-Hans' && document.readyState === 'complete', 'the Chinese page');
      await s.waitForApp();
      assert.deepEqual(await s.js(() => [location.pathname, location.search]), ['/a/b/', '?season=winter']);
    });
  });
});
