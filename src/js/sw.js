// The explorer's service worker: once the explorer has been opened, it opens again without a
// network (a venue's wifi drops; a car outside a home visit has no signal). Publishing the site
// (src/site/mod.rs, in the build and in the editor's Download the site) puts a first line above
// this one that names the release and its files (RELEASE, FILES), so every release's worker
// differs and the browser installs the new one; the other names come from the app's contract.
//
// - Installing keeps every file of the release, in a cache named for the release and for the
//   explorer's folder: another copy of the explorer on the same site keeps its own.
// - The page and the files with fixed names (boot.js, offline.js, the manifest, the icon) come
//   from the network, so an online visit runs a new release whole, never a new page with old
//   scripts; offline, from the cache. The other files are named for their content: the kept
//   copy is the right one, and comes first.
// - A new release waits until no window uses the old one (or until the reader chooses it), then
//   deletes this folder's older caches, and no one else's. No reload happens by surprise.
// - A local edition's page and files (in a folder of its own, `<id>/`, using the release's
//   app files) are kept the first time they come from the network, so an edition opened once
//   opens offline too; the release does not keep them all at once, as a site may have hundreds.
// - Requests to other origins, and to other folders of the site, are never touched.
'use strict';

/* global RELEASE, FILES */
var PAGE = new URL('./', self.registration.scope).href;
var CACHE = RELEASE + ' ' + PAGE;
// A file named for its content: `name-<16 hex digits>` (and `_bg` for the WebAssembly).
var HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (names) {
        return Promise.all(names.filter(function (name) {
          return name.indexOf('{{offline.cache-prefix}}') === 0 && name !== CACHE;
        }).map(function (name) {
          // This folder's older releases; and one from before folders counted if it holds
          // this folder's page (another folder's holds its own).
          if (name.slice(name.indexOf(' ') + 1) === PAGE) return caches.delete(name);
          if (name.indexOf(' ') >= 0) return null;
          return caches.open(name).then(function (old) { return old.match(PAGE); }).then(function (ours) {
            return ours ? caches.delete(name) : null;
          });
        }));
      })
      .then(function () { return self.clients.claim(); })
  );
});

self.addEventListener('message', function (event) {
  if (event.data === '{{offline.take-over}}') self.skipWaiting();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(PAGE) !== 0) return;
  var url = new URL(request.url);
  var address = url.origin + url.pathname;
  // In a folder below the worker's own: a local edition's.
  var inEdition = address.indexOf('/', PAGE.length) >= 0;
  if (request.mode === 'navigate' || !HASHED.test(url.pathname)) {
    event.respondWith(fetch(request).then(function (response) {
      if (inEdition && response.ok) {
        var copy = response.clone();
        event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(address, copy); }));
      }
      return response;
    }).catch(function () {
      return caches.open(CACHE).then(function (cache) {
        return cache.match(request, { ignoreSearch: true }).then(function (kept) {
          return kept || (request.mode === 'navigate' && !inEdition ? cache.match(PAGE) : Response.error());
        });
      });
    }));
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (kept) { return kept || fetch(request); });
  }));
});
