// The decision on the request: outcome, amount and its motivation, and the summary it rests on.
import { $, el, clear, clearFieldErrors, markFieldError } from '../../dom.js';
import { formatDate, setPlainText, setText, t } from '../../i18n.js';
import { centsToInput, formatCents, parseEuros } from '../../values.js';
import { defaultYearly } from './calculation.js';
import { CATEGORIES } from './category.js';
import { canFill, change, filled, orNull, overrideOf, radioValue, readAmount, requireText, resolverFor, setRadio, state, str, yearMonth } from './page.js';

/** The reason for a start on another day than the request (art. 21 § 5 of the law of 26 May 2002), next to the start date; shown only when the dates differ. */
function startMotivation() {
  let area = $('dec-start-motivation');
  if (!area) {
    area = el('textarea', { id: 'dec-start-motivation', rows: '2' });
    const field = el('div', { class: 'field', id: 'dec-start-motivation-field', hidden: true }, [
      el('label', { for: 'dec-start-motivation', i18n: 'field-start-motivation' }), area,
    ]);
    $('dec-start-on').closest('.field').after(field);
    $('dec-start-on').addEventListener('input', showStartMotivation);
    $('dec-start-on').addEventListener('change', showStartMotivation);
  }
  return area;
}

function showStartMotivation() {
  startMotivation();
  const start = $('dec-start-on').value;
  const received = state.view ? str(state.view.received_on) : '';
  $('dec-start-motivation-field').hidden = !start || start === received;
}

export function showOutcomeGroups() {
  const outcome = radioValue('outcome');
  const grant = outcome === 'granted' || outcome === 'partly_granted';
  $('dec-grant-group').hidden = !grant;
  $('dec-refusal-group').hidden = outcome !== 'refused';
  showAmountMotivation(grant);
}

/** Another amount than the calculated one (or the worker's override) needs its own reason. */
export function showAmountMotivation(grant = !$('dec-grant-group').hidden) {
  const fallback = state.view ? defaultYearly(state.view) : null;
  const typed = parseEuros(str($('dec-yearly').value).trim());
  const differs = grant && fallback !== null && typed !== null && typed !== undefined && typed !== fallback;
  const field = $('dec-amount-motivation-field');
  field.hidden = !differs;
  $('dec-amount-motivation').setAttribute('aria-required', differs ? 'true' : 'false');
}

function summaryLines(view) {
  const d = view.decision;
  const lines = [];
  lines.push(t('decision-summary-outcome', { outcome: t(`outcome-${d.outcome}`), date: formatDate(d.decided_on) }));
  if (d.outcome === 'refused') {
    if (d.refusal_condition) {
      const ground = d.refusal_condition === 'withdrawn' ? t('refusal-withdrawn') : t(`condition-${d.refusal_condition}`);
      lines.push(t('decision-summary-ground', { ground }));
    }
  } else {
    if (d.category) lines.push(t('decision-summary-category', { category: t(`category-${d.category}`) }));
    if (Number.isInteger(d.yearly_cents)) lines.push(t('decision-summary-amount', { amount: yearMonth(d.yearly_cents, d.monthly_cents) }));
    if (d.start_on) lines.push(t('decision-summary-start', { date: formatDate(d.start_on) }));
  }
  if (d.grounds) lines.push(t('decision-summary-grounds', { grounds: d.grounds }));
  if (d.letter_sent_on) lines.push(t('decision-summary-letter-sent', { date: formatDate(d.letter_sent_on) }));
  if (d.notified_on) {
    lines.push(t('decision-summary-notified', {
      date: formatDate(d.notified_on),
      how: d.notified_how ? t(`notified-${d.notified_how}`) : t('not-recorded'),
    }));
  } else {
    lines.push(t('decision-summary-not-notified'));
  }
  return lines;
}

