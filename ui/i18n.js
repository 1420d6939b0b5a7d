// Translations: loads the catalog from the core and applies it to every data-i18n* element; t(id, vars) for text built in JS.
import { call } from './api.js';

let messages = {};
let plurals = {}; // id → {var, variants: {one, other, 0…}, default}: messages that depend on a count
let lang = 'en';
const listeners = [];

const PLACEHOLDER = /\{\s*\$([A-Za-z][\w-]*)\s*\}/g;
const ISOLATION = /[\u2068\u2069]/g;

/** The current UI language ("nl", "fr", "de" or "en"). */
export function currentLang() {
  return lang;
}

/** True when the catalog has this id. */
export function has(id) {
  return Object.prototype.hasOwnProperty.call(messages, id);
}

/** The variant of a count message for vars[var]: an exact number key, else the language's plural category. */
function pluralText(id, vars) {
  const plural = plurals[id];
  if (!plural || !Object.prototype.hasOwnProperty.call(vars, plural.var)) return null;
  const n = Number(vars[plural.var]);
  if (!Number.isFinite(n)) return plural.variants[plural.default];
  if (Object.prototype.hasOwnProperty.call(plural.variants, String(n))) return plural.variants[String(n)];
  let category = 'other';
  try { category = new Intl.PluralRules(lang).select(n); } catch { /* 'other' */ }
  return plural.variants[category] || plural.variants[plural.default];
}

/** The text of message `id`, with its {$name} placeholders replaced by vars[name] (a count chooses its plural variant). */
export function t(id, vars = {}) {
  if (!has(id)) return id;
  const text = String(pluralText(id, vars || {}) || messages[id]).replace(ISOLATION, '');
  return text.replace(PLACEHOLDER, (whole, name) =>
    Object.prototype.hasOwnProperty.call(vars, name) && vars[name] !== null && vars[name] !== undefined
      ? String(vars[name])
      : whole);
}

function argsOf(el) {
  const raw = el.getAttribute('data-i18n-args');
  if (!raw) return {};
  try {
    return JSON.parse(raw) || {};
  } catch {
    return {};
  }
}

const ATTRIBUTES = [
  ['data-i18n-placeholder', 'placeholder'],
  ['data-i18n-aria-label', 'aria-label'],
  ['data-i18n-title', 'title'],
  ['data-i18n-label', 'label'],
];

/** Apply the catalog to `root` and everything inside it. Unknown ids leave the element as it is. */
export function applyI18n(root = document) {
  const pick = (sel) => {
    const found = Array.from(root.querySelectorAll(sel));
    if (root instanceof Element && root.matches(sel)) found.unshift(root);
    return found;
  };
  for (const el of pick('[data-i18n]')) {
    const id = el.getAttribute('data-i18n');
    if (has(id)) el.textContent = t(id, argsOf(el));
  }
  for (const [data, attr] of ATTRIBUTES) {
    for (const el of pick(`[${data}]`)) {
      const id = el.getAttribute(data);
      if (has(id)) el.setAttribute(attr, t(id, argsOf(el)));
    }
  }
  if (root === document && has('app-title')) document.title = t('app-title');
}

/** Show catalog message `id` in `el` and keep it translated on later language changes. */
export function setText(el, id, vars = null) {
  el.setAttribute('data-i18n', id);
  if (vars) el.setAttribute('data-i18n-args', JSON.stringify(vars));
  else el.removeAttribute('data-i18n-args');
  el.textContent = t(id, vars || {});
}

/** Show literal text (for example a message the core already translated) in `el`. */
export function setPlainText(el, text) {
  el.removeAttribute('data-i18n');
  el.removeAttribute('data-i18n-args');
  el.textContent = text;
}

/** Call `fn(lang)` after each catalog load. */
export function onLanguageChange(fn) {
  listeners.push(fn);
}

/** Fetch the catalog of `wanted` from the core and apply it everywhere. */
export async function loadCatalog(wanted) {
  const result = await call('i18n.catalog', { lang: wanted });
  messages = (result && result.messages) || {};
  plurals = (result && result.plurals) || {};
  lang = (result && result.lang) || wanted;
  document.documentElement.lang = lang;
  applyI18n(document);
  // One screen's failure (an emptied room while locked) does not keep the others in the old language.
  for (const fn of listeners) {
    try {
      fn(lang);
    } catch (err) {
      console.error(err);
    }
  }
  return lang;
}

/** A locale for dates: Belgian variant of the UI language. */
export function locale() {
  return `${lang}-BE`;
}

/** "1993-05-18" → the date as written in the UI language (18/05/1993; 18.05.1993 in German); anything else returned unchanged. */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return iso || '';
  const sep = lang === 'de' ? '.' : '/';
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

/** A timestamp (RFC 3339) as date and time in the UI language. */
export function formatDateTime(stamp) {
  const d = new Date(stamp);
  if (!stamp || Number.isNaN(d.getTime())) return stamp || '';
  try {
    const p = (n) => String(n).padStart(2, '0');
    const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    return `${formatDate(day)} ${p(d.getHours())}:${p(d.getMinutes())}`;
  } catch {
    return d.toISOString();
  }
}
