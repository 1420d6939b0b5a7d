// The collective signals screen: the published figures of a period (what leaves is what is shown), the cost of the cohabitant rate, observations checked against the vault, and the exports.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';
import { formatCents, todayIso } from '../../values.js';
import { showSaved } from '../../documents.js';

const CONDITIONS = ['residence', 'age', 'nationality', 'resources', 'work_readiness', 'other_benefits'];
const REQUESTS = ['requests.received', 'requests.decided', 'decisions.granted', 'decisions.partly_granted',
  'decisions.refused', 'requests.withdrawn', 'requests.pending'];
const DEADLINES = ['decisions.within_30_days', 'decisions.late', 'notifications.within_8_days',
  'notifications.late', 'notifications.not_recorded'];
const REPORTS = ['visits.announced', 'visits.unannounced', 'reports.read_together', 'reports.cosigned',
  'reports.signed_on_paper', 'reports.declined', 'reports.with_remarks', 'support.wanted', 'support.not_now'];

let shown = null; // the signal on screen: {period, counts, …}

function labelId(key) {
  return `signal-count-${key.replace(/[._]/g, '-')}`;
}

/** A published count in words: 12, "fewer than 5", "between 12 and 19". */
function countText(cell) {
  if (!cell) return '0';
  if (cell.min === cell.max) return String(cell.min);
  if (cell.max < 5) return t('signal-fewer-than-5');
  if (cell.max >= 5000000) return t('signal-at-least', { min: cell.min });
  return t('signal-between', { min: cell.min, max: cell.max });
}

function euros(value) {
  return value === null || value === undefined ? t('signals-gap-hidden') : formatCents(value * 100);
}

function fillFigures(dl, rows) {
  clear(dl);
  for (const [label, value] of rows) {
    dl.append(el('dt', { text: label }), el('dd', { text: value }));
  }
}

/** Bars drawn with CSS: each as long as its share of the largest exact count; none when hidden. */
function fillBars(box, rows) {
  clear(box);
  const exact = rows.map(([, c]) => c).filter((c) => c && c.min === c.max).map((c) => c.min);
  const largest = Math.max(1, ...exact);
  for (const [label, cell] of rows) {
    const share = cell && cell.min === cell.max ? cell.min / largest : 0;
    const bar = el('span', { class: 'bar-fill', 'aria-hidden': 'true' });
    bar.style.width = `${Math.round(share * 100)}%`;
    box.append(el('div', { class: 'bar-row' }, [
      el('span', { class: 'bar-label', text: label }),
      el('span', { class: 'bar-track' }, [bar]),
      el('span', { class: 'bar-value', text: countText(cell) }),
    ]));
  }
}

function monthText(month) {
  const [y, m] = month.split('-');
  return document.documentElement.lang === 'de' ? `${m}.${y}` : `${m}/${y}`;
}

function render(signal) {
  shown = signal;
  const c = signal.counts;
  fillFigures($('signals-requests'), REQUESTS.map((k) => [t(labelId(k)), countText(c[k])]));
  const months = Object.keys(c).filter((k) => k.startsWith('received.')).sort();
  fillBars($('signals-months'), months.map((k) => [monthText(k.slice('received.'.length)), c[k]]));
  fillBars($('signals-refusals'), [
    ...CONDITIONS.map((x) => [t(`condition-${x}`), c[`refused.${x}`]]),
    [t('signal-count-refused-withdrawn'), c['refused.withdrawn']],
  ]);
  fillBars($('signals-categories'), ['cohabitant', 'single', 'family'].map((x) => [t(`category-${x}`), c[`granted.${x}`]]));
  fillFigures($('signals-deadlines'), DEADLINES.map((k) => [t(labelId(k)), countText(c[k])]));
  fillFigures($('signals-reports'), REPORTS.map((k) => [t(labelId(k)), countText(c[k])]));
  fillFigures($('signals-gap'), [
    [t('signals-gap-rights'), countText(c['granted.cohabitant'])],
    [t('signals-gap-monthly'), euros(signal.gap_monthly.total_euros)],
    [t('signals-gap-means'), euros(signal.gap_monthly.means_test_euros)],
    [t('signals-gap-period'), euros(signal.gap_period.total_euros)],
    [t('signals-gap-means'), euros(signal.gap_period.means_test_euros)],
  ]);
  const list = $('signals-observations');
  clear(list);
  if (signal.observations.length === 0) list.append(el('li', { class: 'empty-state', i18n: 'signals-observations-none' }));
  for (const o of signal.observations) {
    list.append(el('li', { class: 'observation' }, [
      el('p', { class: 'observation-meta', text: t('signals-observation-meta', {
        theme: t(`signal-theme-${o.theme}`), from: formatDate(o.from), to: formatDate(o.to), situations: o.situations,
      }) }),
      el('p', { text: o.text }),
    ]));
  }
  $('signals-figures').hidden = false;
}

