// Appeals to the labour court on the request page: lodged against the decision, a revision or the end of the right, then their outcome, once; a judgment that grants from a date becomes a period of the right.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearFieldErrors, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, setText, t } from '../../i18n.js';
import { formatCents, todayIso } from '../../values.js';
import { fillSelects } from '../../vocabulary.js';
import { hooks, readAmount, resolverFor, state } from './page.js';
import { renderRight } from './right.js';

const appeals = {
  requestId: null,
  data: null,
  seq: 0,
};

const GRANTS = new Set(['granted', 'partly_granted']);

function field(id, labelKey, control, hintKey = null) {
  const parts = [el('label', { for: id, i18n: labelKey }), control];
  if (hintKey) {
    control.setAttribute('aria-describedby', `${id}-hint`);
    parts.push(el('p', { id: `${id}-hint`, class: 'hint', i18n: hintKey }));
  }
  return el('div', { class: 'field', id: `${id}-field` }, parts);
}

function dateInput(id, required = false) {
  return el('input', { id, type: 'date', min: '1900-01-01', 'aria-required': required ? 'true' : null });
}

function build() {
  const lodge = el('form', { id: 'appeal-form', novalidate: true, 'aria-labelledby': 'appeal-form-title' }, [
    el('h3', { id: 'appeal-form-title', i18n: 'right-appeal-form-title' }),
    el('div', { class: 'grid-3' }, [
      field('ap-against', 'field-appeal-against', el('select', { id: 'ap-against', 'aria-required': 'true' })),
      field('ap-lodged-on', 'field-lodged-on', dateInput('ap-lodged-on', true)),
      field('ap-court', 'field-court', el('input', { id: 'ap-court', type: 'text', autocomplete: 'off' }), 'right-appeal-court-hint'),
    ]),
    field('ap-note', 'field-note', el('textarea', { id: 'ap-note', rows: '2' })),
    el('div', { class: 'actions' }, [
      el('button', { type: 'submit', id: 'ap-save', class: 'btn', i18n: 'right-appeal-save' }),
      el('span', { id: 'ap-status', class: 'status', role: 'status' }),
    ]),
    el('p', { id: 'ap-error', class: 'form-error', role: 'alert' }),
  ]);
  const outcome = el('form', { id: 'outcome-form', novalidate: true, 'aria-labelledby': 'outcome-form-title', hidden: true }, [
    el('h3', { id: 'outcome-form-title', i18n: 'right-outcome-title' }),
    el('p', { id: 'oc-which', class: 'pending-change' }),
    el('div', { class: 'grid-3' }, [
      field('oc-outcome', 'field-appeal-outcome', el('select', { id: 'oc-outcome', 'data-vocabulary': 'appeal_outcomes', 'aria-required': 'true' },
        [el('option', { value: '', i18n: 'choose' })])),
      field('oc-outcome-on', 'field-outcome-on', dateInput('oc-outcome-on', true)),
    ]),
    el('div', { id: 'oc-period', hidden: true }, [
      el('p', { class: 'hint', i18n: 'right-outcome-hint' }),
      el('div', { class: 'grid-3' }, [
        field('oc-from-on', 'field-from-on', dateInput('oc-from-on')),
        field('oc-category', 'field-change-category', el('select', { id: 'oc-category', 'data-vocabulary': 'categories' },
          [el('option', { value: '', i18n: 'right-change-category-same' })])),
        field('oc-amount', 'field-judgment-amount', el('input', { id: 'oc-amount', type: 'text', inputmode: 'decimal', autocomplete: 'off' })),
      ]),
    ]),
    field('oc-note', 'field-outcome-note', el('textarea', { id: 'oc-note', rows: '2', 'aria-required': 'true' })),
    el('div', { class: 'actions' }, [
      el('button', { type: 'submit', id: 'oc-save', class: 'btn', i18n: 'right-outcome-save' }),
      el('span', { id: 'oc-status', class: 'status', role: 'status' }),
    ]),
    el('p', { id: 'oc-error', class: 'form-error', role: 'alert' }),
  ]);
  const section = el('section', { id: 'appeals', class: 'card', 'aria-labelledby': 'appeals-title', hidden: true }, [
    el('h2', { id: 'appeals-title', i18n: 'right-appeals-title' }),
    el('p', { class: 'hint', i18n: 'right-appeal-hint' }),
    el('p', { id: 'appeals-load-error', class: 'form-error', role: 'alert' }),
    el('ul', { id: 'appeals-list', class: 'summary-lines', 'aria-labelledby': 'appeals-title' }),
    el('p', { id: 'appeals-empty', class: 'hint', i18n: 'right-appeals-empty' }),
    el('p', { id: 'appeals-status', class: 'status', role: 'status' }),
    lodge,
    outcome,
  ]);
  $('right').after(section);
  fillSelects(section);
}

