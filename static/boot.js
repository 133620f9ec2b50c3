// Runs beside the app's loader, without it if need be. The report is already
// on the page (prerendered); this only (1) says so when the interactive layer
// cannot start — no WebAssembly, or its files blocked or missing — and (2) in
// release builds registers the service worker that keeps the report offline.
(function () {
  var script = document.currentScript;
  function unavailable() {
    var notice = document.getElementById('no-app');
    if (notice && !document.documentElement.hasAttribute('data-app-ready')) notice.hidden = false;
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
