// Chinese by default, English one tap away at en/, switched without a
// reload, remembered, and normalised from ?lang=.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, waitForApp } from '../lib/browser.mjs';
import { requireDist } from '../lib/dist.mjs';
import { startServer } from '../lib/server.mjs';

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

describe('languages', () => {
  let browser, server;
  before(async () => {
    browser = await launchBrowser();
    server = await startServer({ root: requireDist(), prefix: '/a/b/' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path, options) {
    const session = await openPage(browser, server.url + path, options);
    await waitForApp(session.page, session.problems);
    return session;
  }

  test('Chinese by default; the switch goes to en/ without a reload and back', async () => {
    const { context, page, assertClean } = await open('?season=winter#health');
    try {
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
      assertClean();
    } finally {
      await context.close();
    }
  });

  test('each page links the other with hreflang', async () => {
    for (const [path, other, name] of [['', 'en', 'English'], ['en/', 'zh-Hans', '中文']]) {
      const { context, page, assertClean } = await open(path);
      try {
        const link = page.locator(`a[hreflang="${other}"]`);
        assert.equal(await link.innerText(), name);
        assert.equal(await link.getAttribute('lang'), other);
        const target = new URL(await link.getAttribute('href'), page.url()).pathname;
        assert.equal(target, path ? '/a/b/' : '/a/b/en/');
        assertClean();
      } finally {
        await context.close();
      }
    }
  });

  test('?lang=en is normalised to en/', async () => {
    const { context, page, assertClean } = await open('?lang=en&season=spring');
    try {
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const url = new URL(page.url());
      assert.equal(url.pathname, '/a/b/en/');
      assert.equal(url.search, '?season=spring');
      assertClean();
    } finally {
      await context.close();
    }
  });

  test('the choice is remembered; an explicit ?lang=zh still wins', async () => {
    const { context, page, assertClean } = await open('');
    try {
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.goto(server.url);
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(new URL(page.url()).pathname, '/a/b/en/');
      await page.goto(`${server.url}?lang=zh`);
      await waitForApp(page);
      await page.waitForFunction(() => !location.search.includes('lang'));
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      assert.equal(new URL(page.url()).pathname, '/a/b/');
      assertClean();
    } finally {
      await context.close();
    }
  });

  test('in English, Chinese shows only where marked lang="zh"', async () => {
    const { context, page, assertClean } = await open('en/');
    try {
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
      assertClean();
    } finally {
      await context.close();
    }
  });
});
