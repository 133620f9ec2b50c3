// The reading aids (issue 14): read aloud with the browser's speech (stubbed
// here: headless Chromium has no voices), high contrast, spacing at every
// text size, the large pointer, and the group itself: labelled, reachable by
// keyboard, and within a 320 px screen.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
import { useSite, withPage } from '../lib/site.mjs';

/**
 * An init script: a fake speechSynthesis with the given voices (lang codes)
 * that records each utterance and call. `window.__finish()` ends the current
 * utterance, as the browser does when it has spoken it; `__addVoice(lang)`
 * makes a voice arrive late, with `voiceschanged`.
 */
const fakeSpeech = (langs) => {
  const log = { spoken: [], calls: [], current: null };
  window.__speech = log;
  const voices = langs.map((lang) => ({ lang, name: `fake ${lang}`, voiceURI: lang, default: false, localService: true }));
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, lang: '', voice: null, onstart: null, onend: null, onerror: null });
    }
  }
  class Synth extends EventTarget {
    getVoices() {
      return voices.slice();
    }
    speak(u) {
      log.calls.push('speak');
      log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang });
      log.current = u;
      u.onstart?.(new Event('start'));
    }
    pause() {
      log.calls.push('pause');
    }
    resume() {
      log.calls.push('resume');
    }
    // The cancelled utterance stays current: __finish() then fires its late
    // end, as browsers do.
    cancel() {
      log.calls.push('cancel');
    }
  }
  const synth = new Synth();
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  window.SpeechSynthesisUtterance = Utterance;
  window.__finish = () => {
    const u = log.current;
    log.current = null;
    u?.onend?.(new Event('end'));
  };
  /** Ends every utterance in turn until nothing is left to read. */
  window.__finishAll = () => {
    for (let i = 0; i < 500 && log.current; i++) window.__finish();
  };
  window.__addVoice = (lang) => {
    voices.push({ lang, name: `fake ${lang}`, voiceURI: lang, default: false, localService: true });
    synth.dispatchEvent(new Event('voiceschanged'));
  };
};

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const calls = (page) => page.evaluate(() => window.__speech.calls);
const { spoken: say } = createRequire(import.meta.url)('../../static/read-aloud.js');

/** The live region that says read aloud's state (a visually hidden status). */
const status = (page) => page.evaluate(() => document.querySelector('.read-status[role="status"]')?.textContent ?? null);
const statusIs = (page, text) =>
  page.waitForFunction((t) => document.querySelector('.read-status[role="status"]')?.textContent === t, text);
const root = (page, attr) => page.evaluate((a) => document.documentElement.getAttribute(a), attr);

/**
 * Reloads with the wasm held back, so what is checked is boot.js's doing
 * before the first paint; returns a function that lets the app start.
 */
async function reloadBeforeApp(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.fallback();
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  assert.equal(await root(page, 'data-app-ready'), null, 'the app has not run');
  return async () => {
    release();
    await waitForApp(page);
  };
}

