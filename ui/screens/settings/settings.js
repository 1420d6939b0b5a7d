// The settings screen: profile, auto-lock and retention period, passphrase change, backups (backups.js), the amounts table and the journal integrity check.
import { call } from '../../api.js';
import { loadBackups } from './backups.js';
import { showIndexation } from './indexation.js';
import { $, el, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { setPlainText, setText, t } from '../../i18n.js';
import { formatCents, parseEuros } from '../../values.js';
import { list } from '../../vocabulary.js';

const PROFILE_FIELDS = {
  worker_name: 'set-worker',
  ocmw_name: 'set-ocmw',
  ocmw_code: 'set-ocmw-code',
  worker_code: 'set-worker-code',
  ocmw_address: 'set-ocmw-address',
  labour_court_address: 'set-court-address',
  ocmw_phone: 'set-ocmw-phone',
  ocmw_email: 'set-ocmw-email',
  ocmw_hours: 'set-ocmw-hours',
  deciding_body: 'set-body',
  deciding_body_name: 'set-body-name',
  signatory_1_name: 'set-sign1-name',
  signatory_1_role: 'set-sign1-role',
  signatory_2_name: 'set-sign2-name',
  signatory_2_role: 'set-sign2-role',
  payment_frequency: 'set-payment',
  language: 'set-language',
  auto_lock_minutes: 'set-autolock',
  retention_years: 'settings-retention-years',
};

/** The letterhead, deciding body, signatories and payment rhythm of decision letters. */
const LETTER_FIELDS = ['ocmw_phone', 'ocmw_email', 'ocmw_hours', 'deciding_body', 'deciding_body_name',
  'signatory_1_name', 'signatory_1_role', 'signatory_2_name', 'signatory_2_role', 'payment_frequency'];

/** The roles a decision letter's two signatories may have (the core's `SIGNATORY_ROLES`). */
const SIGNATORY_ROLES = list('signatory_roles');

/** The body's own name is asked only for "another body". */
function showBodyName() {
  $('set-body-name-field').hidden = $('set-body').value !== 'other';
}

let profileSaved = () => {};
let passphraseChanged = () => {};

function resolveProfileField(field) {
  const id = PROFILE_FIELDS[field];
  return id ? $(id) : null;
}

function resolvePassphraseField(field) {
  if (field === 'current_passphrase' || field === 'recovery_code') return $('set-current-passphrase');
  if (field === 'new_passphrase' || field === 'passphrase') return $('set-new-passphrase');
  return null;
}

function useRecovery() {
  return $('set-use-recovery').checked;
}

function renderCurrentMode() {
  const input = $('set-current-passphrase');
  if (useRecovery()) {
    setText($('set-current-label'), 'field-recovery-code');
    input.type = 'text';
    input.classList.add('mono');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
  } else {
    setText($('set-current-label'), 'field-current-passphrase');
    input.type = 'password';
    input.classList.remove('mono');
    input.setAttribute('autocomplete', 'current-password');
  }
}

/** Empty the passphrase fields (on lock, and after a change). */
export function clearSecrets() {
  for (const id of ['set-current-passphrase', 'set-new-passphrase', 'set-new-passphrase2', 'revoke-pass']) $(id).value = '';
  setPlainText($('revoke-code'), '');
  $('revoke-code').hidden = true;
  $('revoke-code-hint').hidden = true;
}

/** Fill the settings form from the core. `afterRecovery`: preset the passphrase change to use the recovery code. */
export async function loadSettings({ afterRecovery = false } = {}) {
  for (const id of ['set-status', 'set-passphrase-status', 'set-verify-result', 'amounts-status']) setPlainText($(id), '');
  loadAmounts();
  loadBackups();
  for (const id of ['set-error', 'set-passphrase-error']) clearError($(id));
  clearFieldErrors($('settings-form'));
  clearFieldErrors($('passphrase-form'));
  if (afterRecovery) {
    $('set-use-recovery').checked = true;
    renderCurrentMode();
  }
  try {
    const [profile, settings] = await Promise.all([call('profile.get'), call('settings.get')]);
    $('set-worker').value = profile.worker_name || '';
    $('set-ocmw').value = profile.ocmw_name || '';
    $('set-ocmw-code').value = profile.ocmw_code || '';
    $('set-worker-code').value = profile.worker_code || '';
    $('set-ocmw-address').value = profile.ocmw_address || '';
    $('set-court-address').value = profile.labour_court_address || '';
    for (const key of LETTER_FIELDS) $(PROFILE_FIELDS[key]).value = profile[key] || '';
    showBodyName();
    $('set-language').value = profile.language || 'nl';
    $('set-autolock').value = String(settings.auto_lock_minutes ?? '');
    $('settings-retention-years').value = String(settings.retention_years ?? '');
  } catch (err) {
    showError($('set-error'), err);
  }
}

async function saveSettings() {
  const form = $('settings-form');
  clearFieldErrors(form);
  clearError($('set-error'));
  setPlainText($('set-status'), '');

  const raw = $('set-autolock').value.trim();
  const minutes = Number(raw);
  if (raw === '' || !Number.isInteger(minutes) || minutes < 1 || minutes > 120) {
    markFieldError($('set-autolock'), t('error-out-of-range', { field: t('field-auto-lock-minutes'), min: 1, max: 120 }));
    return;
  }
  const rawYears = $('settings-retention-years').value.trim();
  const years = Number(rawYears);
  if (rawYears === '' || !Number.isInteger(years) || years < 1 || years > 30) {
    markFieldError($('settings-retention-years'), t('error-out-of-range', { field: t('field-retention-years'), min: 1, max: 30 }));
    return;
  }
  const profile = {
    worker_name: $('set-worker').value.trim(),
    ocmw_name: $('set-ocmw').value.trim(),
    ocmw_code: $('set-ocmw-code').value.trim(),
    worker_code: $('set-worker-code').value.trim(),
    ocmw_address: $('set-ocmw-address').value.trim(),
    labour_court_address: $('set-court-address').value.trim(),
    language: $('set-language').value,
  };
  for (const key of LETTER_FIELDS) profile[key] = $(PROFILE_FIELDS[key]).value.trim();
  const button = $('set-save');
  setBusy(button, true);
  try {
    const saved = await call('profile.set', profile);
    await call('settings.set', { auto_lock_minutes: minutes, retention_years: years });
    setText($('set-status'), 'settings-saved');
    profileSaved(saved && typeof saved === 'object' && saved.ocmw_name !== undefined ? saved : profile);
  } catch (err) {
    showFormError(err, $('set-error'), resolveProfileField);
  } finally {
    setBusy(button, false);
  }
}

async function changePassphrase() {
  const form = $('passphrase-form');
  clearFieldErrors(form);
  clearError($('set-passphrase-error'));
  setPlainText($('set-passphrase-status'), '');

  const current = $('set-current-passphrase');
  const next = $('set-new-passphrase');
  const next2 = $('set-new-passphrase2');
  if (next.value !== next2.value) {
    markFieldError(next2, t('error-passphrase-mismatch'));
    return;
  }
  const args = { new_passphrase: next.value };
  if (useRecovery()) args.recovery_code = current.value.trim();
  else args.current_passphrase = current.value;

  const button = $('set-passphrase-save');
  setBusy(button, true);
  try {
    await call('vault.change_passphrase', args);
    clearSecrets();
    $('set-use-recovery').checked = false;
    renderCurrentMode();
    setText($('set-passphrase-status'), 'settings-passphrase-saved');
    passphraseChanged();
  } catch (err) {
    const input = err && err.field ? resolvePassphraseField(err.field) : null;
    if (!input && err && /wrong|secret/i.test(err.code || '')) {
      showError($('set-passphrase-error'), err);
      current.focus();
      current.select();
    } else {
      showFormError(err, $('set-passphrase-error'), resolvePassphraseField);
    }
  } finally {
    setBusy(button, false);
  }
}

async function verifyJournal() {
  const result = $('set-verify-result');
  const button = $('set-verify');
  setPlainText(result, '');
  setBusy(button, true);
  try {
    const r = await call('audit.verify');
    if (r.ok) {
      result.classList.remove('is-bad');
      setText(result, 'audit-ok', { entries: r.entries });
    } else {
      result.classList.add('is-bad');
      const broken = r.first_broken || {};
      setText(result, 'audit-broken', { id: broken.id ?? '?', reason: broken.reason ?? '' });
    }
  } catch (err) {
    result.classList.add('is-bad');
    showError(result, err);
  } finally {
    setBusy(button, false);
  }
}

/** Wire the settings screen. onProfile(profile) after a profile save; onPassphrase() after a change. */
/** The dated amounts table: one row per indexation, newest last. */
async function loadAmounts() {
  const body = $('amounts-rows');
  try {
    const rows = await call('amounts.list', {});
    body.replaceChildren();
    for (const r of rows) {
      const tr = document.createElement('tr');
      const cells = [
        r.valid_from,
        formatCents(r.cohabitant_year_cents),
        formatCents(r.single_year_cents),
        formatCents(r.family_year_cents),
        r.sp_exemption_month_cents === null ? '' : formatCents(r.sp_exemption_month_cents),
        r.sp_exemption_shortage_month_cents == null ? '' : formatCents(r.sp_exemption_shortage_month_cents),
        r.source || '',
      ];
      for (const c of cells) {
        const td = document.createElement('td');
        td.textContent = c;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
  } catch (err) {
    showError($('amounts-error'), err);
  }
}

async function addAmounts() {
  const alertEl = $('amounts-error');
  clearError(alertEl);
  clearFieldErrors($('amounts-form'));
  setPlainText($('amounts-status'), '');
  const euros = {};
  for (const [key, id, required] of [
    ['cohabitant_year_cents', 'amounts-cohabitant', true],
    ['single_year_cents', 'amounts-single', true],
    ['family_year_cents', 'amounts-family', true],
    ['sp_exemption_month_cents', 'amounts-sp-input', false],
    ['sp_exemption_shortage_month_cents', 'amounts-sp-shortage-input', false],
  ]) {
    const text = $(id).value.trim();
    if (!text && !required) { euros[key] = null; continue; }
    const cents = parseEuros(text);
    if (cents === null) {
      markFieldError($(id), t('amounts-invalid'));
      return;
    }
    euros[key] = cents;
  }
  const from = $('amounts-from').value;
  if (!from) {
    markFieldError($('amounts-from'), t('error-required', { field: t('field-valid-from') }));
    return;
  }
  const button = $('amounts-add');
  setBusy(button, true);
  try {
    await call('amounts.add', { valid_from: from, source: $('amounts-source-input').value, ...euros });
    setText($('amounts-status'), 'amounts-added');
    await loadAmounts();
    await showIndexation(from);
  } catch (err) {
    showFormError(err, alertEl, () => null);
  } finally {
    setBusy(button, false);
  }
}

/** A new recovery code, or a full re-key with a new one: the code is shown once. */
async function revoke(command) {
  const pass = $('revoke-pass');
  clearFieldErrors($('revoke-form'));
  clearError($('revoke-error'));
  setPlainText($('revoke-status'), '');
  $('revoke-code').hidden = true;
  $('revoke-code-hint').hidden = true;
  setPlainText($('revoke-code'), '');
  if (!pass.value) {
    markFieldError(pass, t('error-required', { field: t('field-current-passphrase') }));
    return;
  }
  const args = { current_passphrase: pass.value };
  if (command === 'vault.rekey') args.remove_old_backups = $('revoke-remove-old').checked;
  const button = command === 'vault.rekey' ? $('revoke-rekey') : $('revoke-new-code');
  setBusy(button, true);
  try {
    const r = await call(command, args);
    pass.value = '';
    setPlainText($('revoke-code'), String((r && r.recovery_code) || ''));
    $('revoke-code').hidden = false;
    $('revoke-code-hint').hidden = false;
    setText($('revoke-status'), command === 'vault.rekey' ? 'revoke-rekeyed' : 'revoke-code-made');
    loadBackups();
  } catch (err) {
    showFormError(err, $('revoke-error'), (field) => (field === 'current_passphrase' ? pass : null));
  } finally {
    setBusy(button, false);
  }
}

export function initSettings({ onProfile, onPassphrase }) {
  profileSaved = onProfile || profileSaved;
  passphraseChanged = onPassphrase || passphraseChanged;
  clearErrorsOnEdit($('settings-form'));
  clearErrorsOnEdit($('passphrase-form'));
  $('settings-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    saveSettings();
  });
  $('passphrase-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    changePassphrase();
  });
  $('set-body').addEventListener('change', showBodyName);
  $('revoke-new-code').addEventListener('click', () => revoke('vault.new_recovery_code'));
  $('revoke-rekey').addEventListener('click', () => revoke('vault.rekey'));
  for (const id of ['set-sign1-role', 'set-sign2-role']) {
    for (const role of SIGNATORY_ROLES) $(id).appendChild(el('option', { value: role, i18n: `role-${role}` }));
  }
  $('set-use-recovery').addEventListener('change', renderCurrentMode);
  $('set-verify').addEventListener('click', verifyJournal);
  $('amounts-form').addEventListener('submit', (e) => { e.preventDefault(); addAmounts(); });
}
