/*! The Adversity Cycle explorer: embed script (v1). MIT licence. No dependencies.
 *
 * Paste, on the page that embeds the explorer:
 *   <iframe src="https://…/?embed" title="The Adversity Cycle" width="100%" height="720"
 *           loading="lazy" allow="fullscreen; clipboard-write" data-adversity-cycle></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * It sizes each such frame to fit the explorer (no inner scrollbar, no flicker), and gives the
 * page a small API:
 *   AdversityCycle.select(frame, 'survival-mode')   show a stage
 *   AdversityCycle.reset(frame)                     back to the introduction
 *   frame.addEventListener('adversity-cycle:stagechange', (e) => e.detail.stage)
 *   (also 'adversity-cycle:ready' and 'adversity-cycle:resize', with e.detail.height)
 *
 * Messages are namespaced and versioned ({ ns: 'adversity-cycle', v: 1, type, … }). They go
 * only to each frame's own origin, and only messages from that frame and origin are read.
 * See docs/embedding.md.
 */
(function () {
  'use strict';
  var NS = '{{message.namespace}}';
  var VERSION = {{message.host-version}};
  if (window.AdversityCycle && window.AdversityCycle.version === VERSION) return;

  var frames = [];

  function originOf(iframe) {
    try {
      var origin = new URL(iframe.src, location.href).origin;
      return origin === 'null' ? null : origin;
    } catch (e) {
      return null;
    }
  }

  function send(frame, message) {
    var target = frame.iframe.contentWindow;
    if (!target) return;
    message.ns = NS;
    message.v = VERSION;
    target.postMessage(message, frame.origin);
  }

  function frameFor(iframe) {
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe === iframe) return frames[i];
    return null;
  }

  // The explorer may still be starting when the frame loads, so say hello until it answers.
  function greet(frame) {
    clearTimeout(frame.timer);
    if (frame.ready || frame.tries > 60) return;
    frame.tries += 1;
    send(frame, { type: '{{message.hello}}' });
    frame.timer = setTimeout(function () { greet(frame); }, Math.min(2000, 100 * frame.tries));
  }

  // Whether the frame already holds the explorer (its document is someone else's, or is no
  // longer the blank one a new frame starts with).
  function loaded(iframe) {
    try {
      var doc = iframe.contentDocument;
      return !doc || (doc.readyState === 'complete' && doc.URL !== 'about:blank');
    } catch (e) {
      return true;
    }
  }

  function adopt(iframe) {
    var origin = originOf(iframe);
    if (!origin || frameFor(iframe)) return;
    var frame = { iframe: iframe, origin: origin, ready: false, tries: 0, timer: 0 };
    frames.push(frame);
    iframe.style.border = '0';
    iframe.addEventListener('load', function () {
      frame.ready = false;
      frame.tries = 0;
      greet(frame);
    });
    if (loaded(iframe)) greet(frame);
  }

  window.addEventListener('message', function (event) {
    var frame = null;
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === event.source) frame = frames[i];
    if (!frame || event.origin !== frame.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.ns !== NS || data.v !== VERSION || typeof data.type !== 'string') return;
    var detail = {};
    if (data.type === '{{message.ready}}') {
      frame.ready = true;
      clearTimeout(frame.timer);
      detail.stage = String(data.stage || '');
    } else if (data.type === '{{message.stagechange}}') {
      detail.stage = String(data.stage || '');
    } else if (data.type === '{{message.resize}}') {
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > 100000) return;
      frame.iframe.style.height = Math.ceil(height) + 'px';
      detail.height = frame.iframe.getBoundingClientRect().height;
      // Tell the explorer what it got, so it can drop its own scrollbar only when it fits.
      send(frame, { type: '{{message.resized}}', height: detail.height });
    } else {
      return;
    }
    frame.iframe.dispatchEvent(new CustomEvent(NS + ':' + data.type, { detail: detail }));
  });

  function scan() {
    var found = document.querySelectorAll('iframe[{{embed.frame}}]');
    for (var i = 0; i < found.length; i++) adopt(found[i]);
  }

  window.AdversityCycle = {
    version: VERSION,
    select: function (iframe, stage) {
      var frame = frameFor(iframe);
      if (frame && typeof stage === 'string') send(frame, { type: '{{message.select}}', stage: stage });
    },
    reset: function (iframe) {
      var frame = frameFor(iframe);
      if (frame) send(frame, { type: '{{message.reset}}' });
    },
    /** For frames added to the page later. */
    adopt: adopt,
  };

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
