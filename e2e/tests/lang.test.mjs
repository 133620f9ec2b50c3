// Chinese by default, English one tap away at en/ (a page of its own),
// remembered for the plain address, explicit links winning, normalised from
// ?lang=, and the language read from the document, not the path.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
import { useSite, withPage } from '../lib/site.mjs';

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

describe('languages', () => {
  const site = useSite('/a/b/');

  test('Chinese by default; the switch goes to en/ with the view, and back', async () => {
    await withPage(site.open('?season=winter#health'), async ({ page }) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/\/en\//);
      await waitForApp(page);
      const url = new URL(page.url());
      assert.equal(url.pathname, '/a/b/en/');
      assert.equal(url.search, '?season=winter', 'the view comes along');
      assert.equal(url.hash, '#health');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.match(await page.locator('h1').innerText(), /Xining 2024/);
      assert.equal(await page.title(), 'Xining 2024 · an interactive report');
      await page.getByRole('link', { name: '中文' }).click();
      await page.waitForURL((u) => u.pathname === '/a/b/');
      await waitForApp(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      assert.equal(new URL(page.url()).search, '?season=winter', 'lang=zh is taken out of the address');
    });
  });

  test('an explicit link lands on its language: in a new tab, before hydration, after choosing English', async () => {
    await withPage(site.open(''), async ({ page, context }) => {
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/\/en\/$/);
      // The "中文" link opened in a new tab of the same browser (shared
      // storage, the English choice remembered).
      const href = await page.getByRole('link', { name: '中文' }).evaluate((a) => a.href);
      const tab = await context.newPage();
      await tab.goto(href);
      await waitForApp(tab);
      assert.equal(await tab.getAttribute('html', 'lang'), 'zh-Hans');
      assert.equal(new URL(tab.url()).pathname, '/a/b/');
      await tab.close();
    });
    // Tapped before the page has hydrated (the wasm held back).
    await withPage(site.open('en/', {
      ready: false,
      allow: [/_bg\.wasm/],
      init: () => localStorage.setItem('xining-report.lang', 'en'),
      beforeGoto: (p) => p.route(/_bg\.wasm$/, () => {}),
    }), async ({ page }) => {
      await page.getByRole('link', { name: '中文' }).click();
      await page.waitForURL((u) => u.pathname === '/a/b/');
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
    });
  });

  test("a modified click is the browser's: it opens the other page and changes no choice", async () => {
    await withPage(site.open(''), async ({ page, context }) => {
      const opened = context.waitForEvent('page');
      await page.getByRole('link', { name: 'English' }).click({ modifiers: ['Control'] });
      const tab = await opened;
      await tab.waitForLoadState();
      assert.equal(new URL(page.url()).pathname, '/a/b/', 'this tab stays');
      assert.equal(await page.evaluate(() => localStorage.getItem('xining-report.lang')), null);
      await tab.close();
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
    await withPage(site.open('?lang=en&season=spring', { allow: [/\(net::ERR_ABORTED\)/] }), async ({ page }) => {
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const url = new URL(page.url());
      assert.equal(url.pathname, '/a/b/en/');
      assert.equal(url.search, '?season=spring');
    });
  });

  // boot.js sends a reader on before the first paint; what the first page
  // had started to fetch (its icon) is cancelled, which is no fault.
  const REDIRECTED = [/\(net::ERR_ABORTED\)/];

  test('the choice is remembered; an explicit ?lang=zh still wins', async () => {
    await withPage(site.open('', { allow: REDIRECTED }), async ({ page }) => {
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/\/en\/$/);
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

describe('the language comes from the document, not the path', () => {
  // The Chinese page deployed under a path that ends in /en/.
  const site = useSite('/reports/en/');

  test('a Chinese page at …/en/ hydrates in Chinese', async () => {
    await withPage(site.open(''), async ({ page }) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      await page.locator('[data-island="explorer"][data-hydrated]').waitFor({ state: 'attached' });
      assert.equal(await page.getByRole('button', { name: '深色模式' }).count(), 1);
      assert.equal(new URL(page.url()).pathname, '/reports/en/');
    });
  });
});
