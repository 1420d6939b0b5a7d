// The category of the request (cohabitant, single, family) and the worker's override of it.
import { $, clearFieldErrors, markFieldError } from '../../dom.js';
import { setPlainText, setText, t } from '../../i18n.js';
import { list } from '../../vocabulary.js';
import { canFill, change, filled, radioValue, readAmount, requireText, resolverFor, setRadio, state, str } from './page.js';

export const CATEGORIES = list('categories');

export function renderCategory(view, savedForm, fresh) {
  const cat = view.category || {};
  if (CATEGORIES.includes(cat.proposed)) setText($('cat-proposed'), `category-${cat.proposed}`);
  else setText($('cat-proposed'), 'not-recorded');
  setPlainText($('cat-proposal-reason'), str(cat.proposal_reason));
  if (canFill('category-form', savedForm, fresh)) {
    const chosen = CATEGORIES.includes(cat.chosen) ? cat.chosen : null;
    setRadio('category', chosen || (CATEGORIES.includes(cat.proposed) ? cat.proposed : null));
    $('cat-reason').value = str(cat.reason);
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
    markFieldError($('cat-choice-cohabitant'), t('error-required', { field: t('field-category') }));
    return null;
  }
  return change('category.set', { request_id: state.id, category, reason: $('cat-reason').value.trim() }, {
    form, button: $('cat-save'), statusEl: $('cat-status'), alertEl: $('cat-error'),
    resolve: resolverFor({ category: 'cat-choice-cohabitant', reason: 'cat-reason' }),
  });
}

export function saveOverride() {
  const form = $('override-form');
  clearFieldErrors(form);
  const yearly = readAmount($('ov-yearly'), 'field-yearly-cents');
  if (yearly === undefined) return null;
  if (requireText($('ov-motivation'), 'field-motivation')) return null;
  return change('income.override', { request_id: state.id, yearly_cents: yearly, motivation: $('ov-motivation').value.trim() }, {
    form, button: $('ov-save'), statusEl: $('ov-status'), alertEl: $('ov-error'),
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
