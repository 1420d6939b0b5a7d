// The person's own copy and the hand-over of the file to another worker (with its passphrase, never kept).
import { call } from '../../api.js';
import { $, clearError, clearFieldErrors, markFieldError, setBusy, showError } from '../../dom.js';
import { setPlainText, setText, t } from '../../i18n.js';
import { showSaved } from '../../documents.js';
import { consentById, renderHandoverRecipient } from './consent.js';
import { readConditions, resolver, state, str, throughGate, untickConditions } from './gate.js';
import { loadShares } from './shares.js';

const HANDOVER_PASSPHRASE_MIN = 10; // as the core (vault::MIN_PASSPHRASE)

export async function exportCopy() {
  if (state.personId === null) return;
  const button = $('person-export');
  clearError($('person-export-error'));
  setPlainText($('person-export-pdf'), '');
  setPlainText($('person-export-json'), '');
  const seq = state.seq;
  setBusy(button, true);
  try {
    const r = await call('person.export', { person_id: state.personId });
    if (seq !== state.seq) return;
    showSaved($('person-export-pdf'), 'export-saved-pdf', str(r && r.pdf));
    showSaved($('person-export-json'), 'export-saved-json', str(r && r.json));
  } catch (err) {
    showError($('person-export-error'), err);
  } finally {
    setBusy(button, false);
  }
  if (seq === state.seq) loadShares();
}

const resolveHandoverField = resolver({
  'conditions.secrecy_bound': 'handover-cond-secrecy',
  'conditions.necessary_only': 'handover-cond-necessary',
  'conditions.informed_consent': 'handover-cond-consent',
  conditions: 'handover-cond-secrecy',
  recipient_organisation: 'handover-consent',
  recipient_role: 'handover-consent',
  purpose: 'handover-consent',
  passphrase: 'handover-pass',
});

export function resetHandoverForm({ keepConsent = false } = {}) {
  if (!keepConsent) $('handover-consent').value = '';
  untickConditions('handover');
  clearSharingSecrets();
  renderHandoverRecipient();
}

export async function handOver() {
  if (state.personId === null) return;
  const form = $('handover-form');
  clearFieldErrors(form);
  clearError($('handover-error'));
  setPlainText($('handover-result'), '');
  $('handover-next').hidden = true;
  const consent = consentById($('handover-consent').value);
  if (!consent) {
    markFieldError($('handover-consent'), t('share-consent-required'));
    return;
  }
  const pass = $('handover-pass');
  const pass2 = $('handover-pass2');
  if (Array.from(pass.value).length < HANDOVER_PASSPHRASE_MIN) {
    markFieldError(pass, t('error-passphrase-too-short', { min: HANDOVER_PASSPHRASE_MIN }));
    return;
  }
  if (pass.value !== pass2.value) {
    markFieldError(pass2, t('error-passphrase-mismatch'));
    return;
  }
  const args = {
    person_id: state.personId,
    recipient_organisation: str(consent.recipient_organisation),
    recipient_role: str(consent.recipient_role),
    purpose: str(consent.purpose),
    conditions: readConditions('handover'),
    passphrase: pass.value,
  };
  const r = await throughGate('handover.export', args, 'handover-submit', 'handover-error', resolveHandoverField);
  if (r === null) return;
  resetHandoverForm({ keepConsent: true });
  showSaved($('handover-result'), 'handover-saved-as', str(r && r.path));
  $('handover-next').hidden = false;
  await loadShares();
}

/** Empty the hand-over passphrase fields (on lock, after a hand-over, for another person). */
export function clearSharingSecrets() {
  $('handover-pass').value = '';
  $('handover-pass2').value = '';
}
