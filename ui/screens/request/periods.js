// The running right over time, on its card: the periods as a timeline with the amount of each, "something changed", the revision decision and its letter.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearFieldErrors, setBusy, showError, showFormError } from '../../dom.js';
import { showSaved } from '../../documents.js';
import { formatDate, setText, t } from '../../i18n.js';
import { fillSelects } from '../../vocabulary.js';
import { todayIso } from '../../values.js';
import { readAmount, requireText, resolverFor, state, yearMonth } from './page.js';

const periods = {
  requestId: null,
  onRight: () => {},
  seq: () => 0,
  lastRevision: null,
  unnotified: null,
};

function field(id, labelKey, control, hintKey = null) {
  const label = el('label', { for: id, i18n: labelKey });
  const parts = [label, control];
  if (hintKey) parts.push(el('p', { id: `${id}-hint`, class: 'hint', i18n: hintKey }));
  return el('div', { class: 'field', id: `${id}-field` }, parts);
}

function select(id, vocabulary, { required = false, firstKey = 'choose' } = {}) {
  return el('select', { id, 'data-vocabulary': vocabulary, 'aria-required': required ? 'true' : null },
    [el('option', { value: '', i18n: firstKey })]);
}

function build() {
  const box = el('div', { id: 'right-periods-box' }, [
    el('h3', { id: 'right-periods-title', i18n: 'right-periods-title' }),
    el('ol', { id: 'right-periods', class: 'timeline', 'aria-labelledby': 'right-periods-title' }),
    // What was just saved: the form it came from may be hidden by then.
    el('p', { id: 'periods-status', class: 'status', role: 'status' }),
    el('h3', { id: 'right-revisions-title', i18n: 'right-revisions-title' }),
    el('ul', { id: 'right-revisions', class: 'summary-lines', 'aria-labelledby': 'right-revisions-title' }),
    // A revision decided before its notification: how and when it was notified, once.
    el('form', { id: 'rev-notify-form', novalidate: true, 'aria-labelledby': 'rev-notify-title', hidden: true }, [
      el('h3', { id: 'rev-notify-title', i18n: 'right-notify-title' }),
      el('p', { id: 'rev-notify-which', class: 'pending-change' }),
      el('div', { class: 'grid-3' }, [
        field('rev-n-on', 'field-revision-notified-on', el('input', { id: 'rev-n-on', type: 'date', min: '1900-01-01', 'aria-required': 'true' })),
        field('rev-n-how', 'field-revision-notified-how', select('rev-n-how', 'notified_how', { required: true })),
      ]),
      el('div', { class: 'actions' }, [
        el('button', { type: 'submit', id: 'rev-n-save', class: 'btn', i18n: 'right-notify-save' }),
        el('span', { id: 'rev-n-status', class: 'status', role: 'status' }),
      ]),
      el('p', { id: 'rev-n-error', class: 'form-error', role: 'alert' }),
    ]),
    el('div', { id: 'rev-letter-box', class: 'actions', hidden: true }, [
      el('button', { type: 'button', id: 'rev-letter', class: 'btn', i18n: 'right-revision-letter' }),
      el('span', { id: 'rev-letter-status', class: 'status', role: 'status' }),
      el('p', { id: 'rev-letter-error', class: 'form-error', role: 'alert' }),
    ]),
  ]);

  const change = el('form', { id: 'right-change-form', novalidate: true, 'aria-labelledby': 'right-change-legend' }, [
    el('h3', { id: 'right-change-legend', i18n: 'right-change-title' }),
    el('p', { class: 'hint', i18n: 'right-change-hint' }),
    el('div', { class: 'grid-3' }, [
      field('chg-what', 'field-change-what', select('chg-what', 'change_kinds', { required: true })),
      field('chg-condition', 'field-change-condition', select('chg-condition', 'conditions')),
      field('chg-changed-on', 'field-changed-on', el('input', { id: 'chg-changed-on', type: 'date', min: '1900-01-01', 'aria-required': 'true' })),
      field('chg-category', 'field-change-category', select('chg-category', 'categories', { firstKey: 'right-change-category-same' })),
    ]),
    field('chg-detail', 'field-change-detail', el('textarea', { id: 'chg-detail', rows: '2', 'aria-required': 'true' })),
    el('div', { class: 'check-line' }, [
      el('input', { id: 'chg-centre-error', type: 'checkbox' }),
      el('label', { for: 'chg-centre-error', i18n: 'right-change-centre-error' }),
    ]),
    el('div', { class: 'actions' }, [
      el('button', { type: 'submit', id: 'chg-save', class: 'btn btn-primary', i18n: 'right-change-save' }),
      el('span', { id: 'chg-status', class: 'status', role: 'status' }),
    ]),
    el('p', { id: 'chg-error', class: 'form-error', role: 'alert' }),
  ]);

  const revise = el('form', { id: 'right-revise-form', novalidate: true, 'aria-labelledby': 'right-revise-legend', hidden: true }, [
    el('h3', { id: 'right-revise-legend', i18n: 'right-revise-title' }),
    el('p', { id: 'rev-pending', class: 'pending-change' }),
    el('p', { class: 'hint', i18n: 'right-revise-hint' }),
    el('div', { class: 'grid-3' }, [
      field('rev-decided-on', 'field-revision-decided-on', el('input', { id: 'rev-decided-on', type: 'date', min: '1900-01-01', 'aria-required': 'true' })),
      field('rev-amount', 'field-revision-amount', el('input', { id: 'rev-amount', type: 'text', inputmode: 'decimal', autocomplete: 'off' })),
      field('rev-notified-on', 'field-revision-notified-on', el('input', { id: 'rev-notified-on', type: 'date', min: '1900-01-01' })),
      field('rev-notified-how', 'field-revision-notified-how', select('rev-notified-how', 'notified_how')),
    ]),
    field('rev-amount-motivation', 'field-revision-amount-motivation', el('textarea', { id: 'rev-amount-motivation', rows: '2' })),
    field('rev-grounds', 'field-revision-grounds', el('textarea', { id: 'rev-grounds', rows: '3', 'aria-required': 'true' })),
    el('div', { class: 'actions' }, [
      el('button', { type: 'submit', id: 'rev-save', class: 'btn btn-primary', i18n: 'right-revise-save' }),
      el('span', { id: 'rev-status', class: 'status', role: 'status' }),
    ]),
    el('p', { id: 'rev-error', class: 'form-error', role: 'alert' }),
  ]);
  // Before the reviews: the timeline belongs with the amount.
  const after = $('right-load-error');
  after.after(box, change, revise);
  fillSelects(box);
  fillSelects(change);
  fillSelects(revise);
}

