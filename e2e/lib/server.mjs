// Tiny static server for a Trunk dist/ directory. node:http only, so the tests
// need nothing but Node and the browser; binds 127.0.0.1 on an ephemeral port
// so parallel test files never collide and nothing is exposed off the machine.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { brotliCompressSync } from 'node:zlib';
import { extname, resolve, sep } from 'node:path';

// Exact types matter: browsers refuse module scripts with a wrong type, and
// WebAssembly.instantiateStreaming requires application/wasm.
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `root` under URL path `prefix` ("/" or e.g. "/a/b/").
 * Anything outside the prefix is a 404, which is how the sub-path test proves
 * the app never asks for an absolute "/asset" URL.
 * `compress`: brotli-encode responses for clients that accept it, as a CDN
 * would (Lighthouse's timings are otherwise those of an uncompressed host).
 * `log`: an array that gets a line for each response with status >= 400, for
 * the WebDriver engines' guard (lib/engines.mjs), which cannot watch the
 * network from inside the browser.
 * `rewrite(text, path)`: changes each HTML page as served (a test's own
 * Content-Security-Policy).
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({ root, prefix = '/', compress = false, log, rewrite } = {}) {
  if (!root) throw new Error('startServer: root is required');
  // A CDN compresses a file once and serves the stored bytes; compressing on
  // every request (brotli at quality 11 takes about a second for the wasm
  // here) would put that second into every load the bench times.
  const store = new Map();
  const compressed = async (file, st) => {
    const key = `${file}\0${st.mtimeMs}\0${st.size}`;
    if (!store.has(key)) store.set(key, brotliCompressSync(await readFile(file)));
    return store.get(key);
  };
  const base = resolve(root);
  const realBase = await realpath(base).catch(() => base);
  if (!prefix.startsWith('/')) prefix = '/' + prefix;
  if (!prefix.endsWith('/')) prefix += '/';

  const server = createServer(async (req, res) => {
    if (log) {
      res.once('finish', () => {
        if (res.statusCode >= 400) log.push(`HTTP ${res.statusCode}: ${req.method} ${req.url}`);
      });
    }
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    let path;
    try {
      // Decode so %2e%2e can't sneak past the containment check below.
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return notFound();
    }
    if (!path.startsWith(prefix) || path.includes('\0')) return notFound();
    let file = resolve(base, '.' + sep + path.slice(prefix.length));
    // Containment check after resolve(): rejects any ".." escape.
    if (file !== base && !file.startsWith(base + sep)) return notFound();
    try {
      let st = await stat(file);
      if (st.isDirectory()) {
        // "dir" without the slash would break relative URLs inside the page.
        if (!path.endsWith('/')) return notFound();
        file = resolve(file, 'index.html');
        st = await stat(file);
      }
      if (!st.isFile()) return notFound();
      // A symlink inside root must not expose files outside it either.
      const real = await realpath(file);
      if (!real.startsWith(realBase + sep)) return notFound();
      const headers = {
        'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': st.size,
        // Every load in tests/bench must hit the files as they are on disk now.
        'cache-control': 'no-store',
      };
      if (rewrite && extname(file) === '.html') {
        const body = Buffer.from(rewrite(await readFile(file, 'utf8'), path));
        res.writeHead(200, { ...headers, 'content-length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      if (compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = await compressed(file, st);
        res.writeHead(200, { ...headers, 'content-encoding': 'br', 'content-length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      notFound();
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}${prefix}`,
    // closeAllConnections: keep-alive sockets from the browser would otherwise
    // keep close() (and so the test process) hanging.
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
