// Keyboard shortcuts: Ctrl+K search, Ctrl+S save the form in use, Ctrl+P print the document shown, "?" their overview (a dialog with the focus kept inside, Escape closes).
import { $, clear } from './dom.js';
import { setText } from './i18n.js';

let hooks = {
  screen: () => null,      // the screen shown ('main', 'request', …)
  together: () => false,   // together mode is on
  search: () => false,     // focus the search (true when done)
};
let opener = null; // the element focused before the overview opened

/** Typing in a field: "?" is a character there, not a shortcut. */
function typing(target) {
  if (!(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/** Shown on screen: not hidden, nor inside something hidden. */
function shown(node) {
  return Boolean(node) && node.isConnected && !node.closest('[hidden]') && node.getClientRects().length > 0;
}

/** Say what a shortcut did not do (read by screen readers, shown nowhere else). */
function say(id) {
  const status = $('keys-status');
  setText(status, id);
}

// ---------- the overview ----------

function focusables() {
  return Array.from($('help-dialog').querySelectorAll('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'))
    .filter((n) => !n.disabled && shown(n));
}

export function helpIsOpen() {
  return !$('help-overlay').hidden;
}

export function openHelp() {
  if (helpIsOpen()) return;
  opener = document.activeElement;
  $('help-overlay').hidden = false;
  $('help-title').focus();
}

export function closeHelp() {
  if (!helpIsOpen()) return;
  $('help-overlay').hidden = true;
  const back = opener;
  opener = null;
  if (back && back.isConnected && shown(back)) back.focus();
  else $('help-button').focus();
}

/** Tab and Shift+Tab stay inside the overview. */
function trapFocus(ev) {
  const items = focusables();
  if (items.length === 0) {
    ev.preventDefault();
    return;
  }
  const first = items[0];
  const last = items[items.length - 1];
  const active = document.activeElement;
  const inside = $('help-dialog').contains(active);
  if (ev.shiftKey && (active === first || !inside || active === $('help-title'))) {
    ev.preventDefault();
    last.focus();
  } else if (!ev.shiftKey && (active === last || !inside)) {
    ev.preventDefault();
    first.focus();
  }
}

// ---------- save and print ----------

/** The form to save: the one the focus is in, else the only visible form of the screen. */
function formToSave() {
  const active = document.activeElement;
  const around = active instanceof Element ? active.closest('form') : null;
  if (around && shown(around)) return around;
  const screen = hooks.screen();
  const container = screen ? $(`screen-${screen}`) : null;
  if (!container) return null;
  const forms = Array.from(container.querySelectorAll('form')).filter((f) => shown(f) && f.querySelector('button[type="submit"]:not([disabled])'));
  return forms.length === 1 ? forms[0] : null;
}

function save() {
  const form = formToSave();
  if (!form) {
    say('keys-no-save');
    return;
  }
  // Its own submit button, so that the screen's handler runs as on a click (checks included).
  const button = Array.from(form.querySelectorAll('button[type="submit"]')).find((b) => !b.disabled && shown(b));
  if (!button) {
    say('keys-no-save');
    return;
  }
  // As with a click on Save, the field being typed in says "change" before the save, not
  // after it (when the focus leaves it), which would mark the saved form as changed again:
  // the focus goes to the button (the field's "change" now), then back to the field.
  const active = document.activeElement;
  const typingIn = (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && form.contains(active);
  if (typingIn) button.focus();
  form.requestSubmit(button);
  if (typingIn && active.isConnected && shown(active)) active.focus();
}

/** Print a copy of `node` alone through the system's print dialog. */
function printCopy(node) {
  const target = $('print-document');
  clear(target);
  target.appendChild(node.cloneNode(true));
  document.body.classList.add('printing-document');
  const done = () => {
    document.body.classList.remove('printing-document');
    clear(target);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  // Should the engine not say "afterprint", the copy still goes after a while.
  setTimeout(done, 60000);
}

function print() {
  const screen = hooks.screen();
  // The report read together: exactly the text that goes to the committee.
  const report = $('review-document');
  if (screen === 'review' && shown(report) && report.textContent.trim() !== '') {
    printCopy(report);
    return;
  }
  // The recovery sheet: its own print button knows what to print.
  const recovery = $('recovery-print');
  if (screen === 'recovery' && shown(recovery)) {
    recovery.click();
    return;
  }
  // A document just saved: opened in the system's viewer, where it is printed.
  const container = screen ? $(`screen-${screen}`) : null;
  const opened = container ? Array.from(container.querySelectorAll('.open-document')).filter(shown) : [];
  if (opened.length > 0) {
    opened[opened.length - 1].click();
    return;
  }
  say('keys-no-print');
}

function search() {
  if (hooks.together()) {
    say('keys-search-together');
    return;
  }
  if (!hooks.search()) say('keys-no-search');
}

// ---------- wiring ----------

function onKey(ev) {
  if (ev.defaultPrevented) return;
  if (helpIsOpen()) {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation();
      closeHelp();
    } else if (ev.key === 'Tab' || ev.code === 'Tab' || ev.keyCode === 9) {
      trapFocus(ev);
    }
    return;
  }
  const ctrl = (ev.ctrlKey || ev.metaKey) && !ev.altKey;
  const key = ev.key.length === 1 ? ev.key.toLowerCase() : ev.key;
  if (ctrl && !ev.shiftKey && key === 'k') {
    ev.preventDefault();
    search();
  } else if (ctrl && !ev.shiftKey && key === 's') {
    ev.preventDefault();
    save();
  } else if (ctrl && !ev.shiftKey && key === 'p') {
    ev.preventDefault();
    print();
  } else if (ev.key === '?' && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !typing(ev.target)) {
    ev.preventDefault();
    openHelp();
  }
}

/** Wire the shortcuts (once, at start). */
export function initKeys(given = {}) {
  hooks = { ...hooks, ...given };
  // Captured before the screens' own keys, so that Escape closes the overview first.
  document.addEventListener('keydown', onKey, true);
  $('help-button').addEventListener('click', openHelp);
  $('help-close').addEventListener('click', closeHelp);
  $('help-overlay').addEventListener('click', (ev) => {
    if (ev.target === $('help-overlay')) closeHelp();
  });
  // Focus that escapes the overview (a click outside the box) comes back into it.
  document.addEventListener('focusin', (ev) => {
    if (helpIsOpen() && !$('help-dialog').contains(ev.target)) $('help-title').focus();
  });
}
