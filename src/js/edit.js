// Starts the content editor (edit.html). A file rather than an inline script, so the page runs
// under the same strict Content-Security-Policy as the explorer. The build writes the addresses
// of the editor's two files into this script's tag; the names in double braces come from the
// app's contract. If the editor cannot start, the page says so and how to edit without it.
(function () {
  'use strict';
  var script = document.querySelector('script[data-glue]');
  function failed(error) {
    if (window.console) console.error('The content editor could not start.', error);
    var note = document.getElementById('{{id.startup-note}}');
    if (note) note.hidden = false;
  }
  if (typeof WebAssembly !== 'object' || !script) return failed(new Error('this browser cannot run WebAssembly'));
  import(script.getAttribute('data-glue'))
    .then(function (glue) { return glue.default({ module_or_path: script.getAttribute('data-wasm') }); })
    .catch(failed);
})();
