// The running right of a granted request: its status, the yearly reviews (each condition examined again) and its end with the letter.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearFieldErrors, setBusy, showError, showFormError } from '../../dom.js';
import { showSaved } from '../../documents.js';
import { formatDate, setText, t } from '../../i18n.js';
import { fillSelects } from '../../vocabulary.js';
import { daysFromToday, todayIso } from '../../values.js';
import { dueInfo } from './header.js';
import { CONDITIONS, hooks, requireText, resolverFor, state, yearMonth } from './page.js';
import { clearPeriods, clearPeriodsStatus, initPeriods, showPeriods } from './periods.js';
import { setRevisions } from './report.js';

const right = {
  requestId: null,
  view: null,
  seq: 0,
};

function granted(view) {
  const d = view && view.decision;
  return Boolean(d) && d.outcome !== 'refused' && view.status !== 'withdrawn';
}

function summary(r) {
  const lines = [];
  if (r.status === 'ended' && r.end) {
    lines.push(t('right-status-ended', { date: formatDate(r.end.ended_on), reason: t(`end-reason-${r.end.reason}`) }));
  } else {
    lines.push(t('right-status-running', { date: formatDate(r.start_on) }));
  }
  if (r.start_motivation) lines.push(t('right-start-why', { reason: r.start_motivation }));
  lines.push(t('right-amount', { amount: yearMonth(r.yearly_cents, r.monthly_cents), category: t(`category-${r.category}`) }));
  lines.push(t('right-last-inquiry', { date: formatDate(r.last_inquiry_on) }));
  if (r.review_due_on) {
    const info = dueInfo(daysFromToday(r.review_due_on));
    lines.push(`${t('right-review-due', { date: formatDate(r.review_due_on) })} ${info.text}`.trim());
  }
  if (r.end) lines.push(t('right-end-motivation', { detail: r.end.detail, date: formatDate(r.end.decided_on) }));
  if (r.end && r.end.appeal_ends) lines.push(t('right-revision-appeal', { date: formatDate(r.end.appeal_ends) }));
  return lines;
}

function reviewItem(v) {
  const changed = (v.conditions || []).filter((c) => c.status === 'changed');
  const head = t('right-review-line', { date: formatDate(v.reviewed_on), outcome: t(`right-review-outcome-${v.outcome}`) });
  const visit = v.visited_on ? t('right-review-visit', { date: formatDate(v.visited_on) }) : t('right-review-no-visit', { reason: v.no_visit_reason });
  return el('li', {}, [
    el('span', { text: `${head} ${visit}` }),
    ...changed.map((c) => el('span', { class: 'summary-sub', text: ` ${t(`condition-${c.condition}`)}: ${c.note}` })),
  ]);
}

function show(r) {
  right.view = r;
  const list = $('right-summary');
  clear(list);
  for (const line of summary(r)) list.appendChild(el('li', { text: line }));
  const reviews = $('right-reviews');
  clear(reviews);
  for (const v of r.reviews || []) reviews.appendChild(reviewItem(v));
  $('right-reviews-empty').hidden = (r.reviews || []).length > 0;
  showPeriods(r);
  setRevisions(r.revisions);
  // The appeals card lists the decisions that can be appealed (a revision, the end).
  document.dispatchEvent(new CustomEvent('tandem:right', { detail: r }));
  const running = r.status === 'running';
  $('right-review-form').hidden = !running;
  $('right-end-form').hidden = !running;
  $('end-letter-box').hidden = running;
  // An end decided before its notification: how and when it was notified, once.
  $('end-notify-form').hidden = !(r.end && !r.end.notified_on);
}

/** After the request view is shown: the right's card, for a granted request only. */
export async function renderRight(view) {
  const section = $('right');
  if (!granted(view)) {
    section.hidden = true;
    right.requestId = null;
    setRevisions([]);
    return;
  }
  section.hidden = false;
  if (right.requestId !== view.id) clearPeriodsStatus();
  right.requestId = view.id;
  const seq = ++right.seq;
  clearError($('right-load-error'));
  try {
    const r = await call('right.get', { id: view.id });
    if (seq === right.seq) show(r);
  } catch (err) {
    if (seq === right.seq) showError($('right-load-error'), err);
  }
}

/** After the page's forms were reset: the fields that depend on a choice follow it again. */
export function resetRight() {
  showNoVisitField();
  showEndCondition();
}

/** Empties the card (the request page is left or the vault locks). */
export function clearRight() {
  right.seq += 1;
  right.requestId = null;
  right.view = null;
  clear($('right-summary'));
  clear($('right-reviews'));
  clearPeriods();
  setRevisions([]);
  $('right').hidden = true;
}

function showNoVisitField() {
  $('rv-no-visit-field').hidden = $('rv-visited-on').value !== '';
}

function showEndCondition() {
  $('end-condition-field').hidden = $('end-reason').value !== 'condition_not_met';
}

async function submit(form, button, statusEl, alertEl, command, args, fields) {
  clearFieldErrors(form);
  clearError(alertEl);
  setText(statusEl, '');
  setBusy(button, true);
  const seq = right.seq;
  try {
    const r = await call(command, args);
    hooks.changed(); // the deadlines panel: a review done, a right ended
    // Another request opened meanwhile: its card is not this answer's.
    if (seq !== right.seq) return false;
    show(r);
    // Saved: nothing left to lose in this form.
    state.dirty.delete(form.id);
    state.edits.delete(form.id);
    return true;
  } catch (err) {
    showFormError(err, alertEl, resolverFor(fields));
    return false;
  } finally {
    setBusy(button, false);
  }
}

