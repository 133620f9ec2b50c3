// Debian's nginx as the "any static host" of the README, for the deploy
// tests: an instance of its own (config, pid, logs and temp files in a temp
// folder), on 127.0.0.1, started and stopped by the test.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The nginx binary (`NGINX`, else on PATH or in /usr/sbin), or undefined. */
export function findNginx() {
  const candidates = process.env.NGINX
    ? [process.env.NGINX]
    : [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin'].map((dir) => join(dir, 'nginx'));
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

// The README's cache headers ("Deploy it"): hashed names for a year, the
// rest revalidated on every visit. Same hashed names as is_hashed in
// src/offline.rs.
const CACHE_HEADERS = `
  map $uri $cache_control {
    default "no-cache";
    "~-[0-9a-f]{12,16}(_bg\\.wasm|\\.js|\\.css)$" "public, max-age=31536000, immutable";
  }`;

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * Serves the folder `root` (URL path = path under root) with the README's
 * headers. Returns {origin, close}.
 */
export async function startNginx({ nginx, root }) {
  const prefix = await mkdtemp(join(tmpdir(), 'xr-nginx-'));
  // Workers run as nobody when the master is root: they must read the site.
  await chmod(prefix, 0o755);
  await chmod(root, 0o755);
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  const temp = (name) => `${name}_temp_path ${join(prefix, name)};`;
  await writeFile(
    conf,
    `worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')};
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(prefix, 'access.log')};
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ${CACHE_HEADERS}
  server {
    listen 127.0.0.1:${port};
    root ${root};
    add_header Cache-Control $cache_control;
  }
}
`,
  );
  const child = spawn(nginx, ['-c', conf, '-p', prefix, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((ok) => child.once('exit', ok));
  const running = () => child.exitCode === null && child.signalCode === null;
  const origin = `http://127.0.0.1:${port}`;
  const why = async () =>
    `nginx: ${stderr}\n${await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '')}`;
  for (let tries = 0; ; tries++) {
    if (!running()) throw new Error(`nginx exited (${child.exitCode ?? child.signalCode})\n${await why()}`);
    try {
      await fetch(origin);
      break;
    } catch {
      if (tries > 100) {
        child.kill('SIGKILL');
        throw new Error(`nginx did not answer at ${origin}\n${await why()}`);
      }
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  return {
    origin,
    async close() {
      if (running()) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
