// Accessibility end to end: axe-core finds nothing in either language, light
// or dark, on a desktop and on a 320 px phone; the keyboard alone reaches every
// control in page order and leaves again; the layout survives WCAG 1.4.12
// text spacing, the largest text size and 200 % zoom.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { E2E_DIR } from '../lib/dist.mjs';
import { useSite, withPage } from '../lib/site.mjs';

const AXE = join(E2E_DIR, 'node_modules/axe-core/axe.min.js');

/** What a keyboard can reach, as the browser sees it (hidden, closed-details
 *  and inert content excluded by checkVisibility and tabIndex). */
const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Every axe violation, one readable line each with up to five targets. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility', () => {
  const site = useSite('/');
  // The page's CSP forbids inline scripts, and addScriptTag inlines axe.
  const open = (path, options = {}) => site.open(path, { bypassCSP: true, ...options });

  for (const path of ['', 'en/']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1366, 768, 320]) {
        test(`axe: /${path} ${colorScheme} at ${width} px has no violations`, async () => {
          await withPage(open(path, { colorScheme, viewport: { width, height: 800 } }), async ({ page }) => {
            assert.deepEqual(await axeViolations(page), []);
          });
        });
      }
    }
  }

  test('axe: the reader’s choices and opened parts have no violations either', async () => {
    await withPage(open('', {
      colorScheme: 'light',
      permissions: ['clipboard-read', 'clipboard-write'],
    }), async ({ page }) => {
      await page.getByRole('button', { name: '深色模式' }).click();
      await page.getByRole('button', { name: '特大' }).click();
      await page.getByRole('button', { name: '分享' }).click();
      await page.getByRole('status').getByText('链接已复制').waitFor();
      const chart = page.locator('[data-chart="health-rates"]');
      await chart.locator('summary', { hasText: '数据表' }).click();
      await chart.locator('[data-mark="1"]').hover();
      await chart.locator('.tooltip').waitFor();
      await page.locator('details.src').first().evaluate((d) => (d.open = true));
      await page.locator('[data-filter="season"] button[data-value="winter"]').click();
      await page.getByLabel('按名称搜索').fill('没有这样的名字');
      await page.locator('.explorer-empty').waitFor();
      assert.deepEqual(await axeViolations(page), []);
    });
  });

  for (const width of [1366, 320]) {
    test(`axe: high contrast with the largest text and the large pointer at ${width} px has no violations`, async () => {
      await withPage(open('', { viewport: { width, height: 800 } }), async ({ page }) => {
        await page.getByRole('button', { name: '高对比度' }).click();
        await page.getByRole('button', { name: '特大' }).click();
        if (width > 320) await page.getByRole('button', { name: '大鼠标指针' }).click();
        await page.locator('details.src').first().evaluate((d) => (d.open = true));
        assert.deepEqual(await axeViolations(page), []);
      });
    });
  }

  test('Tab alone walks every control in page order, starting with the skip link, and leaves', async () => {
    await withPage(open(''), async ({ page }) => {
      const expected = await page.evaluate((selector) => {
        const all = [...document.querySelectorAll(selector)].filter(
          (e) => e.tabIndex >= 0 && e.checkVisibility({ visibilityProperty: true }),
        );
        all.forEach((e, i) => (e.dataset.walk = String(i)));
        return all.map((e) => `${e.tagName.toLowerCase()} ${(e.getAttribute('aria-label') || e.textContent).trim().slice(0, 40)}`);
      }, TABBABLE);
      assert.ok(expected.length > 50, `only ${expected.length} controls found`);
      const walked = [];
      // One round and then some: a trap would keep focus from coming back.
      for (let i = 0; i < expected.length + 5; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          return e.dataset.walk ?? `unexpected ${e.outerHTML.slice(0, 80)}`;
        });
        if (walked.length && at === walked[0]) break;
        if (at !== null) walked.push(at);
      }
      assert.equal(walked[0], '0', 'the skip link comes first');
      assert.match(expected[0], /^a 跳到正文/);
      // Every control, each once, in document order (which is the page's
      // reading order: masthead and toolbar, sections nav, sections in order).
      assert.deepEqual(
        walked.map((w, i) => `${w}: ${expected[Number(w)] ?? w}`),
        expected.map((e, i) => `${i}: ${e}`),
      );
    });
  });

  test('the regions come in reading order and the skip link lands in the report', async () => {
    await withPage(open(''), async ({ page }) => {
      const order = await page.evaluate(() => {
        const first = (sel) => {
          const scope = document.querySelector(sel);
          const el = [...scope.querySelectorAll('a[href], button, input, summary, [tabindex="0"]')].find((e) =>
            e.checkVisibility(),
          );
          return [...document.querySelectorAll('*')].indexOf(el);
        };
        return ['header .toolbar', 'nav', '#tourism', '#health', '#green', '#hotline', '#method'].map(first);
      });
      assert.deepEqual([...order].sort((a, b) => a - b), order, `first control of each region: ${order}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.ok(
        await page.evaluate(() => document.querySelector('main').contains(document.activeElement)),
        'after the skip link, Tab goes into the report',
      );
    });
  });

  test('the masthead, toolbar, section bar and permalinks are finger-sized at 320 px', async () => {
    await withPage(open('', { viewport: { width: 320, height: 800 } }), async ({ page }) => {
      const small = await page
        .locator('header a, header button, nav a, .permalink')
        .evaluateAll((es) =>
          es
            // Read aloud's buttons not shown (no voice here, or not the state) are no target.
            .filter((e) => e.checkVisibility())
            .map((e) => [e.textContent.trim(), e.getBoundingClientRect()])
            .filter(([, r]) => r.width < 44 || r.height < 44)
            .map(([t, r]) => `${t}: ${Math.round(r.width)}×${Math.round(r.height)}`),
        );
      assert.deepEqual(small, []);
    });
  });

  /** Text that is cut off: a box that hides overflow and has more than it shows. */
  const clipped = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => {
          if (!e.checkVisibility() || e.closest('.visually-hidden')) return false;
          const s = getComputedStyle(e);
          const hides = (o) => o === 'hidden' || o === 'clip';
          return (
            (hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1) ||
            (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1)
          );
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );

  /** Controls that overlap one another. */
  const overlapping = (page) =>
    page.evaluate(() => {
      const boxes = [...document.querySelectorAll('header button, header a, nav a, .explorer button, .permalink, summary')]
        .filter((e) => e.checkVisibility())
        .map((e) => [e, e.getBoundingClientRect()]);
      const hits = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, ra] = boxes[i];
          const [b, rb] = boxes[j];
          const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (w > 1 && h > 1 && !a.contains(b) && !b.contains(a)) hits.push(`${a.textContent} / ${b.textContent}`);
        }
      }
      return hits;
    });

  // 683 px is a 1366 px screen at 200 % zoom.
  for (const width of [320, 683]) {
    test(`at ${width} px, the largest text with WCAG text spacing neither clips nor scrolls sideways`, async () => {
      await withPage(open('', { viewport: { width, height: 800 } }), async ({ page }) => {
        await page.getByRole('button', { name: '特大' }).click();
        await page.addStyleTag({
          content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
            word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`,
        });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
        assert.deepEqual(await clipped(page), []);
        assert.deepEqual(await overlapping(page), []);
      });
    });
  }
});
