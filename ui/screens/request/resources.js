// The resources of the household: their table, the form that adds one, and the socio-professional exemption.
import { $, el, clear, clearFieldErrors, markFieldError } from '../../dom.js';
import { formatDate, setText, t } from '../../i18n.js';
import { formatCents } from '../../values.js';
import { change, orNull, readAmount, removeItem, resolverFor, state, str } from './page.js';

const COUNTABLE_BY_CHOICE = new Set(['parent', 'adult_child', 'maintenance_debtor']);

/** Kinds given as a capital or a cadastral income, not as an income a month or a year. */
const CAPITAL_KINDS = new Set(['savings', 'real_estate', 'property_sale']);

export function renderResources(view) {
  const resources = Array.isArray(view.resources) ? view.resources : [];
  clear($('resource-rows'));
  resources.forEach((r, i) => $('resource-rows').appendChild(resourceRow(r, i)));
  $('resources-empty').hidden = resources.length > 0;
  $('resource-table').hidden = resources.length === 0;
  $('req-sp-exemption').checked = view.socio_professional_exemption === true;
  // The months of the exemption matter only when it applies.
  $('sp-details').hidden = view.socio_professional_exemption !== true;
  const sp = view.sp_months || {};
  $('sp-shortage').value = String(Number.isInteger(sp.shortage_months) ? sp.shortage_months : 0);
  if (document.activeElement !== $('sp-elsewhere')) $('sp-elsewhere').value = String(Number.isInteger(sp.used_elsewhere) ? sp.used_elsewhere : 0);
  setText($('sp-used'), 'sp-months-used', {
    file: Number(sp.used_in_file) || 0, elsewhere: Number(sp.used_elsewhere) || 0, total: Number(sp.total) || 36,
  });
}

function resourceRow(r, index) {
  const textId = `res-row-${index}-kind`;
  const remove = el('button', { type: 'button', class: 'btn btn-quiet btn-small item-remove', i18n: 'remove', 'aria-describedby': textId, 'data-remove': String(r.id) });
  remove.addEventListener('click', () => removeItem('resource.remove', r.id, {
    statusEl: $('res-status'), alertEl: $('resource-list-error'), list: $('resource-rows'), index, fallback: $('res-kind'),
  }));
  const capital = CAPITAL_KINDS.has(r.kind);
  let amount = capital ? formatCents(r.amount_cents) : `${formatCents(r.amount_cents)} ${t(`period-${r.period}`)}`;
  if (!capital && r.period === 'month' && Number.isInteger(r.months) && r.months < 12) amount += ` · ${t('resource-months-shown', { months: r.months })}`;
  const whose = r.member ? `${t(`whose-${r.whose}`)} (${r.member})` : t(`whose-${r.whose}`);
  const details = [str(r.description), str(r.legal_ground), r.sold_on ? formatDate(r.sold_on) : '']
    .filter((x) => x).join(' · ');
  return el('tr', { class: r.counts ? 'is-counted' : 'is-not-counted' }, [
    el('td', { id: textId, text: t(`resource-kind-${r.kind}`) }),
    el('td', { text: whose }),
    el('td', { class: 'num amount', text: amount }),
    el('td', { text: details }),
    el('td', {}, [
      el('span', { class: r.counts ? 'why why-counts' : 'why why-not', text: str(r.why) }),
      r.motivation ? el('span', { class: 'item-note', text: t('resource-motivation-shown', { motivation: r.motivation }) }) : null,
    ]),
    el('td', { class: 'cell-action' }, [remove]),
  ]);
}

export function showCountedGroup() {
  const show = COUNTABLE_BY_CHOICE.has($('res-whose').value);
  $('res-counted-group').hidden = !show;
  $('res-motivation').setAttribute('aria-required', show && $('res-counted').checked ? 'true' : 'false');
  $('res-member-field').hidden = $('res-whose').value === 'applicant';
}

/** The fields the chosen kind of resource needs, and its explanation in plain words. */
export function showResourceFields() {
  const kind = $('res-kind').value;
  setText($('res-kind-explain'), `resource-kind-${kind}-explain`);
  const capital = CAPITAL_KINDS.has(kind);
  $('res-period').hidden = capital;
  $('res-months-field').hidden = capital || $('res-period').value !== 'month';
  $('res-ground-field').hidden = kind !== 'exempt_other';
  $('res-property-fields').hidden = !(kind === 'real_estate' || kind === 'property_sale');
  $('res-unbuilt-field').hidden = kind !== 'real_estate';
  for (const id of ['res-sold-on-field', 'res-sold-right-field', 'res-deductions-field']) $(id).hidden = kind !== 'property_sale';
  const label = kind === 'savings' ? 'resource-amount-capital'
    : kind === 'real_estate' ? 'resource-amount-cadastral'
      : kind === 'property_sale' ? 'resource-amount-sale' : 'resource-amount-label';
  setText($('res-amount-label'), label);
  showCountedGroup();
}

