// Starts the explorer. A file rather than an inline script, so the page runs under a strict
// Content-Security-Policy. Trunk writes the addresses of the app's two files into this tag's
// data attributes (see `pattern_script` in Trunk.toml); the build fills the names in double
// braces from the app's contract (src/contract.rs).
//
// It is the last thing in the page, so it never holds up the first paint, and it runs before
// that paint all the same: the browser has fetched it while reading the page. The paint needs
// only one thing from it: the marks on <html> that lay the page out for presenting, for
// embedding, or for a first visit (the content note), which it sets at once. Everything else
// waits until the page is painted: only then does it fetch the app, so the content is on
// screen before any code arrives.
(function () {
  'use strict';
  var script = document.currentScript;
  var page = document.documentElement;
  var query = new URLSearchParams(location.search);
  var mode = query.get('{{url.mode}}');
  var presenting = mode === '{{url.present}}' || mode === '{{url.speaker}}';
  if (presenting) page.setAttribute('{{mark.mode}}', mode);
  var embed = query.get('{{url.embed}}');
  var embedded = embed !== null && {{url.embed-values}}.indexOf(embed) >= 0;
  if (embedded) page.setAttribute('{{mark.embed}}', '');
  if (!presenting) {
    var seen = null;
    try {
      // This copy's key (its folder is part of it, as the app's keys), or one from before
      // folders counted, which the app is about to move.
      var folder = location.pathname.replace(/[^/]*$/, '');
      seen = localStorage.getItem('{{storage.prefix}}' + folder + '{{storage.content-note-seen}}') ||
        localStorage.getItem('{{storage.prefix}}{{storage.content-note-seen}}');
    } catch (e) {
      // Storage refused: the app will show the note, as on any first visit.
    }
    if (seen !== '{{storage.yes}}') page.setAttribute('{{mark.first-visit}}', '');
  }

  // The presenting styles come only where there is a presentation: at once, holding up the
  // first paint, when the page opens presenting; else as soon as the app starts presenting.
  var presentStyles = script && script.getAttribute('{{loader.present-styles}}');
  function addPresentStyles() {
    if (!presentStyles || !page.hasAttribute('{{mark.mode}}') || document.querySelector('link[href="' + presentStyles + '"]')) return;
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = presentStyles;
    link.setAttribute('blocking', 'render');
    document.head.appendChild(link);
  }
  addPresentStyles();
  new MutationObserver(addPresentStyles).observe(page, { attributes: true, attributeFilter: ['{{mark.mode}}'] });

  // Presenting, the page is marked idle a few seconds after the pointer last moved, and the
  // toolbar steps out of the room's sight (the styles keep it while it has keyboard focus);
  // moving the pointer brings it back. A click on the toolbar leaves the keyboard where it
  // was, so Space or Enter then goes on with the presentation rather than pressing the button
  // again (reached with Tab, a button takes focus, and Enter or Space presses it).
  var resting = 0;
  function moved() {
    clearTimeout(resting);
    page.removeAttribute('{{mark.idle}}');
    resting = setTimeout(function () { page.setAttribute('{{mark.idle}}', ''); }, 3000);
  }
  addEventListener('pointermove', moved);
  addEventListener('pointerdown', moved);
  moved();
  addEventListener('mousedown', function (event) {
    if (event.target.closest && event.target.closest('#{{id.presenter-controls}} button')) event.preventDefault();
  });

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

  // The app takes over the prerendered markup, so it starts once all of it has been read.
  var pageRead = new Promise(function (resolve) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
    else resolve();
  });
  // It is fetched once the page has loaded (its styles, this script) and been painted.
  var pageLoaded = new Promise(function (resolve) {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', resolve);
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

  // A frame's callback runs just before its paint; a task it queues runs after. The paint
  // reaches the screen a frame later still, and the browser times the largest paint by then:
  // wait for the next frame, so the app is never asked for before the content is on screen.
  // A hidden tab, or a frame the browser may throttle, may not paint at all: there, a short
  // wait will do.
  function afterPaint() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        requestAnimationFrame(function () { setTimeout(resolve, 0); });
      });
      if (document.hidden || window.top !== window) setTimeout(resolve, 100);
    });
  }

  pageLoaded
    .then(afterPaint)
    .then(function () {
      if (typeof WebAssembly !== 'object' || !script) throw new Error('this browser cannot run WebAssembly');
      return import(script.getAttribute('{{loader.glue}}'));
    })
    .then(function (glue) {
      return glue.default({ module_or_path: script.getAttribute('{{loader.wasm}}') });
    })
    .then(function () {
      // A release works offline once opened (not inside another website's frame, which would
      // download the whole explorer in the background for every visitor of the host page). If
      // that fails, the explorer still works, only not offline.
      var offline = script.getAttribute('{{offline.registration-attr}}');
      return offline && !embedded ? import(offline).catch(function () {}) : null;
    })
    .then(function () {
      // Start-up is over: what a test, or anyone checking the page, can wait for.
      page.setAttribute('{{mark.startup}}', '{{startup.done}}');
    }, failed);
})();
