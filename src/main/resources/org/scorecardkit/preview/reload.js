// Live preview: reloads the page after each rebuild and shows the build's error while there is one.
(function () {
  var seen = null;
  var box = null;
  function show(error) {
    if (!error) {
      if (box) { box.remove(); box = null; }
      return;
    }
    if (!box) {
      box = document.createElement('pre');
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;top:0;z-index:9999;margin:0;padding:1rem;max-height:60vh;'
        + 'overflow:auto;background:#fff4f0;color:#7a1f00;border-bottom:3px solid #b44d12;font:14px/1.4 monospace;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.textContent = 'The preview could not be rebuilt; the page shows the last good build.\n\n' + error;
  }
  function poll() {
    fetch('/__scorecard/state', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.build !== seen && !s.error) { location.reload(); return; }
      seen = s.build;
      show(s.error);
    }).catch(function () {}).then(function () { setTimeout(poll, 700); });
  }
  poll();
})();
