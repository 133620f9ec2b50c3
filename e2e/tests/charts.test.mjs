// Charts as a reader uses them: hover and keys show the exact value, the
// table toggle shows every row, the CSV download is right, and nothing
// scrolls sideways on a 320 px phone.
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
    // Tab leaves the chart from its single stop: the marks are not tab stops.
    assert.equal(await chart.locator('[data-mark][tabindex]').count(), 0);
  });
});

test('tapping a mark shows its value', async () => {
  await withPage(open({ width: 360, height: 800 }), async ({ page }) => {
    const chart = page.locator('[data-chart="hotline-handling"]');
    await chart.locator('[data-mark="1"]').click();
    await chart.getByRole('status').getByText('369件').waitFor();
  });
});

test('the table toggle shows every row of the chart', async () => {
  await withPage(open(), async ({ page }) => {
    const chart = page.locator('[data-chart="health-rates"]');
    const table = chart.locator('table');
    assert.equal(await table.isVisible(), false);
    const toggle = chart.getByRole('button', { name: '显示数据表' });
    await toggle.click();
    await table.waitFor({ state: 'visible' });
    const rows = await table.locator('tbody tr').allInnerTexts();
    assert.deepEqual(
      rows.map((r) => r.split('\t').pop().trim()),
      ['69.59%', '91.61%', '94.81%'],
    );
    assert.equal(await chart.getByRole('button', { name: '隐藏数据表' }).getAttribute('aria-expanded'), 'true');
  });
});

test('the CSV download has a BOM, the header and every row', async () => {
  await withPage(open(), async ({ page }) => {
    const link = page.locator('[data-chart="hotline-topics"]').getByRole('link', { name: '下载 CSV' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'hotline-topics.csv');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    assert.ok(text.startsWith('\ufeff'), 'UTF-8 BOM');
    const lines = text.slice(1).trim().split('\r\n');
    assert.equal(lines[0], 'label,value,max,shown,derived');
    assert.equal(lines.length, 4);
    assert.match(lines[1], /,55,,55件,false$/);
    assert.match(lines[3], /,36,,36件,false$/);
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
