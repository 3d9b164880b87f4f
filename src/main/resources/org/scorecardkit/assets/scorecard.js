// Scorecard Kit form pages: score, keep, download, send. Items are read from the form itself; the
// JSON data island carries the scoring rules, where to send, whom the page speaks to and the words (script.*
// keys, each written here whole). A customer is thanked in the organisation's words, never scored.
(() => {
// Bound, not an arrow: the minifier would copy an arrow's body into every call.
const $ = document.getElementById.bind(document);
const form = $('response-form'), island = $('instrument-data'), R = $('result');
const D = form && island && R ? JSON.parse(island.textContent) : null;
const S = D && D.scoring || {}, M = S.method || 'none', U = D && D.submit || {}, P = S.partly != null ? S.partly : .5;
const KEY = D && 'scorecard:' + D.id + ':' + D.version, WHO = ['respondent', 'group', 'date'], W = D && D.words || {};
// The island keys the words without the "script." (7 characters) every key starts with.
const t = (k, ...a) => (W[k.slice(7)] || k).replace(/\{(\d)\}/g, (m, n) => a[n]);
const TYPES = ['rating', 'single', 'multiple', 'check', 'text'];
const ITEMS = D ? [...form.querySelectorAll('.q')].map(b => {
  const r = [...b.querySelectorAll('input[type=radio]')].map(x => +x.value), s = b.closest('.form-section');
  return {id: b.id.slice(2), type: TYPES.find(t => b.classList.contains(t)), required: !!b.querySelector('[required]'),
    min: r[0], max: r[r.length - 1], section: s && s.id.slice(8)};
}) : [];
const SECTIONS = D ? [...form.querySelectorAll('.form-section')].map(s => ({id: s.id.slice(8), title: (s.querySelector('h2') || {}).textContent})) : [];
const COLUMNS = ITEMS.filter(i => i.type != 'text').concat(ITEMS.filter(i => i.type == 'text')).map(i => i.id);
const SCORED = S.items || ITEMS.filter(i => i.type == (M == 'coverage' ? 'check' : 'rating')).map(i => i.id);
const SC = SCORED.map(id => ITEMS.find(i => i.id == id)).filter(Boolean);
const mk = (e, a, k) => { for (const n in a) e.setAttribute(n, a[n]); e.append(...k); return e; };
const el = (t, a, ...k) => mk(document.createElement(t), a, k);
const sv = (t, a, ...k) => mk(document.createElementNS('http://www.w3.org/2000/svg', t), a, k);
const box = id => $('q-' + id);
const ins = id => [...box(id).querySelectorAll('input,textarea')];
const txt = i => { const l = box(i.id).querySelector('legend,label').cloneNode(true); l.querySelectorAll('.optional').forEach(o => o.remove()); return l.textContent.trim(); };
const lab = i => ITEMS.indexOf(i) + 1 + '. ' + txt(i);
const field = k => $('f-' + k) || {};
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
// To a collector the answers are kept with their submission id (ID) and when they were first opened (T0), so a
// retry after a reload is the same submission and is not taken for a form sent too fast; elsewhere they are as before.
let ID, T0 = Date.now();
const store = v => { try { v ? localStorage.setItem(KEY, JSON.stringify(U.collector ? Object.assign(v, {_id: ID, _t: T0}) : v)) : localStorage.removeItem(KEY); } catch (e) {} };
const uid = () => { try { return crypto.randomUUID(); } catch (e) { return Math.random().toString(36).slice(2) + Date.now().toString(36); } };
const has = v => v != null && /\S/.test(v);

function collect() {
  const st = {instrument: D.id, version: D.version}, a = {};
  WHO.forEach(k => { st[k] = field(k).value || ''; });
  ITEMS.forEach(i => {
    const e = ins(i.id), on = e.filter(x => x.checked).map(x => x.value), t = i.type;
    const v = t == 'text' ? e[0] && e[0].value : t == 'multiple' ? on : t == 'rating' && on[0] ? +on[0] : on[0];
    if (has(v)) a[i.id] = v;
  });
  st.answers = a;
  return st;
}

function restore(st) {
  WHO.forEach(k => { if (st[k]) field(k).value = st[k]; });
  ITEMS.forEach(i => {
    const v = [].concat(st.answers[i.id]).map(String);
    if (has(st.answers[i.id])) ins(i.id).forEach(x => /radio|checkbox/.test(x.type) ? x.checked = v.includes(x.value) : x.value = v[0]);
  });
}

const val = (i, a) => { const v = a[i.id]; return !has(v) ? null : i.type == 'check' ? {yes: 1, partly: P, no: 0}[v] : +v; };
const agg = (items, a) => { let s = 0, n = 0; items.forEach(i => { const v = val(i, a); if (v != null) { s += v; n++; } }); return [s, n]; };
const pct = ([s, n]) => n ? 100 * s / n : null;
const score = a => { const [s, n] = agg(SC, a); return M == 'none' || !n ? null : M == 'mean' ? s / n : M == 'coverage' ? 100 * s / n : s; };
const band = v => { const b = S.bands || []; return b.find((x, k) => v >= x.min && (S.integer || k == b.length - 1 ? v <= x.max : v < x.max)); };

function chart(c, rows, name) {
  const w = form.clientWidth / 9 | 0;
  const g = sv('svg', {class: 'chart ' + c, role: 'img', width: '100%', height: rows.length * 42, 'aria-label': name + rows.map(r => r[0] + ': ' + r[3]).join('; ')});
  rows.forEach(([l, f, v], k) => {
    const y = k * 42;
    g.append(sv('text', {y: y + 15}, l.length > w ? l.slice(0, w - 1).trim() + '…' : l), sv('text', {x: '100%', y: y + 15, 'text-anchor': 'end'}, v),
      sv('rect', {class: 'track', y: y + 21, width: '100%', height: 12}), sv('rect', {y: y + 21, width: f * 100 + '%', height: 12}));
  });
  return g;
}

const shown = (i, v) => !has(v) ? '–' : i.type == 'text' ? v
  : ins(i.id).filter(x => [].concat(v).map(String).includes(x.value)).map(x => x.parentNode.textContent.trim()).join(', ');

function show(st) {
  R.textContent = '';
  D.customers ? thank(st.answers) : scorecard(st);
  mode(true);
  R.focus();
}

// The category's own text (the organisation's voice) and the thanks, or the kit's default thanks.
function thank(a) {
  const v = score(a), b = v != null && band(v), h = [b && b.html, D.thanks].filter(has).join('');
  R.append(el('h2', {id: 'result-title'}, t("script.thanks")));
  const d = el('div', {class: 'thanks'});
  h ? d.insertAdjacentHTML('beforeend', h) : d.append(el('p', {}, t("script.thanks.default")));
  R.append(d);
  if (D.kind == 'survey') R.append(answers(a));
}

const answers = a => { const dl = el('dl', {class: 'answers'}); ITEMS.forEach(i => dl.append(el('dt', {}, lab(i)), el('dd', {}, shown(i, a[i.id])))); return dl; };

function scorecard(st) {
  const a = st.answers, v = score(a), w = [st.respondent, st.date].filter(Boolean).join(' · '), add = R.append.bind(R);
  add(el('p', {class: 'kind'}, document.querySelector('h1').textContent), el('h2', {id: 'result-title'}, t("script.heading")));
  if (w) add(el('p', {class: 'who'}, w));
  if (M != 'none' && v == null) add(el('p', {}, t("script.no-score")));
  if (v != null) {
    const c = M == 'coverage', d = c || M == 'mean' ? Math.round(v * 10) / 10 : v, b = band(v);
    add(el('p', {class: 'score', 'data-score': String(v)}, c ? d + '%' : d + ' ', c || S.max == null ? '' : el('span', {}, t("script.of", S.max))));
    if (b) {
      const e = el('div', {class: 'band', 'data-band': b.key}, el('h3', {}, b.label));
      if (M == 'nps') e.dataset.category = b.key;
      e.insertAdjacentHTML('beforeend', b.html || '');
      add(e);
    }
    if (D.kind == 'self-assessment') {
      const it = SC.filter(i => i.type == 'rating'), ok = i => has(a[i.id]);
      const g = it.filter(i => ok(i) && a[i.id] < i.max).sort((x, y) => a[x.id] - a[y.id]).slice(0, 3);
      add(chart('profile', it.map(i => ok(i) ? [lab(i), a[i.id] / i.max, a[i.id], t("script.rating", a[i.id], i.max)] : [lab(i), 0, '–', t("script.no-answer")]), t("script.chart.answers") + ' '),
        el('div', {class: 'grow'}, el('h3', {}, t("script.grow")), g.length
          ? el('ol', {}, ...g.map(i => el('li', {'data-item': i.id}, txt(i) + ' ', el('span', {}, '(' + a[i.id] + ')'))))
          : el('p', {}, t("script.grow.none"))));
    }
    if (c) {
      const tb = el('table', {class: 'coverage'}), rows = SECTIONS.map(s => [s, SC.filter(i => i.section == s.id)]).filter(x => x[1].length).map(([s, si]) => {
        const p = pct(agg(si, a)), ti = s.title || $('main').querySelector('h1').textContent, r = p == null ? '–' : Math.round(p) + '%';
        tb.append(mk(el('tr', {'data-section': s.id}, el('th', {scope: 'row'}, ti), el('td', {}, r)), p == null ? {} : {'data-coverage': p}, []));
        return [ti, p / 100, r, p == null ? t("script.no-answers") : r];
      });
      add(chart('coverage', rows, t("script.chart.coverage") + ' '), tb);
    }
  }
  if (M == 'none' || D.kind == 'survey') add(el('p', {}, t("script.answers")), answers(a));
  add(el('div', {class: 'actions'}, ...[['download-json', t("script.button.download-json")], ['download-csv', t("script.button.download-csv")],
    ['print-result', t("script.button.print")], ['edit-answers', t("script.button.edit")], ['clear-answers', t("script.button.clear")]]
    .map(b => button(...b))));
}

const button = (id, l) => el('button', {type: 'button', id}, l);

const mode = on => { R.hidden = !on; form.classList.toggle('answered', on); document.body.classList.toggle('printing-result', on); };

function send() {
  const C = U.collector, b = new URLSearchParams(new FormData(form));
  // why: the collector's reasons for refusing the answers (a 400, {"errors": [{"message": …}]}); sending them again
  // would not help, changing them may.
  const done = (ok, why) => {
    // A customer is already thanked, so only a failure is told, with a way to try again.
    const w = why && why.length;
    if (!ok || !D.customers) $('result-title').after(ok ? el('p', {class: 'sent'}, t("script.sent")) : el(w ? 'div' : 'p', {class: 'send-error', role: 'alert'},
      ...w ? [t("script.refused"), el('ul', {}, ...why.map(x => el('li', {}, x.message))), D.customers ? button('edit-answers', t("script.button.edit")) : '']
        : [t("script.send-error"), ' ', D.customers || C ? button('send-again', t("script.button.again")) : '']));
    // Confirmed: the stored answers go; the id stays until an answer changes, so sending the same answers again is
    // still the one submission.
    if (ok) store();
  };
  if (C) b.set('_id', ID), b.set('_elapsed', ((Date.now() - T0) / 1e3).toFixed(1));
  if (!(form.elements._gotcha || {}).value) {
    fetch(U.url, {method: 'POST', body: b, headers: {Accept: 'application/json'}})
      .then(r => C && r.status == 400 ? r.json().then(j => done(0, j.errors), () => done(0)) : done(r.ok), () => done(0));
  }
}


const cell = v => {
  if (typeof v == 'number') return '' + v;
  v = [].concat(v == null ? '' : v).join(';').replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
};
const csv = st => [WHO.concat(COLUMNS), WHO.map(k => st[k]).concat(COLUMNS.map(c => st.answers[c]))].map(r => r.map(cell).join(',') + '\r\n').join('');
const down = (s, ext, type) => {
  const u = URL.createObjectURL(new Blob([s], {type})), l = el('a', {href: u, download: D.id + '-answers.' + ext});
  document.body.append(l), l.click(), l.remove();
  setTimeout(() => URL.revokeObjectURL(u), 1e4);
};

if (D) {
  form.noValidate = true;
  try { const s = JSON.parse(localStorage.getItem(KEY)); if (s) restore(s), ID = s._id, T0 = s._t || T0; } catch (e) {}
  // Changed answers are another submission: the id is made afresh when they are sent.
  const save = e => { const b = e.target.closest('.q'); if (b) b.classList.remove('missing'); ID = 0; store(collect()); };
  ['input', 'change'].forEach(t => form.addEventListener(t, save));
  form.addEventListener('submit', e => {
    e.preventDefault();
    // The date is left blank for the pen on a printed form; answers given here are dated today.
    const f = field('date');
    if (!f.value) f.value = today();
    const st = collect(), miss = ITEMS.filter(i => i.required && !has(st.answers[i.id]));
    if ($('missing')) $('missing').remove();
    form.querySelectorAll('.missing').forEach(x => x.classList.remove('missing'));
    if (!miss.length) return ID = ID || U.collector && uid(), store(st), show(st), U.method == 'post' && send();
    mode(false);
    const d = el('div', {id: 'missing', class: 'error-summary', role: 'alert', tabindex: -1}, el('h2', {}, t("script.missing")),
      el('ul', {}, ...miss.map(i => el('li', {}, el('a', {href: '#q-' + i.id}, lab(i))))));
    miss.forEach(i => box(i.id).classList.add('missing'));
    form.insertBefore(d, form.querySelector('.form-section'));
    d.focus();
  });
  R.addEventListener('click', e => {
    const id = (e.target.closest('button') || {}).id, st = collect();
    if (id == 'download-json') down(JSON.stringify(st, null, 2), 'json', 'application/json');
    if (id == 'download-csv') down(csv(st), 'csv', 'text/csv;charset=utf-8');
    if (id == 'print-result') print();
    if (id == 'send-again') e.target.closest('.send-error').remove(), send();
    if (id == 'clear-answers') store(), HTMLFormElement.prototype.reset.call(form);
    if (/clear|edit/.test(id)) mode(false), form.querySelector('.respondent input, .q input, .q textarea').focus();
  });
}
})();
