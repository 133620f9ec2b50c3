// Not a test: draws the icons in static/ with headless Chromium from
// static/favicon.svg. (The social card, preview.png, is drawn by the build:
// src/pictures/card.rs.)
// Run after changing it: node e2e/images.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { E2E_DIR } from './lib/dist.mjs';

const STATIC = join(E2E_DIR, '..', 'static');
const icon = readFileSync(join(STATIC, 'favicon.svg'), 'utf8');

const page = (body, css) => `<!doctype html><meta charset="utf-8"><style>
  html, body { margin: 0; } ${css}</style>${body}`;

const browser = await launchBrowser();
try {
  const shots = [
    ['icon-192.png', 192, 192, page(icon, 'svg { width: 100vw; height: 100vh; display: block; }')],
    ['icon-512.png', 512, 512, page(icon, 'svg { width: 100vw; height: 100vh; display: block; }')],
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
