// Read aloud with the browser's speechSynthesis, one [data-say] element of a
// part at a time (src/ui/page/say.rs), highlighted and kept in view. boot.js
// shows the buttons and loads this on the first press. No wasm; it shows
// state through html[data-reading] only, never changing the toolbar's markup.
(function () {
  var DIGITS = '零一二三四五六七八九';

  function digits(text) {
    return text.replace(/\d/g, function (d) {
      return DIGITS[d];
    });
  }

  function integer(text) {
    var n = +text;
    var out = '';
    var zero = false;
    if (!(n < 1e12)) return digits(text);
    for (var p = 11; p >= 0; p--) {
      var d = Math.floor(n / Math.pow(10, p)) % 10;
      if (d) {
        out += (zero ? '零' : '') + DIGITS[d] + ['', '十', '百', '千'][p % 4];
        zero = false;
      } else if (out) {
        zero = true;
      }
      if (p === 8 || p === 4) {
        if (Math.floor(n / Math.pow(10, p)) % 1e4) out += p > 4 ? '亿' : '万';
      }
    }
    return (out || '零').replace(/^一十/, '十').replace(/^二(?=[千万亿])/, '两');
  }

  // Numbers as said: 172.59万 一百七十二点五九万, 69.59% 百分之六十九点五九;
  // a year, or a long number not before a unit (12345热线), digit by digit.
  function spoken(text) {
    return text.replace(/\d+(?:,\d+)*(?:\.\d+)?%?/g, function (found, at) {
      var parts = found.replace(/[,%]/g, '').split('.');
      var next = text.charAt(at + found.length);
      var code = !parts[1] && found.indexOf(',') < 0 && found.slice(-1) !== '%' &&
        (parts[0].length === 4 ? next === '年' : parts[0].length > 4 && !/[万亿余人件次项个场年户支家类成月日号名]/.test(next));
      return (found.slice(-1) === '%' ? '百分之' : '') + (code ? digits : integer)(parts[0]) +
        (parts[1] ? '点' + digits(parts[1]) : '');
    });
  }

  if (typeof document === 'undefined') {
    module.exports = { spoken: spoken }; // e2e/tests/spoken.test.mjs
    return;
  }

  var root = document.documentElement;
  var synth = speechSynthesis;
  var voice = readAloudVoice;
  var lines = [];
  var at = 0;
  var run = 0;
  var current; // held: browsers drop an unheld utterance's events
  var status;

  function zh(el) {
    return /^zh/.test((el.closest('[lang]') || {}).lang);
  }

  // Its text, child elements joined by data-say (the pause where they are
  // laid out side by side), nested <details> left out: an open source is
  // read on its own.
  function words(el, pause) {
    return [].map.call(el.childNodes, function (n) {
      return n.nodeType === 3 ? n.data : n.nodeType !== 1 || n.matches('details') ? '' : words(n, '');
    }).filter(function (w) {
      return w.trim();
    }).join(pause);
  }

  // Shown: laid out at all (checkVisibility is too new for Safari < 17.4).
  function shown(e) {
    return e.getClientRects().length > 0;
  }

  function visible(selector) {
    return [].filter.call(document.querySelectorAll(selector), shown);
  }

  function state(value) {
    var focused = document.activeElement;
    root.toggleAttribute('data-reading', !!value);
    if (value) root.setAttribute('data-reading', value);
    status.textContent = value ? document.querySelector('.read-aloud').getAttribute('data-' + value + '-text') : '';
    // The button pressed may have given way to another.
    if (focused.closest('.read-aloud') && !shown(focused)) visible('.read-aloud button')[0].focus();
  }

  function mark(on) {
    if (lines[at]) lines[at][0].classList.toggle('reading', on);
  }

  function next() {
    var line = lines[at];
    if (!line) return state();
    var chinese = zh(line[0]);
    var v = voice(chinese);
    if (!v) {
      at++; // no voice for it: a Chinese source on the English page
      return next();
    }
    var u = (current = new SpeechSynthesisUtterance(chinese ? spoken(line[1]) : line[1]));
    var mine = run;
    u.lang = chinese ? 'zh-CN' : 'en';
    u.voice = v;
    u.onend = u.onerror = function () {
      if (mine !== run) return; // stopped since
      mark(false);
      at++;
      next();
    };
    mark(true);
    line[0].scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    synth.speak(u);
  }

  function stop() {
    run++;
    mark(false);
    lines = [];
    synth.cancel();
  }

  function press(button) {
    var action = button.getAttribute('data-do');
    if (action === 'pause' || action === 'resume') {
      synth[action]();
      state(action === 'pause' ? 'paused' : 'reading');
    } else if (action === 'stop') {
      stop();
      state();
    } else {
      // A part's own button, or the part in view: the first whose end is
      // below the section bar's reading line, a third down the window.
      var part = action ? visible('[data-read]').map(function (b) {
        return b.closest('section');
      }).filter(function (s) {
        return s.getBoundingClientRect().bottom > innerHeight / 3;
      })[0] : button.closest('section');
      if (!part) return;
      stop();
      at = 0;
      // A closed fold is skipped but for its summary: "(our translation)"
      // there is said after the English it marks. Islands are not read, nor
      // the explorer's rows beside its island (static, but its content).
      lines = [].filter.call(part.querySelectorAll('[data-say]'), function (el) {
        var fold = el.closest('details:not([open])');
        return !el.closest('[data-island], .explorer') && !(fold && !el.closest('summary'));
      }).map(function (el) {
        return [el, words(el, el.getAttribute('data-say'))];
      }).filter(function (line) {
        return line[1].trim();
      });
      state('reading');
      next();
    }
  }

  status = document.createElement('p');
  status.className = 'read-status visually-hidden';
  status.setAttribute('role', 'status');
  document.querySelector('header').appendChild(status);
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-read], [data-do]');
    if (button && root.hasAttribute('data-speech')) press(button);
  });
  addEventListener('pagehide', stop);
  press(window.readAloud);
})();
