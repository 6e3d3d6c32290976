// Starts the content editor (edit.html). A file rather than an inline script, so the page runs
// under the same strict Content-Security-Policy as the explorer. The build writes the addresses
// of the editor's two files, and of the publisher's (which Download the site needs, and which
// is loaded only then), into this script's tag; the names in double braces come from the app's
// contract. If the editor cannot start, the page says so and how to edit without it.
(function () {
  'use strict';
  var script = document.querySelector('script[{{loader.glue}}]');
  function failed(error) {
    if (window.console) console.error('The content editor could not start.', error);
    var note = document.getElementById('{{id.startup-note}}');
    if (note) note.hidden = false;
  }
  var publisher = null;
  // Loads the publisher once, and gives its module; a failed load is tried again next time.
  function loadPublisher() {
    if (!publisher) {
      publisher = import(script.getAttribute('{{loader.publisher-glue}}'))
        .then(function (module) {
          return module.default({ module_or_path: script.getAttribute('{{loader.publisher-wasm}}') }).then(function () { return module; });
        })
        .catch(function (error) {
          publisher = null;
          throw error;
        });
    }
    return publisher;
  }
  // Never inside another page: where the host ignores _headers (and its frame-ancestors
  // 'none'), the editor still does not start in a frame, so no page can dress it up.
  if (window.top !== window) return failed(new Error('the editor opens only in a tab of its own'));
  if (typeof WebAssembly !== 'object' || !script) return failed(new Error('this browser cannot run WebAssembly'));
  import(script.getAttribute('{{loader.glue}}'))
    .then(function (glue) {
      return glue.default({ module_or_path: script.getAttribute('{{loader.wasm}}') }).then(function () { glue.start(loadPublisher); });
    })
    .catch(failed);
})();
