// Chart colours come from the stylesheet, so the prerendered charts read in
// every scheme before, and without, the wasm: every text in every chart
// holds 4.5:1 against what it sits on (the filled mark whose box holds it,
// else the page; over hatching, its halo or both the page and the hatch
// lines), and every mark 3:1 against the page. As computed by the browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useSite, withPage } from '../lib/site.mjs';

const site = useSite('/');

const NO_SCRIPT = {
  ready: false, // the app cannot start: script is off
  javaScriptEnabled: false,
};

/** In the page: every chart text and mark with the colours that meet. */
function measureCharts() {
  const parse = (c) => {
    const m = c.match(/^rgba?\(([^)]+)\)$/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).map(Number);
    return a === 0 ? null : [r, g, b];
  };
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const pageBehind = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg) return bg;
    }
    return [255, 255, 255];
  };
  const inside = (box, x, y) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  const within = (inner, outer) =>
    inner.left >= outer.left - 1 && inner.right <= outer.right + 1 &&
    inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
  const show = (rgb) => `rgb(${rgb.join(', ')})`;

  const texts = [];
  const marks = [];
  for (const svg of document.querySelectorAll('[data-chart] svg')) {
    const chart = svg.closest('[data-chart]').dataset.chart;
    const page = pageBehind(svg);
    const rects = [...svg.querySelectorAll('rect')];
    const hatches = [...svg.querySelectorAll('polyline, line')];
    for (const m of [...rects, ...hatches]) {
      const s = getComputedStyle(m);
      const paint = parse(s.fill) ?? parse(s.stroke);
      if (paint) marks.push({ chart, ratio: contrast(paint, page), what: `${m.tagName} ${show(paint)} on ${show(page)}` });
    }
    for (const t of svg.querySelectorAll('text')) {
      const s = getComputedStyle(t);
      const fill = parse(s.fill);
      const box = t.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const under = rects.filter((r) => inside(r.getBoundingClientRect(), x, y));
      const filled = under.filter((r) => parse(getComputedStyle(r).fill)).at(-1);
      let behind = [filled ? parse(getComputedStyle(filled).fill) : page];
      // An outlined box with lines inside it is hatching: the lines cross
      // the text too, unless a halo (a stroke painted first) covers them.
      const outline = under.filter((r) => !parse(getComputedStyle(r).fill)).at(-1);
      const hatch = outline && hatches.find((h) => within(h.getBoundingClientRect(), outline.getBoundingClientRect()));
      if (!filled && hatch) {
        const halo = parse(s.stroke);
        if (halo && s.paintOrder.startsWith('stroke') && parseFloat(s.strokeWidth) >= 2) behind = [halo];
        else behind.push(parse(getComputedStyle(hatch).stroke));
      }
      const ratio = Math.min(...behind.map((b) => contrast(fill, b)));
      texts.push({ chart, ratio, what: `"${t.textContent}" ${show(fill)} on ${behind.map(show).join(' and ')}` });
    }
  }
  return { texts, marks };
}

const below = (items, min) =>
  items.filter((i) => i.ratio < min).map((i) => `${i.chart}: ${i.what}: ${i.ratio.toFixed(2)}:1`);

for (const { scheme, script, media } of [
  { scheme: 'dark', script: false },
  { scheme: 'light', script: false },
  { scheme: 'dark', script: true },
  { scheme: 'light', script: true },
  { scheme: 'dark', script: false, media: 'print' },
]) {
  const name = `${media ?? scheme}, script ${script ? 'on' : 'off'}`;
  test(`${name}: every chart text holds 4.5:1 and every mark 3:1`, async () => {
    const options = { colorScheme: scheme, ...(script ? {} : NO_SCRIPT) };
    // Both pages: labels wrap differently in each language.
    for (const path of ['', 'en/']) await withPage(site.open(path, options), async ({ page }) => {
      if (media) await page.emulateMedia({ media });
      if (script) {
        // The charts are redrawn at their measured width once hydrated.
        await page.waitForFunction(() => [...document.querySelectorAll('.chart-frame')].every((f) =>
          f.querySelector('svg').getAttribute('width') === String(Math.min(1440, Math.max(280, f.clientWidth)))));
      }
      const { texts, marks } = await page.evaluate(measureCharts);
      assert.ok(texts.length >= 20, `${texts.length} chart texts`);
      const low = below(texts, 4.5);
      assert.deepEqual(low, [], `${path || 'zh'}: ${low.length} of ${texts.length} chart texts below 4.5:1`);
      assert.deepEqual(below(marks, 3), [], `${path || 'zh'}: marks below 3:1`);
    });
  });
}
