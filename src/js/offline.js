// Makes the explorer work offline once it has been opened: registers its service worker
// (sw.js), from the explorer's own folder, for that folder: the folder of this script, which a
// local edition's page (in a folder of its own, `<id>/`) shares with the main page. The boot script loads this only in
// a release, once the app is running, and never inside another website's frame. Where the
// browser refuses (a private window, a frame with storage blocked), nothing changes: the
// explorer works online as before. The names in double braces come from the app's contract.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var workers = navigator.serviceWorker;
  // The boot script that loaded this one is in the site's own folder, whichever page it runs in.
  var boot = document.querySelector('script[{{offline.registration-attr}}]');
  var here = boot ? boot.src : location.href;
  var folder = new URL('./', here).href;
  workers.register(new URL('./{{offline.service-worker}}', here).href, { scope: folder }).then(function (registration) {
    // A new version is ready when a new worker waits while an old one serves this page: say so
    // (the app shows it quietly, never while presenting), and never reload by surprise.
    function announce() {
      if (registration.waiting && workers.controller) window.dispatchEvent(new Event('{{event.update-ready}}'));
    }
    announce();
    // Look for a new release on every visit, and when a long-open page comes back into view:
    // browsers check by themselves only now and then.
    function check() { if (workers.controller) registration.update().catch(function () {}); }
    check();
    document.addEventListener('visibilitychange', function () { if (!document.hidden) check(); });
    registration.addEventListener('updatefound', function () {
      var installing = registration.installing;
      if (installing) installing.addEventListener('statechange', function () {
        if (installing.state === 'installed') announce();
      });
    });
    // The reader chose the new version: the waiting worker takes over, then the page reloads.
    window.addEventListener('{{event.use-new-version}}', function () {
      if (!registration.waiting) return location.reload();
      workers.addEventListener('controllerchange', function () { location.reload(); });
      registration.waiting.postMessage('{{offline.take-over}}');
    });
  }).catch(function () {});
})();
