// Together mode: the person reads their own file beside the worker. Large type, plain headings and "why we ask this" texts; nothing about anyone else on screen, and no way to another person until the worker leaves it.
import { $ } from './dom.js';
import { setText } from './i18n.js';

/** Everything that shows other persons or leads to them: hidden (display: none, so out of the accessibility tree). */
const OTHERS = ['list-column', 'deadlines', 'retention', 'handover-import-box'];

const state = {
  on: false,        // together mode chosen by the worker
  inside: false,    // an unlocked screen of the file is shown (not onboarding, unlock…)
  person: false,    // a person's page (or one of their requests, report or plan) is open
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
  if (state.on) {
    for (const id of OTHERS) set(id, true);
    $('settings-button').hidden = true;
    // The signals are about many files: never while the person reads along.
    $('signals-button').hidden = true;
  } else {
    set('list-column', false);
    $('settings-button').hidden = !state.inside;
    $('signals-button').hidden = !state.inside;
  }
}

/**
 * Tell together mode where the app is: `inside` an unlocked screen of the file, with a
 * `person` open or not. Called on every screen change and whenever the person in the form changes.
 */
export function setTogetherContext({ inside, person }) {
  if (inside !== undefined) state.inside = Boolean(inside);
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
  $('together-banner-title').focus();
}

/** Leave together mode (no passphrase: it is the worker's own screen). */
export function leaveTogether({ focus = true } = {}) {
  if (!state.on) return;
  state.on = false;
  applyLabels(false);
  sync();
  hooks.left();
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
  sync();
}
