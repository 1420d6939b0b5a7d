// The first-run screen: the worker's profile and the passphrase that create the vault.
import { call } from '../../api.js';
import { $, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showFormError } from '../../dom.js';
import { currentLang, t } from '../../i18n.js';

const state = {
  languageChosen: false, // the worker picked a working language on this screen
};

const hooks = {
  created: () => {}, // created(profile, recoveryCode): the vault exists and is unlocked
};

function resolveOnboardingField(field) {
  const map = {
    worker_name: 'onb-worker',
    ocmw_name: 'onb-ocmw',
    ocmw_code: 'onb-ocmw-code',
    worker_code: 'onb-worker-code',
    ocmw_address: 'onb-ocmw-address',
    labour_court_address: 'onb-court-address',
    language: 'onb-language',
    passphrase: 'onb-passphrase',
  };
  const key = field.replace(/^profile\./, '');
  return map[key] ? $(map[key]) : null;
}

async function submitOnboarding() {
  const form = $('onb-form');
  clearFieldErrors(form);
  clearError($('onb-error'));
  const pass = $('onb-passphrase');
  const pass2 = $('onb-passphrase2');
  if (pass.value !== pass2.value) {
    markFieldError(pass2, t('error-passphrase-mismatch'));
    return;
  }
  const profile = {
    worker_name: $('onb-worker').value.trim(),
    ocmw_name: $('onb-ocmw').value.trim(),
    ocmw_code: $('onb-ocmw-code').value.trim(),
    worker_code: $('onb-worker-code').value.trim(),
    ocmw_address: $('onb-ocmw-address').value.trim(),
    labour_court_address: $('onb-court-address').value.trim(),
    language: $('onb-language').value,
  };
  const button = $('onb-submit');
  setBusy(button, true);
  try {
    const r = await call('vault.create', { passphrase: pass.value, profile });
    pass.value = '';
    pass2.value = '';
    hooks.created(profile, r.recovery_code);
  } catch (err) {
    showFormError(err, $('onb-error'), resolveOnboardingField);
  } finally {
    setBusy(button, false);
  }
}

/** Ready the screen for a first run (`damaged`: a database without its key file is there). */
export function prepareOnboarding({ damaged }) {
  // A database without its key file is not a first run: say so (nothing is deleted).
  $('onb-damaged').hidden = damaged !== true;
  $('onb-language').value = currentLang();
}

/** The interface language changed: the working language follows until the worker picks one. */
export function followLanguage() {
  if (!state.languageChosen) $('onb-language').value = currentLang();
}

/** A backup was restored from this screen: its passphrase fields are of no use any more. */
export function clearOnboardingSecrets() {
  $('onb-passphrase').value = '';
  $('onb-passphrase2').value = '';
}

/** Wire the screen (once, at start). */
export function initOnboarding({ created } = {}) {
  hooks.created = created || hooks.created;
  clearErrorsOnEdit($('onb-form'));
  $('onb-language').addEventListener('change', () => { state.languageChosen = true; });
  $('onb-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    submitOnboarding();
  });
}
