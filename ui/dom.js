// Small DOM helpers: element lookup and creation, error display next to an action or a field, busy buttons.
import { setPlainText, setText } from './i18n.js';

/** document.getElementById */
export function $(id) {
  return document.getElementById(id);
}

/**
 * Create an element. attrs: plain attributes (string values), plus `text` for textContent
 * and `i18n` for a catalog id. Children are nodes. Never parses markup.
 */
export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'i18n') setText(node, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.appendChild(child);
  return node;
}

/** Empty an element of its children. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Show a core error ({code, message}) in an alert element. A `locked` error is left to the unlock screen. */
export function showError(alertEl, err) {
  if (!alertEl) return;
  if (err && err.code === 'locked') {
    clearError(alertEl);
    return;
  }
  setPlainText(alertEl, (err && err.message) || String(err));
}

/** Empty an alert or status element. */
export function clearError(alertEl) {
  if (alertEl) setPlainText(alertEl, '');
}

function describedBy(input) {
  return (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
}

/** Mark `input` invalid and put `message` next to it (aria-describedby). Focuses it unless told not to. */
export function markFieldError(input, message, { focus = true } = {}) {
  const errId = `${input.id}-error`;
  let note = document.getElementById(errId);
  if (!note) {
    note = el('p', { id: errId, class: 'field-error' });
    const holder = input.closest('.field') || input.parentElement;
    holder.appendChild(note);
  }
  setPlainText(note, message);
  input.setAttribute('aria-invalid', 'true');
  const ids = describedBy(input);
  if (!ids.includes(errId)) input.setAttribute('aria-describedby', [errId, ...ids].join(' '));
  if (focus) {
    input.focus();
    if (typeof input.select === 'function' && input.type !== 'date' && input.type !== 'number') {
      try { input.select(); } catch { /* not a text control */ }
    }
  }
}

/** Remove the error mark of one input. */
export function clearFieldError(input) {
  if (!input || !input.id) return;
  const errId = `${input.id}-error`;
  const note = document.getElementById(errId);
  if (note) note.remove();
  input.removeAttribute('aria-invalid');
  const ids = describedBy(input).filter((id) => id !== errId);
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** Remove every field error mark inside `root`. */
export function clearFieldErrors(root) {
  for (const input of Array.from(root.querySelectorAll('[aria-invalid="true"]'))) clearFieldError(input);
  for (const note of Array.from(root.querySelectorAll('.field-error'))) note.remove();
}

/** In `root`, clear a field's error as soon as the user changes it. */
export function clearErrorsOnEdit(root) {
  const handler = (ev) => {
    const target = ev.target;
    if (target && target.getAttribute && target.getAttribute('aria-invalid') === 'true') clearFieldError(target);
  };
  root.addEventListener('input', handler);
  root.addEventListener('change', handler);
}

/**
 * Show an error of a form action: next to the field named by err.field when `resolveField` finds
 * that input (focused unless `focus` is false: a save made while typing elsewhere), otherwise in
 * `alertEl`.
 */
export function showFormError(err, alertEl, resolveField = () => null, { focus = true } = {}) {
  if (err && err.code === 'locked') {
    clearError(alertEl);
    return;
  }
  const input = err && err.field ? resolveField(err.field) : null;
  if (input) {
    clearError(alertEl);
    markFieldError(input, err.message, { focus });
  } else {
    showError(alertEl, err);
  }
}

/** Disable a button while its action runs. */
export function setBusy(button, busy) {
  button.disabled = busy;
  if (busy) button.setAttribute('aria-busy', 'true');
  else button.removeAttribute('aria-busy');
}
