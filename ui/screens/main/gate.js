// What the sharing parts share: their state, the parts of a file, and the gate of shared professional secrecy (its three conditions and its refusals).
import { call } from '../../api.js';
import { $, clearError, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, formatDateTime, setPlainText, t } from '../../i18n.js';

/** The parts of a file, as the core names them. */
export const PARTS = ['identity', 'household', 'income', 'report', 'plan'];

export const STATUSES = new Set(['current', 'withdrawn', 'expired', 'not_yet']);

/** The three conditions: [key in the core, id suffix in the page]. */
const CONDITIONS = [
  ['secrecy_bound', 'secrecy'],
  ['necessary_only', 'necessary'],
  ['informed_consent', 'consent'],
];

export const state = {
  personId: null,   // person on the page
  file: null,       // {closed_on, retention_until} of that person
  consents: [],     // consent.list, newest first
  consentsLoaded: false,
  shares: [],       // share.list, newest first
  sharesLoaded: false,
  seq: 0,           // bumped when another person is shown: late answers are dropped
  docSeq: 0,
  docChoices: [],   // documents of the kind chosen in the share form: [{value, id, label}]
};

export const hooks = {
  changed: () => {}, // after closing or reopening: the list and the home panels
};

export function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

export function same(a, b) {
  return a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);
}

/** A date ("2025-03-01") or a timestamp, as written in the UI language. */
export function when(v) {
  return /^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? formatDate(v) : formatDateTime(v);
}

/** ["identity", "plan"] → "identity details, support plan" in the UI language. */
export function partsText(parts) {
  return (Array.isArray(parts) ? parts : [])
    .map((p) => (PARTS.includes(p) ? t(`part-${p}`) : str(p)))
    .join(', ');
}

export function checkedParts(prefix) {
  return PARTS.filter((p) => $(`${prefix}-part-${p}`).checked);
}

export function readConditions(prefix) {
  const out = {};
  for (const [key, suffix] of CONDITIONS) out[key] = $(`${prefix}-cond-${suffix}`).checked;
  return out;
}

export function untickConditions(prefix) {
  for (const [, suffix] of CONDITIONS) $(`${prefix}-cond-${suffix}`).checked = false;
}

export function recipientText(x) {
  return t('consent-recipient', { organisation: str(x.recipient_organisation), role: str(x.recipient_role) });
}

/** The input named by a field path of the core, through `map`; null when it is hidden. */
export function resolver(map) {
  return (field) => {
    const key = String(field).replace(/\.\d+$/, '');
    const input = map[key] ? $(map[key]) : null;
    return input && !input.closest('[hidden]') ? input : null;
  };
}

/**
 * An error of the sharing gate. The refusals (no consent, consent withdrawn or expired, not
 * covered, a condition not met, a wrong hand-over) are shown in full next to the form; a
 * condition is also marked on its box. Other field errors go next to their field.
 */
function showGateError(err, alertEl, resolve) {
  if (err && err.code === 'locked') {
    clearError(alertEl);
    return;
  }
  const field = err && err.field ? String(err.field) : '';
  if (field === '' || field.startsWith('conditions')) {
    showError(alertEl, err);
    const input = field ? resolve(field) : null;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (!ids.includes(alertEl.id)) input.setAttribute('aria-describedby', [alertEl.id, ...ids].join(' '));
      input.focus();
    }
    return;
  }
  showFormError(err, alertEl, resolve);
}

export function requireText(input, labelId) {
  if (input.value.trim() !== '') return false;
  markFieldError(input, t('error-required', { field: t(labelId) }));
  return true;
}

/**
 * Runs a command that goes through the sharing gate, with its button busy meanwhile. Returns
 * its result, or null when the gate refused (the reason is shown in `errorId`) or when the
 * person changed while it ran.
 */
export async function throughGate(command, args, buttonId, errorId, resolveField) {
  const button = $(buttonId);
  const seq = state.seq;
  setBusy(button, true);
  try {
    const r = await call(command, args);
    return seq === state.seq ? (r || {}) : null;
  } catch (err) {
    showGateError(err, $(errorId), resolveField);
    return null;
  } finally {
    setBusy(button, false);
  }
}

export function clearStatuses() {
  for (const id of ['consent-status', 'consent-give-status', 'share-status', 'person-export-pdf', 'person-export-json', 'handover-result']) {
    setPlainText($(id), '');
  }
  $('handover-next').hidden = true;
  for (const id of ['consent-error', 'consent-give-error', 'share-error', 'share-log-error', 'person-export-error', 'handover-error', 'file-error']) {
    clearError($(id));
  }
  clearFieldErrors($('sharing'));
}
