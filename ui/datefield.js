// Date fields in the app language's convention: every <input type="date"> becomes a text field (dd/mm/yyyy, dd.mm.yyyy in German) whose value, read by the screens, stays the core's ISO date.
import { markFieldError, clearFieldError } from './dom.js';
import { currentLang, onLanguageChange, t } from './i18n.js';

const NATIVE = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WRITTEN = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d+)$/;

/** The separator of the app language's dates. */
function separator(lang = currentLang()) {
  return lang === 'de' ? '.' : '/';
}

/** True when year-month-day is a day of the calendar. */
function exists(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** "1993-05-18" → "18/05/1993" (or 18.05.1993); anything else unchanged. */
export function displayDate(iso, lang = currentLang()) {
  const m = ISO.exec(iso || '');
  if (!m) return iso || '';
  const sep = separator(lang);
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

/**
 * What the person typed, read as a date: {iso} when it is one (dd/mm/yyyy with / . - or a space,
 * or an ISO date pasted), {error: message id} when not, {iso: ''} when empty.
 */
export function parseDate(text, { min = '1900-01-01' } = {}) {
  const raw = String(text || '').trim();
  if (raw === '') return { iso: '' };
  let y;
  let m;
  let d;
  const iso = ISO.exec(raw);
  const written = WRITTEN.exec(raw);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (written) {
    if (written[3].length !== 4) return { error: 'date-year' };
    [d, m, y] = [Number(written[1]), Number(written[2]), Number(written[3])];
  } else {
    return { error: 'date-invalid' };
  }
  if (!exists(y, m, d)) return { error: 'date-impossible' };
  const value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (min && value < min) return { error: 'date-too-early' };
  return { iso: value };
}

/** Check the field as it is left: an impossible date gets its message next to the field. */
function check(input) {
  const raw = NATIVE.get.call(input);
  const result = parseDate(raw, { min: input.dataset.min || '1900-01-01' });
  if (result.error) {
    markFieldError(input, t(result.error, { value: raw.trim() }), { focus: false });
    return false;
  }
  if (input.getAttribute('aria-invalid') === 'true' && input.dataset.dateError === 'yes') clearFieldError(input);
  if (result.iso) NATIVE.set.call(input, displayDate(result.iso));
  return true;
}

/** Make one date input a text date field in the app language (once). */
export function makeDateField(input) {
  if (input.dataset.dateField) return;
  input.dataset.dateField = 'yes';
  if (input.getAttribute('min')) input.dataset.min = input.getAttribute('min');
  input.removeAttribute('min');
  input.type = 'text';
  input.setAttribute('inputmode', 'numeric');
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('spellcheck', 'false');
  input.classList.add('date-field');
  input.setAttribute('data-i18n-placeholder', 'date-placeholder');
  input.placeholder = t('date-placeholder');
  // The screens read and write ISO dates, as with the native field.
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      const raw = NATIVE.get.call(this);
      const result = parseDate(raw, { min: this.dataset.min || '1900-01-01' });
      return result.error ? raw.trim() : result.iso;
    },
    set(v) {
      NATIVE.set.call(this, ISO.test(String(v || '')) ? displayDate(String(v)) : String(v ?? ''));
    },
  });
  input.addEventListener('change', () => {
    input.dataset.dateError = 'yes';
    check(input);
  });
  input.addEventListener('blur', () => {
    if (NATIVE.get.call(input).trim() !== '') {
      input.dataset.dateError = 'yes';
      check(input);
    }
  });
}

/** Every date input inside `root`. */
export function enhanceDateInputs(root = document) {
  for (const input of Array.from(root.querySelectorAll('input[type="date"]'))) makeDateField(input);
}

/**
 * A form is not sent with a date that is not one: its field says why and takes the focus (the
 * capture phase runs before the screen's own submit handler).
 */
function guardSubmit(ev) {
  const form = ev.target;
  if (!(form instanceof HTMLFormElement)) return;
  const wrong = Array.from(form.querySelectorAll('input[data-date-field]')).filter((input) => !input.disabled && !check(input));
  if (wrong.length === 0) return;
  ev.preventDefault();
  ev.stopImmediatePropagation();
  wrong[0].focus();
}

/** Date inputs now and later (rows added by the screens), and their text in the new language. */
export function initDateFields() {
  enhanceDateInputs(document);
  document.addEventListener('submit', guardSubmit, true);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        if (node.matches('input[type="date"]')) makeDateField(node);
        else enhanceDateInputs(node);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
  onLanguageChange(() => {
    for (const input of Array.from(document.querySelectorAll('input[data-date-field]'))) {
      const result = parseDate(NATIVE.get.call(input));
      if (result.iso) NATIVE.set.call(input, displayDate(result.iso));
    }
  });
}
