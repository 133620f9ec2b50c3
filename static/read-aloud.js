// Read aloud with the browser's speechSynthesis: a part of the page, one
// [data-say] element at a time (src/ui/page/say.rs), highlighted and kept in
// view. Plain script: no wasm needed, and it shows its buttons only through
// html[data-speech] and html[data-reading], never touching what Yew hydrates.
(function () {
  var DIGITS = '零一二三四五六七八九';
  // A long number before these is a quantity, not a code (12345热线).
  var UNITS = '万亿余人件次项个场年户支家类成月日号名';

  function digits(text) {
    return text.replace(/\d/g, function (d) {
      return DIGITS[d];
    });
  }

  function group(n) {
    var out = '';
    var zero = false;
    ['千', '百', '十', ''].forEach(function (unit, i) {
      var d = Math.floor(n / Math.pow(10, 3 - i)) % 10;
      if (!d) {
        zero = zero || out !== '';
        return;
      }
      out += (zero ? '零' : '') + DIGITS[d] + unit;
      zero = false;
    });
    return out;
  }

  function integer(text) {
    var n = Number(text);
    if (!(n < 1e12)) return digits(text);
    if (!n) return '零';
    var out = '';
    var gap = false;
    [[Math.floor(n / 1e8), '亿'], [Math.floor(n / 1e4) % 1e4, '万'], [n % 1e4, '']].forEach(function (g) {
      if (!g[0]) {
        gap = gap || out !== '';
        return;
      }
      out += (out && (gap || g[0] < 1000) ? '零' : '') + group(g[0]) + g[1];
      gap = false;
    });
    return out.replace(/^一十/, '十').replace(/^二(?=[千万亿])/, '两');
  }

  // Numbers as they are said: 172.59万 → 一百七十二点五九万, 69.59% →
  // 百分之六十九点五九, 2023年 and 12345 digit by digit.
  function spoken(text) {
    return text.replace(/\d+(?:,\d+)*(?:\.\d+)?%?/g, function (found, at) {
      var percent = found.slice(-1) === '%';
      var number = percent ? found.slice(0, -1) : found;
      var point = number.indexOf('.');
      var whole = (point < 0 ? number : number.slice(0, point)).replace(/,/g, '');
      var next = text.charAt(at + found.length);
      var year = whole.length === 4 && next === '年';
      var code = whole.length > 4 && number.indexOf(',') < 0 && !(next && UNITS.indexOf(next) >= 0);
      var plain = point < 0 && !percent && (year || code);
      return (percent ? '百分之' : '') + (plain ? digits(whole) : integer(whole)) +
        (point < 0 ? '' : '点' + digits(number.slice(point + 1)));
    });
  }

  if (typeof document === 'undefined') {
    // Node: e2e/tests/spoken.test.mjs.
    module.exports = { spoken: spoken };
    return;
  }

  var root = document.documentElement;
  var synth = window.speechSynthesis;
  if (!synth || !window.SpeechSynthesisUtterance) return;
  var pageZh = /^zh/.test(root.lang);
  var lines = [];
  var at = 0;
  var run = 0;
  var current = null; // held: browsers drop an unheld utterance's events
  var status = null;

  // Its text without nested <details> (an open source is read on its own),
  // child elements joined by data-say, the pause where they are laid out.
  function words(el, pause) {
    return [].map.call(el.childNodes, function (n) {
      return n.nodeType === 3 ? n.data : n.matches('details') ? '' : words(n, '');
    }).filter(function (w) {
      return w.trim();
    }).join(pause);
  }

  function chinese(el) {
    var lang = el.closest('[lang]');
    return /^zh/.test(lang ? lang.lang : '');
  }

  function voice(zh) {
    return synth.getVoices().filter(function (v) {
      var lang = v.lang.replace('_', '-').toLowerCase();
      return zh ? /^(zh-cn|zh-hans|cmn)/.test(lang) : /^en/.test(lang);
    })[0];
  }

  function state(value) {
    if (value) root.setAttribute('data-reading', value);
    else root.removeAttribute('data-reading');
    var control = document.querySelector('.read-aloud');
    if (status && control) status.textContent = value ? control.getAttribute('data-' + value + '-text') : '';
    // The button pressed may have given way to another: focus follows.
    var focused = document.activeElement;
    if (focused && focused.closest && focused.closest('.read-aloud') && !focused.checkVisibility()) {
      var shown = [].filter.call(document.querySelectorAll('.read-aloud button'), function (b) {
        return b.checkVisibility();
      })[0];
      if (shown) shown.focus();
    }
  }

  function mark(on) {
    var line = lines[at];
    if (line) line[0].classList.toggle('reading', on);
  }

  function next() {
    var line = lines[at];
    if (!line) {
      current = null;
      return state(null);
    }
    var zh = chinese(line[0]);
    var v = voice(zh);
    if (!v) {
      // No voice for its language (a Chinese source on the English page).
      at++;
      return next();
    }
    var u = new SpeechSynthesisUtterance(zh ? spoken(line[1]) : line[1]);
    u.lang = zh ? 'zh-CN' : 'en';
    u.voice = v;
    var mine = run;
    u.onend = u.onerror = function () {
      if (mine !== run) return; // stopped since
      mark(false);
      at++;
      next();
    };
    mark(true);
    var still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    line[0].scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    current = u;
    synth.speak(u);
  }

  function stop() {
    run++;
    mark(false);
    lines = [];
    current = null;
    synth.cancel();
  }

  function read(part) {
    stop();
    at = 0;
    lines = [].map.call(part.querySelectorAll('[data-say]'), function (el) {
      return [el, words(el, el.getAttribute('data-say'))];
    }).filter(function (line) {
      return !line[0].closest('details:not([open]), [data-island]') && line[1].trim();
    });
    state('reading');
    next();
  }

  // The first part whose end is below a third of the window, the section
  // bar's reading line.
  function partInView() {
    return [].map.call(document.querySelectorAll('[data-read]'), function (b) {
      return b.closest('section');
    }).filter(function (part) {
      return part && part.getBoundingClientRect().bottom > window.innerHeight / 3;
    })[0];
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-read], .read-aloud [data-do]');
    if (!button || !root.hasAttribute('data-speech')) return;
    var action = button.getAttribute('data-do');
    if (action === 'pause') {
      synth.pause();
      state('paused');
    } else if (action === 'resume') {
      synth.resume();
      state('reading');
    } else if (action === 'stop') {
      stop();
      state(null);
    } else {
      var part = action ? partInView() : button.closest('section');
      if (part) read(part);
    }
  });

  // Voices may come late.
  function check() {
    var ok = !!voice(pageZh);
    if (ok && !status) {
      status = document.createElement('p');
      status.className = 'read-status visually-hidden';
      status.setAttribute('role', 'status');
      (document.querySelector('header') || document.body).appendChild(status);
    }
    if (ok) root.setAttribute('data-speech', '');
    else root.removeAttribute('data-speech');
  }
  check();
  if (synth.addEventListener) synth.addEventListener('voiceschanged', check);
  window.addEventListener('pagehide', stop);
})();
