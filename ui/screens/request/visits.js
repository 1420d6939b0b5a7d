// The home visits of a request: their list and the form that adds one.
import { $, el, clear, clearFieldErrors, markFieldError } from '../../dom.js';
import { formatDate, t } from '../../i18n.js';
import { change, orNull, removeItem, requireText, resolverFor, state, str } from './page.js';

const PURPOSES = ['residence', 'household', 'resources'];

function visitItem(v, index) {
  const textId = `visit-${index}-text`;
  const announced = v.announced === false
    ? t('visit-unannounced', { reason: str(v.unannounced_reason) })
    : t('visit-was-announced');
  const purposes = (Array.isArray(v.purposes) ? v.purposes : []).map((p) => t(`purpose-${p}`)).join(', ');
  const remove = el('button', { type: 'button', class: 'btn btn-quiet btn-small item-remove', i18n: 'remove', 'aria-describedby': textId, 'data-remove': String(v.id) });
  remove.addEventListener('click', () => removeItem('visit.remove', v.id, {
    statusEl: $('visit-status'), alertEl: $('visit-error'), list: $('visit-list'), index, fallback: $('visit-on'),
  }));
  return el('li', { class: 'item' }, [
    el('div', { id: textId, class: 'item-text' }, [
      el('span', { class: 'item-head', text: `${formatDate(v.visited_on)} · ${announced}` }),
      purposes ? el('span', { class: 'item-note', text: t('visit-purposes-shown', { purposes }) }) : null,
      v.findings ? el('span', { class: 'item-body', text: v.findings }) : null,
    ]),
    remove,
  ]);
}

export function renderVisits(view) {
  const visits = Array.isArray(view.visits) ? view.visits : [];
  clear($('visit-list'));
  visits.forEach((v, i) => $('visit-list').appendChild(visitItem(v, i)));
  $('visits-empty').hidden = visits.length > 0;
}

export function addVisit() {
  const form = $('visit-form');
  clearFieldErrors(form);
  const announced = $('visit-announced').checked;
  if (!announced && requireText($('visit-reason'), 'field-unannounced-reason')) return null;
  if (requireText($('visit-on'), 'field-visited-on')) return null;
  const purposes = PURPOSES.filter((p) => $(`visit-purpose-${p}`).checked);
  if (purposes.length === 0) {
    markFieldError($('visit-purpose-residence'), t('visit-purpose-required'));
    return null;
  }
  const args = {
    request_id: state.id,
    visited_on: orNull($('visit-on').value),
    announced,
    purposes,
    findings: $('visit-findings').value.trim(),
  };
  if (!announced) args.unannounced_reason = $('visit-reason').value.trim();
  return change('visit.add', args, {
    form, button: $('visit-add'), statusEl: $('visit-status'), alertEl: $('visit-error'), statusId: 'req-added',
    resolve: resolverFor({
      visited_on: 'visit-on',
      announced: 'visit-announced',
      unannounced_reason: 'visit-reason',
      purposes: 'visit-purpose-residence',
      findings: 'visit-findings',
    }),
    onSuccess: () => {
      $('visit-on').value = '';
      $('visit-announced').checked = true;
      $('visit-reason').value = '';
      $('visit-reason-field').hidden = true;
      for (const p of PURPOSES) $(`visit-purpose-${p}`).checked = false;
      $('visit-findings').value = '';
    },
  });
}
