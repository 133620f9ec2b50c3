// Runs in <head> before the app's loader, and without it if need be. The
// report is already on the page (prerendered); this (1) applies the reader's
// remembered text size and colour scheme before the first paint, (2) says so
// when the interactive layer cannot start — no WebAssembly, or its files
// blocked or missing — and (3) in release builds registers the service
// worker that keeps the report offline.
(function () {
  var script = document.currentScript;
  var root = document.documentElement;
  // Same keys and attributes as src/ui/text_size.rs and src/ui/theme.rs.
  [['xining-report.text-size', 'data-text-size'], ['xining-report.theme', 'data-theme']].forEach(function (pref) {
    try {
      var value = window.localStorage.getItem(pref[0]);
      if (value && /^[a-z-]+$/.test(value)) root.setAttribute(pref[1], value);
    } catch (e) {
      // Storage blocked: the defaults stand.
    }
  });
  function unavailable() {
    var notice = document.getElementById('no-app');
    if (notice && !root.hasAttribute('data-app-ready')) notice.hidden = false;
  }
  if (typeof WebAssembly !== 'object') unavailable();
  // The loader is a module whose top-level await rejects when the wasm fails.
  window.addEventListener('error', unavailable);
  window.addEventListener('unhandledrejection', unavailable);
  var worker = script && script.getAttribute('data-sw');
  if (worker && 'serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register(new URL(worker, script.src)).catch(function () {});
    });
  }
})();