/** What an appeal is against, in words (the revision or end by the day it was decided). */
function againstText(a, right) {
  if (a.against === 'revision') {
    const r = ((right && right.revisions) || []).find((v) => v.id === a.revision_id);
    return t('right-appeal-against-revision', { date: formatDate(r ? r.decided_on : '') });
  }
  if (a.against === 'end') return t('right-appeal-against-end', { date: formatDate(right && right.end ? right.end.decided_on : '') });
  return t('right-appeal-against-decision');
}

function appealLine(a, right) {
  return t('right-appeal-line', { date: formatDate(a.lodged_on), court: a.court, against: againstText(a, right) });
}

function appealItem(a, right) {
  const parts = [el('span', { text: appealLine(a, right) })];
  if (a.late) parts.push(el('span', { class: 'summary-sub', text: ` ${t('right-appeal-late', { date: formatDate(a.appeal_ends) })}` }));
  if (!a.outcome) {
    parts.push(el('span', { class: 'summary-sub', text: ` ${t('right-appeal-waiting')}` }));
  } else {
    parts.push(el('span', {
      class: 'summary-sub',
      text: ` ${t('right-appeal-outcome-line', { outcome: t(`appeal-outcome-${a.outcome}`), date: formatDate(a.outcome_on), note: a.outcome_note })}`,
    }));
    if (a.from_on) {
      parts.push(el('span', {
        class: 'summary-sub',
        text: ` ${t('right-appeal-period-line', { from: formatDate(a.from_on), amount: formatCents(a.monthly_cents), category: t(`category-${a.category}`) })}`,
      }));
    }
  }
  return el('li', { 'data-appeal-id': String(a.id), 'data-outcome': a.outcome || 'pending' }, parts);
}

/** The decisions that can be appealed: the request's, each decided revision, the end. */
function fillAgainst(right) {
  const select = $('ap-against');
  const keep = select.value;
  clear(select);
  select.appendChild(el('option', { value: 'decision', text: t('right-appeal-against-decision') }));
  for (const v of ((right && right.revisions) || []).filter((r) => r.decided_on)) {
    select.appendChild(el('option', { value: `revision:${v.id}`, text: t('right-appeal-against-revision', { date: formatDate(v.decided_on) }) }));
  }
  if (right && right.end) select.appendChild(el('option', { value: 'end', text: t('right-appeal-against-end', { date: formatDate(right.end.decided_on) }) }));
  if (Array.from(select.options).some((o) => o.value === keep)) select.value = keep;
}

function showPeriodFields() {
  const a = appeals.data;
  $('oc-period').hidden = !(a && a.right && a.right.status === 'running' && GRANTS.has($('oc-outcome').value));
}

function show(a) {
  appeals.data = a;
  const list = $('appeals-list');
  clear(list);
  for (const x of a.appeals || []) list.appendChild(appealItem(x, a.right));
  $('appeals-empty').hidden = (a.appeals || []).length > 0;
  fillAgainst(a.right);
  const pending = (a.appeals || []).find((x) => !x.outcome);
  $('outcome-form').hidden = !pending;
  if (pending) {
    $('outcome-form').dataset.appealId = String(pending.id);
    $('oc-which').textContent = appealLine(pending, a.right);
  }
  showPeriodFields();
}

