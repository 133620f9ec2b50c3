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

// The README's cache headers ("Deploy it"), as lib/nginx.mjs sets them.
const cacheControl = (file) =>
  /-[0-9a-f]{12,16}(_bg\.wasm|\.js|\.css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';

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
 * `validators`: send ETag and Last-Modified, answer a matching conditional
 * request with a 304, and the README's cache headers (hashed names for a
 * year, the rest revalidated), as nginx does; without it, `no-store`, so
 * every load hits the files as they are on disk now.
 * `requests` lists what was answered, in order: {path, status, bytes}, bytes
 * being what went over the wire (headers and body); `forget()` empties it.
 * @returns {Promise<{url: string, port: number, requests: object[], forget: () => void, close: () => Promise<void>}>}
 */
export async function startServer({ root, prefix = '/', compress = false, validators = false, log, rewrite } = {}) {
  const requests = [];
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
    // One request at a time on a connection (HTTP/1.1): its bytes are the
    // socket's growth while it is answered.
    const socket = req.socket;
    const sent = socket.bytesWritten;
    res.once('finish', () => {
      requests.push({ path: req.url, status: res.statusCode, bytes: socket.bytesWritten - sent });
      if (log && res.statusCode >= 400) log.push(`HTTP ${res.statusCode}: ${req.method} ${req.url}`);
    });
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
        'cache-control': validators ? cacheControl(file) : 'no-store',
      };
      if (rewrite && extname(file) === '.html') {
        const body = Buffer.from(rewrite(await readFile(file, 'utf8'), path));
        res.writeHead(200, { ...headers, 'content-length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      const brotli = compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
      if (validators) {
        const modified = new Date(Math.floor(st.mtimeMs / 1000) * 1000);
        // One tag per encoding: a compressed body is other bytes.
        const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${brotli ? '-br' : ''}"`;
        Object.assign(headers, { etag, 'last-modified': modified.toUTCString() });
        if (compress) headers.vary = 'accept-encoding';
        const match = req.headers['if-none-match'];
        const since = Date.parse(req.headers['if-modified-since'] ?? '');
        if (match ? match.split(/\s*,\s*/).includes(etag) : since >= modified.getTime()) {
          const { 'content-length': _, 'content-type': __, ...rest } = headers;
          res.writeHead(304, rest);
          return res.end();
        }
      }
      if (brotli) {
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
    requests,
    forget: () => requests.splice(0),
    // closeAllConnections: keep-alive sockets from the browser would otherwise
    // keep close() (and so the test process) hanging.
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
