// Money in integer cents and calendar dates: parse what the worker types, format what the core sends.
import { currentLang } from './i18n.js';

/** Largest amount accepted from the keyboard, in euros (keeps every result a safe integer). */
const MAX_EUROS_DIGITS = 9;

/**
 * What the worker typed as an amount in euros ("1234,56", "1234.56", "1234", "€ 12,5") → integer
 * cents, or null when it is not such an amount. No floating point: the digits are read as text.
 */
export function parseEuros(text) {
  const s = String(text ?? '').trim().replace(/^€\s*/, '').replace(/\s*€$/, '');
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const whole = m[1].replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_EUROS_DIGITS) return null;
  const fraction = (m[2] || '').padEnd(2, '0');
  return Number(whole) * 100 + Number(fraction);
}

/** Integer cents → the amount as it is typed back in the input ("1234,56"; "1234.56" in English). */
export function centsToInput(cents) {
  if (!Number.isInteger(cents)) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${whole}${currentLang() === 'en' ? '.' : ','}${fraction}`;
}

/**
 * Integer cents → the amount shown on screen in the UI language, as the core writes it in the
 * calculation steps (src/income/calc.rs `money`): "€ 1.314,20" in Dutch and German,
 * "1 314,20 €" in French (narrow no-break space), "€1,314.20" in English.
 */
export function formatCents(cents) {
  if (typeof cents !== 'number' || !Number.isFinite(cents)) return '';
  const lang = currentLang();
  const abs = Math.abs(Math.trunc(cents));
  const euros = String(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  const [group, decimal] = lang === 'en' ? [',', '.'] : lang === 'fr' ? ['\u202f', ','] : ['.', ','];
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = cents < 0 ? '\u2212' : '';
  if (lang === 'en') return `${sign}€${grouped}${decimal}${rest}`;
  if (lang === 'fr') return `${sign}${grouped}${decimal}${rest} €`;
  return `${sign}€ ${grouped}${decimal}${rest}`;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** Today on this laptop's calendar, as YYYY-MM-DD. */
export function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whole days from today to the date `iso` (negative when it is past), or null for no date. */
export function daysFromToday(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return null;
  const t = todayIso().split('-').map(Number);
  const due = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const now = Date.UTC(t[0], t[1] - 1, t[2]);
  return Math.round((due - now) / 86400000);
}
