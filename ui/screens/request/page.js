// What the parts of the request page share: its state, small helpers for fields and views, and the runner of a change command.
import { call } from '../../api.js';
import { $, el, clearError, clearFieldErrors, markFieldError, setBusy, showFormError } from '../../dom.js';
import { setPlainText, setText, t } from '../../i18n.js';
import { formatCents, parseEuros } from '../../values.js';
import { list } from '../../vocabulary.js';
import { render } from './request.js';

/** The six conditions of the law, in the core's order. */
export const CONDITIONS = list('conditions');

export const state = {
  id: null,            // id of the request on the page
  personId: null,      // its person
  personName: '',      // display name known from where the page was opened
  view: null,          // last view from the core
  dirty: new Set(),    // ids of forms with edits not saved yet
  edits: new Map(),    // form id → count of edits, to see edits made while a save runs
  loadSeq: 0,
  pending: null,       // action waiting on the unsaved-changes bar
};

export const hooks = {
  back: () => {},      // back(personId, requestId): show the person again
  changed: () => {},   // after every change (deadlines refresh)
};

export function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

export function orNull(v) {
  const s = str(v).trim();
  return s === '' ? null : s;
}

/** Set a field's value only when it differs (a refill after a save keeps the caret where it is). */
export function setValue(input, value) {
  if (input.value !== value) input.value = value;
}

/** A field error of a save made while typing: marked next to the field, the focus left where it is. */
export function markQuietly(input, message) {
  markFieldError(input, message, { focus: false });
}

export function option(value, id) {
  return el('option', { value, i18n: id });
}

export function field(input, labelId, extra = []) {
  return el('div', { class: 'field' }, [el('label', { for: input.id, i18n: labelId }), input, ...extra]);
}

export function choice(input, labelId) {
  return el('span', { class: 'choice' }, [input, el('label', { for: input.id, i18n: labelId })]);
}

export function radioValue(name) {
  const checked = document.querySelector(`#screen-request input[name="${name}"]:checked`);
  return checked ? checked.value : null;
}

export function setRadio(name, value) {
  for (const r of Array.from(document.querySelectorAll(`#screen-request input[name="${name}"]`))) r.checked = r.value === value;
}

export function conditionOf(view, c) {
  const list = view && Array.isArray(view.conditions) ? view.conditions : [];
  return list.find((x) => x && x.condition === c) || list[CONDITIONS.indexOf(c)] || null;
}

export function overrideOf(view) {
  if (!view) return null;
  if (view.override) return view.override;
  return view.calculation && view.calculation.override ? view.calculation.override : null;
}

export function personNameOf(view) {
  if (!view) return state.personName;
  return view.display_name || view.person_display_name || (view.person && view.person.display_name) || state.personName;
}

/** "€ 1.314,20 a year (€ 109,52 a month)" */
export function yearMonth(yearly, monthly) {
  const m = typeof monthly === 'number' ? monthly : Math.round(yearly / 12);
  return t('amount-year-month', { yearly: formatCents(yearly), monthly: formatCents(m) });
}

export function canFill(formId, savedForm, fresh) {
  return fresh || formId === savedForm || !state.dirty.has(formId);
}

export function filled(formId) {
  state.dirty.delete(formId);
}

export function resolverFor(map) {
  return (f) => {
    const id = map[f];
    if (!id) return null;
    const input = typeof id === 'function' ? id() : $(id);
    return input && !input.closest('[hidden]') ? input : null;
  };
}

/** A command's answer as a view: the view itself, or the request read again. */
async function asView(result) {
  if (result && typeof result === 'object' && Array.isArray(result.conditions)) return result;
  return call('request.get', { id: state.id });
}

function clearStatuses() {
  for (const s of Array.from($('screen-request').querySelectorAll('.status'))) setPlainText(s, '');
}

/**
 * Run a change command, then render the view it answers with.
 * opts: form, button, statusEl, alertEl, resolve(field) → input, onSuccess(), statusId, focus
 * (false for an autosave: the field in error is marked without taking the focus).
 */
export async function change(command, args, opts) {
  const { form, button, statusEl, alertEl } = opts;
  if (form) clearFieldErrors(form);
  clearError(alertEl);
  clearStatuses();
  const requestId = state.id;
  const editsBefore = form ? (state.edits.get(form.id) || 0) : 0;
  if (button) setBusy(button, true);
  let view;
  try {
    view = await asView(await call(command, args));
  } catch (err) {
    if (button) setBusy(button, false);
    showFormError(err, alertEl, opts.resolve || (() => null), { focus: opts.focus !== false });
    return false;
  }
  if (button) setBusy(button, false);
  if (state.id !== requestId) return false;
  // Edits typed while the save ran stay on screen (and unsaved): the view does not overwrite them.
  const editedMeanwhile = form && (state.edits.get(form.id) || 0) !== editsBefore;
  if (form && !editedMeanwhile) state.dirty.delete(form.id);
  if (opts.onSuccess && !editedMeanwhile) opts.onSuccess();
  render(view, form && !editedMeanwhile ? form.id : null);
  if (statusEl && !opts.quiet) setText(statusEl, opts.statusId || 'req-saved');
  hooks.changed();
  return true;
}

export async function removeItem(command, id, { statusEl, alertEl, list, index, fallback }) {
  const ok = await change(command, { id }, { statusEl, alertEl, statusId: 'req-removed' });
  if (!ok) return;
  const buttons = Array.from(list.querySelectorAll('.item-remove'));
  const next = buttons[index] || buttons[index - 1];
  (next || fallback).focus();
}

export function requireText(input, labelId) {
  if (input.value.trim() !== '') return false;
  markFieldError(input, t('error-required', { field: t(labelId) }));
  return true;
}

export function readAmount(input, labelId, { required = true } = {}) {
  const raw = input.value.trim();
  if (raw === '') {
    if (required) markFieldError(input, t('error-required', { field: t(labelId) }));
    return required ? undefined : null;
  }
  const cents = parseEuros(raw);
  if (cents === null) {
    markFieldError(input, t('error-amount-format', { field: t(labelId) }));
    return undefined;
  }
  return cents;
}
