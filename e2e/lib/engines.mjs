// Chromium, WebKitGTK and Firefox ESR through W3C WebDriver (selenium-webdriver),
// for the cross-engine tests (cross/) and the bench: playwright-core cannot
// drive Debian's WebKit or Firefox. One session is one fresh browser with its
// own profile. Per engine, only how it starts, how a script gets in before the
// page's own and how the viewport is set differ; everything a test does, and
// the guard, is the same code. Which engine: $ENGINE (run.mjs sets it).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Builder, By, Capabilities, WebDriver } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';
import { Executor, HttpClient } from 'selenium-webdriver/http/index.js';
import { ARGS, CHROMIUM, READY_TIMEOUT, hydrateAll } from './browser.mjs';
import { requireDist } from './dist.mjs';
import { startServer } from './server.mjs';

// Selenium Manager would look for drivers and browsers on the internet; every
// path is given below, so it must never run.
process.env.SE_OFFLINE = 'true';

export const ENGINES = ['chromium', 'webkit', 'firefox'];
export const ENGINE = process.env.ENGINE || 'chromium';
if (!ENGINES.includes(ENGINE)) throw new Error(`ENGINE=${ENGINE}: one of ${ENGINES.join(', ')}`);

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

const CHROMEDRIVER = process.env.CHROMEDRIVER || '/usr/bin/chromedriver';
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER || join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'bin/geckodriver');
const WEBKIT_BROWSER = fileURLToPath(new URL('./webkit-browser.py', import.meta.url));

/**
 * In the page, before any of its scripts (a BiDi preload script, or in WebKit
 * a document-start user script): records what a reader's error tracker would
 * see — window `error` events (uncaught exceptions, the ResizeObserver loop,
 * elements whose file failed to load), unhandled rejections, console.error
 * calls and CSP refusals. Kept in sessionStorage, so what a page records
 * before a reload or a link is still there when the test asks.
 */
function pageGuard() {
  var KEY = 'xr-e2e-problems';
  var record = function (line) {
    try {
      var list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(String(line).slice(0, 2000));
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {
      // about:blank and storage-less pages have nothing to guard.
    }
  };
  var describe = function (value) {
    if (value && value.stack) return value.toString() + '\n' + value.stack;
    return String(value);
  };
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && target.tagName) {
      record('failed to load: <' + target.tagName.toLowerCase() + '> ' + (target.src || target.href || ''));
    } else {
      record('uncaught error: ' + event.message + (event.filename ? ' (at ' + event.filename + ':' + event.lineno + ')' : '') +
        (event.error ? '\n' + describe(event.error) : ''));
    }
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    record('unhandled rejection: ' + describe(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    record('CSP refused: ' + event.effectiveDirective + ' ' + event.blockedURI);
  });
  var error = console.error;
  console.error = function () {
    record('console.error: ' + Array.prototype.map.call(arguments, describe).join(' '));
    return error.apply(this, arguments);
  };
}

// One WebKitWebDriver (under its own X server) per test process, started on
// first use. Killed as a process group: xvfb-run, Xvfb, the driver and any
// browser it started; killing xvfb-run alone leaves the driver running.
let webkitDriver;
function webkitDriverUrl() {
  webkitDriver ??= (async () => {
    const port = await freePort();
    const child = spawn(
      'xvfb-run',
      ['-a', '-s', '-screen 0 1920x1080x24', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'],
      { detached: true, stdio: 'ignore' },
    );
    child.unref();
    process.once('exit', () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (await fetch(`${url}/status`).then((r) => r.ok, () => false)) return url;
      await sleep(100);
    }
    throw new Error('WebKitWebDriver did not start within 15 s (is webkit2gtk-driver installed, and xvfb?)');
  })();
  return webkitDriver;
}

const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });

const sleep = (ms) => new Promise((wake) => setTimeout(wake, ms));

/** A new browser of `engine`, `scripts` (source text) run at document start
 *  in every page, the viewport `viewport`. Returns {driver, dispose}. */