/** WCAG contrast of two computed `rgb(…)` colours. */
const ratio = (a, b) => {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('reading aids', () => {
  const site = useSite('/');
  /** Also records how each element is scrolled into view. */
  const recordScrolls = () => {
    const scroll = Element.prototype.scrollIntoView;
    window.__scrolls = [];
    Element.prototype.scrollIntoView = function (options) {
      window.__scrolls.push(options && options.behavior);
      return scroll.call(this, options);
    };
  };
  const withVoices = (langs, options = {}) => ({
    init: `(${fakeSpeech})(${JSON.stringify(langs)}); (${recordScrolls})()`,
    ...options,
  });

  test('the opening is read aloud in Chinese, numbers as they are said, the sentence highlighted', async () => {
    await withPage(site.open('', withVoices(['en-US', 'zh-CN'])), async ({ page }) => {
      const scripts = [];
      page.on('request', (r) => r.url().endsWith('/read-aloud.js') && scripts.push(r.url()));
      const group = page.getByRole('group', { name: '阅读辅助' });
      await group.getByRole('button', { name: '朗读', exact: true }).waitFor();
      assert.deepEqual(scripts, [], 'read aloud loads on first use, not with the page');
      await page.locator('.glance').getByRole('button', { name: '朗读这部分' }).click();
      await page.waitForFunction(() => window.__speech.spoken.length === 1);
      assert.deepEqual(await spoken(page), [{ text: '一览', lang: 'zh-CN', voice: 'zh-CN' }]);
      assert.equal(await page.locator('.reading').getAttribute('id'), 'glance-title');
      await page.evaluate(() => window.__finish());
      const [, card] = await spoken(page);
      assert.equal(card.text, '文旅，两千余人，参与时隔十二年重启的社火展演，网络点击量突破一千万');
      assert.equal(await page.locator('.reading').getAttribute('data-glance'), 'tourism');
      await page.evaluate(() => window.__finish());
      assert.match((await spoken(page))[2].text, /^家庭医生，一百七十二点五九万人，.*签约率百分之六十九点五九$/);
      assert.equal(await page.locator('.reading').getAttribute('data-glance'), 'health');
      // Kept in view, smoothly unless the reader asks for less motion.
      assert.deepEqual(await page.evaluate(() => [...new Set(window.__scrolls)]), ['smooth']);
      await page.waitForFunction(() => {
        const r = document.querySelector('.reading').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });

      // Pause, resume, stop: the browser's own calls, the state said.
      assert.equal(await status(page), '正在朗读');
      assert.equal(await root(page, 'data-reading'), 'reading');
      await page.getByRole('button', { name: '暂停' }).click();
      await statusIs(page, '已暂停');
      await page.getByRole('button', { name: '继续' }).click();
      await statusIs(page, '正在朗读');
      await page.getByRole('button', { name: '停止' }).click();
      assert.deepEqual((await calls(page)).filter((c) => c !== 'speak').slice(-3), ['pause', 'resume', 'cancel']);
      assert.equal(await page.locator('.reading').count(), 0, 'no highlight left');
      assert.equal(await status(page), '');
      assert.equal(await root(page, 'data-reading'), null);
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '朗读', 'focus stays on the control');
      // A cancelled utterance's late end does not read on.
      const count = (await spoken(page)).length;
      await page.evaluate(() => window.__finish());
      assert.equal((await spoken(page)).length, count);
    });
  });

  test('a section is read to its end; source sentences and folds only when opened', async () => {
    await withPage(site.open('', withVoices(['zh-CN'])), async ({ page }) => {
      const read = async () => {
        await page.evaluate(() => (window.__speech.spoken.length = 0));
        await page.locator('#health').getByRole('button', { name: '朗读这部分' }).click();
        await page.waitForFunction(() => window.__speech.spoken.length > 0);
        await page.evaluate(() => window.__finishAll());
        return (await spoken(page)).map((s) => s.text);
      };
      const closed = await read();
      assert.equal(closed[0], '家庭医生签约服务成“健康西宁”新名片', 'the heading first');
      assert.ok(closed.includes('全市已有一百七十二点五九万常住居民签约家庭医生。'), closed.join(' / '));
      assert.ok(closed.includes('二零二四年，家庭医生签约服务的西宁经验在全国推广。'), 'a big number with its label');
      assert.ok(closed.every((t) => !/\d/.test(t)), `no digits left: ${closed.filter((t) => /\d/.test(t))}`);
      const source = page.locator('#health details.src').first();
      const sentence = say(await source.locator('.src-sentence').first().textContent());
      assert.ok(!closed.includes(sentence), 'a closed source is not read');
      await page.getByRole('button', { name: '朗读', exact: true }).waitFor();
      await source.evaluate((d) => (d.open = true));
      const opened = await read();
      assert.ok(opened.includes(sentence), 'an opened source is read');
      assert.equal(opened.length, closed.length + (await source.locator('.src-sentence').count()));
      assert.equal(await root(page, 'data-reading'), null, 'idle at the end');
    });
  });

  test("the explorer's rows are not read aloud, opened or not, as when they were in its island", async () => {
    await withPage(site.open('', withVoices(['zh-CN'])), async ({ page }) => {
      // A row of the seasonal group, which no fold closes.
      const row = page.locator('#tourism [data-explorer-item="autumn-winter-carnival"]');
      await row.locator('details.explorer-more').evaluate((d) => (d.open = true));
      await row.locator('details.src').evaluate((d) => (d.open = true));
      const sentence = say(await row.locator('.src-sentence').textContent());
      await page.locator('#tourism').getByRole('button', { name: '朗读这部分' }).click();
      await page.waitForFunction(() => window.__speech.spoken.length > 0);
      await page.evaluate(() => window.__finishAll());
      const texts = (await spoken(page)).map((s) => s.text);
      assert.ok(texts.length > 1, texts.join(' / '));
      assert.ok(!texts.includes(sentence), `read: ${sentence}`);
    });
  });

  test('the English page reads in English, as written', async () => {
    await withPage(site.open('en/', withVoices(['zh-CN', 'en-GB'], { reducedMotion: 'reduce' })), async ({ page }) => {
      await page.locator('.glance').getByRole('button', { name: 'Read this part aloud' }).click();
      await page.waitForFunction(() => window.__speech.spoken.length > 0);
      await page.evaluate(() => window.__finish());
      const [heading, card] = await spoken(page);
      assert.deepEqual(heading, { text: 'At a glance', lang: 'en', voice: 'en-GB' });
      assert.match(card.text, /^Culture & tourism, 2,000\+ people, took part in the shehuo show/);
      assert.deepEqual(await page.evaluate(() => [...new Set(window.__scrolls)]), ['auto'], 'no motion asked for');
    });
  });

  test('on the English page, a quote read aloud is said to be our translation', async () => {
    await withPage(site.open('en/', withVoices(['en-GB'])), async ({ page }) => {
      await page.locator('#tourism').getByRole('button', { name: 'Read this part aloud' }).click();
      await page.waitForFunction(() => window.__speech.spoken.length > 0);
      await page.evaluate(() => window.__finishAll());
      const texts = (await spoken(page)).map((s) => s.text);
      const quote = (await page.locator('#tourism figure.quote blockquote p').first().textContent()).trim();
      const at = texts.findIndex((t) => t.startsWith(quote.slice(0, 40)));
      assert.ok(at >= 0, `the quote is read: ${texts.join(' / ')}`);
      assert.equal(texts[at + 1], '(our translation)', 'then that it is ours');
      assert.ok(!texts.some((t) => t.includes('The original Chinese')), 'the fold itself stays closed');
    });
  });

  test('no read aloud without speechSynthesis, or without a voice for the page until one arrives', async () => {
    const none = () => {
      delete Window.prototype.speechSynthesis;
      delete window.speechSynthesis;
    };
    await withPage(site.open('', { init: none }), async ({ page }) => {
      assert.equal(await page.evaluate(() => 'speechSynthesis' in window), false);
      assert.equal(await page.getByRole('button', { name: /朗读/ }).count(), 0);
      await page.getByRole('group', { name: '阅读辅助' }).getByRole('button', { name: '高对比度' }).waitFor();
    });
    await withPage(site.open('', withVoices(['en-US'])), async ({ page }) => {
      assert.equal(await page.getByRole('button', { name: /朗读/ }).count(), 0);
      await page.evaluate(() => window.__addVoice('zh-CN'));
      await page.getByRole('button', { name: '朗读', exact: true }).waitFor();
      assert.equal(await page.getByRole('button', { name: '朗读这部分' }).count(), 5);
    });
  });

  test('high contrast is remembered and applied before the app runs, text at 7:1 and marks at 4.5:1', async () => {
    await withPage(site.open(''), async ({ page }) => {
      const toggle = page.getByRole('button', { name: '高对比度' });
      await toggle.click();
      assert.equal(await root(page, 'data-theme'), 'contrast');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      assert.equal(await page.getByRole('button', { name: '深色模式' }).getAttribute('aria-pressed'), 'false');

      const startApp = await reloadBeforeApp(page);
      assert.equal(await root(page, 'data-theme'), 'contrast');
      const colours = await page.evaluate(() => {
        const bg = getComputedStyle(document.body).backgroundColor;
        const text = [...document.querySelectorAll(
          '.claim, .provenance, .subtitle, .story h2, .glance-section, .glance-line, .big-number .value, .chart-label, .permalink, details.src > summary, .figure-value',
        )].map((e) => [e.className || e.tagName, getComputedStyle(e).color]);
        const marks = [...document.querySelectorAll('[data-chart] svg .ink-mark, [data-chart] svg .ink-quiet')]
          .map((e) => [e.getAttribute('class'), getComputedStyle(e)])
          .map(([c, s]) => [c, s.fill === 'none' ? s.stroke : s.fill]);
        return { bg, text, marks };
      });
      assert.equal(colours.bg, 'rgb(0, 0, 0)');
      assert.ok(colours.text.length > 20 && colours.marks.length > 5);
      for (const [what, c] of colours.text) assert.ok(ratio(c, colours.bg) >= 7, `${what}: ${c} ${ratio(c, colours.bg).toFixed(2)}`);
      for (const [what, c] of colours.marks) assert.ok(ratio(c, colours.bg) >= 4.5, `${what}: ${c} ${ratio(c, colours.bg).toFixed(2)}`);
      await startApp();
      assert.equal(await page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed'), 'true');
      // Off again: the system's scheme.
      await page.getByRole('button', { name: '高对比度' }).click();
      assert.equal(await root(page, 'data-theme'), 'system');
    });
  });

  // The colour scheme's logic (static/boot.js): a toggle turns its theme on,
  // and off to what the system shows unless that is the same (a dark
  // system's dark mode off is light); asking for what the system shows is
  // "system", which follows the system again, live.
  for (const system of ['light', 'dark']) {
    test(`on a ${system} system, dark mode and high contrast toggle on and off, and "system" follows it live`, async () => {
      await withPage(site.open('', { colorScheme: system }), async ({ page }) => {
        const dark = page.getByRole('button', { name: '深色模式' });
        const contrast = page.getByRole('button', { name: '高对比度' });
        const state = async () => [
          await root(page, 'data-theme'),
          await page.evaluate(() => localStorage.getItem('xining-report.theme')),
          await dark.getAttribute('aria-pressed'),
          await contrast.getAttribute('aria-pressed'),
        ];
        const isDark = String(system === 'dark');
        assert.deepEqual(await state(), [null, null, isDark, 'false'], 'a first visit writes nothing');
        await contrast.click();
        assert.deepEqual(await state(), ['contrast', 'contrast', 'false', 'true']);
        await dark.click();
        const darkOn = system === 'dark' ? 'system' : 'dark';
        assert.deepEqual(await state(), [darkOn, darkOn, 'true', 'false']);
        await dark.click();
        const darkOff = system === 'dark' ? 'light' : 'system';
        assert.deepEqual(await state(), [darkOff, darkOff, 'false', 'false']);
        if (system === 'light') {
          // Following the system: it turns dark, and dark mode shows pressed.
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.waitForFunction(() => document.querySelector('.theme-toggle').getAttribute('aria-pressed') === 'true');
        }
        // A stored value that is no scheme reads as the system's.
        await page.evaluate(() => localStorage.setItem('xining-report.theme', 'sepia'));
        await page.reload();
        await page.waitForSelector('[data-controls-ready]', { state: 'attached' });
        assert.equal(await contrast.getAttribute('aria-pressed'), 'false');
        await contrast.click();
        assert.equal(await root(page, 'data-theme'), 'contrast');
      });
    });
  }

  test('line and paragraph spacing hold at every text size', async () => {
    await withPage(site.open(''), async ({ page }) => {
      for (const size of ['小', '中', '大', '特大']) {
        await page.getByRole('button', { name: size, exact: true }).click();
        const { lines, gaps } = await page.evaluate(() => {
          const lh = (e) => parseFloat(getComputedStyle(e).lineHeight);
          const lines = [...document.querySelectorAll('.claim, .method > p, .quote p, .glance-value, .big-number .value, .glance-line')]
            .map((e) => [e.className || e.tagName, lh(e) / parseFloat(getComputedStyle(e).fontSize)]);
          const gaps = [];
          const pairs = (sel) => {
            for (const e of document.querySelectorAll(sel)) {
              const next = e.nextElementSibling;
              if (!next || !next.matches(sel)) continue;
              const gap = next.getBoundingClientRect().top - e.getBoundingClientRect().bottom;
              const text = e.matches('.beat') ? e.querySelector('.claim') : e;
              gaps.push([sel, gap / lh(text)]);
            }
          };
          pairs('.beat');
          pairs('.method > p');
          // A quote after its claim (and any folded glosses between them).
          for (const q of document.querySelectorAll('.beat-text > .quote, .beat-text > .reported')) {
            const gap = q.getBoundingClientRect().top - q.previousElementSibling.getBoundingClientRect().bottom;
            gaps.push(['quote', gap / lh(q.closest('.beat-text').querySelector('.claim'))]);
          }
          return { lines, gaps };
        });
        for (const [what, r] of lines) assert.ok(r >= 1.3 - 0.001, `${size}: ${what} line height ${r.toFixed(2)}`);
        assert.ok(gaps.length > 10, `${gaps.length} paragraph gaps`);
        for (const [what, r] of gaps) assert.ok(r >= 1.3 - 0.01, `${size}: ${what} gap ${r.toFixed(2)} × line height`);
      }
    });
  });

  test('the large pointer is remembered and applied before the app; touch screens do not offer it', async () => {
    await withPage(site.open(''), async ({ page }) => {
      const cursor = () => page.evaluate(() => getComputedStyle(document.querySelector('.claim')).cursor);
      assert.doesNotMatch(await cursor(), /cursor-large/);
      await page.getByRole('button', { name: '大鼠标指针' }).click();
      assert.equal(await root(page, 'data-pointer'), 'large');
      assert.match(await cursor(), /cursor-large\.svg/);
      const svg = await page.request.get(new URL('cursor-large.svg', site.url).href);
      assert.equal(svg.status(), 200);
      assert.match(await svg.text(), /^<svg[^>]+width="64"/);
      const startApp = await reloadBeforeApp(page);
      assert.equal(await root(page, 'data-pointer'), 'large');
      assert.match(await cursor(), /cursor-large\.svg/);
      await startApp();
      assert.equal(await page.getByRole('button', { name: '大鼠标指针' }).getAttribute('aria-pressed'), 'true');
    });
    await withPage(site.open('', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } }), async ({ page }) => {
      assert.equal(await page.locator('.pointer-toggle').isVisible(), false);
    });
  });

  test('the group is one labelled set of controls that the keyboard alone works', async () => {
    await withPage(site.open('', withVoices(['zh-CN'])), async ({ page }) => {
      const group = page.getByRole('group', { name: '阅读辅助' });
      assert.ok(await group.getByText('阅读辅助', { exact: true }).isVisible(), 'its label is visible');
      const names = await group.getByRole('button').evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).map((b) => b.textContent));
      assert.deepEqual(names, ['小', '中', '大', '特大', '深色模式', '高对比度', '大鼠标指针', '朗读']);
      // From the top of the page, Tab to each control and press it.
      const focusOn = async (name) => {
        for (let i = 0; i < 30; i++) {
          await page.keyboard.press('Tab');
          if ((await page.evaluate(() => document.activeElement.textContent)) === name) return;
        }
        assert.fail(`Tab never reached ${name}`);
      };
      await focusOn('特大');
      await page.keyboard.press('Enter');
      assert.equal(await root(page, 'data-text-size'), 'xl');
      await focusOn('高对比度');
      await page.keyboard.press('Space');
      assert.equal(await root(page, 'data-theme'), 'contrast');
      await focusOn('大鼠标指针');
      await page.keyboard.press('Enter');
      assert.equal(await root(page, 'data-pointer'), 'large');
      await focusOn('朗读');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__speech.spoken.length > 0);
      assert.equal((await spoken(page))[0].text, '一览', 'the part in view is the opening');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '暂停', 'focus follows');
      await page.keyboard.press('Enter');
      await statusIs(page, '已暂停');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '停止');
      await page.keyboard.press('Enter');
      assert.equal(await calls(page).then((c) => c.at(-1)), 'cancel');
    });
  });

  test('at 320 px the group fits and nothing scrolls sideways, at every text size and while reading', async () => {
    await withPage(site.open('', withVoices(['zh-CN'], { viewport: { width: 320, height: 700 } })), async ({ page }) => {
      const overflow = () =>
        page.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          group: document.querySelector('.aids').getBoundingClientRect().right - window.innerWidth,
        }));
      for (const size of ['小', '中', '大', '特大']) {
        await page.getByRole('button', { name: size, exact: true }).click();
        const o = await overflow();
        assert.ok(o.page <= 0 && o.group <= 0, `${size}: ${JSON.stringify(o)}`);
      }
      await page.locator('#green').getByRole('button', { name: '朗读这部分' }).click();
      await page.getByRole('button', { name: '停止' }).waitFor();
      const bar = await page.locator('.read-aloud').evaluate((e) => {
        const r = e.getBoundingClientRect();
        return [r.left, r.right, r.bottom, window.innerWidth, window.innerHeight];
      });
      assert.ok(bar[0] >= 0 && bar[1] <= bar[3] && Math.abs(bar[2] - bar[4]) < 1, `player ${bar}`);
      assert.ok((await overflow()).page <= 0);
    });
  });
});
