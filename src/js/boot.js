// Starts the explorer. A file rather than an inline script, so the page runs under a strict
// Content-Security-Policy. Trunk writes the addresses of the app's two files into this tag's
// data attributes (see `pattern_script` in Trunk.toml); the build fills the names in double braces from
// the app's contract (src/contract.rs).
//
// It runs in <head>, before the first paint, and marks the page's mode from the address so the
// prerendered page is laid out for presenting or embedding from the start, not after the app
// has loaded.
(function () {
  'use strict';
  var script = document.currentScript;
  var page = document.documentElement;
  var query = new URLSearchParams(location.search);
  var mode = query.get('{{url.mode}}');
  var presenting = mode === '{{url.present}}' || mode === '{{url.speaker}}';
  if (presenting) page.setAttribute('{{mark.mode}}', mode);
  var embed = query.get('{{url.embed}}');
  var embedded = embed === '' || embed === '1' || embed === 'true';
  if (embedded) page.setAttribute('{{mark.embed}}', '');
  // A first visit opens on the content note. Knowing it now lets the page show the note from
  // the first paint, rather than swapping it in when the app starts.
  if (!presenting) {
    var seen = null;
    try {
      seen = localStorage.getItem('{{storage.content-note-seen}}');
    } catch (e) {
      // Storage refused: the app will show the note, as on any first visit.
    }
    if (seen !== '1') page.setAttribute('{{mark.first-visit}}', '');
  }

  // If the app cannot start, the page stays readable and says why the diagram is not
  // interactive.
  function failed(error) {
    if (window.console) console.error('The interactive explorer could not start.', error);
    page.setAttribute('{{mark.startup}}', '{{startup.failed}}');
    // Without the app the note's Continue cannot work: show the page as a plain document.
    page.removeAttribute('{{mark.first-visit}}');
    var note = document.getElementById('{{id.startup-note}}');
    if (note) note.hidden = false;
  }

  // Fetch the app at once, but start it only when the whole page has been read: it takes over
  // the prerendered markup and must find all of it.
  var pageRead = new Promise(function (resolve) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
    else resolve();
  });

  // Embedded with a #stage, the browser would scroll to it on load, and a frame's scroll can
  // scroll the host page too. Keep the hash aside while the page loads, and give it back for
  // the app to read.
  if (embedded && location.hash) {
    var hash = location.hash;
    history.replaceState(history.state, '', location.pathname + location.search);
    pageRead.then(function () {
      history.replaceState(history.state, '', location.pathname + location.search + hash);
    });
  }
  var glue = typeof WebAssembly === 'object' && script
    ? import(script.getAttribute('data-glue'))
    : Promise.reject(new Error('this browser cannot run WebAssembly'));
  Promise.all([glue, pageRead])
    .then(function (loaded) {
      return loaded[0].default({ module_or_path: script.getAttribute('data-wasm') });
    })
    .catch(function (error) {
      pageRead.then(function () { failed(error); });
    });
})();
