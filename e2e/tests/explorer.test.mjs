// The seasonal tourism explorer in a real browser: what a season shows, the
// view in the URL (reload, shared link, back/forward), search, the empty
// state, keyboard use and a 320 px screen. The rows are static HTML in the
// page, every item once; a view hides the rows it does not show.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { waitForApp } from '../lib/browser.mjs';
import { requireDist } from '../lib/dist.mjs';
import { useSite, withPage } from '../lib/site.mjs';

/** The rows a view shows: every row is in the page, the others are hidden. */
const SHOWN = '[data-explorer-item]:not([hidden])';

const filterButton = (page, filter, value) =>
  page.locator(`[data-filter="${filter}"] button[data-value="${value}"]`);

const pressed = (page, filter) =>
  page.locator(`[data-filter="${filter}"] button[aria-pressed="true"]`).evaluateAll((bs) => bs.map((b) => b.dataset.value));

const names = (page, group) =>
  page.locator(`[data-explorer-group="${group}"] ${SHOWN} .explorer-name`).allTextContents();

const count = (page) => page.locator('[data-explorer-count]').textContent();

/** Everything a reader sees of the explorer's state, to compare two views. */
async function snapshot(page) {
  return {
    season: await pressed(page, 'season'),
    type: await pressed(page, 'type'),
    status: await pressed(page, 'status'),
    search: await page.getByLabel('按名称搜索').inputValue(),
    count: await count(page),
    seasonal: await names(page, 'seasonal'),
    notStated: await names(page, 'not-stated'),
  };
}

/** Waits until the season button `value` is pressed, i.e. the view is applied. */
const seasonPressed = (page, value) =>
  page.waitForSelector(`[data-filter="season"] button[data-value="${value}"][aria-pressed="true"]`);