function periodItem(p, current) {
  const until = p.until_on ? t('right-period-until', { date: formatDate(p.until_on) }) : '';
  const line = t('right-period-line', {
    from: formatDate(p.from_on),
    until,
    amount: yearMonth(p.yearly_cents, p.monthly_cents),
    category: t(`category-${p.category}`),
  });
  return el('li', { class: current ? 'period period-current' : 'period', 'data-period-why': p.why, 'aria-current': current ? 'true' : null }, [
    el('strong', { class: `period-why period-why-${p.why}`, text: t(`period-why-${p.why}`) }),
    el('span', { class: 'period-line', text: ` · ${line}` }),
  ]);
}

function money(yearly) {
  return yearMonth(yearly, null);
}

function revisionItem(v) {
  const parts = [el('span', {
    text: t('right-revision-line', {
      date: formatDate(v.decided_on),
      before: money(v.previous_yearly_cents),
      after: money(v.yearly_cents),
      effective: formatDate(v.effective_on),
    }),
  })];
  parts.push(el('span', { class: 'summary-sub', text: ` ${t('right-revision-what', { what: t(`change-kind-${v.what}`), detail: v.detail })}` }));
  if (v.appeal_ends) parts.push(el('span', { class: 'summary-sub', text: ` ${t('right-revision-appeal', { date: formatDate(v.appeal_ends) })}` }));
  return el('li', { 'data-revision-id': String(v.id) }, parts);
}

/** Shows the periods and revisions of the right `r` (the answer of right.get). */
export function showPeriods(r) {
  periods.requestId = r.request_id;
  const list = $('right-periods');
  clear(list);
  const today = todayIso();
  const ps = r.periods || [];
  let current = -1;
  ps.forEach((p, i) => { if (p.from_on <= today) current = i; });
  ps.forEach((p, i) => list.appendChild(periodItem(p, i === current)));
  const decided = (r.revisions || []).filter((v) => v.decided_on);
  const revs = $('right-revisions');
  clear(revs);
  for (const v of decided) revs.appendChild(revisionItem(v));
  $('right-revisions-title').hidden = decided.length === 0;
  periods.lastRevision = decided.length ? decided[decided.length - 1].id : null;
  $('rev-letter-box').hidden = periods.lastRevision === null;
  // The oldest decided revision whose notification is not recorded yet.
  const unnotified = decided.find((v) => !v.notified_on) || null;
  periods.unnotified = unnotified ? unnotified.id : null;
  $('rev-notify-form').hidden = !unnotified;
  if (unnotified) {
    setText($('rev-notify-which'), 'right-notify-which', { date: formatDate(unnotified.decided_on), effective: formatDate(unnotified.effective_on) });
  }
  const pending = (r.revisions || []).find((v) => !v.decided_on);
  const running = r.status === 'running';
  $('right-change-form').hidden = !running || Boolean(pending);
  $('right-revise-form').hidden = !running || !pending;
  if (pending) {
    setText($('rev-pending'), 'right-pending-line', {
      date: formatDate(pending.changed_on),
      what: t(`change-kind-${pending.what}`),
      before: money(pending.previous_yearly_cents),
      after: money(pending.calculated_yearly_cents),
    });
  }
}

/** Forgets what was just saved (another answer comes from elsewhere). */
export function clearPeriodsStatus() {
  if ($('periods-status')) setText($('periods-status'), '');
}

