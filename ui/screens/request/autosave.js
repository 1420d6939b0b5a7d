// Saving as the worker works: each autosaved form of the request page is saved a moment after its last edit, one save at a time, with a quiet state in the bar that stays in view, and the undo of the last change.
import { call } from '../../api.js';
import { $, setBusy, showError } from '../../dom.js';
import { setText, t } from '../../i18n.js';
import { hooks, state } from './page.js';
import { render } from './request.js';

/** Milliseconds after the last key typed in a text field before it is saved. */
const TYPING_DELAY = 700;

/** form id → its save: resolves true when saved (or nothing to save), false when not. */
const savers = new Map();
/** form id → the timer of its coming save. */
const timers = new Map();
/** Forms whose last save failed (the error is shown at the field). */
const failed = new Set();
/** The saves, one after the other. */
let chain = Promise.resolve();

/** Register an autosaved form and its save. */
export function autosaved(formId, save) {
  savers.set(formId, save);
}

export function isAutosaved(formId) {
  return savers.has(formId);
}

function typed(target) {
  if (!target) return false;
  if (target.tagName === 'TEXTAREA') return true;
  // A date is typed part by part: saved once the typing pauses, not at each part.
  return target.tagName === 'INPUT' && ['text', 'search', 'date', ''].includes(target.type);
}

function show(kind, vars = null) {
  const line = $('req-save-state');
  if (!line) return;
  line.setAttribute('data-state', kind);
  setText(line, kind.startsWith('undo-') ? kind : `save-state-${kind}`, vars);
}

function showCurrent() {
  if (timers.size > 0) show('pending');
  else if (failed.size > 0) show('error');
  else show('saved');
}

function run(formId) {
  const requestId = state.id;
  chain = chain.then(async () => {
    if (state.id !== requestId || !savers.has(formId)) return;
    show('saving');
    let ok = false;
    try {
      ok = (await savers.get(formId)()) !== false;
    } catch {
      ok = false;
    }
    if (state.id !== requestId) return;
    if (ok) failed.delete(formId);
    else failed.add(formId);
    showCurrent();
  });
  return chain;
}

/** An edit in `form` (from `target`): its save is due after a pause (text) or at once (a choice). */
export function edited(form, target, type = 'input') {
  if (!form || !savers.has(form.id)) return false;
  // Typed text is saved from its input events; its change event on leaving the field adds nothing.
  if (type === 'change' && typed(target) && target.type !== 'date') return true;
  clearTimeout(timers.get(form.id));
  show('pending');
  timers.set(form.id, setTimeout(() => {
    timers.delete(form.id);
    run(form.id);
  }, typed(target) ? TYPING_DELAY : 0));
  return true;
}

/** Save every edit waiting for its pause now; resolves when all saves are done. */
export function flush() {
  for (const [formId, timer] of Array.from(timers)) {
    clearTimeout(timer);
    timers.delete(formId);
    run(formId);
  }
  return chain;
}

/** Whether an autosaved form holds an edit that is not saved (waiting, or refused by the core). */
export function unsavedAutosaves() {
  return timers.size > 0 || failed.size > 0;
}

/** The page is emptied (lock) or opened on another request: nothing waits any more. */
export function forgetSaves() {
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
  failed.clear();
  const line = $('req-save-state');
  if (line) {
    line.textContent = '';
    line.removeAttribute('data-state');
  }
}

/** "the finding on Residence", from the view's `undo`. */
function undoWhat(undo) {
  const condition = undo.condition ? t(`condition-${undo.condition}`) : '';
  return t(`undo-${String(undo.action).replace('.', '-')}`, { condition });
}

/** The undo button follows the view: the change it would put back, or hidden. */
export function renderUndo(view) {
  // A request just opened: nothing waits, everything shown is saved.
  if (!$('req-save-state').hasAttribute('data-state')) show('idle');
  const button = $('req-undo');
  const undo = view && view.undo;
  button.hidden = !undo;
  if (undo) setText(button, 'undo-button', { what: undoWhat(undo) });
}

/** Undo the request's last change (the waiting edits are saved first, so it is really the last). */
export async function undoLast() {
  const button = $('req-undo');
  await flush();
  const undo = state.view && state.view.undo;
  if (!undo || state.id === null) return;
  const what = undoWhat(undo);
  const requestId = state.id;
  setBusy(button, true);
  try {
    const view = await call('request.undo', { id: requestId });
    if (state.id !== requestId) return;
    // The forms show the core's values again: what was typed there is saved or undone.
    for (const id of savers.keys()) if (!failed.has(id)) state.dirty.delete(id);
    render(view);
    show('undo-done', { what });
    hooks.changed();
  } catch (err) {
    $('req-save-state').setAttribute('data-state', 'error');
    showError($('req-save-state'), err);
  } finally {
    setBusy(button, false);
    if (!button.hidden) button.focus();
    else $('req-save-state').focus();
  }
}
