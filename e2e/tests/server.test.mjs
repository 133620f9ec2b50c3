// The static server is what every browser test stands on: check its contract
// (prefix, index.html, MIME types, no escape from root) without a browser.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../lib/server.mjs';

// Raw request: fetch() would normalise the "../" we want to send.
const get = (port, path) =>
  new Promise((ok, fail) =>
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode, type: res.headers['content-type'] }));
    })
      .on('error', fail)
      .end(),
  );

let tmp, root;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'e2e-server-'));
  root = join(tmp, 'dist');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(tmp, 'secret.txt'), 'secret');
  for (const f of ['index.html', 'app.js', 'app_bg.wasm', 'app.css', 'sub/index.html', 'm.webmanifest'])
    writeFileSync(join(root, f), 'x');
  symlinkSync(join(tmp, 'secret.txt'), join(root, 'link.txt'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('serves under a prefix with correct types and nothing else', async () => {
  const s = await startServer({ root, prefix: '/a/b/' });
  try {
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/a\/b\/$/);
    const expect = {
      '/a/b/': [200, 'text/html; charset=utf-8'],
      '/a/b/sub/': [200, 'text/html; charset=utf-8'],
      '/a/b/app.js': [200, 'text/javascript; charset=utf-8'],
      '/a/b/app_bg.wasm': [200, 'application/wasm'],
      '/a/b/app.css': [200, 'text/css; charset=utf-8'],
      '/a/b/m.webmanifest': [200, 'application/manifest+json'],
      '/a/b/missing.js': [404],
      '/app.js': [404], // outside the prefix
      '/a/b/../../../secret.txt': [404],
      '/a/b/..%2f..%2f..%2fsecret.txt': [404],
      '/a/b/%2e%2e/%2e%2e/%2e%2e/secret.txt': [404],
      '/a/b/link.txt': [404], // symlink out of root
    };
    for (const [path, [status, type]] of Object.entries(expect)) {
      const r = await get(s.port, path);
      assert.equal(r.status, status, path);
      if (type) assert.equal(r.type, type, path);
    }
  } finally {
    await s.close();
  }
});

test('with validators: an unchanged file costs a 304, and the log counts the bytes sent', async () => {
  const s = await startServer({ root, validators: true, compress: true });
  try {
    const first = await fetch(`${s.url}app.js`, { headers: { 'accept-encoding': 'br' } });
    await first.arrayBuffer();
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    assert.ok(etag && lastModified);
    for (const headers of [{ 'if-none-match': etag }, { 'if-modified-since': lastModified }]) {
      const again = await fetch(`${s.url}app.js`, { headers: { 'accept-encoding': 'br', ...headers } });
      assert.equal(again.status, 304, JSON.stringify(headers));
    }
    const changed = await fetch(`${s.url}app.js`, { headers: { 'accept-encoding': 'br', 'if-none-match': '"other"' } });
    assert.equal(changed.status, 200);
    await changed.arrayBuffer();
    assert.deepEqual(s.requests.map((r) => r.status), [200, 304, 304, 200]);
    assert.ok(s.requests.every((r) => r.path === '/app.js' && r.bytes > 0));
    assert.ok(s.requests[1].bytes < s.requests[0].bytes, 'a 304 has no body');
  } finally {
    await s.close();
  }
});