/** After the request view is shown: the appeals card, once a decision is recorded. */
export async function renderAppeals(view) {
  const section = $('appeals');
  const decided = Boolean(view && view.decision) && view.status !== 'withdrawn';
  if (!decided) {
    section.hidden = true;
    appeals.requestId = null;
    return;
  }
  section.hidden = false;
  if (appeals.requestId !== view.id) setText($('appeals-status'), '');
  appeals.requestId = view.id;
  const seq = ++appeals.seq;
  clearError($('appeals-load-error'));
  try {
    const a = await call('right.appeals', { id: view.id });
    if (seq === appeals.seq) show(a);
  } catch (err) {
    if (seq === appeals.seq) showError($('appeals-load-error'), err);
  }
}

/** Empties the card (the request page is left or the vault locks). */
export function clearAppeals() {
  appeals.seq += 1;
  appeals.requestId = null;
  appeals.data = null;
  clear($('appeals-list'));
  setText($('appeals-status'), '');
  $('appeals').hidden = true;
}

async function send(form, button, statusEl, alertEl, command, args, fields, savedKey) {
  clearFieldErrors(form);
  clearError(alertEl);
  setText(statusEl, '');
  setText($('appeals-status'), '');
  setBusy(button, true);
  const seq = appeals.seq;
  try {
    const a = await call(command, args);
    if (seq !== appeals.seq) return;
    form.reset();
    // Saved: nothing left to lose in this form.
    state.dirty.delete(form.id);
    state.edits.delete(form.id);
    show(a);
    setText($('appeals-status'), savedKey);
    hooks.changed(); // the deadlines panel
    // A judgment may have added a period: the right's card shows it.
    if (a.right && state.view) renderRight(state.view);
  } catch (err) {
    showFormError(err, alertEl, resolverFor(fields));
  } finally {
    setBusy(button, false);
  }
}

async function saveAppeal(e) {
  e.preventDefault();
  if (appeals.requestId === null) return;
  const against = $('ap-against').value || 'decision';
  const args = {
    request_id: appeals.requestId,
    against: against.startsWith('revision:') ? 'revision' : against,
    lodged_on: $('ap-lodged-on').value || todayIso(),
    note: $('ap-note').value,
  };
  if (against.startsWith('revision:')) args.revision_id = Number(against.slice('revision:'.length));
  if ($('ap-court').value.trim()) args.court = $('ap-court').value;
  const fields = { against: 'ap-against', revision_id: 'ap-against', lodged_on: 'ap-lodged-on', court: 'ap-court', note: 'ap-note' };
  await send($('appeal-form'), $('ap-save'), $('ap-status'), $('ap-error'), 'right.appeal', args, fields, 'right-appeal-saved');
}

async function saveOutcome(e) {
  e.preventDefault();
  const form = $('outcome-form');
  if (appeals.requestId === null || !form.dataset.appealId) return;
  clearFieldErrors(form);
  const args = {
    appeal_id: Number(form.dataset.appealId),
    outcome: $('oc-outcome').value,
    outcome_on: $('oc-outcome-on').value || todayIso(),
    note: $('oc-note').value,
  };
  if (!$('oc-period').hidden) {
    const amount = readAmount($('oc-amount'), 'field-judgment-amount', { required: false });
    if (amount === undefined) {
      $('oc-amount').focus();
      return;
    }
    if ($('oc-from-on').value) args.from_on = $('oc-from-on').value;
    if ($('oc-category').value) args.category = $('oc-category').value;
    if (amount !== null) args.yearly_cents = amount;
  }
  const fields = {
    outcome: 'oc-outcome', outcome_on: 'oc-outcome-on', outcome_note: 'oc-note', note: 'oc-note',
    from_on: 'oc-from-on', category: 'oc-category', yearly_cents: 'oc-amount',
  };
  await send(form, $('oc-save'), $('oc-status'), $('oc-error'), 'right.appeal_outcome', args, fields, 'right-outcome-saved');
}

/** The right's card showed a new answer: the decisions that can be appealed follow it. */
function rightShown(e) {
  const r = e.detail;
  if (!appeals.data || !r || r.request_id !== appeals.requestId) return;
  show({ ...appeals.data, right: r });
}

export function initAppeals() {
  build();
  document.addEventListener('tandem:right', rightShown);
  $('appeal-form').addEventListener('submit', saveAppeal);
  $('outcome-form').addEventListener('submit', saveOutcome);
  $('oc-outcome').addEventListener('change', showPeriodFields);
}
