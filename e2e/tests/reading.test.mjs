// The reader's controls: the section navigation that follows the reading,
// permalinks, text size and light/dark remembered across reloads (and a page
// that still works when storage throws), sharing, and printing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
import { useSite, withPage } from '../lib/site.mjs';

/** Chart text colours: --fg of the light and dark schemes (static/style.css). */
const LIGHT_TEXT = 'rgb(26, 26, 26)';
const DARK_TEXT = 'rgb(236, 236, 236)';

const root = (page, attr) => page.evaluate((a) => document.documentElement.getAttribute(a), attr);
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const chartSvg = (page) => page.locator('[data-chart="health-rates"] svg').evaluate((s) => s.outerHTML);
/** Waits until the charts' text is painted in `colour` (the stylesheet's, as computed). */
const chartTextIs = (page, colour) =>
  page.waitForFunction((c) => getComputedStyle(document.querySelector('[data-chart] svg text')).fill === c, colour);

describe('reading', () => {
  const site = useSite('/');

  // The bar wraps to three rows on a phone with the largest text.
  for (const [width, size] of [[1366, '中'], [320, '特大']]) {
    test(`at ${width} px with ${size} text, the section bar marks the section being read and hides no heading`, async () => {
      await withPage(site.open('', { viewport: { width, height: 800 } }), async ({ page }) => {
        await page.getByRole('button', { name: size, exact: true }).click();
        const nav = page.getByRole('navigation', { name: '章节' });
        const current = () => nav.locator('[aria-current]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(await current(), [], 'nothing is current above the first section');
        for (const id of ['health', 'hotline', 'tourism', 'method']) {
          await nav.locator(`a[href="#${id}"]`).click();
          await page.waitForFunction((h) => document.querySelector(`nav [aria-current="location"]`)?.getAttribute('href') === h, `#${id}`);
          assert.deepEqual(await current(), [`#${id}`]);
          const [navBottom, headingTop] = await page.evaluate((i) => [
            document.querySelector('nav').getBoundingClientRect().bottom,
            document.getElementById(`${i}-title`).getBoundingClientRect().top,
          ], id);
          assert.ok(headingTop >= navBottom, `#${id}: heading at ${headingTop}, bar ends at ${navBottom}`);
        }
        // Told by more than colour: the current link is underlined.
        const underline = await nav.locator('[aria-current]').evaluate((a) => getComputedStyle(a).borderBottomColor);
        assert.notEqual(underline, 'rgba(0, 0, 0, 0)');
        // The bar stays on screen.
        assert.equal(await nav.evaluate((n) => Math.round(n.getBoundingClientRect().top)), 0);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForFunction(() => !document.querySelector('nav [aria-current]'));
      });
    });
  }

  test('every section heading has a named link to its own address', async () => {
    await withPage(site.open('en/'), async ({ page }) => {
      const sections = await page.locator('main > section[id]').evaluateAll((ss) =>
        ss.map((s) => {
          const link = s.querySelector('.permalink');
          return [s.id, link?.getAttribute('href'), link?.getAttribute('aria-label')?.startsWith('Link to this section: ')];
        }),
      );
      assert.deepEqual(
        sections.map((s) => s[0]),
        ['tourism', 'health', 'green', 'hotline', 'method'],
      );
      for (const [id, href, named] of sections) assert.deepEqual([href, named], [`#${id}`, true], id);
      // The heading's own name stays its title.
      const h2 = page.getByRole('heading', { level: 2, name: 'One day on the 12345 hotline', exact: true });
      await h2.waitFor();
      await page.locator('#hotline .permalink').click();
      assert.match(page.url(), /\/en\/#hotline$/);
    });
  });

  test('text size and a dark choice survive a reload; toggling back follows the system again', async () => {
    await withPage(site.open('', { colorScheme: 'light' }), async ({ page }) => {
      assert.equal(await root(page, 'data-text-size'), null, 'the default size: no attribute');
      const lightBg = await background(page);
      await chartTextIs(page, LIGHT_TEXT);
      const ratio = () =>
        page.evaluate(() => {
          const p = document.querySelector('.claim');
          const s = getComputedStyle(p);
          return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
        });
      const sizes = [];
      for (const [name, code] of [['小', 's'], ['大', 'l'], ['特大', 'xl']]) {
        await page.getByRole('button', { name, exact: true }).click();
        assert.equal(await root(page, 'data-text-size'), code);
        assert.ok((await ratio()) >= 1.5, `line height at ${name}`);
        sizes.push(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)));
      }
      assert.ok(sizes[0] < sizes[1] && sizes[1] < sizes[2], `body sizes ${sizes}`);
      const drawn = await chartSvg(page);
      await page.getByRole('button', { name: '深色模式' }).click();
      assert.equal(await root(page, 'data-theme'), 'dark');
      assert.notEqual(await background(page), lightBg);
      await chartTextIs(page, DARK_TEXT);
      assert.equal(await chartSvg(page), drawn, 'the stylesheet recolours the chart; nothing redraws it');

      await page.reload();
      await waitForApp(page);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
      assert.equal(await root(page, 'data-text-size'), 'xl');
      assert.equal(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed'), 'true');
      assert.equal(await page.getByRole('button', { name: '深色模式' }).getAttribute('aria-pressed'), 'true');
      await chartTextIs(page, DARK_TEXT);

      // Back to light, which is what the system says: the page follows it again.
      await page.getByRole('button', { name: '深色模式' }).click();
      assert.equal(await root(page, 'data-theme'), 'system');
      assert.equal(await background(page), lightBg);
      await page.emulateMedia({ colorScheme: 'dark' });
      await chartTextIs(page, DARK_TEXT);
      assert.notEqual(await background(page), lightBg);
      assert.equal(await page.getByRole('button', { name: '深色模式' }).getAttribute('aria-pressed'), 'true');
    });
  });

  test('light picked on a dark system wins over the system', async () => {
    await withPage(site.open('en/', { colorScheme: 'dark' }), async ({ page }) => {
      const toggle = page.getByRole('button', { name: 'Dark mode' });
      await page.waitForFunction(() => document.querySelector('.theme-toggle').getAttribute('aria-pressed') === 'true');
      await toggle.click();
      assert.equal(await root(page, 'data-theme'), 'light');
      assert.equal(await background(page), 'rgb(255, 255, 255)');
      await chartTextIs(page, LIGHT_TEXT);
    });
  });

  test('with localStorage throwing, the page works and the controls still apply', async () => {
    await withPage(site.open('', {
      init: () => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('storage is blocked', 'SecurityError');
          },
        });
      },
    }), async ({ page }) => {
      await page.getByRole('button', { name: '大', exact: true }).click();
      assert.equal(await root(page, 'data-text-size'), 'l');
      await page.getByRole('button', { name: '深色模式' }).click();
      assert.equal(await root(page, 'data-theme'), 'dark');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(/\/en\/$/);
      await page.getByRole('button', { name: 'Dark mode' }).waitFor();
    });
  });

  test('share copies the link, with lang=zh on the Chinese page, and says so', async () => {
    await withPage(site.open('?season=winter#health', {
      permissions: ['clipboard-read', 'clipboard-write'],
      // The Web Share API is absent on desktop Linux; make sure of it.
      init: () => delete Navigator.prototype.share,
    }), async ({ page }) => {
      await page.getByRole('button', { name: '分享' }).click();
      const status = page.locator('.toolbar [role="status"]');
      await status.getByText('链接已复制').waitFor();
      assert.ok(await status.isVisible());
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, `${site.url}?season=winter&lang=zh#health`);
    });
  });

  test('share uses the Web Share API where the browser has one', async () => {
    await withPage(site.open('en/', {
      init: () => {
        Navigator.prototype.share = function (data) {
          window.sharedData = data;
          return Promise.resolve();
        };
      },
    }), async ({ page }) => {
      await page.getByRole('button', { name: 'Share' }).click();
      await page.waitForFunction(() => window.sharedData);
      const data = await page.evaluate(() => window.sharedData);
      assert.equal(data.url, `${site.url}en/`);
      assert.match(data.title, /Xining 2024/);
      assert.equal(await page.locator('.toolbar [role="status"]').innerText(), '');
    });
  });

  test('without share sheet or clipboard, the link is shown to copy by hand', async () => {
    await withPage(site.open('en/', {
      init: () => {
        delete Navigator.prototype.share;
        delete Navigator.prototype.clipboard;
      },
    }), async ({ page }) => {
      await page.getByRole('button', { name: 'Share' }).click();
      await page.locator('.toolbar [role="status"]').getByText(`Copy this link: ${site.url}en/`).waitFor();
    });
  });

  test('print shows every source sentence and the charts in black on white, without the controls', async () => {
    await withPage(site.open('', { colorScheme: 'dark' }), async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      await chartTextIs(page, 'rgb(0, 0, 0)');
      const seen = await page.evaluate(() => {
        const shown = (e) => e.checkVisibility();
        const sources = [...document.querySelectorAll('details.src')];
        return {
          sources: sources.length,
          sentences: sources.filter((d) => d.querySelector('.src-sentence') && shown(d.querySelector('.src-sentence'))).length,
          summaries: sources.filter((d) => shown(d.querySelector('summary'))).length,
          controls: [...document.querySelectorAll('nav, .toolbar, .lang-switch, .explorer-controls, .permalink')]
            .filter(shown)
            .map((e) => e.className || e.tagName),
          charts: [...document.querySelectorAll('[data-chart] svg')].filter(shown).length,
          background: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.body).color,
        };
      });
      assert.ok(seen.sources > 20, `${seen.sources} sources`);
      assert.equal(seen.sentences, seen.sources, 'every source sentence prints');
      assert.equal(seen.summaries, 0, 'no "Source" toggles');
      assert.deepEqual(seen.controls, []);
      assert.equal(seen.charts, 5);
      assert.deepEqual([seen.background, seen.text], ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10_000, 'a PDF comes out');
      await page.emulateMedia({ media: 'screen' });
      await chartTextIs(page, DARK_TEXT);
    });
  });
});
