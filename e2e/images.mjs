// Not a test: draws the PNG images in static/ with headless Chromium, from
// static/favicon.svg (the icons) and the page below (the social preview).
// Run after changing either: node e2e/images.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { E2E_DIR } from './lib/dist.mjs';

const STATIC = join(E2E_DIR, '..', 'static');
const icon = readFileSync(join(STATIC, 'favicon.svg'), 'utf8');

const page = (body, css) => `<!doctype html><meta charset="utf-8"><style>
  html, body { margin: 0; } ${css}</style>${body}`;

const preview = page(
  `<main><div class="mark">${icon}</div>
    <h1>西宁2024</h1>
    <p class="sub">市两会报告里的城市</p>
    <p class="topics">文旅 · 家庭医生 · 绿色发展 · 12345热线</p>
    <p class="en">Xining 2024 — an interactive report</p></main>`,
  `body { width: 1200px; height: 630px; background: #8E4B8A; color: #fff;
      font-family: "Noto Sans CJK SC", sans-serif; }
    main { padding: 90px 96px; }
    .mark svg { width: 96px; height: 96px; display: block; }
    .mark rect { fill: #fff; } .mark g { fill: #8E4B8A; } .mark circle { fill: #fff; }
    h1 { font-size: 120px; line-height: 1.1; margin: 36px 0 8px; font-weight: 700; }
    p { margin: 0; }
    .sub { font-size: 52px; font-weight: 500; }
    .topics { font-size: 30px; margin-top: 28px; opacity: 0.92; }
    .en { font-size: 26px; margin-top: 10px; opacity: 0.92; }`,
);

const browser = await launchBrowser();
try {
  const shots = [
    ['icon-192.png', 192, 192, page(icon, 'svg { width: 100vw; height: 100vh; display: block; }')],
    ['icon-512.png', 512, 512, page(icon, 'svg { width: 100vw; height: 100vh; display: block; }')],
    ['preview.png', 1200, 630, preview],
  ];
  for (const [file, width, height, html] of shots) {
    const context = await browser.newContext({ viewport: { width, height } });
    const tab = await context.newPage();
    await tab.setContent(html);
    // Icons keep their rounded corners transparent.
    await tab.screenshot({ path: join(STATIC, file), omitBackground: true });
    await context.close();
    console.log(join(STATIC, file));
  }
} finally {
  await browser.close();
}