describe('tourism explorer', () => {
  const site = useSite('/');

  /** Opens the page at `query`, ready, with the explorer's view applied. */
  async function open(query = '', options = {}) {
    const opened = await site.open(query, options);
    await opened.page.locator('[data-explorer-count]').waitFor();
    return opened;
  }

  test('winter shows its theme, the autumn–winter items and the unstated group apart', async () => {
    await withPage(open(), async ({ page }) => {
      await page.locator('[data-filter="season"] button[data-value="winter"]').click();
      await seasonPressed(page, 'winter');
      assert.equal(await page.locator('[data-explorer-count]').getAttribute('aria-live'), 'polite');
      assert.match(await page.locator('[data-explorer-theme]').textContent(), /冬沐暖阳/);
      const seasonal = await names(page, 'seasonal');
      assert.ok(seasonal.includes('秋冬文旅嘉年华'), `seasonal: ${seasonal}`);
      assert.ok(seasonal.includes('冬沐暖阳'), `seasonal: ${seasonal}`);
      assert.ok(!seasonal.includes('春赏丁香'), `seasonal: ${seasonal}`);
      // Every item in the season's list names winter among its seasons.
      const tags = await page
        .locator(`[data-explorer-group="seasonal"] ${SHOWN} .explorer-tags`)
        .allTextContents();
      assert.ok(tags.length > 0 && tags.every((t) => t.includes('冬季')), tags.join(' | '));
      await page.locator('details.explorer-unstated > summary').getByText('未注明季节的项目').waitFor();
      const unstated = await names(page, 'not-stated');
      assert.ok(unstated.includes('社火展演'), `not stated: ${unstated}`);
      assert.ok(!unstated.some((n) => seasonal.includes(n)), 'no item is in both groups');
      assert.match(page.url(), /[?&]season=winter\b/);
    });
  });

  test('a copied URL restores the view, in a new tab and after a reload', async () => {
    let url;
    let seen;
    await withPage(open(), async ({ page }) => {
      await filterButton(page, 'season', 'winter').click();
      await filterButton(page, 'type', 'event').click();
      await page.waitForSelector('[data-filter="type"] button[data-value="event"][aria-pressed="true"]');
      url = page.url();
      assert.match(url, /\?season=winter&type=event$/);
      seen = await snapshot(page);
      assert.deepEqual(seen.season, ['winter']);
      assert.deepEqual(seen.type, ['event']);
    });

    // The copied URL as is, in a fresh context (a new tab with nothing shared).
    await withPage(site.open(url), async ({ page }) => {
      await seasonPressed(page, 'winter');
      assert.deepEqual(await snapshot(page), seen);
      await page.reload({ waitUntil: 'load' });
      await waitForApp(page);
      await seasonPressed(page, 'winter');
      assert.deepEqual(await snapshot(page), seen);
    });
  });

  test('the URL keeps the rest of the page query and ignores what it does not know', async () => {
    await withPage(open('?ref=news&season=monsoon&type=event,bogus&status=%ZZ'), async ({ page }) => {
      await page.waitForSelector('[data-filter="type"] button[data-value="event"][aria-pressed="true"]');
      assert.deepEqual(await pressed(page, 'season'), ['all']);
      assert.deepEqual(await pressed(page, 'status'), []);
      await filterButton(page, 'season', 'autumn').click();
      await seasonPressed(page, 'autumn');
      const query = new URL(page.url()).searchParams;
      assert.equal(query.get('ref'), 'news');
      assert.equal(query.get('season'), 'autumn');
      assert.equal(query.get('type'), 'event');
    });
  });

  test('an English search finds the Chinese item; back skips the half-typed words', async () => {
    await withPage(open(), async ({ page }) => {
      const before = await snapshot(page);
      const search = page.getByLabel('按名称搜索（中文或英文）');
      await search.pressSequentially('LiLac');
      await page.waitForFunction(() => document.querySelector('[data-explorer-count]').textContent === '显示 1 项');
      assert.deepEqual(await names(page, 'seasonal'), ['春赏丁香']);
      assert.match(page.url(), /[?&]q=LiLac$/);
      await page.goBack();
      await page.waitForFunction(() => !location.search.includes('q='));
      assert.deepEqual(await snapshot(page), before);
    });
  });

  test('typing Chinese with an input method filters and writes the URL once, when the word is committed', async () => {
    await withPage(open(), async ({ page }) => {
      const all = await count(page);
      const search = page.getByLabel('按名称搜索（中文或英文）');
      await search.focus();
      // Records whether the empty state ever shows, however briefly.
      await page.evaluate(() => {
        window.emptySeen = false;
        new MutationObserver(() => {
          window.emptySeen ||= document.querySelector('[data-explorer-empty]') !== null;
        }).observe(document.querySelector('.explorer'), { childList: true, subtree: true });
      });
      const entries = await page.evaluate(() => history.length);
      // A pinyin input method's keystrokes, as the browser gets them from it.
      const cdp = await page.context().newCDPSession(page);
      for (const text of ['d', 'di', 'din', 'ding', "ding'x", "ding'xi", "ding'xia", "ding'xian", "ding'xiang"]) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      }
      assert.equal(await search.inputValue(), "ding'xiang");
      // Two frames: time for anything the keystrokes set off to render.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.equal(new URL(page.url()).search, '', 'nothing written while composing');
      assert.equal(await count(page), all);
      await cdp.send('Input.insertText', { text: '丁香' });
      await page.waitForFunction(() => document.querySelector('[data-explorer-count]').textContent === '显示 1 项');
      assert.deepEqual(await names(page, 'seasonal'), ['春赏丁香']);
      assert.equal(new URL(page.url()).searchParams.get('q'), '丁香');
      assert.equal(await page.evaluate(() => history.length), entries + 1, 'one history entry');
      assert.equal(await page.evaluate(() => window.emptySeen), false, 'the empty state never flashed');
    });
  });

  test('back and forward step through filter changes', async () => {
    await withPage(open(), async ({ page }) => {
      await filterButton(page, 'season', 'winter').click();
      await seasonPressed(page, 'winter');
      const winter = await snapshot(page);
      await filterButton(page, 'status', 'held').click();
      await page.waitForSelector('[data-filter="status"] button[aria-pressed="true"]');
      assert.notDeepEqual(await snapshot(page), winter);

      await page.goBack();
      await page.waitForSelector('[data-filter="status"] button[aria-pressed="true"]', { state: 'detached' });
      assert.deepEqual(await snapshot(page), winter);
      assert.match(page.url(), /\?season=winter$/);

      await page.goBack();
      await seasonPressed(page, 'all');
      assert.equal(new URL(page.url()).search, '');

      await page.goForward();
      await seasonPressed(page, 'winter');
      assert.deepEqual(await snapshot(page), winter);
    });
  });

  test('an empty result says so and one click resets every filter', async () => {
    await withPage(open('?season=spring&status=proposed'), async ({ page }) => {
      await seasonPressed(page, 'spring');
      await page.getByLabel('按名称搜索（中文或英文）').fill('不存在的名字');
      const empty = page.locator('[data-explorer-empty]');
      await empty.waitFor();
      assert.match(await empty.textContent(), /没有符合当前条件的项目/);
      assert.equal(await count(page), '显示 0 项');
      assert.equal(await page.locator(SHOWN).count(), 0);
      assert.equal(await page.locator('[data-explorer-item]').filter({ visible: true }).count(), 0);

      await page.getByRole('button', { name: '重置筛选' }).click();
      await seasonPressed(page, 'all');
      assert.equal(new URL(page.url()).search, '');
      assert.equal(await page.getByLabel('按名称搜索（中文或英文）').inputValue(), '');
      const all = await page.locator(SHOWN).count();
      assert.ok(all > 0);
      assert.equal(all, await page.locator('[data-explorer-item]').count(), 'every row shows again');
      assert.equal(await count(page), `显示 ${all} 项`);
      // The button is gone; focus is kept inside the explorer.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'explorer-title');
    });
  });

  test('the keyboard alone reaches and presses the filters', async () => {
    await withPage(open(), async ({ page }) => {
      await filterButton(page, 'season', 'all').focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.value), 'winter');
      await page.keyboard.press('Enter');
      await seasonPressed(page, 'winter');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.value), 'theme');
      await page.keyboard.press('Space');
      await page.waitForSelector('[data-filter="type"] button[data-value="theme"][aria-pressed="true"]');
      assert.deepEqual(await names(page, 'seasonal'), ['冬沐暖阳']);
    });
  });

  test('fits a 320 px screen with finger-sized controls and unique ids', async () => {
    await withPage(open('?season=winter', { viewport: { width: 320, height: 640 } }), async ({ page }) => {
      await seasonPressed(page, 'winter');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `page is ${width} px wide`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.explorer button, .explorer input')]
          .map((el) => ({ el: el.dataset.value ?? el.id ?? el.textContent, ...el.getBoundingClientRect().toJSON() }))
          .filter((r) => r.height < 44 || r.width < 44)
          .map((r) => `${r.el}: ${r.width}×${r.height}`),
      );
      assert.deepEqual(small, []);
      const dupes = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      assert.deepEqual(dupes, []);
    });
  });
  test('a filter hides the rows it does not show and shows exactly its items', async () => {
    await withPage(open(), async ({ page }) => {
      const rows = page.locator('[data-explorer-item]');
      assert.equal(await rows.count(), 33, 'every item has its row in the page');
      await filterButton(page, 'season', 'winter').click();
      await seasonPressed(page, 'winter');
      await filterButton(page, 'type', 'event').click();
      await page.waitForSelector('[data-filter="type"] button[data-value="event"][aria-pressed="true"]');
      assert.equal(await count(page), '显示 13 项');
      // By hand from data/report.toml: winter's one event, then the events
      // with no stated season, in page order.
      const expected = [
        'autumn-winter-carnival',
        'shehuo-show',
        'culture-performance-shows',
        'promotion-events',
        'qinghai-super-league',
        'star-concerts',
        'youth-film-festival',
        'half-marathon',
        'farm-produce-fair',
        'heritage-performances',
        'food-carnival',
        'ocean-culture-festival',
        'cultural-creative-contest',
      ];
      const ids = (rs) => rs.map((r) => r.dataset.explorerItem);
      assert.deepEqual(await page.locator(SHOWN).evaluateAll(ids), expected);
      assert.equal(await rows.count(), 33, 'no row leaves the page');
      // Unfolded, the shown rows are what a reader sees and no other row is.
      await page.locator('details.explorer-unstated > summary').click();
      assert.deepEqual(await rows.filter({ visible: true }).evaluateAll(ids), expected);
      const hidden = await page.locator('[data-explorer-item][hidden]').evaluateAll((rs) =>
        rs.map((r) => getComputedStyle(r).display),
      );
      assert.equal(hidden.length, 33 - expected.length);
      assert.ok(hidden.every((d) => d === 'none'), hidden.join(' '));
    });
  });

  for (const path of ['', 'en/']) {
    test(`/${path}: hydration leaves the explorer's text, ids and rows as prerendered`, async () => {
      const html = readFileSync(join(requireDist(), path, 'index.html'), 'utf8');
      await withPage(site.open(path), async ({ page }) => {
        await page.locator('[data-island="explorer"][data-hydrated]').waitFor({ state: 'attached' });
        const { server, client } = await page.evaluate((h) => {
          const read = (explorer) => ({
            text: explorer.textContent.replace(/\s+/g, ''),
            ids: [...explorer.querySelectorAll('[id]')].map((e) => e.id),
            rows: [...explorer.querySelectorAll('[data-explorer-item]')].map(
              (r) => `${r.dataset.explorerItem}${r.hidden ? ' hidden' : ''}`,
            ),
            hidden: [...explorer.querySelectorAll('[hidden]')].map((e) => e.className),
            open: [...explorer.querySelectorAll('details[open]')].length,
          });
          const doc = new DOMParser().parseFromString(h, 'text/html');
          return { server: read(doc.querySelector('section.explorer')), client: read(document.querySelector('section.explorer')) };
        }, html);
        assert.equal(server.rows.length, 33);
        assert.deepEqual(client, server);
      });
    });
  }
});
