// The category of the request (cohabitant, single, family) and the worker's override of it, both saved as they are made.
import { $, clearFieldErrors } from '../../dom.js';
import { setPlainText, setText, t } from '../../i18n.js';
import { list } from '../../vocabulary.js';
import { canFill, change, filled, markQuietly, radioValue, resolverFor, setRadio, setValue, state, str } from './page.js';
import { parseEuros } from '../../values.js';

export const CATEGORIES = list('categories');

export function renderCategory(view, savedForm, fresh) {
  const cat = view.category || {};
  if (CATEGORIES.includes(cat.proposed)) setText($('cat-proposed'), `category-${cat.proposed}`);
  else setText($('cat-proposed'), 'not-recorded');
  setPlainText($('cat-proposal-reason'), str(cat.proposal_reason));
  if (canFill('category-form', savedForm, fresh)) {
    // Only a saved choice is checked: choosing (the proposal too) is what saves it.
    setRadio('category', CATEGORIES.includes(cat.chosen) ? cat.chosen : null);
    setValue($('cat-reason'), str(cat.reason));
    filled('category-form');
  }
  if (CATEGORIES.includes(cat.chosen)) setText($('cat-current'), 'category-current', { category: t(`category-${cat.chosen}`) });
  else setText($('cat-current'), 'category-not-saved');
  $('cat-current').classList.toggle('is-pending', !CATEGORIES.includes(cat.chosen));
}

export function saveCategory() {
  const form = $('category-form');
  clearFieldErrors(form);
  const category = radioValue('category');
  if (!category) {
    markQuietly($('cat-choice-cohabitant'), t('error-required', { field: t('field-category') }));
    return Promise.resolve(false);
  }
  return change('category.set', { request_id: state.id, category, reason: $('cat-reason').value.trim() }, {
    form, statusEl: $('cat-status'), alertEl: $('cat-error'), quiet: true, focus: false,
    resolve: resolverFor({ category: 'cat-choice-cohabitant', reason: 'cat-reason' }),
  });
}

/**
 * The worker's own amount, saved as typed: an amount with its motivation sets it, an emptied
 * amount removes it; an amount that cannot be read, or one without a motivation, is not saved and
 * the field says why (the motivation's message is the core's).
 */
export function saveOverride() {
  const form = $('override-form');
  clearFieldErrors(form);
  const raw = $('ov-yearly').value.trim();
  const current = state.view && (state.view.override || (state.view.calculation && state.view.calculation.override));
  if (raw === '') {
    if (!current) return Promise.resolve(true);
    return change('income.override', { request_id: state.id, yearly_cents: null }, {
      form, statusEl: $('ov-status'), alertEl: $('ov-error'), quiet: true, focus: false,
    });
  }
  const yearly = parseEuros(raw);
  if (yearly === null) {
    markQuietly($('ov-yearly'), t('error-amount-format', { field: t('field-yearly-cents') }));
    return Promise.resolve(false);
  }
  return change('income.override', { request_id: state.id, yearly_cents: yearly, motivation: $('ov-motivation').value.trim() }, {
    form, statusEl: $('ov-status'), alertEl: $('ov-error'), quiet: true, focus: false,
    resolve: resolverFor({ yearly_cents: 'ov-yearly', motivation: 'ov-motivation' }),
  });
}

export async function removeOverride() {
  const form = $('override-form');
  clearFieldErrors(form);
  const ok = await change('income.override', { request_id: state.id, yearly_cents: null }, {
    form, button: $('ov-remove'), statusEl: $('ov-status'), alertEl: $('ov-error'), statusId: 'req-removed',
  });
  if (ok) $('ov-yearly').focus();
}
