// Where the build output is and what a first visit downloads, shared by the
// size budget test and the bench so both count bytes the same way.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as Z } from 'node:zlib';

export const E2E_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** $DIST (relative to the cwd) or ../dist next to e2e/, i.e. the repo's dist/. */
export function distDir() {
  return process.env.DIST ? resolve(process.env.DIST) : resolve(E2E_DIR, '..', 'dist');
}

/** Fails loudly rather than letting a missing build look like a tiny one. */
export function requireDist(dir = distDir()) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `no build at ${dir} (index.html missing): run \`trunk build --release\` first, or set DIST`,
    );
  }
  return dir;
}

/** All files under dir, recursively, as paths relative to dir with "/" separators. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest', '.xml']);

/** Raw, gzip -9 and brotli -q 11 sizes; brotli in text mode for text, generic for wasm/images. */
export function sizes(buf, name = '') {
  const text = TEXT.has(extname(name).toLowerCase());
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [Z.BROTLI_PARAM_QUALITY]: 11,
        [Z.BROTLI_PARAM_LGWIN]: 24, // the brotli CLI's default window
        [Z.BROTLI_PARAM_MODE]: text ? Z.BROTLI_MODE_TEXT : Z.BROTLI_MODE_GENERIC,
        [Z.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

/**
 * What the first visit fetches: index.html, every .js/.wasm/.css it names
 * (in attributes or in Trunk's inline init script, so any quoted string
 * counts), plus the *_bg.wasm that wasm-bindgen's JS loads by itself; but
 * not the later module (boot.js's data-later, and its wasm), which loads
 * only when the explorer or a chart comes near the screen. A browser test
 * (budget.test) checks this list against what a phone really fetches.
 * A referenced asset missing from dist is an error: the page would 404.
 */
export function firstLoadFiles(dir = requireDist()) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const later = laterFiles(html);
  const files = new Set(['index.html']);
  for (const [, ref] of html.matchAll(/["'=]\s*([^"'\s<>]+?\.(?:js|mjs|wasm|css))(?:[?#][^"'\s<>]*)?["'\s>]/g)) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) continue; // absolute URLs: the shell test's business
    const rel = ref.replace(/^(\.\/|\/)+/, '');
    if (!existsSync(join(dir, rel)) || !statSync(join(dir, rel)).isFile()) {
      throw new Error(`index.html references ${ref} but ${join(dir, rel)} does not exist`);
    }
    if (!later.includes(rel)) files.add(rel);
  }
  for (const f of readdirSync(dir)) if (f.endsWith('_bg.wasm') && !later.includes(f)) files.add(f);
  return [...files];
}

/** The later module's script and wasm, as index.html names them. */
export function laterFiles(html) {
  const js = html.match(/data-later="([^"]+\.js)"/)?.[1];
  return js ? [js, js.replace(/\.js$/, '_bg.wasm')] : [];
}
