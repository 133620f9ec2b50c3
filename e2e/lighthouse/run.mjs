// Not a test: Lighthouse (mobile defaults) against the built dist/, served on
// 127.0.0.1, for the Chinese and the English page. Prints the four scores.
// node e2e/lighthouse/run.mjs   (after `npm install` in this folder)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARGS, CHROMIUM } from '../lib/browser.mjs';
import { distDir } from '../lib/dist.mjs';
import { startServer } from '../lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, 'node_modules/.bin/lighthouse');
const server = await startServer({ root: distDir(), prefix: '/', compress: true });
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
try {
  console.log('page      performance  accessibility  best-practices  seo');
  for (const path of ['', 'en/']) {
    const report = join(out, `${path.replace('/', '') || 'zh'}.json`);
    // Asynchronous: the server answering Lighthouse runs in this process.
    await promisify(execFile)(cli, [
      server.url + path,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless ${ARGS.join(' ')} --user-data-dir=${mkdtempSync(join(tmpdir(), 'lh-profile-'))}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM } });
    const { categories } = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id) => String(Math.round(categories[id].score * 100)).padStart(3);
    console.log(
      `/${path.padEnd(8)} ${score('performance')}          ${score('accessibility')}            ${score('best-practices')}             ${score('seo')}`,
    );
  }
} finally {
  await server.close();
}
