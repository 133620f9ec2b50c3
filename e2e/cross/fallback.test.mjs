// Every engine: what a reader gets when the interactive layer cannot run.
// Safari/iOS 15 (the support floor, README): its speechSynthesis is no
// EventTarget and its CSP has no 'wasm-unsafe-eval', so the wasm is refused;
// the page, the reading aids without wasm and a styled notice must remain.
// Also a loader whose module or wasm fails (WebKit once hid those), and a
// page whose scripts are all refused.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withLoaderHash } from '../lib/deploys.mjs';
import { ENGINE, PHONE, useEngineSite, withSession } from '../lib/engines.mjs';

/** In every page from its start: speech as Safari before 16 has it (a plain
 *  object, no events), with a voice per language, recording what it says;
 *  a reader who chose the largest text and dark mode before. */
function safari15() {
  window.spoken = [];
  const voices = [{ lang: 'zh-CN', name: 'zh' }, { lang: 'en-US', name: 'en' }];
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: { getVoices: () => voices, speak: (u) => window.spoken.push(u.text), cancel() {}, pause() {}, resume() {}, speaking: false, paused: false },
  });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: function SpeechSynthesisUtterance(text) {
      this.text = text;
    },
  });
  localStorage.setItem('xining-report.text-size', 'xl');
  localStorage.setItem('xining-report.theme', 'dark');
}
const withoutWasmEval = (html) => html.replace(" 'wasm-unsafe-eval'", '');
// What refusing the wasm reports: the CSP violation and the loader's rejection.
const WASM_REFUSED = [/CSP refused: (script-src|wasm)/, /unhandled rejection: CompileError|WebAssembly/];

/** The notice as a reader sees it. */
const notice = () => {
  const n = document.getElementById('no-app');
  const style = getComputedStyle(n);
  return {
    shown: !n.hidden && n.offsetHeight > 0,
    text: n.textContent,
    padding: parseFloat(style.paddingLeft),
    background: style.backgroundColor,
    started: document.documentElement.hasAttribute('data-app-started'),
  };
};

describe(`when the interactive layer cannot run (${ENGINE})`, () => {
  const site = useEngineSite('/');

  test('Safari 15: the page, the reading aids without wasm and a styled notice; nothing throws', async () => {
    await withSession(site.open('', { viewport: PHONE, ready: false, init: safari15, rewrite: withoutWasmEval, allow: WASM_REFUSED }), async (s) => {
      await s.until(() => !document.getElementById('no-app').hidden, 'the notice');
      const zh = await s.js(notice);
      assert.equal(zh.shown, true);
      assert.match(zh.text, /互动功能/);
      assert.equal(zh.started, false);
      assert.ok(zh.padding >= 12, `padding ${zh.padding}px`);
      // --panel of the dark scheme the reader chose (static/style.css).
      assert.equal(zh.background, 'rgb(30, 30, 30)');
      const aids = await s.js(() => ({
        size: document.documentElement.getAttribute('data-text-size'),
        theme: document.documentElement.getAttribute('data-theme'),
        speech: document.documentElement.hasAttribute('data-speech'),
        charts: document.querySelectorAll('[data-chart] svg').length,
        // Shown: what works without wasm; not: what only the wasm drives.
        shown: ['.read-aloud [data-do="play"]', '.text-size', '.theme-toggle', '.share', '.explorer-controls', '.chart-overlay']
          .filter((css) => document.querySelector(css).getClientRects().length > 0),
      }));
      assert.deepEqual(aids, {
        size: 'xl', theme: 'dark', speech: true, charts: 5,
        shown: ['.read-aloud [data-do="play"]', '.text-size', '.theme-toggle', '.share'],
      });
      // The toolbar is boot.js's: it shows the remembered choice and changes it.
      assert.equal(await s.js(() => document.querySelector('.text-size [aria-pressed="true"]').dataset.size), 'xl');
      await s.click('.text-size button[data-size="l"]');
      assert.equal(await s.js(() => document.documentElement.getAttribute('data-text-size')), 'l');
      await s.click('a[data-lang-switch="en"]');
      await s.until(() => document.documentElement.lang === 'en' && !document.getElementById('no-app').hidden, 'the English page, with its notice');
      assert.match((await s.js(notice)).text, /interactive features/);
      // Read aloud needs no wasm: its script loads and speaks. Last: it
      // scrolls the page smoothly to what it reads.
      await s.click('.read-aloud [data-do="play"]');
      await s.until(() => window.spoken.length > 0, 'read aloud speaking');
    });
  });

  for (const [failure, change, allow] of [
    ["the page's module fails to load", (loader) => loader.replace(/xining-report-[0-9a-f]+\.js/, 'missing-module.js'),
      [/missing-module\.js/, /unhandled rejection: TypeError/]],
    ['the wasm fails to compile', (loader) => loader.replace(/xining-report-[0-9a-f]+_bg\.wasm/, 'favicon.svg'),
      [/unhandled rejection: CompileError/]],
  ]) {
    test(`${failure}: the notice shows`, async () => {
      const rewrite = (html) => withLoaderHash(html.replace(/(<script type="module">)([\s\S]*?<\/script>)/, (all, open, rest) => open + change(rest)));
      await withSession(site.open('', { ready: false, rewrite, allow }), async (s) => {
        await s.until(() => !document.getElementById('no-app').hidden, 'the notice');
        // The failure was reported, not swallowed: the guard saw it.
        assert.ok((await s.driver.executeScript("return sessionStorage.getItem('xr-e2e-problems')"))?.includes('unhandled rejection'));
      });
    });
  }

  test('with every script refused, the report reads in full and folds open', async () => {
    const noScripts = (html) => html.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="script-src 'none'">`);
    await withSession(site.open('', { viewport: PHONE, ready: false, rewrite: noScripts, allow: [/CSP refused: script-src/, /failed to load: <script>/] }), async (s) => {
      await s.click('[data-chart="hotline-topics"] details.chart-table > summary');
      const page = await s.js(() => ({
        started: document.documentElement.hasAttribute('data-app-started'),
        notice: document.getElementById('no-app').hidden,
        sections: document.querySelectorAll('main section h2').length,
        charts: document.querySelectorAll('[data-chart] svg').length,
        hiddenRows: document.querySelectorAll('[data-explorer-item][hidden]').length,
        rows: document.querySelectorAll('[data-explorer-item]').length,
        opened: document.querySelectorAll('details[open]').length,
        sideways: document.documentElement.scrollWidth > innerWidth,
      }));
      assert.deepEqual(
        { ...page, sections: page.sections > 3, rows: page.rows > 10 },
        { started: false, notice: true, sections: true, charts: 5, hiddenRows: 0, rows: true, opened: 1, sideways: false },
      );
    });
  });
});
