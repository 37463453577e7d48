// Runs before the first paint, so the page's static first frame (index.html) matches the
// address: the asked language, and no page header inside another site's page. The app
// replaces that frame once its code has loaded.
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  if ((params.get('lang') || '').trim().toLowerCase() === 'en') root.lang = 'en';
  if (params.get('embed') === '1') root.setAttribute('data-embed', 'true');
})();
