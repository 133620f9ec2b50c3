// Deploys for the deploy tests: dist as built, and a "next deploy" made from
// a copy of it, since a rebuild takes minutes. The copy changes what a real
// rebuild changes and the tests look at: the pages' text, a data file,
// boot.js, every hashed name (and each reference, SRI hash and the CSP hash
// of the loader that names them), and the service worker's version.
import { createHash } from 'node:crypto';
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { listFiles } from './dist.mjs';

// Trunk's hashed names, as is_hashed in src/offline.rs.
const HASHED = /-([0-9a-f]{12,16})(_bg\.wasm|\.js|\.css)$/;
export const DATA_FILE = 'data/xining-2024-figures.csv';

const sha = (algorithm, bytes) => createHash(algorithm).update(bytes).digest('base64');

/** The page with its CSP naming the hash of its inline loader as it now is
 *  (after a test or the next deploy changed the loader). */
export function withLoaderHash(html) {
  const loader = html.match(/<script type="module">([\s\S]*?)<\/script>/)?.[1];
  return loader === undefined ? html : html.replace(/'sha256-[^']+'/, `'sha256-${sha('sha256', loader)}'`);
}

/** `to` becomes a fresh copy of `from`. */
export async function copyDeploy(from, to) {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
}

/** `to` becomes the deploy after `from`, `mark` added to its pages' titles,
 *  DATA_FILE and boot.js. Returns {renames}: old → new hashed names. */
export async function nextDeploy(from, to, mark) {
  await copyDeploy(from, to);
  const renames = new Map();
  for (const file of listFiles(to)) {
    const hash = file.match(HASHED)?.[1];
    if (!hash) continue;
    const shifted = hash.replace(/./g, (d) => ((parseInt(d, 16) + 1) % 16).toString(16));
    const name = posix.basename(file);
    renames.set(name, name.replace(`-${hash}`, `-${shifted}`));
    await rename(join(to, file), join(to, dirname(file), renames.get(name)));
  }
  if (renames.size === 0) throw new Error(`nextDeploy: no hashed file in ${from}`);

  const edit = async (file, change) => {
    const path = join(to, file);
    await writeFile(path, change(await readFile(path, 'utf8')));
  };
  const files = listFiles(to);
  for (const file of files.filter((f) => /\.(html|js|css)$/.test(f))) {
    await edit(file, (text) => [...renames].reduce((t, [old, neu]) => t.replaceAll(old, neu), text));
  }
  await edit(DATA_FILE, (csv) => `${csv}${mark}\n`);
  await edit('boot.js', (js) => `${js}// ${mark}\n`);
  // After every other edit: the pages' hashes must be those of the files
  // as they now are.
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const pageDir = posix.dirname(page);
    const source = (ref) => readFile(join(to, posix.join(pageDir, ref)));
    let html = (await readFile(join(to, page), 'utf8')).replace('</title>', ` · ${mark}</title>`);
    for (const tag of html.match(/<link\b[^>]*\bintegrity="[^"]*"[^>]*>/g) ?? []) {
      const href = tag.match(/\bhref="([^"]+)"/)[1];
      const algorithm = tag.match(/\bintegrity="(sha\d+)-/)[1];
      const fixed = tag.replace(/\bintegrity="[^"]*"/, `integrity="${algorithm}-${sha(algorithm, await source(href))}"`);
      html = html.replace(tag, fixed);
    }
    await writeFile(join(to, page), withLoaderHash(html));
  }
  const version = createHash('sha256').update(mark).digest('hex').slice(0, 16);
  await edit('sw.js', (js) => {
    if (!/const VERSION = '[0-9a-f]+';/.test(js)) throw new Error('nextDeploy: no VERSION in sw.js');
    return js.replace(/const VERSION = '[0-9a-f]+';/, `const VERSION = '${version}';`);
  });
  return { renames, version };
}
