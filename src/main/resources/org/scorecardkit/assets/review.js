// Scorecard Kit review page: a person decides each flagged mark by click or key, and saves the choices
// as corrections.json (the format org.scorecardkit.scan.Corrections reads). Everything it needs is in the
// page: each entry carries its sheet, serial and item, each button its value; nothing is loaded or sent.
(function () {
  'use strict';
  const main = document.getElementById('review');
  const entries = Array.from(document.querySelectorAll('.entry'));
  if (!main || entries.length === 0) {
    return;
  }
  const FORMAT = 'scorecard-kit corrections 1';
  const counter = document.getElementById('counter');
  const status = document.getElementById('status');
  const saveButton = document.getElementById('save');
  let unsaved = false;

  function fill(template, values) {
    return values.reduce((text, value, index) => text.split('{' + index + '}').join(String(value)), template);
  }

  function isDecided(entry) {
    return entry.hasAttribute('data-chosen');
  }

  function isMultiple(entry) {
    return entry.dataset.multiple === 'true';
  }

  function choiceButtons(entry) {
    return Array.from(entry.querySelectorAll('button.choice'));
  }

  // The chosen values of an entry: [] when undecided or no answer, else the values in the sheet's order.
  function chosenValues(entry) {
    const chosen = entry.getAttribute('data-chosen');
    return chosen ? chosen.split(';') : [];
  }

  function show(entry) {
    const decided = isDecided(entry);
    const chosen = entry.getAttribute('data-chosen');
    const values = chosenValues(entry);
    for (const button of choiceButtons(entry)) {
      const value = button.dataset.value;
      const pressed = decided && (value === '' ? chosen === '' : values.includes(value));
      button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    }
    entry.classList.toggle('decided', decided);
    const state = entry.querySelector('.state');
    state.textContent = !decided ? main.dataset.undecidedText
      : fill(main.dataset.chosenText, [chosen === '' ? main.dataset.noAnswerText : chosen]);
    const decidedCount = entries.filter(isDecided).length;
    counter.textContent = fill(main.dataset.counterText, [decidedCount, entries.length]);
  }

  // The values in the order the buttons show them, so a multiple answer always joins alike.
  function inSheetOrder(entry, values) {
    return choiceButtons(entry).map((b) => b.dataset.value).filter((v) => v !== '' && values.includes(v));
  }

  function choose(entry, value) {
    if (!isMultiple(entry) || value === '') {
      entry.setAttribute('data-chosen', value);
    } else {
      const values = chosenValues(entry);
      const next = values.includes(value) ? values.filter((v) => v !== value) : values.concat([value]);
      if (next.length === 0) {
        entry.removeAttribute('data-chosen');
      } else {
        entry.setAttribute('data-chosen', inSheetOrder(entry, next).join(';'));
      }
    }
    unsaved = true;
    status.textContent = '';
    show(entry);
    if (!isMultiple(entry)) {
      focusNextUndecided(entry);
    }
  }

  function focusEntry(entry) {
    entry.focus({preventScroll: true});
    entry.scrollIntoView({block: 'nearest'});
  }

  // After a choice: the next undecided entry after this one (wrapping round), or the Save button when all are decided.
  function focusNextUndecided(entry) {
    const start = entries.indexOf(entry);
    for (let step = 1; step <= entries.length; step++) {
      const candidate = entries[(start + step) % entries.length];
      if (!isDecided(candidate)) {
        focusEntry(candidate);
        return;
      }
    }
    saveButton.focus();
  }

  // The entry holding the focus, or null (focus on the Save button, say): a key never changes an item you are not on.
  function focusedEntry() {
    const active = document.activeElement;
    return active && active.closest ? active.closest('.entry') : null;
  }

  function move(by) {
    const current = focusedEntry();
    if (!current) {
      focusEntry(by > 0 ? entries.find((e) => !isDecided(e)) || entries[0] : entries[entries.length - 1]);
      return;
    }
    const index = entries.indexOf(current);
    focusEntry(entries[Math.min(entries.length - 1, Math.max(0, index + by))]);
  }

  function corrections() {
    const list = entries.filter(isDecided).map((entry) => ({
      sheet: entry.dataset.sheet,
      serial: entry.dataset.serial,
      item: entry.dataset.item,
      value: entry.getAttribute('data-chosen'),
    }));
    return {format: FORMAT, instrument: main.dataset.instrument, version: main.dataset.version, corrections: list};
  }

  function save() {
    const file = corrections();
    const blob = new Blob([JSON.stringify(file, null, 2) + '\n'], {type: 'application/json'});
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'corrections.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    unsaved = false;
    status.textContent = fill(main.dataset.savedText, [file.corrections.length]);
  }

  function onKey(event) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowRight' || key === 'j') {
      event.preventDefault();
      move(1);
    } else if (key === 'ArrowUp' || key === 'ArrowLeft' || key === 'k') {
      event.preventDefault();
      move(-1);
    } else if (/^[0-9n]$/.test(key)) {
      const entry = focusedEntry();
      const button = entry && choiceButtons(entry).find((b) => b.dataset.key === key);
      if (button) {
        event.preventDefault();
        choose(entry, button.dataset.value);
      }
    }
  }

  for (const entry of entries) {
    for (const button of choiceButtons(entry)) {
      button.addEventListener('click', () => choose(entry, button.dataset.value));
    }
    show(entry);
  }
  saveButton.addEventListener('click', save);
  document.addEventListener('keydown', onKey);
  window.addEventListener('beforeunload', (event) => {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = main.dataset.unsavedText;
    }
  });
  focusEntry(entries.find((e) => !isDecided(e)) || entries[0]);
})();