export function clearPeriods() {
  periods.requestId = null;
  periods.lastRevision = null;
  const list = $('right-periods');
  if (list) clear(list);
  if ($('periods-status')) setText($('periods-status'), '');
  const revs = $('right-revisions');
  if (revs) clear(revs);
}

function showConditionField() {
  $('chg-condition-field').hidden = $('chg-what').value !== 'condition';
}

async function send(form, button, statusEl, alertEl, command, args, fields, savedKey) {
  clearFieldErrors(form);
  clearError(alertEl);
  setText(statusEl, '');
  setText($('periods-status'), '');
  setBusy(button, true);
  const seq = periods.seq();
  try {
    const r = await call(command, args);
    if (seq !== periods.seq()) return;
    form.reset();
    // Saved: nothing left to lose in this form.
    state.dirty.delete(form.id);
    state.edits.delete(form.id);
    showConditionField();
    periods.onRight(r);
    setText($('periods-status'), savedKey);
  } catch (err) {
    showFormError(err, alertEl, resolverFor(fields));
  } finally {
    setBusy(button, false);
  }
}

async function saveChange(e) {
  e.preventDefault();
  if (periods.requestId === null) return;
  clearFieldErrors($('right-change-form'));
  if (requireText($('chg-changed-on'), 'field-changed-on')) {
    $('chg-changed-on').focus();
    return;
  }
  const args = {
    request_id: periods.requestId,
    changed_on: $('chg-changed-on').value,
    what: $('chg-what').value,
    detail: $('chg-detail').value,
    centre_error: $('chg-centre-error').checked,
  };
  if (args.what === 'condition') args.condition = $('chg-condition').value || null;
  if ($('chg-category').value) args.category = $('chg-category').value;
  const fields = { what: 'chg-what', condition: 'chg-condition', changed_on: 'chg-changed-on', detail: 'chg-detail', category: 'chg-category' };
  await send($('right-change-form'), $('chg-save'), $('chg-status'), $('chg-error'), 'right.change', args, fields, 'right-change-saved');
}

async function saveRevision(e) {
  e.preventDefault();
  if (periods.requestId === null) return;
  clearFieldErrors($('right-revise-form'));
  const amount = readAmount($('rev-amount'), 'field-revision-amount', { required: false });
  if (amount === undefined) {
    $('rev-amount').focus();
    return;
  }
  const args = {
    request_id: periods.requestId,
    decided_on: $('rev-decided-on').value || todayIso(),
    grounds: $('rev-grounds').value,
  };
  if (amount !== null) args.yearly_cents = amount;
  if ($('rev-amount-motivation').value.trim()) args.amount_motivation = $('rev-amount-motivation').value;
  if ($('rev-notified-on').value) args.notified_on = $('rev-notified-on').value;
  if ($('rev-notified-how').value) args.notified_how = $('rev-notified-how').value;
  const fields = {
    decided_on: 'rev-decided-on', grounds: 'rev-grounds', yearly_cents: 'rev-amount',
    amount_motivation: 'rev-amount-motivation', notified_on: 'rev-notified-on', notified_how: 'rev-notified-how',
  };
  await send($('right-revise-form'), $('rev-save'), $('rev-status'), $('rev-error'), 'right.revise', args, fields, 'right-revise-saved');
}

async function saveNotified(e) {
  e.preventDefault();
  if (periods.unnotified === null) return;
  clearFieldErrors($('rev-notify-form'));
  if (requireText($('rev-n-on'), 'field-revision-notified-on')) {
    $('rev-n-on').focus();
    return;
  }
  const args = { revision_id: periods.unnotified, notified_on: $('rev-n-on').value, notified_how: $('rev-n-how').value };
  const fields = { notified_on: 'rev-n-on', notified_how: 'rev-n-how' };
  await send($('rev-notify-form'), $('rev-n-save'), $('rev-n-status'), $('rev-n-error'), 'right.revision_notified', args, fields, 'right-notify-saved');
}

async function saveLetter() {
  if (periods.lastRevision === null) return;
  const button = $('rev-letter');
  clearError($('rev-letter-error'));
  setBusy(button, true);
  try {
    const r = await call('document.save', { kind: 'revision', id: periods.lastRevision });
    showSaved($('rev-letter-status'), 'report-card-saved-as', String((r && r.path) || ''));
  } catch (err) {
    showError($('rev-letter-error'), err);
  } finally {
    setBusy(button, false);
  }
}

/** Builds the timeline and the forms in the right's card; `onRight(r)` shows a new answer. */
export function initPeriods(onRight, seq) {
  periods.onRight = onRight;
  periods.seq = seq;
  build();
  $('right-change-form').addEventListener('submit', saveChange);
  $('right-revise-form').addEventListener('submit', saveRevision);
  $('rev-notify-form').addEventListener('submit', saveNotified);
  $('chg-what').addEventListener('change', showConditionField);
  $('rev-letter').addEventListener('click', saveLetter);
  showConditionField();
}
