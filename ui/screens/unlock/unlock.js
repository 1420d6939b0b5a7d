// The unlock screen: the passphrase, or the recovery code when it is lost.
import { call } from '../../api.js';
import { $, clearError, setBusy, showError } from '../../dom.js';
import { setText } from '../../i18n.js';

const hooks = {
  unlocked: () => {}, // unlocked(profile or null, withRecovery): the vault is open again
};

function recoveryMode() {
  return !$('unlock-recovery-field').hidden;
}

function setRecoveryMode(on) {
  $('unlock-recovery-field').hidden = !on;
  $('unlock-passphrase-field').hidden = on;
  setText($('unlock-use-recovery'), on ? 'unlock-use-passphrase' : 'unlock-use-recovery');
  clearError($('unlock-error'));
  (on ? $('unlock-recovery') : $('unlock-passphrase')).focus();
}

/** After the screen is shown: the focus in the field in use (and no acceptance left ticked). */
export function focusUnlockField() {
  $('unlock-accept-seal').checked = false;
  $('unlock-accept-seal-field').hidden = true;
  if (recoveryMode()) $('unlock-recovery').focus();
  else $('unlock-passphrase').focus();
}

/** Back to the passphrase, both fields and the error emptied (after an unlock or a restore). */
export function resetUnlock() {
  clearError($('unlock-error'));
  $('unlock-passphrase').value = '';
  $('unlock-recovery').value = '';
  $('unlock-recovery-field').hidden = true;
  $('unlock-passphrase-field').hidden = false;
  $('unlock-accept-seal-field').hidden = true;
  $('unlock-accept-seal').checked = false;
  setText($('unlock-use-recovery'), 'unlock-use-recovery');
}

async function submitUnlock() {
  const withRecovery = recoveryMode();
  const input = withRecovery ? $('unlock-recovery') : $('unlock-passphrase');
  clearError($('unlock-error'));
  if (input.value.trim() === '') {
    input.focus();
    return;
  }
  const args = withRecovery ? { recovery_code: input.value.trim() } : { passphrase: input.value };
  // A vault without its seal opens only when the worker says they moved it themselves.
  if (!$('unlock-accept-seal-field').hidden && $('unlock-accept-seal').checked) {
    args.accept_missing_seal = true;
  }
  const button = $('unlock-submit');
  setBusy(button, true);
  try {
    await call('vault.unlock', args);
  } catch (err) {
    setBusy(button, false);
    showError($('unlock-error'), err);
    if (err && err.code === 'vault-seal-missing') $('unlock-accept-seal-field').hidden = false;
    input.focus();
    input.select();
    return;
  }
  setBusy(button, false);
  $('unlock-passphrase').value = '';
  $('unlock-recovery').value = '';
  // The acceptance of a missing seal is for that one unlock, never the next.
  $('unlock-accept-seal').checked = false;
  $('unlock-accept-seal-field').hidden = true;
  if (withRecovery) {
    $('unlock-recovery-field').hidden = true;
    $('unlock-passphrase-field').hidden = false;
    setText($('unlock-use-recovery'), 'unlock-use-recovery');
  }
  let profile = null;
  try {
    const status = await call('app.status');
    profile = status.profile;
  } catch { /* the caller fetches it */ }
  await hooks.unlocked(profile, withRecovery);
}

/** Wire the screen (once, at start). */
export function initUnlock({ unlocked } = {}) {
  hooks.unlocked = unlocked || hooks.unlocked;
  $('unlock-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    submitUnlock();
  });
  $('unlock-use-recovery').addEventListener('click', () => setRecoveryMode(!recoveryMode()));
}
