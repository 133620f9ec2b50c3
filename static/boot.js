// Runs in <head> before the app's loader, and without it if need be. The
// report is already on the page (prerendered); this (0) puts the reader on
// the page of their language, (1) applies the reader's remembered text
// size, colour scheme and pointer before the first paint, makes the
// toolbar's buttons and the section bar work, offers read aloud where the
// browser can speak, (2) says so when the interactive layer
// cannot start (no WebAssembly; the page's or the later module's files
// blocked, missing or broken; or the wasm refused, as by a browser without
// 'wasm-unsafe-eval', Safari before 16), (3) in release builds
// registers the service worker that keeps what the reader opened offline, (4)
// focuses the chart a permalink names, and (5) loads the explorer's and the
// charts' code when one of them comes near the screen.
(function () {
  var script = document.currentScript;
  var root = document.documentElement;

  // Language, before the first paint. The document says which page this is
  // (<html lang>, written by the prerender step), the script tag where the
  // other one lives. An explicit ?lang= wins and is taken out of the
  // address; only the Chinese page's plain address follows the reader's
  // remembered choice, so the language links (which say ?lang=zh when they
  // lead there) land on their language in any tab. Same key as
  // src/page_url.rs documents.
  var LANG_KEY = 'xining-report.lang';
  var english = /^en/i.test(root.getAttribute('lang') || '');
  var other = script && script.getAttribute('data-other-lang');
  var here = new URL(location.href);
  var asked = (here.searchParams.get('lang') || '').toLowerCase();
  var remembered = null;
  try {
    remembered = window.localStorage.getItem(LANG_KEY);
  } catch (e) {
    // Storage blocked: nothing is remembered.
  }
  function go(to) {
    var target = new URL(to, here);
    // The page's other parameters come along; `lang` is the link's own
    // (lang=zh, so the Chinese page does not send a reader straight back).
    here.searchParams.forEach(function (value, key) {
      if (key !== 'lang') target.searchParams.set(key, value);
    });
    target.hash = here.hash;
    location.replace(target.href);
  }
  var wantEnglish = asked === 'en' || (asked === '' && !english && remembered === 'en');
  var wantChinese = /^zh/.test(asked);
  if (other && ((wantEnglish && !english) || (wantChinese && english))) {
    go(other);
    return;
  }
  if (asked && window.history && history.replaceState) {
    here.searchParams.delete('lang');
    history.replaceState(history.state, '', here.pathname + here.search + here.hash);
  }
  // A plain click on a language link is the reader's choice; a modified one
  // (new tab, new window) is the browser's, and changes nothing here.
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest && event.target.closest('a[data-lang-switch]');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    try {
      window.localStorage.setItem(LANG_KEY, link.getAttribute('data-lang-switch'));
    } catch (e) {
      // Storage blocked: the link still leads there.
    }
    // The reader's view (explorer filters, the section) comes along.
    var to = new URL(link.getAttribute('href'), location.href);
    new URL(location.href).searchParams.forEach(function (value, key) {
      if (key !== 'lang') to.searchParams.set(key, value);
    });
    to.hash = location.hash;
    link.href = to.href;
  }, true);

  // The reader's remembered text size, colour scheme and pointer, mirrored
  // on <html> for the stylesheet before the first paint, and the toolbar's
  // buttons that change them (prerendered by src/ui/page/toolbar.rs). No
  // attribute is the default to the stylesheet: only a remembered or picked
  // choice is ever written, or a first visit would restyle the page.
  function load(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null; // storage blocked: nothing is remembered
    }
  }
  function save(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      // Storage blocked: the choice holds for this page only.
    }
  }
  var SIZE = ['xining-report.text-size', 'data-text-size'];
  var THEME = ['xining-report.theme', 'data-theme'];
  var POINTER = ['xining-report.pointer', 'data-pointer'];
  [SIZE, THEME, POINTER].forEach(function (pref) {
    var value = load(pref[0]);
    if (value && /^[a-z-]+$/.test(value)) root.setAttribute(pref[1], value);
  });

  // Read aloud: its buttons show where the browser has a voice for the
  // page's language (html[data-speech]); static/read-aloud.js loads on the
  // first press, so a reader who never uses it never downloads it.
  var synth = window.speechSynthesis;
  window.readAloudVoice = function (zh) {
    return synth.getVoices().filter(function (v) {
      return (zh ? /^(zh-cn|zh-hans|cmn)/ : /^en/).test(v.lang.replace('_', '-').toLowerCase());
    })[0];
  };
  function speech() {
    root.toggleAttribute('data-speech', !!readAloudVoice(!english));
  }
  if (synth && window.SpeechSynthesisUtterance) {
    speech();
    // Safari before 16 has speechSynthesis but not as an EventTarget: an
    // addEventListener call would throw and stop the rest of this script.
    if (typeof synth.addEventListener === 'function') {
      synth.addEventListener('voiceschanged', speech);
    } else {
      synth.onvoiceschanged = speech;
    }
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[data-read], [data-do]');
      if (!button || !root.hasAttribute('data-speech') || window.readAloud) return;
      window.readAloud = button; // the press, taken up by the script
      var loader = document.createElement('script');
      loader.src = new URL('read-aloud.js', script.src).href;
      document.head.appendChild(loader);
    });
  }

  // The toolbar's buttons. A choice is the stored code if it is one of the
  // codes, else the default; pressing one stores it and writes it on <html>
  // (the default only over an attribute already there). The text sizes'
  // codes and default are the prerendered buttons' (data-size, pressed).
  function wireToolbar(bar) {
    var sizeButtons = Array.prototype.slice.call(bar.querySelectorAll('[data-size]'));
    var sizes = sizeButtons.map(function (b) { return b.getAttribute('data-size'); });
    var pressed = bar.querySelector('[data-size][aria-pressed="true"]');
    var defaultSize = pressed ? pressed.getAttribute('data-size') : sizes[0];
    var choice = function (pref, codes, fallback) {
      var value = load(pref[0]);
      return codes.indexOf(value) >= 0 ? value : fallback;
    };
    var pick = function (pref, code, fallback) {
      save(pref[0], code);
      var now = root.getAttribute(pref[1]);
      if (now !== code && (now !== null || code !== fallback)) root.setAttribute(pref[1], code);
      show();
    };
    var press = function (button, on) {
      if (button) button.setAttribute('aria-pressed', on ? 'true' : 'false');
    };
    var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)');
    // Light or dark: the system's unless the reader picked the other one, or
    // high contrast, which only the reader picks. "system" follows the
    // system again, live.
    var SCHEMES = ['system', 'light', 'dark', 'contrast'];
    var system = function () { return dark && dark.matches ? 'dark' : 'light'; };
    var shown = function () {
      var scheme = choice(THEME, SCHEMES, 'system');
      return scheme === 'system' ? system() : scheme;
    };
    // A press on the toggle for `button` (dark, contrast): on, or off to
    // what the system shows, unless that is the same (a dark system's
    // "dark" toggled off is light). Asking for what the system shows is
    // "system", so the page follows the system again.
    var toggle = function (button) {
      if (shown() !== button) return button === system() ? 'system' : button;
      return system() === button ? 'light' : 'system';
    };
    var pointer = function () { return choice(POINTER, ['normal', 'large'], 'normal'); };
    var themeButton = bar.querySelector('.theme-toggle');
    var contrastButton = bar.querySelector('.contrast-toggle');
    var pointerButton = bar.querySelector('.pointer-toggle');
    function show() {
      var size = choice(SIZE, sizes, defaultSize);
      sizeButtons.forEach(function (b) { press(b, b.getAttribute('data-size') === size); });
      press(themeButton, shown() === 'dark');
      press(contrastButton, shown() === 'contrast');
      press(pointerButton, pointer() === 'large');
    }
    show();
    if (dark) {
      // Safari before 14 has MediaQueryList without addEventListener.
      if (typeof dark.addEventListener === 'function') dark.addEventListener('change', show);
      else if (dark.addListener) dark.addListener(show);
    }
    sizeButtons.forEach(function (b) {
      b.addEventListener('click', function () { pick(SIZE, b.getAttribute('data-size'), defaultSize); });
    });
    [[themeButton, 'dark'], [contrastButton, 'contrast']].forEach(function (t) {
      if (t[0]) t[0].addEventListener('click', function () { pick(THEME, toggle(t[1]), 'system'); });
    });
    if (pointerButton) {
      pointerButton.addEventListener('click', function () {
        pick(POINTER, pointer() === 'large' ? 'normal' : 'large', 'normal');
      });
    }

    // Share: the system's share sheet where the browser has one (phones,
    // mostly), else the link copied to the clipboard, else shown to copy by
    // hand; a live region says which. Both APIs exist only in secure
    // contexts. On the Chinese page the link says lang=zh, so it opens in
    // Chinese even for a reader who chose English before.
    var share = bar.querySelector('.share');
    var status = bar.querySelector('.share-status');
    if (!share || !status) return;
    share.addEventListener('click', function () {
      status.textContent = ''; // emptied first, so a second copy is announced again
      var link = new URL(location.href);
      link.searchParams.delete('lang');
      if (!english) link.searchParams.set('lang', 'zh');
      var url = link.href;
      if ('share' in navigator) {
        // Cancelling the sheet rejects; there is nothing to tell then.
        navigator.share({ url: url, title: share.getAttribute('data-title') }).catch(function () {});
        return;
      }
      var byHand = function () { status.textContent = share.getAttribute('data-copy-text') + url; };
      if (!('clipboard' in navigator)) return byHand();
      navigator.clipboard.writeText(url).then(function () {
        status.textContent = share.getAttribute('data-copied-text');
      }, byHand);
    });
  }

  // The section bar (prerendered by src/ui/page/nav.rs) marks the section
  // being read: the last one whose top has passed a line a third of the way
  // down the window, never above the bar's bottom (a short landscape phone
  // with large text); at the very bottom the last one, even when it is too
  // short for its top to reach the line.
  function wireNav(nav) {
    var links = Array.prototype.slice.call(nav.querySelectorAll('a[href^="#"]'));
    var reading = function () {
      var height = window.innerHeight;
      if (window.scrollY > 0 && window.scrollY + height >= root.scrollHeight - 2) return links.length - 1;
      var line = Math.max(height / 3, nav.getBoundingClientRect().bottom + 16);
      for (var i = links.length - 1; i >= 0; i--) {
        var section = document.getElementById(links[i].getAttribute('href').slice(1));
        if (section && section.getBoundingClientRect().top <= line) return i;
      }
      return -1;
    };
    var current = -1;
    var update = function () {
      var now = reading();
      if (now === current) return;
      if (current >= 0) links[current].removeAttribute('aria-current');
      if (now >= 0) links[now].setAttribute('aria-current', 'location');
      current = now;
    };
    // First read in the next frame, which lays the page out anyway. Browsers
    // dispatch scroll at most once a frame, and reading a handful of boxes
    // then is cheap: no further throttle needed.
    requestAnimationFrame(update);
    window.addEventListener('scroll', update, { passive: true });
    // --nav-height follows the bar, which wraps to more rows on narrow
    // screens and with larger text: the stylesheet's scroll-padding-top
    // reads it, so neither a jump to a section nor a focused control ends
    // up under the bar.
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        root.style.setProperty('--nav-height', nav.offsetHeight + 'px');
      }).observe(nav);
    }
  }

  // The first screen's controls need no wasm; <html data-controls-ready>
  // says they answer to input (what the browser tests wait for).
  document.addEventListener('DOMContentLoaded', function () {
    var bar = document.querySelector('.toolbar');
    var nav = document.querySelector('nav.section-nav');
    if (bar) wireToolbar(bar);
    if (nav) wireNav(nav);
    root.setAttribute('data-controls-ready', '');
  });

  // A failure is final: a module whose load or start failed does not start
  // later, and the other one starting (either sets data-app-started) does
  // not bring back the islands of the failed one.
  var failed = false;
  // null until the document is parsed: this script runs before #no-app exists.
  var notice = null;
  function fail() {
    failed = true;
    // The stylesheet hides the controls only the wasm makes work.
    root.setAttribute('data-app-failed', '');
    if (notice) notice.hidden = false;
  }
  // Trunk's inline loader (Trunk.toml) fires `app-failed` when its module
  // or the wasm fails to load or start, whatever the error says: in WebKit
  // it may name no file of the app. Errors of other scripts (in-app browsers
  // such as WeChat, Alipay, Douyin inject their own) say nothing about the
  // report and do not count.
  window.addEventListener('app-failed', fail);
  document.addEventListener('DOMContentLoaded', function () {
    notice = document.getElementById('no-app');
    if (typeof WebAssembly !== 'object' || failed) fail();
  });

  // (4) A chart's permalink (#chart-…, also where its share page leads):
  // the browser scrolls to it; focus takes the keyboard and screen readers
  // there too. Only targets made focusable for it (tabindex=-1).
  function focusTarget() {
    var target = null;
    try {
      target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch (e) {
      // A malformed address names nothing.
    }
    if (target && target.getAttribute('tabindex') === '-1') target.focus();
  }
  document.addEventListener('DOMContentLoaded', focusTarget);
  window.addEventListener('hashchange', focusTarget);

  // (5) The explorer's and the charts' islands (roots marked data-later) have a
  // module of their own (src/bin/later.rs), fetched when one of them comes
  // within a screen's height of the viewport, the distance at which
  // src/ui/hydrate.rs hydrates an island. A reader who stays at the top
  // never downloads it. Its glue is a classic script that declares
  // `wasm_bindgen` and finds its wasm beside it.
  var later = script && script.getAttribute('data-later');
  if (later && typeof WebAssembly === 'object') {
    var loadLater = function () {
      var code = document.createElement('script');
      code.src = new URL(later, script.src).href;
      code.onerror = fail;
      code.onload = function () {
        if (typeof wasm_bindgen !== 'function') return fail();
        wasm_bindgen().catch(function (error) {
          fail();
          throw error; // still reported, as the page's loader does
        });
      };
      document.head.appendChild(code);
    };
    // A shared link to an explorer view (the keys of src/explorer/query.rs)
    // or to a chart shows what it shares as soon as it can: the module comes
    // at once, not when the reader scrolls near.
    var search = new URLSearchParams(location.search);
    var shared = ['season', 'type', 'status', 'q'].some(function (k) { return search.has(k); }) ||
      /^#chart-/.test(location.hash);
    document.addEventListener('DOMContentLoaded', function () {
      var roots = document.querySelectorAll('[data-island][data-later]');
      if (!roots.length) return;
      if (shared || !window.IntersectionObserver) return loadLater();
      var near = new IntersectionObserver(function (entries) {
        if (!entries.some(function (e) { return e.isIntersecting; })) return;
        near.disconnect();
        loadLater();
      }, { rootMargin: '100% 0px' });
      // The roots are display: contents; their first element has the box.
      Array.prototype.forEach.call(roots, function (r) {
        near.observe(r.firstElementChild || r);
      });
    });
  }

  var worker = script && script.getAttribute('data-sw');
  if (worker && 'serviceWorker' in navigator) {
    // What this page fetched before a worker took it over (a first visit,
    // or the reload that brought a new deploy) never passed through that
    // worker: it is told, and keeps those files from the HTTP cache instead
    // of downloading them again (src/offline/sw.js). Files still on their
    // way when it takes over are told when they arrive.
    var sw = navigator.serviceWorker;
    var takenOver = 0;
    var tell = function (entries) {
      var urls = entries.filter(function (e) { return e.startTime < takenOver; })
        .map(function (e) { return e.name; });
      if (urls.length && sw.controller) sw.controller.postMessage({ keep: urls });
    };
    sw.addEventListener('controllerchange', function () {
      takenOver = performance.now();
      tell([{ name: location.href, startTime: 0 }].concat(performance.getEntriesByType('resource')));
    });
    if (window.PerformanceObserver) {
      new PerformanceObserver(function (list) { tell(list.getEntries()); }).observe({ type: 'resource' });
    }
    window.addEventListener('load', function () {
      navigator.serviceWorker.register(new URL(worker, script.src)).catch(function () {});
    });
  }
})();
