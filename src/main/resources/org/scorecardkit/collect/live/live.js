// The live page's script: copies the figures of every server-sent event into the page's slots.
// The collector writes each figure's text and each bar's length; this script only puts them in place,
// with textContent and numeric attributes, so nothing it receives is ever read as markup.
(function () {
  'use strict';
  var body = document.body;
  var words = JSON.parse(document.getElementById('live-words').textContent);
  var status = document.getElementById('status');
  var texts = slots('data-v');
  var bars = slots('data-b');

  // Every element of a slot attribute, by the slot's key (one figure may show in several places).
  function slots(attribute) {
    var map = new Map();
    document.querySelectorAll('[' + attribute + ']').forEach(function (el) {
      var key = el.getAttribute(attribute);
      if (!map.has(key)) {
        map.set(key, []);
      }
      map.get(key).push(el);
    });
    return map;
  }

  function show(state, text) {
    status.setAttribute('data-state', state);
    status.textContent = text;
  }

  function apply(figures) {
    var before = body.getAttribute('data-count');
    Object.keys(figures.text).forEach(function (key) {
      (texts.get(key) || []).forEach(function (el) {
        el.textContent = figures.text[key];
      });
    });
    Object.keys(figures.bars).forEach(function (key) {
      var width = Math.max(0, Math.min(100, 100 * Number(figures.bars[key]))).toFixed(2);
      (bars.get(key) || []).forEach(function (el) {
        el.setAttribute('width', width);
      });
    });
    body.setAttribute('data-count', String(figures.n));
    if (before !== null && before !== String(figures.n)) {
      flash();
    }
    var time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    show('live', words.live + ' · ' + words.updated.replace('{0}', time));
  }

  // The count pulses once when it changes, so the room sees a new answer arrive.
  function flash() {
    document.querySelectorAll('.count').forEach(function (el) {
      el.classList.remove('changed');
      void el.offsetWidth;
      el.classList.add('changed');
    });
  }

  // The browser reconnects by itself after a dropped connection; a refused one (signed out, collector
  // restarted without the page) closes the stream: then ask until the collector answers, and reload.
  function retry() {
    fetch(location.href, { cache: 'no-store', credentials: 'same-origin' }).then(function () {
      location.reload();
    }, function () {
      setTimeout(retry, 5000);
    });
  }

  function connect() {
    var source = new EventSource(body.getAttribute('data-events'));
    source.addEventListener('figures', function (e) {
      apply(JSON.parse(e.data));
    });
    source.onerror = function () {
      show('offline', words.offline);
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(retry, 3000);
      }
    };
  }

  connect();
}());
