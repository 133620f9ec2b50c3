// Chart pictures a reader can send in a chat: a PNG (and SVG) per chart and
// language in dist/charts/ that decodes and is at least 1,200 px wide,
// linked from the chart's folded table; a share page per chart whose
// preview tags name it (with the absolute picture only when the build had
// SITE_URL), and which leads to the chart, focused, as its permalink does.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { requireDist } from '../lib/dist.mjs';
import { useSite, withPage } from '../lib/site.mjs';

const site = useSite('/');
const dist = requireDist();
const LANGS = ['zh', 'en'];
const reportPage = (lang) => readFileSync(join(dist, lang === 'zh' ? 'index.html' : 'en/index.html'), 'utf8');
const CHARTS = [...reportPage('zh').matchAll(/<figure id="chart-([a-z0-9-]+)" data-chart=/g)].map((m) => m[1]);
// Only a SITE_URL build knows its address; its report pages carry og:url.
const SITE_URL = reportPage('zh').match(/<meta property="og:url" content="([^"]+)">/)?.[1] ?? null;

/** Decodes a PNG far enough to trust it: signature, IHDR, and IDAT that inflates to every row. */
function decodePng(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let at = 8;
  let header;
  const data = [];
  for (;;) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9] };
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[header.colour];
  assert.ok(channels && header.depth === 8, `8-bit grey or RGB(A), not ${JSON.stringify(header)}`);
  const pixels = inflateSync(Buffer.concat(data));
  assert.equal(pixels.length, header.height * (1 + header.width * channels), 'every row decoded');
  return header;
}

const unescape = (text) =>
  text.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e]);
const metas = (html) =>
  Object.fromEntries([...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1], m[2]]));

test('every chart has its pictures in both languages, PNGs that decode at 1,200 px or more', () => {
  assert.equal(CHARTS.length, 5, `charts on the page: ${CHARTS}`);
  for (const id of CHARTS) {
    for (const lang of LANGS) {
      const png = join(dist, 'charts', `${id}.${lang}.png`);
      const { width } = decodePng(readFileSync(png));
      assert.ok(width >= 1200, `${png}: ${width} px wide`);
      assert.match(readFileSync(join(dist, 'charts', `${id}.${lang}.svg`), 'utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  }
});

test('share pages name their chart, with the absolute picture only in a SITE_URL build', () => {
  for (const id of CHARTS) {
    for (const lang of LANGS) {
      const dir = lang === 'zh' ? `c/${id}/` : `en/c/${id}/`;
      const html = readFileSync(join(dist, dir, 'index.html'), 'utf8');
      const tags = metas(html);
      const title = reportPage(lang).match(new RegExp(`<h3 id="chart-${id}-title"[^>]*>([^<]+)</h3>`))[1];
      assert.equal(unescape(tags['og:title']), unescape(title), `${dir}: og:title is the chart's title on the page`);
      assert.ok(tags['og:description'], `${dir}: og:description`);
      assert.doesNotMatch(html, /<script/);
      if (SITE_URL) {
        assert.equal(tags['og:image'], `${SITE_URL}charts/${id}.${lang}.png`, dir);
        assert.equal(tags['og:url'], `${SITE_URL}${dir}`, dir);
      } else {
        assert.equal(tags['og:image'], undefined, `${dir}: no og:image without SITE_URL`);
        assert.equal(tags['og:url'], undefined, `${dir}: no og:url without SITE_URL`);
      }
    }
  }
  assert.ok(existsSync(join(dist, 'c', CHARTS[0], 'index.html')));
});

test("the chart's folded table links its pictures, and they load", async () => {
  for (const lang of LANGS) {
    await withPage(site.open(lang === 'zh' ? '' : 'en/'), async ({ page }) => {
      const chart = page.locator('[data-chart="hotline-channels"]');
      await chart.locator('.chart-table > summary').click();
      const link = chart.locator('.chart-save a[href$=".png"]');
      await link.waitFor();
      const width = await link.evaluate(async (a) => {
        const img = new Image();
        img.src = a.href;
        await img.decode();
        return img.naturalWidth;
      });
      assert.ok(width >= 1200, `${lang}: ${width} px`);
      assert.match(await link.getAttribute('href'), new RegExp(`^(\\.\\./)?charts/hotline-channels\\.${lang}\\.png$`));
      const svg = chart.locator('.chart-save a[href$=".svg"]');
      assert.equal(await svg.evaluate((a) => fetch(a.href).then((r) => r.headers.get('content-type'))), 'image/svg+xml');
    });
  }
});

test('a share page leads to its chart, focused, in its language', async () => {
  for (const [path, lang] of [['c/hotline-topics/', 'zh-Hans'], ['en/c/hotline-topics/', 'en']]) {
    await withPage(site.open(path, { ready: false }), async ({ page }) => {
      await page.waitForURL(/#chart-hotline-topics$/);
      await page.waitForFunction(() => document.activeElement?.id === 'chart-hotline-topics');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.ok(!page.url().includes('?lang='), 'boot.js takes ?lang= out of the address');
      const inView = await page.locator('#chart-hotline-topics').evaluate((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      });
      assert.ok(inView, `${path}: the chart is on screen`);
    });
  }
});

test('a permalink focuses its chart; without script it still scrolls there', async () => {
  await withPage(site.open('#chart-health-team-load'), async ({ page }) => {
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'chart-health-team-load');
  });
  await withPage(site.open('en/#chart-health-rates', {
    ready: false, // the app cannot start: script is off
    javaScriptEnabled: false,
  }), async ({ page }) => {
    // Without script the browser still scrolls there; focus needs boot.js.
    const top = await page.locator('#chart-health-rates').evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 800, `the chart is on screen (top ${top})`);
  });
});
