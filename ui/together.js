// Together mode: the person reads their own file beside the worker. Large type, plain headings and "why we ask this" texts; the worker's hints and notes hidden; nothing about anyone else on screen, and the other persons closed until the worker opens them again after leaving it.
import { $ } from './dom.js';
import { setText } from './i18n.js';

/**
 * Everything that shows other persons or leads to them: hidden (display: none, so out of the
 * accessibility tree). Besides these ids, any element marked `data-others` (a later caseload table).
 */
const OTHERS = ['list-column', 'deadlines', 'retention', 'handover-import-box'];

function othersNodes() {
  const nodes = OTHERS.map((id) => $(id)).filter(Boolean);
  for (const node of Array.from(document.querySelectorAll('[data-others]'))) if (!nodes.includes(node)) nodes.push(node);
  return nodes;
}

const state = {
  on: false,        // together mode chosen by the worker
  inside: false,    // an unlocked screen of the file is shown (not onboarding, unlock…)
  person: false,    // a person's page (or one of their requests, report or plan) is open
  screen: null,     // the screen shown (main, request, review, plan, settings…)
  closed: false,    // after together mode: the other persons stay closed until the worker opens them
};

let hooks = {
  entered: () => {}, // after entering: forget the lists of other persons
  left: () => {},    // after leaving: show the list and the home panels again
};

/** True while together mode is on. */
export function isTogether() {
  return state.on;
}

/** Headings with a plain-language version (data-together-i18n) switch to it, or back. */
function applyLabels(on) {
  for (const node of Array.from(document.querySelectorAll('[data-together-i18n]'))) {
    if (on) {
      if (!node.hasAttribute('data-normal-i18n')) node.setAttribute('data-normal-i18n', node.getAttribute('data-i18n') || '');
      setText(node, node.getAttribute('data-together-i18n'));
    } else if (node.hasAttribute('data-normal-i18n')) {
      const normal = node.getAttribute('data-normal-i18n');
      node.removeAttribute('data-normal-i18n');
      if (normal) setText(node, normal);
    }
  }
}

function sync() {
  const active = state.on && state.inside;
  document.body.classList.toggle('together', active);
  document.documentElement.classList.toggle('together-root', active);
  $('together-banner').hidden = !active;
  const toggle = $('together-toggle');
  toggle.hidden = !state.inside || !(state.person || state.on);
  toggle.setAttribute('aria-pressed', state.on ? 'true' : 'false');
  // While locked the home room is emptied: its elements are not there (they follow at the unlock).
  const set = (id, hidden) => {
    const node = $(id);
    if (node) node.hidden = hidden;
  };
  const othersHidden = state.on || state.closed;
  // The page takes the whole width while the list is closed, as in together mode.
  document.body.classList.toggle('others-closed', state.closed && !state.on && state.inside);
  if (othersHidden) for (const node of othersNodes()) node.hidden = true;
  else set('list-column', false);
  $('settings-button').hidden = state.on || !state.inside;
  // The signals are about many files: never while the person reads along.
  $('signals-button').hidden = state.on || !state.inside;
  const opener = $('others-open');
  if (opener) opener.hidden = !(state.closed && !state.on && state.inside && state.screen === 'main');
  syncFooter(active, othersHidden);
}

/**
 * The footer says what is true of the screen: "can be read by the person beside you" on one
 * person's screens; a stronger warning where other persons are listed; nothing in the settings or
 * in together mode (the banner says it there).
 */
function syncFooter(active, othersHidden) {
  const footer = $('screen-footer');
  const text = $('footer-text');
  if (!footer || !text) return;
  const listsOthers = state.screen === 'main' && !othersHidden;
  footer.hidden = !state.inside || active || state.screen === 'settings' || state.screen === 'signals';
  footer.classList.toggle('footer-warning', listsOthers);
  setText(text, listsOthers ? 'footer-others' : 'footer-visible');
}

/** True while the other persons stay closed after together mode. */
export function othersClosed() {
  return state.closed;
}

/** The worker opens the list of other persons again (after together mode). */
export function openOthers() {
  if (!state.closed || state.on) return;
  state.closed = false;
  sync();
  hooks.left();
}

/**
 * Tell together mode where the app is: `inside` an unlocked screen of the file, with a
 * `person` open or not. Called on every screen change and whenever the person in the form changes.
 */
export function setTogetherContext({ inside, person, screen }) {
  if (inside !== undefined) state.inside = Boolean(inside);
  if (screen !== undefined) state.screen = screen;
  if (person !== undefined) state.person = Boolean(person);
  if (state.on && state.inside && !state.person) {
    // The person's page closed (it cannot from the screen; a safety net): leave quietly.
    leaveTogether({ focus: false });
    return;
  }
  sync();
}

/** Enter together mode; the focus goes to the banner's heading. */
export function enterTogether() {
  if (state.on || !state.person) return;
  state.on = true;
  hooks.entered();
  applyLabels(true);
  sync();
  document.dispatchEvent(new CustomEvent('tandem:together', { detail: { on: true } }));
  $('together-banner-title').focus();
}

/** Leave together mode (no passphrase: it is the worker's own screen). */
export function leaveTogether({ focus = true } = {}) {
  if (!state.on) return;
  state.on = false;
  // The other persons stay closed: the person may still be beside the screen.
  state.closed = true;
  applyLabels(false);
  sync();
  document.dispatchEvent(new CustomEvent('tandem:together', { detail: { on: false } }));
  if (focus) {
    const toggle = $('together-toggle');
    if (!toggle.hidden) toggle.focus();
  }
}

/** Wire the toggle in the top bar and the leave button of the banner (once, at start). */
export function initTogether({ entered, left } = {}) {
  hooks = { entered: entered || hooks.entered, left: left || hooks.left };
  $('together-toggle').addEventListener('click', () => {
    if (state.on) leaveTogether();
    else enterTogether();
  });
  $('together-leave').addEventListener('click', () => leaveTogether());
  const opener = $('others-open');
  if (opener) {
    opener.addEventListener('click', () => {
      openOthers();
      const search = $('search-input');
      if (search && !search.closest('[hidden]')) search.focus();
    });
  }
  sync();
}
