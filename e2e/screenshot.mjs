// Not a test: photographs the built dist/ so a person can look at it.
// node e2e/screenshot.mjs [OUT_DIR] [SELECTOR] → OUT_DIR/{320,1366}-{light,dark}.png
// (the whole page, or only the first element matching SELECTOR).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, openPage, waitForApp } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { distDir } from './lib/dist.mjs';

const out = resolve(process.argv[2] || 'screenshots');
const selector = process.argv[3];
mkdirSync(out, { recursive: true });
const server = await startServer({ root: distDir(), prefix: '/' });
const browser = await launchBrowser();
try {
  for (const width of [320, 1366]) {
    for (const scheme of ['light', 'dark']) {
      const { page } = await openPage(browser, `${server.url}${process.env.SHOT_PATH || ''}`, {
        viewport: { width, height: 900 },
        colorScheme: scheme,
      });
      await waitForApp(page);
      const file = `${out}/${width}-${scheme}.png`;
      if (selector) await page.locator(selector).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
