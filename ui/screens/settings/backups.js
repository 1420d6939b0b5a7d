// Backups: the automatic ones and how many are kept, a backup now to a folder (with its progress), and the restore form, shared by the settings, the unlock screen and the first-run screen (moved between them, never copied).
import { backupNow, call } from '../../api.js';
import { $, clear, clearError, clearErrorsOnEdit, clearFieldErrors, el, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDateTime, locale, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';

const KEEP_MIN = 1;
const KEEP_MAX = 100;

const state = {
  list: null,        // the last answer of backup.list
  listSeq: 0,
  where: 'settings', // where the restore form is: 'settings', 'unlock' or 'onboarding'
  confirming: false, // the confirmation step of the restore is shown
  restoring: false,
  backingUp: false,
  step: -1,          // the last tenth of the progress said in the status
};

let hooks = {
  restored: async () => {}, // restored({ where, withRecovery }): reload the app as after an unlock
  closed: () => {},         // closed(): a restore failed after the core closed the vault
};

// ---------- formatting ----------

function number(value, digits) {
  try {
    return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
  } catch {
    return String(Math.round(value));
  }
}

/** Bytes as MB (one decimal) or kB. */
function formatSize(bytes) {
  const n = Number(bytes) || 0;
  if (n >= 1000 * 1000) return t('backup-size-mb', { size: number(n / (1000 * 1000), 1) });
  return t('backup-size-kb', { size: number(Math.max(1, Math.round(n / 1000)), 0) });
}

function formatPercent(percent) {
  try {
    return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
  } catch {
    return `${percent}%`;
  }
}

function automatic() {
  return state.list && Array.isArray(state.list.automatic) ? state.list.automatic : [];
}

// ---------- the automatic backups ----------

function renderChoices() {
  const select = $('restore-choose');
  const items = automatic();
  const path = $('restore-path').value.trim();
  clear(select);
  select.appendChild(el('option', { value: '', i18n: 'restore-choose-none' }));
  for (const b of items) {
    select.appendChild(el('option', {
      value: b.path,
      text: t('backups-option', { date: formatDateTime(b.created_at), size: formatSize(b.bytes) }),
    }));
  }
  select.value = items.some((b) => b.path === path) ? path : '';
  $('restore-choose-field').hidden = items.length === 0;
}

function renderBackups() {
  const data = state.list;
  const list = $('backups-list');
  clear(list);
  for (const b of automatic()) {
    list.appendChild(el('li', { class: 'item' }, [
      el('div', { class: 'item-text' }, [
        el('span', { class: 'item-head', text: formatDateTime(b.created_at) }),
        el('span', { class: 'item-note', text: formatSize(b.bytes) }),
      ]),
    ]));
  }
  $('backups-empty').hidden = !data || automatic().length > 0;
  const folder = $('backups-folder');
  if (data && data.folder) setText(folder, 'backups-folder', { folder: data.folder });
  else setPlainText(folder, '');
  const warning = $('backups-warning');
  if (data && data.last_error) {
    setText(warning, 'backups-last-error', { detail: data.last_error });
    warning.hidden = false;
  } else {
    setPlainText(warning, '');
    warning.hidden = true;
  }
  renderChoices();
}

/** Ask the core for the automatic backups (works locked too). Resolves with the answer, or null. */
async function loadList() {
  const seq = ++state.listSeq;
  try {
    const r = await call('backup.list', {});
    if (seq !== state.listSeq) return null;
    state.list = r || null;
    clearError($('backups-list-error'));
    renderBackups();
    return state.list;
  } catch (err) {
    if (seq === state.listSeq) showError($('backups-list-error'), err);
    return null;
  }
}

async function saveKeep() {
  const input = $('settings-backups-keep');
  const status = $('backups-keep-status');
  const alertEl = $('backups-keep-error');
  clearFieldErrors($('backups-keep-form'));
  clearError(alertEl);
  setPlainText(status, '');
  const raw = input.value.trim();
  const keep = Number(raw);
  if (raw === '' || !Number.isInteger(keep) || keep < KEEP_MIN || keep > KEEP_MAX) {
    markFieldError(input, t('error-out-of-range', { field: t('field-backups-keep'), min: KEEP_MIN, max: KEEP_MAX }));
    return;
  }
  const button = $('backups-keep-save');
  setBusy(button, true);
  try {
    const s = await call('settings.set', { backups_keep: keep });
    const saved = s && Number.isInteger(s.backups_keep) ? s.backups_keep : keep;
    input.value = String(saved);
    setText(status, 'backups-keep-saved', { keep: saved });
    status.focus();
  } catch (err) {
    showFormError(err, alertEl, (field) => (field === 'backups_keep' ? input : null));
  } finally {
    setBusy(button, false);
  }
}

// ---------- a backup now ----------

function showProgress(done, total) {
  const percent = total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 0;
  $('backup-progress').value = percent;
  // The live region speaks every tenth, not every page.
  const step = Math.floor(percent / 10);
  if (step !== state.step) {
    state.step = step;
    setText($('backup-status'), 'backup-running', { percent: formatPercent(percent) });
  }
}

async function runBackup() {
  if (state.backingUp) return;
  const input = $('backup-folder');
  const status = $('backup-status');
  const bar = $('backup-progress');
  const alertEl = $('backup-error');
  const button = $('backup-now');
  clearFieldErrors($('backup-form'));
  clearError(alertEl);
  const folder = input.value.trim();
  state.backingUp = true;
  state.step = -1;
  setBusy(button, true);
  bar.value = 0;
  bar.hidden = false;
  showProgress(0, 0);
  let info;
  try {
    info = await backupNow(folder === '' ? null : folder, showProgress);
  } catch (err) {
    bar.hidden = true;
    setPlainText(status, '');
    if (err && err.code === 'not-found' && folder !== '') {
      markFieldError(input, t('backup-folder-missing', { folder }));
    } else if (err && err.code !== 'locked') {
      showError(alertEl, err);
      alertEl.focus();
    }
    return;
  } finally {
    state.backingUp = false;
    setBusy(button, false);
  }
  bar.value = 100;
  bar.hidden = true;
  setText(status, 'backup-saved', { path: (info && info.path) || '', size: formatSize(info && info.bytes) });
  status.focus();
  loadList();
}

// ---------- restore ----------

function withRecovery() {
  return $('restore-use-recovery').checked;
}

function renderSecretMode() {
  const input = $('restore-pass');
  if (withRecovery()) {
    setText($('restore-pass-label'), 'field-recovery-code');
    setText($('restore-pass-hint'), 'hint-restore-code');
    input.type = 'text';
    input.classList.add('mono');
    input.setAttribute('spellcheck', 'false');
  } else {
    setText($('restore-pass-label'), 'restore-pass-label');
    setText($('restore-pass-hint'), 'hint-restore-pass');
    input.type = 'password';
    input.classList.remove('mono');
  }
}

function resolveRestoreField(field) {
  if (field === 'path') return $('restore-path');
  if (field === 'passphrase' || field === 'recovery_code') return $('restore-pass');
  if (field === 'current_passphrase') return $('restore-current-pass');
  return null;
}

/** Show or hide the confirmation step; shown, the focus goes to its question. */
function showConfirm(on, { focus = true } = {}) {
  state.confirming = on;
  $('restore-confirm-box').hidden = !on;
  if (!on) return;
  const made = $('restore-confirm-made');
  const path = $('restore-path').value.trim();
  const known = automatic().find((b) => b.path === path);
  if (known) setText(made, 'restore-confirm-made', { date: formatDateTime(known.created_at) });
  else setPlainText(made, '');
  made.hidden = !known;
  if (focus) $('restore-confirm-title').focus();
}

function cancelConfirm() {
  showConfirm(false);
  $('restore-start').focus();
}

/** Empty the messages and the confirmation of the restore form; the path stays, the secret goes. */
function resetRestore() {
  showConfirm(false);
  $('restore-pass').value = '';
  $('restore-current-pass').value = '';
  clearFieldErrors($('restore-form'));
  clearError($('restore-error'));
  setPlainText($('restore-status'), '');
}

const SLOTS = { settings: 'restore-slot', unlock: 'unlock-restore-slot', onboarding: 'onb-restore-slot' };

/** Put the restore form into the settings card, the unlock screen or the first-run screen. */
function placeRestore(where) {
  const slot = $(SLOTS[where] || SLOTS.settings);
  const form = $('restore-form');
  if (form.parentElement !== slot) slot.appendChild(form);
  $('restore-intro').hidden = where !== 'settings'; // the other screens say it in their own words
  // On the first run there is no vault to replace: the confirmation says a new one is made.
  const first = where === 'onboarding';
  if (first !== (state.where === 'onboarding')) {
    setText($('restore-confirm-title'), first ? 'onb-restore-confirm-title' : 'restore-confirm-title');
    setText($('restore-confirm'), first ? 'onb-restore-confirm' : 'restore-confirm');
    $('restore-confirm').classList.toggle('btn-danger', !first);
    $('restore-confirm').classList.toggle('btn-primary', first);
    $('restore-confirm-new').hidden = !first;
    $('restore-confirm-replace').hidden = first;
    $('restore-confirm-kept').hidden = first;
  }
  // Locked, the vault here is replaced only with its current passphrase too.
  $('restore-current-field').hidden = where !== 'unlock';
  state.where = where;
}

function startRestore() {
  clearFieldErrors($('restore-form'));
  clearError($('restore-error'));
  setPlainText($('restore-status'), '');
  const path = $('restore-path');
  const pass = $('restore-pass');
  if (path.value.trim() === '') {
    markFieldError(path, t('error-required', { field: t('field-path') }));
    return;
  }
  if (pass.value.trim() === '') {
    markFieldError(pass, t('error-required', { field: t(withRecovery() ? 'field-recovery-code' : 'field-passphrase') }));
    return;
  }
  showConfirm(true);
}

async function vaultIsOpen() {
  try {
    const s = await call('app.status');
    return Boolean(s && s.unlocked);
  } catch {
    return true;
  }
}

function showRestoreError(err, closed) {
  const alertEl = $('restore-error');
  const code = err && err.code;
  let input = err && err.field ? resolveRestoreField(err.field) : null;
  if (!input && code === 'wrong-secret') input = $('restore-pass');
  if (!input && (code === 'backup-format' || code === 'not-found')) input = $('restore-path');
  if (input) {
    markFieldError(input, err.message, { focus: false });
    if (closed) setText(alertEl, 'restore-vault-closed');
    input.focus();
    if (typeof input.select === 'function') input.select();
  } else {
    const message = (err && err.message) || String(err);
    setPlainText(alertEl, closed ? `${message} ${t('restore-vault-closed')}` : message);
    alertEl.focus();
  }
}

function showResult(target, result) {
  clear(target);
  target.removeAttribute('data-i18n');
  target.removeAttribute('data-i18n-args');
  const done = document.createElement('span');
  setText(done, 'restore-done', { entries: Number(result && result.audit_entries) || 0 });
  const kept = result && result.previous_kept_in;
  const where = document.createElement('span');
  if (kept) setText(where, 'restore-done-kept', { path: kept });
  else setText(where, 'restore-done-nothing-kept');
  target.append(done, ' ', where);
}

async function runRestore() {
  if (state.restoring) return;
  const path = $('restore-path').value.trim();
  const secret = $('restore-pass').value;
  const recovery = withRecovery();
  const args = recovery ? { path, recovery_code: secret.trim() } : { path, passphrase: secret };
  if (!$('restore-current-field').hidden) args.current_passphrase = $('restore-current-pass').value;
  const where = state.where;
  const status = $('restore-status');
  const buttons = [$('restore-confirm'), $('restore-cancel'), $('restore-start')];
  state.restoring = true;
  for (const b of buttons) setBusy(b, true);
  setText(status, 'restore-running');
  status.focus();
  let result;
  try {
    result = await call('backup.restore', args);
  } catch (err) {
    state.restoring = false;
    for (const b of buttons) setBusy(b, false);
    showConfirm(false);
    setPlainText(status, '');
    // The core closes the open vault before it looks at the backup: from the settings, a
    // failed restore can leave it locked. Then the form goes on to the unlock screen.
    const closed = where === 'settings' && !(await vaultIsOpen());
    if (closed) {
      hooks.closed();
      openOnUnlock({ focus: false });
    }
    showRestoreError(err, closed);
    return;
  }
  state.restoring = false;
  for (const b of buttons) setBusy(b, false);
  $('restore-pass').value = '';
  $('restore-current-pass').value = '';
  showConfirm(false);
  setPlainText(status, '');
  await hooks.restored({ where, withRecovery: recovery });
  // On the settings (still shown) the result goes under the form; else on the home screen.
  if (where !== 'settings' || $('screen-settings').hidden) {
    const banner = $('restore-banner');
    showResult($('restore-banner-text'), result);
    banner.hidden = false;
    $('restore-banner-text').focus();
  } else {
    showResult(status, result);
    status.focus();
  }
}

// ---------- the unlock screen ----------

function openOnUnlock({ focus = true } = {}) {
  placeRestore('unlock');
  $('unlock-restore-box').hidden = false;
  $('unlock-restore').setAttribute('aria-expanded', 'true');
  loadList();
  if (focus) $('unlock-restore-title').focus();
}

function closeOnUnlock() {
  resetRestore();
  $('unlock-restore-box').hidden = true;
  $('unlock-restore').setAttribute('aria-expanded', 'false');
}

// ---------- the first-run screen (a new laptop, only a backup) ----------

function openOnOnboarding() {
  placeRestore('onboarding');
  $('onb-restore-box').hidden = false;
  $('onb-restore').setAttribute('aria-expanded', 'true');
  loadList();
  $('onb-restore-title').focus();
}

function closeOnOnboarding() {
  resetRestore();
  $('onb-restore-box').hidden = true;
  $('onb-restore').setAttribute('aria-expanded', 'false');
}

function closeBanner() {
  $('restore-banner').hidden = true;
  setPlainText($('restore-banner-text'), '');
  const search = $('search-input');
  if (search.offsetParent !== null) search.focus();
  else $('main-content').focus();
}

// ---------- entry points ----------

/** Fill the backups section of the settings, and bring the restore form back into it. */
export async function loadBackups() {
  placeRestore('settings');
  resetRestore();
  setPlainText($('backups-keep-status'), '');
  clearFieldErrors($('backups-keep-form'));
  clearError($('backups-keep-error'));
  if (!state.backingUp) {
    clearFieldErrors($('backup-form'));
    clearError($('backup-error'));
    setPlainText($('backup-status'), '');
  }
  const r = await loadList();
  if (r) $('settings-backups-keep').value = String(r.keep ?? '');
}

/** Back inside the vault (after an unlock): the restore form goes back to the settings card. */
export function settleRestore() {
  closeOnUnlock();
  closeOnOnboarding();
  placeRestore('settings');
}

/** On lock: forget the restore secret, fold the restore form of the unlock screen away. */
export function clearBackupSecrets() {
  closeOnUnlock();
  $('restore-banner').hidden = true;
  setPlainText($('restore-banner-text'), '');
}

/** Wire the backups section, the restore form and the links of the unlock and first-run screens (once, at start). */
export function initBackups({ restored, closed } = {}) {
  hooks = { restored: restored || hooks.restored, closed: closed || hooks.closed };
  clearErrorsOnEdit($('backups-keep-form'));
  clearErrorsOnEdit($('backup-form'));
  const form = $('restore-form');
  clearErrorsOnEdit(form);

  $('backups-keep-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    saveKeep();
  });
  $('backup-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    runBackup();
  });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!state.restoring) startRestore();
  });
  // Changing what is to be restored takes the question back.
  const changed = () => {
    if (state.confirming && !state.restoring) showConfirm(false);
  };
  for (const id of ['restore-path', 'restore-pass']) $(id).addEventListener('input', changed);
  $('restore-choose').addEventListener('change', () => {
    const value = $('restore-choose').value;
    if (!value) return;
    const path = $('restore-path');
    path.value = value;
    path.dispatchEvent(new Event('input', { bubbles: true }));
  });
  $('restore-use-recovery').addEventListener('change', () => {
    changed();
    $('restore-pass').value = '';
    renderSecretMode();
  });
  $('restore-confirm').addEventListener('click', runRestore);
  $('restore-cancel').addEventListener('click', cancelConfirm);
  form.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.defaultPrevented) return;
    if (state.restoring) {
      ev.preventDefault(); // not away from the screen while the vault is being replaced
    } else if (state.confirming) {
      ev.preventDefault();
      cancelConfirm();
    }
  });

  $('unlock-restore').addEventListener('click', () => {
    if ($('unlock-restore-box').hidden) openOnUnlock();
    else {
      closeOnUnlock();
      $('unlock-restore').focus();
    }
  });
  $('onb-restore').addEventListener('click', () => {
    if ($('onb-restore-box').hidden) openOnOnboarding();
    else {
      closeOnOnboarding();
      $('onb-restore').focus();
    }
  });
  $('restore-banner-close').addEventListener('click', closeBanner);

  onLanguageChange(renderBackups);
}
