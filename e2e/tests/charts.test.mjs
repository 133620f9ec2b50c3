// Charts as a reader uses them: hover and keys show the exact value, the
// folded table shows every row (with or without script), a screen reader
// hears each chart's title and its values spoken apart, the CSV download is
// right, and nothing scrolls sideways on a 320 px phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, withPage } from '../lib/site.mjs';

const site = useSite('/');
const open = (viewport) => site.open('', viewport ? { viewport } : {});

test('hovering a bar shows its exact value', async () => {
  await withPage(open(), async ({ page }) => {
    const chart = page.locator('[data-chart="health-rates"]');
    await chart.locator('[data-mark="1"]').hover();
    await assert.doesNotReject(chart.getByRole('status').getByText('91.61%').waitFor());
    await chart.locator('[data-mark="0"]').hover();
    await chart.getByRole('status').getByText('69.59%').waitFor();
  });
});

test('one Tab stop per chart; arrows move between marks, Escape closes', async () => {
  await withPage(open(), async ({ page }) => {
    const chart = page.locator('[data-chart="hotline-topics"]');
    const overlay = chart.locator('.chart-overlay');
    await overlay.focus();
    const status = chart.getByRole('status');
    await status.getByText('55件').waitFor();
    await page.keyboard.press('ArrowRight');
    await status.getByText('48件').waitFor();
    await page.keyboard.press('ArrowRight');
    await status.getByText('36件').waitFor();
    await page.keyboard.press('ArrowRight');
    await status.getByText('55件').waitFor();
    await page.keyboard.press('ArrowLeft');
    await status.getByText('36件').waitFor();
    await page.keyboard.press('Escape');
    assert.equal((await status.innerText()).trim(), '');
    // Tab leaves the drawing from its single stop for the next control, the
    // table's summary below it, and Shift+Tab comes straight back: no mark
    // is a stop.
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => {
      const e = document.activeElement;
      return e.closest('.chart-overlay') ? `in the drawing: ${e.outerHTML.slice(0, 60)}` : e.textContent.trim();
    });
    assert.equal(await focused(), '数据表');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.matches('[data-chart="hotline-topics"] .chart-overlay')), true);
  });
});

test('tapping a mark shows its value', async () => {
  await withPage(open({ width: 360, height: 800 }), async ({ page }) => {
    const chart = page.locator('[data-chart="hotline-handling"]');
    await chart.locator('[data-mark="1"]').click();
    await chart.getByRole('status').getByText('369件').waitFor();
  });
});

// The rows every chart's JSON download (listed in sources and method) holds,
// as "label value".
async function downloadedRows(page, chart) {
  const id = await chart.getAttribute('data-chart');
  const href = await page.locator(`[data-downloads="${id}"]`).locator('a', { hasText: 'JSON' }).getAttribute('href');
  const res = await page.request.get(new URL(href, page.url()).href);
  return (await res.json()).map((r) => `${r.label} ${r.shown}`);
}

for (const script of [false, true]) {
  test(`every chart's table opens ${script ? 'once hydrated' : 'without script'} and shows every row`, async () => {
    const options = script
      ? {}
      : {
          ready: false, // the app cannot start: script is off
          javaScriptEnabled: false,
        };
    await withPage(site.open('', options), async ({ page }) => {
      const charts = page.locator('[data-chart]');
      assert.equal(await charts.count(), 5);
      for (const chart of await charts.all()) {
        const table = chart.locator('table');
        assert.equal(await table.isVisible(), false, 'folded at first');
        await chart.locator('summary', { hasText: '数据表' }).click();
        await table.waitFor({ state: 'visible' });
        const rows = await table.locator('tbody tr').evaluateAll((trs) =>
          trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim()).join(' ')),
        );
        assert.deepEqual(rows, await downloadedRows(page, chart));
      }
    });
  });
}

/** A CDP session on Chrome's own accessibility tree: what a screen reader gets. */
const accessibility = (page) => page.context().newCDPSession(page);

test('a screen reader hears each chart by its title, not as "Source"', async () => {
  for (const path of ['', 'en/']) {
    await withPage(site.open(path), async ({ page }) => {
      const titles = await page.locator('[data-chart] h3').allTextContents();
      assert.equal(titles.length, 5);
      const cdp = await accessibility(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-chart]' });
      const heard = [];
      for (const nodeId of nodeIds) {
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        heard.push(`${nodes[0].role.value} ${nodes[0].name.value}`);
      }
      assert.deepEqual(heard, titles.map((t) => `figure ${t.trim()}`));
    });
  }
});

test('the value read out on arrow keys separates label and value', async () => {
  for (const [path, expected] of [
    ['', '重点人群的家庭医生签约率：91.61%'],
    ['en/', 'Priority groups’ family-doctor sign-up rate: 91.61%'],
  ]) {
    await withPage(site.open(path), async ({ page }) => {
      const chart = page.locator('[data-chart="health-rates"]');
      await chart.locator('.chart-overlay').focus();
      await page.keyboard.press('ArrowRight');
      await chart.getByRole('status').getByText('91.61%').waitFor();
      // The live region's text, node by node, as the tree hands it over.
      const cdp = await accessibility(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: '[data-chart="health-rates"] [role="status"]',
      });
      const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, role: 'StaticText' });
      assert.equal(nodes.map((n) => n.name.value).join(''), expected);
    });
  }
});

test('the CSV download has a BOM, the header and every row', async () => {
  await withPage(open(), async ({ page }) => {
    // The files are listed, folded, in sources and method.
    await page.locator('#method summary', { hasText: '下载数据' }).click();
    const link = page.locator('[data-downloads="hotline-topics"]').getByRole('link', { name: 'CSV' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'hotline-topics.zh.csv');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    assert.ok(text.startsWith('\ufeff'), 'UTF-8 BOM');
    const lines = text.slice(1).trim().split('\r\n');
    assert.equal(lines[0], 'label,value,max,shown,derived,source_or_formula,date');
    assert.equal(lines.length, 4);
    // By hand from the seed: the row's sentence, and the bulletin's day
    // without a year.
    assert.match(lines[1], /,55,,55件,false,市容环境55件，无集中反映问题,1月25日，日报未写年份$/);
    assert.match(lines[3], /,36,,36件,false,交通秩序36件，无集中反映问题,1月25日，日报未写年份$/);
  });
});

test('nothing scrolls sideways at 320 px', async () => {
  await withPage(open({ width: 320, height: 700 }), async ({ page }) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    // Charts are redrawn to their box, not only scaled.
    const width = await page.locator('[data-chart="health-rates"] svg').getAttribute('width');
    assert.ok(Number(width) <= 320, `chart drawn ${width}px wide`);
  });
});