/** A whole number typed in `input` between `min` and `max`; null when empty, undefined (marked) when not. */
function readWhole(input, fieldId, min, max) {
  const raw = str(input.value).trim();
  if (raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    markFieldError(input, t('error-out-of-range', { field: t(fieldId), min, max }));
    return undefined;
  }
  return n;
}

export function addResource() {
  const form = $('resource-form');
  clearFieldErrors(form);
  const amount = readAmount($('res-amount'), 'field-amount-cents');
  if (amount === undefined) return null;
  const kind = $('res-kind').value;
  const whose = $('res-whose').value;
  const args = { request_id: state.id, kind, whose, amount_cents: amount };
  if (!CAPITAL_KINDS.has(kind)) {
    args.period = $('res-period').value;
    if (args.period === 'month' && $('res-months').value) args.months = Number($('res-months').value);
  }
  const description = orNull($('res-description').value);
  if (description) args.description = description;
  const member = orNull($('res-member').value);
  if (member && whose !== 'applicant') args.member = member;
  if (kind === 'exempt_other') {
    const ground = orNull($('res-ground').value);
    if (!ground) {
      markFieldError($('res-ground'), t('error-required', { field: t('field-legal-ground') }));
      return null;
    }
    args.legal_ground = ground;
  }
  if (kind === 'real_estate' || kind === 'property_sale') {
    const share = readWhole($('res-share'), 'field-share-percent', 1, 100);
    if (share === undefined) return null;
    if (share !== null) args.share_percent = share;
  }
  if (kind === 'real_estate' && $('res-unbuilt').checked) args.unbuilt = true;
  if (kind === 'property_sale') {
    const sold = orNull($('res-sold-on').value);
    if (!sold) {
      markFieldError($('res-sold-on'), t('error-required', { field: t('field-sold-on') }));
      return null;
    }
    args.sold_on = sold;
    args.sold_right = $('res-sold-right').value;
    const deductions = readAmount($('res-deductions'), 'field-deductions-cents', { required: false });
    if (deductions === undefined) return null;
    if (deductions !== null) args.deductions_cents = deductions;
  }
  if (COUNTABLE_BY_CHOICE.has(whose)) {
    args.counted = $('res-counted').checked;
    const motivation = orNull($('res-motivation').value);
    if (args.counted && !motivation) {
      markFieldError($('res-motivation'), t('error-reason-required', { field: t('field-counted') }));
      return null;
    }
    if (motivation) args.motivation = motivation;
    if (args.counted) {
      const part = readAmount($('res-counted-part'), 'field-counted-yearly-cents', { required: false });
      if (part === undefined) return null;
      if (part !== null) args.counted_yearly_cents = part;
    }
  }
  return change('resource.add', args, {
    form, button: $('res-add'), statusEl: $('res-status'), alertEl: $('res-error'), statusId: 'req-added',
    resolve: resolverFor({
      kind: 'res-kind',
      whose: 'res-whose',
      amount_cents: 'res-amount',
      period: 'res-period',
      months: 'res-months',
      counted: 'res-counted',
      counted_yearly_cents: 'res-counted-part',
      motivation: 'res-motivation',
      description: 'res-description',
      member: 'res-member',
      legal_ground: 'res-ground',
      share_percent: 'res-share',
      unbuilt: 'res-unbuilt',
      sold_on: 'res-sold-on',
      sold_right: 'res-sold-right',
      deductions_cents: 'res-deductions',
    }),
    onSuccess: () => {
      for (const id of ['res-amount', 'res-description', 'res-motivation', 'res-counted-part', 'res-ground', 'res-share', 'res-sold-on', 'res-deductions']) $(id).value = '';
      $('res-counted').checked = false;
      $('res-unbuilt').checked = false;
      showResourceFields();
    },
  });
}

/** Saves one socio-professional setting of the request (it is not an edit waiting for a button). */
export async function saveSpSetting(input, key, max) {
  const value = readWhole(input, `field-${key.replace(/_/g, '-')}`, 0, max);
  if (value === undefined) return;
  input.disabled = true;
  await change('request.update', { id: state.id, [key]: value === null ? 0 : value }, {
    statusEl: $('sp-status'), alertEl: $('sp-error'),
  });
  input.disabled = false;
  input.focus();
}

export async function saveSpExemption() {
  const box = $('req-sp-exemption');
  const wanted = box.checked;
  box.disabled = true;
  const ok = await change('request.update', { id: state.id, socio_professional_exemption: wanted }, {
    statusEl: $('sp-status'), alertEl: $('sp-error'),
  });
  box.disabled = false;
  if (!ok && state.view) box.checked = state.view.socio_professional_exemption === true;
  box.focus();
}
