// The explorer's service worker: once the explorer has been opened, it opens again without a
// network (a venue's wifi drops; a car outside a home visit has no signal). Publishing the site
// (src/site/mod.rs, in the build and in the editor's Download the site) puts a first line above
// this one that names the release and its files (RELEASE, FILES), so every release's worker
// differs and the browser installs the new one; the other names come from the app's contract.
//
// - Installing keeps every file of the release, in a cache named for the release.
// - The page comes from the network, so an online visit sees a new release; offline, from the
//   cache. Every other file is named for its content, so the kept copy is the right one.
// - A new release waits until no window uses the old one (or until the reader chooses it), then
//   deletes the old release's cache. No reload happens by surprise.
// - Requests to other origins are never touched.
'use strict';

/* global RELEASE, FILES */
var PAGE = new URL('./', self.registration.scope).href;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(RELEASE).then(function (cache) { return cache.addAll(FILES); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (names) {
        return Promise.all(names.filter(function (name) {
          return name.indexOf('{{offline.cache-prefix}}') === 0 && name !== RELEASE;
        }).map(function (name) { return caches.delete(name); }));
      })
      .then(function () { return self.clients.claim(); })
  );
});

self.addEventListener('message', function (event) {
  if (event.data === '{{offline.take-over}}') self.skipWaiting();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () {
      return caches.open(RELEASE).then(function (cache) {
        return cache.match(request, { ignoreSearch: true }).then(function (kept) { return kept || cache.match(PAGE); });
      });
    }));
    return;
  }
  event.respondWith(caches.open(RELEASE).then(function (cache) {
    return cache.match(request).then(function (kept) { return kept || fetch(request); });
  }));
});
