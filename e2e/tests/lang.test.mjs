// Chinese by default, English one tap away at en/, switched without a
// reload, remembered, and normalised from ?lang=.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
import { useSite, withPage } from '../lib/site.mjs';

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

describe('languages', () => {
  const site = useSite('/a/b/');

  test('Chinese by default; the switch goes to en/ without a reload and back', async () => {
    await withPage(site.open('?season=winter#health'), async ({ page }) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      await page.evaluate(() => (window.__sameDocument = true));
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const url = new URL(page.url());
      assert.equal(url.pathname, '/a/b/en/');
      assert.equal(url.search, '?season=winter', 'the view survives the switch');
      assert.equal(url.hash, '#health');
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
      assert.match(await page.locator('h1').innerText(), /Xining 2024/);
      assert.equal(await page.title(), 'Xining 2024 · an interactive report');
      await page.goBack();
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
      assert.equal(new URL(page.url()).pathname, '/a/b/');
    });
  });

  test('each page links the other with hreflang', async () => {
    for (const [path, other, name] of [['', 'en', 'English'], ['en/', 'zh-Hans', '中文']]) {
      await withPage(site.open(path), async ({ page }) => {
        const link = page.locator(`a[hreflang="${other}"]`);
        assert.equal(await link.innerText(), name);
        assert.equal(await link.getAttribute('lang'), other);
        const target = new URL(await link.getAttribute('href'), page.url()).pathname;
        assert.equal(target, path ? '/a/b/' : '/a/b/en/');
      });
    }
  });

  test('?lang=en is normalised to en/', async () => {
    await withPage(site.open('?lang=en&season=spring'), async ({ page }) => {
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const url = new URL(page.url());
      assert.equal(url.pathname, '/a/b/en/');
      assert.equal(url.search, '?season=spring');
    });
  });

  test('the choice is remembered; an explicit ?lang=zh still wins', async () => {
    await withPage(site.open(''), async ({ page }) => {
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.goto(site.url);
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(new URL(page.url()).pathname, '/a/b/en/');
      await page.goto(`${site.url}?lang=zh`);
      await waitForApp(page);
      await page.waitForFunction(() => !location.search.includes('lang'));
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      assert.equal(new URL(page.url()).pathname, '/a/b/');
    });
  });

  test('in English, Chinese shows only where marked lang="zh"', async () => {
    await withPage(site.open('en/'), async ({ page }) => {
      const unmarked = await page.evaluate((source) => {
        const cjk = new RegExp(source);
        const out = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!cjk.test(n.textContent)) continue;
          const marked = n.parentElement.closest('[lang]');
          if (!marked || !marked.lang.startsWith('zh')) out.push(n.textContent.trim().slice(0, 40));
        }
        return out;
      }, CJK.source);
      assert.deepEqual(unmarked, []);
    });
  });
});