async function startBrowser(engine, { scripts, viewport }) {
  if (engine === 'webkit') {
    const dir = await mkdtemp(join(tmpdir(), 'xr-webkit-'));
    const files = [];
    for (const [i, source] of scripts.entries()) {
      files.push(join(dir, `script-${i}.js`));
      await writeFile(files.at(-1), source);
    }
    const caps = new Capabilities({
      'webkitgtk:browserOptions': {
        binary: WEBKIT_BROWSER,
        args: ['--automation', `--size=${viewport.width}x${viewport.height}`, `--data-dir=${dir}`,
          ...files.map((f) => `--user-script=${f}`)],
      },
    });
    const driver = await WebDriver.createSession(new Executor(new HttpClient(await webkitDriverUrl())), caps);
    // WebKit's network process may still be writing its cache when the
    // session has ended: retried, and else removed when the tests end.
    const dispose = () =>
      rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
        .catch(() => process.once('exit', () => rmSync(dir, { recursive: true, force: true })));
    return { driver, dispose };
  }

  let driver;
  if (engine === 'chromium') {
    // chromedriver gives every session a fresh temporary profile.
    const options = new chrome.Options().setChromeBinaryPath(CHROMIUM).addArguments('--headless', ...ARGS);
    options.set('webSocketUrl', true);
    driver = await new Builder().forBrowser('chrome').setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder(CHROMEDRIVER)).build();
  } else {
    if (!existsSync(GECKODRIVER)) throw new Error(`no geckodriver at ${GECKODRIVER}: cargo install geckodriver, or set GECKODRIVER`);
    const options = new firefox.Options().setBinary(FIREFOX).addArguments('-headless');
    // Every host but 127.0.0.1 goes to a closed port: nothing leaves the machine.
    for (const [name, value] of Object.entries({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    })) {
      options.setPreference(name, value);
    }
    options.set('webSocketUrl', true);
    driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER)).build();
  }
  const bidi = await driver.getBidi();
  const send = async (method, params) => {
    const reply = await bidi.send({ method, params });
    if (reply.error) throw new Error(`${method}: ${reply.error} ${reply.message ?? ''}`);
    return reply.result;
  };
  for (const source of scripts) {
    await send('script.addPreloadScript', { functionDeclaration: `() => {\n${source}\n}` });
  }
  // Headless Firefox makes no window under 500 px; the viewport can be smaller.
  await send('browsingContext.setViewport', { context: await driver.getWindowHandle(), viewport });
  return { driver, dispose: async () => {} };
}

const matches = (allow, text) =>
  allow.some((p) => (p instanceof RegExp ? ((p.lastIndex = 0), p.test(text)) : text.includes(String(p))));

/**
 * A guarded browser session in `engine` ($ENGINE unless given), at `url`.
 * `init`: scripts (source text or functions) run in every page before its
 * own, after the guard. `allow`: problems a test provokes on purpose, as in
 * lib/browser.mjs. `serverLog`: the site's list of HTTP errors (lib/server.mjs
 * `log`): the guard also fails on those made while the session ran, a
 * service worker's included, and on any request the page made off 127.0.0.1.
 */
