// The request's header: its kind, dates and clocks (dueInfo also serves the deadlines), and a withdrawal.
import { $ } from '../../dom.js';
import { formatDate, setPlainText, setText, t } from '../../i18n.js';
import { daysFromToday } from '../../values.js';
import { canFill, change, filled, orNull, personNameOf, resolverFor, state, str } from './page.js';

const SOON_DAYS = 7;

/** Text and class of a due date: days left, today, or overdue. */
export function dueInfo(days) {
  if (days === null || days === undefined) return { text: '', cls: '' };
  if (days < 0) return { text: t('due-overdue', { days: -days }), cls: 'is-overdue' };
  if (days === 0) return { text: t('due-today'), cls: 'is-soon' };
  return { text: t('due-days-left', { days }), cls: days <= SOON_DAYS ? 'is-soon' : '' };
}

function renderClock(dateEl, leftEl, itemEl, iso, active, emptyId) {
  if (iso) setPlainText(dateEl, formatDate(iso));
  else setText(dateEl, emptyId);
  itemEl.classList.remove('is-soon', 'is-overdue');
  if (iso && active) {
    const info = dueInfo(daysFromToday(iso));
    setPlainText(leftEl, info.text);
    if (info.cls) itemEl.classList.add(info.cls);
  } else {
    setPlainText(leftEl, '');
  }
}

function kindText(view) {
  const kind = view.kind || 'leefloon';
  const label = t(`request-kind-${kind}`);
  return kind === 'other' && view.other_label ? `${label}: ${view.other_label}` : label;
}

export function renderHeader(view, savedForm, fresh) {
  const name = personNameOf(view);
  setText($('req-title'), 'req-title', { name });
  setPlainText($('req-person'), name);
  setPlainText($('req-kind'), kindText(view));
  setPlainText($('req-received-on'), formatDate(view.received_on));
  if (view.received_by) setPlainText($('req-received-by'), view.received_by);
  else setText($('req-received-by'), 'not-recorded');
  setText($('req-status'), `request-status-${view.status || 'open'}`);

  const deadlines = view.deadlines || {};
  const decision = view.decision || null;
  renderClock($('req-decision-due'), $('req-decision-left'), $('req-clock-decision'),
    deadlines.decision_due, (view.status || 'open') === 'open' && !decision, 'not-recorded');
  renderClock($('req-notification-due'), $('req-notification-left'), $('req-clock-notification'),
    deadlines.notification_due, Boolean(decision) && !decision.notified_on && view.status !== 'withdrawn', 'req-notification-after');
  // After a grant: the first payment (15 days); once notified: the last day to appeal.
  $('req-clock-payment').hidden = !deadlines.first_payment_due;
  if (deadlines.first_payment_due) {
    renderClock($('req-first-payment-due'), $('req-first-payment-left'), $('req-clock-payment'),
      deadlines.first_payment_due, false, 'not-recorded');
  }
  $('req-clock-appeal').hidden = !deadlines.appeal_ends;
  if (deadlines.appeal_ends) {
    renderClock($('req-appeal-ends'), $('req-appeal-left'), $('req-clock-appeal'),
      deadlines.appeal_ends, daysFromToday(deadlines.appeal_ends) >= 0, 'not-recorded');
  }

  if (canFill('req-dates-form', savedForm, fresh)) {
    $('req-receipt-on').value = str(view.receipt_given_on);
    $('req-hearing-on').value = str(view.hearing_notice_given_on);
    filled('req-dates-form');
  }
  if (canFill('req-withdrawn-form', savedForm, fresh)) {
    $('req-withdrawn-on').value = str(view.withdrawn_on);
    filled('req-withdrawn-form');
  }
}

export function saveDates() {
  return change('request.update', {
    id: state.id,
    receipt_given_on: orNull($('req-receipt-on').value),
    hearing_notice_given_on: orNull($('req-hearing-on').value),
  }, {
    form: $('req-dates-form'), statusEl: $('req-dates-status'), alertEl: $('req-dates-error'), quiet: true, focus: false,
    resolve: resolverFor({ receipt_given_on: 'req-receipt-on', hearing_notice_given_on: 'req-hearing-on' }),
  });
}

export function saveWithdrawn() {
  return change('request.update', { id: state.id, withdrawn_on: orNull($('req-withdrawn-on').value) }, {
    form: $('req-withdrawn-form'), statusEl: $('req-withdrawn-status'), alertEl: $('req-withdrawn-error'), quiet: true, focus: false,
    resolve: resolverFor({ withdrawn_on: 'req-withdrawn-on' }),
  });
}