async function saveReview(e) {
  e.preventDefault();
  if (right.requestId === null) return;
  const conditions = CONDITIONS.map((c) => ({
    condition: c,
    status: $(`rv-${c}`).value,
    note: $(`rv-${c}-note`).value,
  }));
  const args = {
    request_id: right.requestId,
    reviewed_on: $('rv-reviewed-on').value || todayIso(),
    conditions,
  };
  if ($('rv-visited-on').value) args.visited_on = $('rv-visited-on').value;
  else args.no_visit_reason = $('rv-no-visit').value;
  if ($('rv-next').value) args.next_review_on = $('rv-next').value;
  if ($('rv-note').value.trim()) args.note = $('rv-note').value;
  const fields = { reviewed_on: 'rv-reviewed-on', visited_on: 'rv-visited-on', no_visit_reason: 'rv-no-visit', next_review_on: 'rv-next' };
  for (const c of CONDITIONS) {
    fields[`conditions.${c}`] = `rv-${c}`;
    fields[`conditions.${c}.note`] = `rv-${c}-note`;
  }
  const ok = await submit($('right-review-form'), $('rv-save'), $('rv-status'), $('rv-error'), 'right.review', args, fields);
  if (ok) {
    $('right-review-form').reset();
    showNoVisitField();
    setText($('rv-status'), 'right-review-saved');
  }
}

async function saveEnd(e) {
  e.preventDefault();
  if (right.requestId === null) return;
  clearFieldErrors($('right-end-form'));
  if (requireText($('end-ended-on'), 'field-ended-on')) {
    $('end-ended-on').focus();
    return;
  }
  const args = {
    request_id: right.requestId,
    reason: $('end-reason').value,
    ended_on: $('end-ended-on').value,
    decided_on: $('end-decided-on').value || todayIso(),
    detail: $('end-detail').value,
  };
  if (args.reason === 'condition_not_met') args.condition = $('end-condition').value || null;
  if ($('end-notified-on').value) args.notified_on = $('end-notified-on').value;
  if ($('end-notified-how').value) args.notified_how = $('end-notified-how').value;
  const fields = {
    reason: 'end-reason', condition: 'end-condition', ended_on: 'end-ended-on', decided_on: 'end-decided-on', detail: 'end-detail',
    notified_on: 'end-notified-on', notified_how: 'end-notified-how',
  };
  const ok = await submit($('right-end-form'), $('end-save'), $('end-status'), $('end-error'), 'right.end', args, fields);
  if (ok) setText($('end-letter-status'), 'right-end-saved');
}

async function saveEndNotified(e) {
  e.preventDefault();
  if (right.requestId === null) return;
  clearFieldErrors($('end-notify-form'));
  if (requireText($('end-n-on'), 'field-revision-notified-on')) {
    $('end-n-on').focus();
    return;
  }
  const args = { request_id: right.requestId, notified_on: $('end-n-on').value, notified_how: $('end-n-how').value };
  const fields = { notified_on: 'end-n-on', notified_how: 'end-n-how' };
  const ok = await submit($('end-notify-form'), $('end-n-save'), $('end-n-status'), $('end-n-error'), 'right.end_notified', args, fields);
  if (ok) setText($('end-letter-status'), 'right-notify-saved');
}

async function saveLetter() {
  if (right.requestId === null) return;
  const button = $('end-letter');
  clearError($('end-letter-error'));
  setBusy(button, true);
  try {
    const r = await call('document.save', { kind: 'end', id: right.requestId });
    showSaved($('end-letter-status'), 'report-card-saved-as', String((r && r.path) || ''));
  } catch (err) {
    showError($('end-letter-error'), err);
  } finally {
    setBusy(button, false);
  }
}

/** One line per condition at a review: its name, re-confirmed or changed, and what changed. */
function buildReviewRows() {
  const holder = $('rv-conditions');
  holder.appendChild(el('span', { id: 'rv-change-label', class: 'visually-hidden', i18n: 'field-review-change' }));
  for (const c of CONDITIONS) {
    // No status chosen beforehand: the worker examines each condition (the core refuses none).
    const select = el('select', { id: `rv-${c}`, 'data-condition': c, 'data-vocabulary': 'review_statuses', 'aria-required': 'true' },
      [el('option', { value: '', i18n: 'choose' })]);
    const label = el('label', { id: `rv-${c}-label`, for: select.id, i18n: `condition-${c}` });
    const note = el('input', { id: `rv-${c}-note`, type: 'text', autocomplete: 'off', 'aria-labelledby': `rv-${c}-label rv-change-label` });
    holder.appendChild(el('div', { class: 'review-cond-row' }, [label, select, note]));
  }
  fillSelects(holder);
}

export function initRight() {
  buildReviewRows();
  initPeriods((r) => {
    hooks.changed(); // the deadlines panel
    show(r);
  }, () => right.seq);
  $('right-review-form').addEventListener('submit', saveReview);
  $('right-end-form').addEventListener('submit', saveEnd);
  $('end-notify-form').addEventListener('submit', saveEndNotified);
  $('rv-visited-on').addEventListener('input', showNoVisitField);
  $('end-reason').addEventListener('change', showEndCondition);
  $('end-reason').addEventListener('input', showEndCondition); // also a value put back after unlock
  $('end-letter').addEventListener('click', saveLetter);
  showNoVisitField();
  showEndCondition();
}