export async function openSession(url, { engine = ENGINE, viewport = DESKTOP, init = [], allow = [], serverLog = [], ready = true } = {}) {
  const scripts = [`(${pageGuard})();`, ...[init].flat().map((s) => (typeof s === 'function' ? `(${s})();` : s))];
  const { driver, dispose } = await startBrowser(engine, { scripts, viewport });
  const fromServer = serverLog.length;
  const session = {
    driver,
    engine,
    /** Everything the guard saw so far, less what the test allows. */
    async problems() {
      const [page, external] = await driver.executeScript(`
        let page = [];
        try { page = JSON.parse(sessionStorage.getItem('xr-e2e-problems') || '[]'); } catch (e) {}
        const external = performance.getEntriesByType('resource').map((e) => e.name)
          .filter((u) => !/^(data|blob):/.test(u) && new URL(u).hostname !== '127.0.0.1');
        return [page, external];
      `);
      return [...page, ...external.map((u) => `external request: ${u}`), ...serverLog.slice(fromServer)]
        .filter((line) => !matches(allow, line));
    },
    async assertClean(what) {
      const problems = await session.problems();
      assert.ok(problems.length === 0, `page not clean in ${engine}: ${what ?? (await driver.getCurrentUrl())}\n  - ${problems.join('\n  - ')}`);
    },
    /** The page's answer to `script` (a function body, or a function). */
    js(script, ...args) {
      return driver.executeScript(typeof script === 'function' ? `return (${script}).apply(null, arguments)` : script, ...args);
    },
    /** A real click, the element scrolled to the middle of the screen
     *  first: WebKitWebDriver does not scroll to an element just below it. */
    async click(css) {
      const element = await driver.findElement(By.css(css));
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
      await element.click();
    },
    /** Waits until `script` (as for js()) returns something truthy. */
    async until(script, what, timeout = READY_TIMEOUT) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const value = await session.js(script);
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`${engine}: timed out after ${timeout} ms waiting for ${what}`);
        await sleep(50);
      }
    },
    /** The page's own reload (location.reload()): geckodriver's refresh
     *  command bypasses the service worker, a reader's reload does not. */
    async reload() {
      await driver.executeScript('window.__xrBeforeReload = true; location.reload();');
      await session.until("return !window.__xrBeforeReload && document.readyState === 'complete'", 'the reload');
    },
    /** The app's contract (lib/browser.mjs waitForApp): started, every
     *  island hydrated as it comes near, scroll put back. Fails at once with
     *  the guard's findings if the page recorded a problem meanwhile. */
    async waitForApp() {
      const deadline = Date.now() + READY_TIMEOUT;
      for (;;) {
        const started = await driver.executeScript("return ['data-controls-ready', 'data-app-started'].every((a) => document.documentElement.hasAttribute(a))");
        if (started) break;
        const problems = await session.problems();
        if (problems.length || Date.now() > deadline) {
          throw new Error(`${engine}: the app never started at ${await driver.getCurrentUrl()}` +
            (problems.length ? `\n  - ${problems.join('\n  - ')}` : ` within ${READY_TIMEOUT} ms`));
        }
        await sleep(100);
      }
      await driver.manage().setTimeouts({ script: READY_TIMEOUT + 5000 });
      const failure = await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         (${hydrateAll})(arguments[0]).then(() => done(null), (e) => done(String(e)));`,
        READY_TIMEOUT,
      );
      if (failure) throw new Error(`${engine}: ${failure}\n  - ${(await session.problems()).join('\n  - ')}`);
      await session.until("return document.documentElement.hasAttribute('data-app-ready')", 'data-app-ready');
    },
    async close() {
      try {
        await driver.quit();
      } catch (err) {
        // WebKitWebDriver closes the window, then asks it for more.
        if (err.name !== 'NoSuchWindowError') throw err;
      } finally {
        await dispose();
      }
    },
  };
  try {
    await driver.manage().setTimeouts({ pageLoad: READY_TIMEOUT * 2 });
    await driver.get(url);
    if (ready) await session.waitForApp();
  } catch (err) {
    await session.close();
    throw err;
  }
  return session;
}

/** Runs fn(session), then fails on anything the guard recorded; always
 *  closes the browser. */
export async function withSession(opening, fn) {
  const session = await opening;
  try {
    await fn(session);
    await session.assertClean();
  } finally {
    await session.close();
  }
}

/**
 * The built site for a cross-engine test file (or describe): served at
 * `prefix` for its tests (`root()`: another folder, known once the file's
 * earlier before hooks have run), each of which opens sessions with
 * `open(path, options)` (openSession's options, plus `rewrite(html)`: the
 * pages as this session gets them).
 */
export function useEngineSite(prefix = '/', { root = requireDist } = {}) {
  let server;
  let rewrite = null;
  const log = [];
  before(async () => {
    server = await startServer({ root: root(), prefix, log, rewrite: (html) => (rewrite ? rewrite(html) : html) });
  });
  after(() => server?.close());
  return {
    get url() {
      return server.url;
    },
    open(path = '', { rewrite: change = null, ...options } = {}) {
      rewrite = change;
      return openSession(new URL(path, server.url).href, { serverLog: log, ...options });
    },
  };
}
