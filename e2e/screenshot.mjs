// Not a test: photographs the built dist/ so a person can look at it, and
// prints each page's height in phone screens.
// node e2e/screenshot.mjs [OUT_DIR] [SELECTOR]
//   → OUT_DIR/{zh,en}-{390,1366}-{light,dark}.png (whole page, or the first
//     element matching SELECTOR) and, per page, its height at that width.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, openPage, waitForApp } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { distDir } from './lib/dist.mjs';

const out = resolve(process.argv[2] || 'screenshots');
const selector = process.argv[3];
const SCREEN = 844; // a 390 × 844 phone
mkdirSync(out, { recursive: true });
const server = await startServer({ root: distDir(), prefix: '/' });
const browser = await launchBrowser();
try {
  for (const [lang, path] of [['zh', ''], ['en', 'en/']]) {
    for (const width of [390, 1366]) {
      for (const scheme of ['light', 'dark']) {
        const { page } = await openPage(browser, `${server.url}${path}`, {
          viewport: { width, height: width === 390 ? SCREEN : 900 },
          colorScheme: scheme,
        });
        await waitForApp(page);
        const file = `${out}/${lang}-${width}-${scheme}.png`;
        if (selector) await page.locator(selector).first().screenshot({ path: file });
        else await page.screenshot({ path: file, fullPage: true });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`${file}  ${height} px = ${(height / SCREEN).toFixed(1)} screens of ${SCREEN} px`);
        await page.context().close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