export function renderDecision(view, savedForm, fresh) {
  const d = view.decision || null;
  const override = overrideOf(view);
  const summary = $('dec-summary');
  summary.hidden = !d;
  const lines = $('dec-summary-lines');
  clear(lines);
  if (d) for (const line of summaryLines(view)) lines.appendChild(el('li', { text: line }));

  const note = $('dec-override-note');
  note.hidden = !override;
  if (override) {
    setPlainText($('dec-override-amount'), yearMonth(override.yearly_cents, override.monthly_cents));
    const calc = view.calculation;
    if (calc && !calc.error && Number.isInteger(calc.yearly_cents)) setPlainText($('dec-calculated-amount'), yearMonth(calc.yearly_cents, calc.monthly_cents));
    else setText($('dec-calculated-amount'), 'not-recorded');
    setPlainText($('dec-override-motivation'), str(override.motivation));
  }

  const fallback = defaultYearly(view);
  const hint = $('dec-yearly-hint');
  if (override) setText(hint, 'decision-amount-hint-override', { amount: formatCents(override.yearly_cents) });
  else if (fallback !== null) setText(hint, 'decision-amount-hint', { amount: formatCents(fallback) });
  else setText(hint, 'amount-hint');

  if (canFill('decision-form', savedForm, fresh)) {
    const cat = view.category || {};
    $('dec-decided-on').value = d ? str(d.decided_on) : '';
    setRadio('outcome', d ? d.outcome : null);
    $('dec-category').value = (d && d.category) || (CATEGORIES.includes(cat.chosen) ? cat.chosen : '');
    const yearly = d && Number.isInteger(d.yearly_cents) ? d.yearly_cents : fallback;
    $('dec-yearly').value = yearly === null ? '' : centsToInput(yearly);
    $('dec-start-on').value = d ? str(d.start_on) : '';
    $('dec-refusal-condition').value = (d && d.refusal_condition) || '';
    $('dec-grounds').value = d ? str(d.grounds) : '';
    $('dec-notified-on').value = d ? str(d.notified_on) : '';
    $('dec-notified-how').value = (d && d.notified_how) || '';
    $('dec-amount-motivation').value = d ? str(d.amount_motivation) : '';
    startMotivation().value = d ? str(d.start_motivation) : '';
    filled('decision-form');
  }
  showStartMotivation();
  showOutcomeGroups();
}

export function saveDecision() {
  const form = $('decision-form');
  clearFieldErrors(form);
  if (requireText($('dec-decided-on'), 'field-decided-on')) return null;
  const outcome = radioValue('outcome');
  if (!outcome) {
    markFieldError($('dec-outcome-granted'), t('error-required', { field: t('field-outcome') }));
    return null;
  }
  const args = {
    request_id: state.id,
    decided_on: orNull($('dec-decided-on').value),
    outcome,
    grounds: $('dec-grounds').value.trim(),
  };
  if (outcome === 'refused') {
    const ground = $('dec-refusal-condition').value;
    if (ground) args.refusal_condition = ground;
  } else {
    const category = $('dec-category').value;
    if (category) args.category = category;
    const yearly = readAmount($('dec-yearly'), 'field-yearly-cents', { required: false });
    if (yearly === undefined) return null;
    if (yearly !== null) args.yearly_cents = yearly;
    const start = orNull($('dec-start-on').value);
    if (start) args.start_on = start;
    const startWhy = orNull(startMotivation().value);
    if (startWhy && !$('dec-start-motivation-field').hidden) args.start_motivation = startWhy;
    const why = orNull($('dec-amount-motivation').value);
    if (why && !$('dec-amount-motivation-field').hidden) args.amount_motivation = why;
  }
  const notifiedOn = orNull($('dec-notified-on').value);
  if (notifiedOn) args.notified_on = notifiedOn;
  const how = $('dec-notified-how').value;
  if (how) args.notified_how = how;
  return change('decision.record', args, {
    form, button: $('dec-save'), statusEl: $('dec-status'), alertEl: $('dec-error'),
    resolve: resolverFor({
      decided_on: 'dec-decided-on',
      outcome: 'dec-outcome-granted',
      category: 'dec-category',
      yearly_cents: 'dec-yearly',
      start_on: 'dec-start-on',
      grounds: 'dec-grounds',
      refusal_condition: 'dec-refusal-condition',
      notified_on: 'dec-notified-on',
      notified_how: 'dec-notified-how',
      amount_motivation: 'dec-amount-motivation',
      start_motivation: 'dec-start-motivation',
    }),
  });
}
