/*! Poznań cooperation map: auto height for embedded maps. Include once, anywhere on the page:
 *  <script src="https://<where the map is>/embed.js" async></script>
 *  It resizes the map's iframes to the height the map asks for, and nothing else. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var appOrigin = new URL(script.src).origin;
  var MIN = 480; // the map's own minimum height
  var MAX = 2000;
  window.addEventListener('message', function (event) {
    // Only the map's own origin, only from one of this page's iframes, only a number.
    if (event.origin !== appOrigin) return;
    var data = event.data;
    if (!data || data.type !== 'poznan-cooperation-map:height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
        return;
      }
    }
  });
})();
