/*! The Adversity Cycle explorer: embed script (v1). MIT licence. No dependencies.
 *
 * Paste, on the page that embeds the explorer (the explorer's Share button gives this code):
 *   <iframe src="https://…/?embed" title="The Adversity Cycle" width="100%" height="720"
 *           style="border:0" loading="lazy" allow="fullscreen; clipboard-write"
 *           data-adversity-cycle></iframe>
 *   <p data-adversity-cycle-fallback>If the explorer does not show above, open it on its own:
 *      <a href="https://…/" target="_blank" rel="noopener">The Adversity Cycle</a></p>
 *   <script src="https://…/embed.js" async></script>
 *
 * It sizes each such frame to fit the explorer (no inner scrollbar, no flicker), hides the
 * fallback line once the explorer answers, brings what the reader chooses into view, and gives
 * the page a small API:
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
  var MAX_HEIGHT = {{message.max-height}};
  // A change of height this small that only returns to the height before last is the frame's
  // own scrollbar coming and going: it is not followed, so the frame settles.
  var SCROLLBAR = 40;
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
    message['{{message.ns}}'] = NS;
    message['{{message.v}}'] = VERSION;
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
    send(frame, command('{{message.hello}}'));
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

  // The frame's fallback line: the first one after it in the page that no other frame has.
  function fallbackFor(iframe) {
    var lines = document.querySelectorAll('[{{embed.fallback}}]');
    for (var i = 0; i < lines.length; i++) {
      var after = iframe.compareDocumentPosition(lines[i]) & Node.DOCUMENT_POSITION_FOLLOWING;
      var taken = frames.some(function (f) { return f.fallback === lines[i]; });
      if (after && !taken) return lines[i];
    }
    return null;
  }

  function adopt(iframe) {
    var origin = originOf(iframe);
    if (!origin || frameFor(iframe)) return;
    var frame = { iframe: iframe, origin: origin, ready: false, tries: 0, timer: 0, height: 0, before: 0, fallback: fallbackFor(iframe) };
    frames.push(frame);
    iframe.style.border = '0';
    iframe.addEventListener('load', function () {
      frame.ready = false;
      frame.tries = 0;
      greet(frame);
    });
    if (loaded(iframe)) greet(frame);
  }

  // Sets the frame's height, but for a change that would only bring its scrollbar back.
  function resize(frame, height) {
    var next = Math.ceil(height);
    if (next === frame.before && Math.abs(next - frame.height) <= SCROLLBAR) next = Math.max(next, frame.height);
    if (next !== frame.height) {
      frame.before = frame.height;
      frame.height = next;
      frame.iframe.style.height = next + 'px';
    }
    return frame.iframe.getBoundingClientRect().height;
  }

  // Brings a place `top` pixels down the frame into view, unless it is already: at once, as a
  // link within a page does.
  function scrollTo(frame, top) {
    var at = frame.iframe.getBoundingClientRect().top + top;
    if (at >= 0 && at <= window.innerHeight * 0.8) return;
    window.scrollTo({ top: Math.max(0, window.scrollY + at - 16), behavior: 'instant' });
  }

  window.addEventListener('message', function (event) {
    var frame = null;
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === event.source) frame = frames[i];
    if (!frame || event.origin !== frame.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data['{{message.ns}}'] !== NS || data['{{message.v}}'] !== VERSION) return;
    var type = data['{{message.type}}'];
    var number = function (name) {
      var value = data[name];
      return typeof value === 'number' && isFinite(value) && value >= 0 && value <= MAX_HEIGHT ? value : null;
    };
    var detail = {};
    if (type === '{{message.ready}}') {
      frame.ready = true;
      clearTimeout(frame.timer);
      if (frame.fallback) frame.fallback.hidden = true;
      detail.stage = String(data['{{message.stage}}'] || '');
    } else if (type === '{{message.stagechange}}') {
      detail.stage = String(data['{{message.stage}}'] || '');
    } else if (type === '{{message.resize}}') {
      var height = number('{{message.height}}');
      if (!height) return;
      detail.height = resize(frame, height);
      // Tell the explorer what it got, so it can drop its own scrollbar only when it fits.
      send(frame, command('{{message.resized}}', { ['{{message.height}}']: detail.height }));
    } else if (type === '{{message.scrollto}}') {
      var top = number('{{message.top}}');
      if (top !== null) scrollTo(frame, top);
      return;
    } else {
      return;
    }
    frame.iframe.dispatchEvent(new CustomEvent(NS + ':' + type, { detail: detail }));
  });

  function scan() {
    var found = document.querySelectorAll('iframe[{{embed.frame}}]');
    for (var i = 0; i < found.length; i++) adopt(found[i]);
  }

  // A message to the explorer: its type, and any fields.
  function command(type, fields) {
    var message = fields || {};
    message['{{message.type}}'] = type;
    return message;
  }

  window.AdversityCycle = {
    version: VERSION,
    select: function (iframe, stage) {
      var frame = frameFor(iframe);
      if (frame && typeof stage === 'string') send(frame, command('{{message.select}}', { ['{{message.stage}}']: stage }));
    },
    reset: function (iframe) {
      var frame = frameFor(iframe);
      if (frame) send(frame, command('{{message.reset}}'));
    },
    /** For frames added to the page later. */
    adopt: adopt,
  };

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