function period() {
  return { from: $('signals-from').value, to: $('signals-to').value };
}

const FIELDS = { from: 'signals-from', to: 'signals-to', theme: 'signals-theme', text: 'signals-text', situations: 'signals-situations' };
const fieldOf = (f) => (FIELDS[f] ? $(FIELDS[f]) : null);

async function show() {
  const alert = $('signals-error');
  clearError(alert);
  clearFieldErrors($('signals-period'));
  const p = period();
  if (!p.from) return markFieldError($('signals-from'), t('error-required', { field: t('field-from') }));
  if (!p.to) return markFieldError($('signals-to'), t('error-required', { field: t('field-to') }));
  setBusy($('signals-show'), true);
  try {
    render(await call('signals.figures', p));
  } catch (err) {
    showFormError(err, alert, fieldOf);
  } finally {
    setBusy($('signals-show'), false);
  }
}

/** The last whole quarter before today: a sensible first period. */
function lastQuarter() {
  const today = new Date(`${todayIso()}T00:00:00`);
  const q = Math.floor(today.getMonth() / 3);
  const startMonth = q === 0 ? 9 : (q - 1) * 3;
  const year = q === 0 ? today.getFullYear() - 1 : today.getFullYear();
  const pad = (n) => String(n).padStart(2, '0');
  const last = new Date(year, startMonth + 3, 0).getDate();
  return { from: `${year}-${pad(startMonth + 1)}-01`, to: `${year}-${pad(startMonth + 3)}-${pad(last)}` };
}

/** Open the screen (from the top bar): the last quarter's figures. */
export async function loadSignals() {
  if (!$('signals-from').value || !$('signals-to').value) {
    const q = lastQuarter();
    $('signals-from').value = q.from;
    $('signals-to').value = q.to;
  }
  for (const id of ['signals-scan', 'signals-observation-status', 'signals-export-status']) setPlainText($(id), '');
  await show();
}

async function check() {
  const box = $('signals-scan');
  try {
    const found = await call('signals.scan', { text: $('signals-text').value });
    if (found.length === 0) setText(box, 'signals-observation-clean');
    else setText(box, 'signals-observation-found', { found: found.map((m) => m.found).join(', ') });
    return found.length === 0;
  } catch (err) {
    showFormError(err, $('signals-observation-error'), fieldOf);
    return false;
  }
}

async function saveObservation(event) {
  event.preventDefault();
  const form = $('signals-observation-form');
  const alert = $('signals-observation-error');
  clearError(alert);
  clearFieldErrors(form);
  setPlainText($('signals-observation-status'), '');
  const situations = Number.parseInt($('signals-situations').value, 10);
  const args = { theme: $('signals-theme').value, text: $('signals-text').value, ...period(),
    situations: Number.isFinite(situations) ? situations : 0 };
  const button = $('signals-observation-save');
  setBusy(button, true);
  try {
    await call('signals.observation.add', args);
    $('signals-text').value = '';
    $('signals-situations').value = '';
    setPlainText($('signals-scan'), '');
    setText($('signals-observation-status'), 'signals-observation-saved');
    render(await call('signals.figures', period()));
  } catch (err) {
    if (err && err.code === 'observation-identifies') await check();
    showFormError(err, alert, fieldOf);
  } finally {
    setBusy(button, false);
  }
}

async function exportAs(format, button) {
  const alert = $('signals-export-error');
  clearError(alert);
  setPlainText($('signals-export-status'), '');
  setBusy(button, true);
  try {
    const saved = await call('signals.export', { ...period(), format, lang: document.documentElement.lang });
    showSaved($('signals-export-status'), 'signals-saved', saved.path);
  } catch (err) {
    showError(alert, err);
  } finally {
    setBusy(button, false);
  }
}

/** Forget what the screen shows (at a lock: nothing of it names anyone, but it is the worker's). */
export function clearSignals() {
  shown = null;
  $('signals-figures').hidden = true;
}

export function initSignals({ back }) {
  $('signals-back').addEventListener('click', back);
  $('signals-period').addEventListener('submit', (e) => { e.preventDefault(); show(); });
  $('signals-observation-form').addEventListener('submit', saveObservation);
  $('signals-check').addEventListener('click', check);
  clearErrorsOnEdit($('signals-period'));
  clearErrorsOnEdit($('signals-observation-form'));
  for (const format of ['pdf', 'csv', 'json']) {
    const button = $(`signals-export-${format}`);
    button.addEventListener('click', () => exportAs(format, button));
  }
  // What is drawn from the figures follows the language (the rest follows its data-i18n).
  onLanguageChange(() => {
    if (shown) render(shown);
  });
}
