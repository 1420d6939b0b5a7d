// The person's consents: their list, giving and withdrawing one, and the consent choices of a share or a hand-over.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, setPlainText, setText, t } from '../../i18n.js';
import { todayIso } from '../../values.js';
import { checkedParts, PARTS, partsText, recipientText, requireText, resolver, state, STATUSES, str } from './gate.js';

export function consentById(value) {
  if (value === '' || value === null || value === undefined) return null;
  return state.consents.find((c) => String(c.id) === String(value)) || null;
}

function currentConsents() {
  return state.consents.filter((c) => c.status === 'current');
}

export function renderConsents() {
  const list = $('consent-list');
  clear(list);
  for (const c of state.consents) {
    const status = STATUSES.has(c.status) ? c.status : 'expired';
    const id = str(c.id);
    const headId = `consent-${id}-head`;
    const dates = [t('consent-given-on', { date: formatDate(c.given_on) })];
    dates.push(c.ends_on ? t('consent-ends-on', { date: formatDate(c.ends_on) }) : t('consent-no-end'));
    if (c.withdrawn_on) dates.push(t('consent-withdrawn-on', { date: formatDate(c.withdrawn_on) }));
    const item = el('li', { class: `item consent-item is-${status}`, 'data-id': id }, [
      el('div', { class: 'item-text' }, [
        el('span', { id: headId, class: 'item-head', text: recipientText(c) }),
        el('span', { class: 'item-body', text: t('consent-purpose-shown', { purpose: str(c.purpose) }) }),
        el('span', { class: 'item-note', text: t('consent-covers', { parts: partsText(c.covers) }) }),
        el('span', { class: 'item-note', text: dates.join(' · ') }),
      ]),
      el('span', { class: `badge badge-consent-${status}`, text: t(`consent-status-${status}`) }),
    ]);
    if (status === 'current') {
      const button = el('button', {
        type: 'button',
        class: 'btn btn-small consent-withdraw',
        'aria-describedby': headId,
        'data-id': id,
        i18n: 'consent-withdraw',
      });
      button.addEventListener('click', () => withdrawConsent(c, button));
      item.appendChild(button);
    }
    list.appendChild(item);
  }
  $('consent-empty').hidden = !state.consentsLoaded || state.consents.length > 0;
}

/** The consent selects of the share and hand-over forms: the current consents only. */
function fillConsentSelect(select) {
  const before = select.value;
  clear(select);
  select.appendChild(el('option', { value: '', i18n: 'share-consent-choose' }));
  for (const c of currentConsents()) {
    select.appendChild(el('option', {
      value: str(c.id),
      text: t('share-consent-option', {
        organisation: str(c.recipient_organisation),
        role: str(c.recipient_role),
        purpose: str(c.purpose),
      }),
    }));
  }
  select.value = consentById(before) && consentById(before).status === 'current' ? before : '';
}

export function renderConsentSelects() {
  fillConsentSelect($('share-consent'));
  fillConsentSelect($('handover-consent'));
  const none = state.consentsLoaded && currentConsents().length === 0;
  $('share-no-consent').hidden = !none;
  // The hint describes the select only while it is shown.
  const select = $('share-consent');
  const ids = (select.getAttribute('aria-describedby') || '').split(/\s+/).filter((id) => id && id !== 'share-no-consent');
  if (none) ids.push('share-no-consent');
  if (ids.length) select.setAttribute('aria-describedby', ids.join(' '));
  else select.removeAttribute('aria-describedby');
  renderShareRecipient();
  renderHandoverRecipient();
}

/** The recipient of the chosen consent, shown read-only in the share form. */
export function renderShareRecipient() {
  const c = consentById($('share-consent').value);
  $('share-org').value = c ? str(c.recipient_organisation) : '';
  $('share-role').value = c ? str(c.recipient_role) : '';
  $('share-purpose').value = c ? str(c.purpose) : '';
  if (c) setText($('share-covers'), 'share-covers', { parts: partsText(c.covers) });
  else setPlainText($('share-covers'), '');
}

export function renderHandoverRecipient() {
  const c = consentById($('handover-consent').value);
  const line = $('handover-recipient');
  if (!c) {
    setPlainText(line, '');
    return;
  }
  const covers = Array.isArray(c.covers) ? c.covers : [];
  const lines = [t('share-covers', { parts: partsText(covers) })];
  if (!PARTS.every((p) => covers.includes(p))) lines.push(t('handover-needs-all'));
  setPlainText(line, lines.join(' '));
}

export async function loadConsents() {
  if (state.personId === null) return;
  const seq = state.seq;
  const personId = state.personId;
  try {
    const list = await call('consent.list', { person_id: personId });
    if (seq !== state.seq) return;
    state.consents = Array.isArray(list) ? list : [];
    state.consentsLoaded = true;
    clearError($('consent-error'));
    renderConsents();
    renderConsentSelects();
  } catch (err) {
    if (seq === state.seq) showError($('consent-error'), err);
  }
}

export function resetConsentForm() {
  $('consent-org').value = '';
  $('consent-role').value = '';
  $('consent-purpose').value = '';
  for (const p of PARTS) $(`consent-part-${p}`).checked = false;
  $('consent-given-on').value = todayIso();
  $('consent-ends-on').value = '';
}

const resolveConsentField = resolver({
  recipient_organisation: 'consent-org',
  recipient_role: 'consent-role',
  purpose: 'consent-purpose',
  covers: 'consent-part-identity',
  given_on: 'consent-given-on',
  ends_on: 'consent-ends-on',
});

export async function giveConsent() {
  if (state.personId === null) return;
  const form = $('consent-form');
  clearFieldErrors(form);
  clearError($('consent-give-error'));
  setPlainText($('consent-give-status'), '');
  setPlainText($('consent-status'), '');
  if (requireText($('consent-org'), 'field-recipient-organisation')) return;
  if (requireText($('consent-role'), 'field-recipient-role')) return;
  if (requireText($('consent-purpose'), 'field-purpose')) return;
  const covers = checkedParts('consent');
  if (covers.length === 0) {
    markFieldError($('consent-part-identity'), t('consent-parts-required'));
    return;
  }
  const args = {
    person_id: state.personId,
    recipient_organisation: $('consent-org').value.trim(),
    recipient_role: $('consent-role').value.trim(),
    purpose: $('consent-purpose').value.trim(),
    covers,
    ends_on: $('consent-ends-on').value || null,
  };
  if ($('consent-given-on').value) args.given_on = $('consent-given-on').value;
  const button = $('consent-give');
  const seq = state.seq;
  setBusy(button, true);
  try {
    await call('consent.give', args);
  } catch (err) {
    showFormError(err, $('consent-give-error'), resolveConsentField);
    return;
  } finally {
    setBusy(button, false);
  }
  if (seq !== state.seq) return;
  resetConsentForm();
  setText($('consent-give-status'), 'consent-given-done');
  await loadConsents();
}

/** Withdrawal is one action: no confirmation, the result is said in the status line. */
async function withdrawConsent(c, button) {
  clearError($('consent-error'));
  setPlainText($('consent-status'), '');
  const seq = state.seq;
  setBusy(button, true);
  let r;
  try {
    r = await call('consent.withdraw', { consent_id: c.id });
  } catch (err) {
    setBusy(button, false);
    showError($('consent-error'), err);
    return;
  }
  if (seq !== state.seq) return;
  const on = (r && r.withdrawn_on) || todayIso();
  setText($('consent-status'), 'consent-withdrawn-done', { organisation: str(c.recipient_organisation), date: formatDate(on) });
  await loadConsents();
  $('consent-title').focus();
}
