// Tandem's front-end entry: start-up, screens (onboarding, recovery code, unlock, persons, request, report review, support plan, settings), together mode, language, locking, and the reload after a restored backup.
import { call, hasCore, onLocked } from './api.js';
import { clearBackupSecrets, initBackups, settleRestore } from './screens/settings/backups.js';
import { $, clear, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from './dom.js';
import { currentLang, formatDate, loadCatalog, setPlainText, setText, t } from './i18n.js';
import { initDeadlines, refreshDeadlines } from './screens/main/deadlines.js';
import { clearHomeSecrets, initHome, refreshRetention } from './screens/main/home.js';
import { clearPerson, guard, initPersons, openPersonPage, personIsOpen, personOnPage, refreshHomePanels, resetPersons, showPerson, showPersonSupport, startPersons } from './screens/main/person.js';
import { refreshList } from './screens/main/list.js';
import { clearPlan, escapePlan, initPlan, openPlan, planOnScreen, reloadPlan } from './screens/plan/plan.js';
import { clearRequest, escapeRequest, initRequest, openRequest, reloadRequest, requestOnPage } from './screens/request/request.js';
import { initReport } from './screens/review/report.js';
import { clearReview, escapeReview, openReview, reloadReview } from './screens/review/review.js';
import { reportCardRead } from './screens/request/report.js';
import { buildRooms, defineRoom, emptyRooms, PERSON_ROOMS, refillRooms, reopenRoom, whereIs } from './rooms.js';
import { clearSecrets, initSettings, loadSettings } from './screens/settings/settings.js';
import { clearSharingSecrets } from './screens/main/handover.js';
import { initSharing } from './screens/main/sharing.js';
import { initTogether, isTogether, setTogetherContext } from './together.js';

const SCREENS = ['onboarding', 'recovery', 'unlock', 'main', 'request', 'review', 'plan', 'settings'];
const INSIDE = new Set(['main', 'request', 'review', 'plan', 'settings']);
/** Screens the settings return to as they were left. */
const SETTINGS_RETURN = new Set(['request', 'review', 'plan']);
/** Screens that belong to one person: together mode can stay on there. */
const PERSON_SCREENS = new Set(['request', 'review', 'plan']);
const POLL_MS = 15000;
const ACTIVITY_MS = 30000;
const DEADLINES_MS = 60000;

const app = {
  screen: null,
  unlocked: false,
  profile: null,
  returnScreen: null,   // screen to come back to after an unlock
  returnFocus: null,    // element that had focus when the vault locked
  returnWhere: null,    // what the room left at the lock showed (ids), to open it again from the core
  lastActivity: 0,
  settingsOpener: null, // element to focus when leaving the settings
  settingsReturn: 'main', // screen to go back to from the settings (main, request, review or plan)
  onbLanguageChosen: false, // the worker picked a working language on the first screen
};

// ---------- screens ----------

function showScreen(name) {
  for (const s of SCREENS) $(`screen-${s}`).hidden = s !== name;
  app.screen = name;
  $('boot-message').hidden = true;
  const inside = INSIDE.has(name);
  $('settings-button').hidden = !inside;
  $('lock-button').hidden = !inside;
  $('screen-footer').hidden = !inside;
  $('topbar-ocmw').hidden = !inside || !$('topbar-ocmw').textContent;
  if (name === 'settings') $('settings-button').setAttribute('aria-current', 'page');
  else $('settings-button').removeAttribute('aria-current');
  syncTogether();
}

/** Together mode follows the screen: on a person's page (or their request, report or plan) only. */
function syncTogether() {
  const inside = INSIDE.has(app.screen);
  const person = PERSON_SCREENS.has(app.screen) || (app.screen === 'main' && personIsOpen());
  setTogetherContext({ inside, person });
}

function setProfile(profile) {
  if (!profile) return;
  app.profile = profile;
  setPlainText($('topbar-ocmw'), profile.ocmw_name || '');
  $('topbar-ocmw').hidden = !INSIDE.has(app.screen) || !profile.ocmw_name;
}

async function enterApp(profile) {
  app.unlocked = true;
  app.lastActivity = Date.now();
  if (!profile) {
    try { profile = await call('profile.get'); } catch { profile = null; }
  }
  setProfile(profile);
  settleRestore();
  const target = app.returnScreen || 'main';
  const focus = app.returnFocus;
  const where = app.returnWhere;
  app.returnScreen = null;
  app.returnFocus = null;
  app.returnWhere = null;
  refillRooms();
  showScreen(target);
  await startPersons();
  // The room left at the lock is opened again from the core, with the edits not saved then.
  if (PERSON_ROOMS.includes(target)) await reopenRoom(target, where);
  if (focus && focus.isConnected && !focus.disabled && !focus.closest('[hidden]')
    && ($(`screen-${target}`).contains(focus) || $('together-banner').contains(focus))) focus.focus();
  else if (isTogether()) $('together-banner-title').focus();
  else if (target === 'main') $('search-input').focus();
  else if (target === 'request') $('req-title').focus();
  else if (target === 'review') $('review-title').focus();
  else if (target === 'plan') $('plan-title').focus();
  else $('settings-title').focus();
  refreshRetention();
}

/** The vault is locked (by the button, the timer or the core): empty the person rooms, show the unlock screen. */
function lockUI() {
  if (!app.unlocked && app.screen === 'unlock') return;
  if (INSIDE.has(app.screen)) {
    app.returnScreen = app.screen;
    app.returnFocus = document.activeElement;
    app.returnWhere = PERSON_ROOMS.includes(app.screen) ? whereIs(app.screen) : null;
  }
  app.unlocked = false;
  clearSecrets();
  clearSharingSecrets();
  clearHomeSecrets();
  clearBackupSecrets();
  // Emptied, not only hidden: nothing of a person stays in the document while locked.
  emptyRooms();
  showUnlock();
}

// ---------- onboarding ----------

function resolveOnboardingField(field) {
  const map = {
    worker_name: 'onb-worker',
    ocmw_name: 'onb-ocmw',
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
    app.unlocked = true;
    app.lastActivity = Date.now();
    setProfile(profile);
    showRecovery(r.recovery_code);
  } catch (err) {
    showFormError(err, $('onb-error'), resolveOnboardingField);
  } finally {
    setBusy(button, false);
  }
}

// ---------- recovery code ----------

function showRecovery(code) {
  const p = app.profile || {};
  setPlainText($('recovery-code'), code || '');
  setPlainText($('print-code'), code || '');
  setPlainText($('print-ocmw'), p.ocmw_name || '');
  setPlainText($('print-worker'), p.worker_name || '');
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  $('print-date').setAttribute('data-iso', iso);
  setPlainText($('print-date'), formatDate(iso));
  $('recovery-confirm').checked = false;
  $('recovery-continue').disabled = true;
  showScreen('recovery');
  $('recovery-title').focus();
}

function leaveRecovery() {
  // Shown once: remove the code from the page.
  for (const id of ['recovery-code', 'print-code']) setPlainText($(id), '');
  $('recovery-confirm').checked = false;
  $('recovery-continue').disabled = true;
  enterApp(app.profile);
}

// ---------- unlock ----------

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

function showUnlock() {
  clearError($('unlock-error'));
  showScreen('unlock');
  if (recoveryMode()) $('unlock-recovery').focus();
  else $('unlock-passphrase').focus();
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
  const button = $('unlock-submit');
  setBusy(button, true);
  try {
    await call('vault.unlock', args);
  } catch (err) {
    setBusy(button, false);
    showError($('unlock-error'), err);
    input.focus();
    input.select();
    return;
  }
  setBusy(button, false);
  $('unlock-passphrase').value = '';
  $('unlock-recovery').value = '';
  if (withRecovery) {
    $('recovery-banner').hidden = false;
    $('unlock-recovery-field').hidden = true;
    $('unlock-passphrase-field').hidden = false;
    setText($('unlock-use-recovery'), 'unlock-use-recovery');
  }
  let profile = null;
  try {
    const status = await call('app.status');
    profile = status.profile;
  } catch { /* enterApp fetches it */ }
  await enterApp(profile);
}

// ---------- restore of a backup ----------

/**
 * A backup was restored (from the settings, the unlock screen or the first-run screen) and the core left it unlocked.
 * The vault is another one now: its profile, persons and files may differ. Reload everything as
 * after an unlock; from the settings, stay there (the settings are reloaded), else the home.
 */
async function afterRestore({ where, withRecovery }) {
  const inSettings = where === 'settings' && app.screen === 'settings';
  app.returnScreen = inSettings ? 'settings' : null;
  app.returnFocus = null;
  app.returnWhere = null; // another vault: nothing to open again
  refillRooms();
  app.settingsReturn = 'main';
  app.settingsOpener = null;
  clearError($('unlock-error'));
  $('unlock-passphrase').value = '';
  $('unlock-recovery').value = '';
  $('unlock-recovery-field').hidden = true;
  $('unlock-passphrase-field').hidden = false;
  setText($('unlock-use-recovery'), 'unlock-use-recovery');
  $('recovery-banner').hidden = !withRecovery;
  // From the first-run screen: its passphrase fields are of no use any more.
  $('onb-passphrase').value = '';
  $('onb-passphrase2').value = '';
  let status = null;
  try {
    status = await call('app.status');
  } catch { /* enterApp fetches the profile */ }
  if (status && status.language && status.language !== currentLang()) {
    try {
      await loadCatalog(status.language);
      $('lang-select').value = currentLang();
    } catch (err) {
      showError($('top-error'), err);
    }
  }
  resetPersons();
  await enterApp(status ? status.profile : null);
  if (inSettings) await loadSettings({ afterRecovery: withRecovery });
}

// ---------- settings ----------

async function openSettings({ afterRecovery = false } = {}) {
  if (app.screen !== 'settings') {
    app.settingsOpener = document.activeElement;
    app.settingsReturn = SETTINGS_RETURN.has(app.screen) ? app.screen : 'main';
  }
  showScreen('settings');
  $('settings-title').focus();
  await loadSettings({ afterRecovery });
  if (afterRecovery) $('set-current-passphrase').focus();
}

function closeSettings() {
  const target = SETTINGS_RETURN.has(app.settingsReturn) ? app.settingsReturn : 'main';
  app.settingsReturn = 'main';
  showScreen(target);
  if (target === 'request') reloadRequest();
  else if (target === 'review') reloadReview();
  else if (target === 'plan') reloadPlan();
  else {
    refreshList();
    refreshDeadlines();
    refreshRetention();
  }
  const back = app.settingsOpener;
  app.settingsOpener = null;
  if (back && back.isConnected && !back.hidden && $(`screen-${target}`).contains(back)) back.focus();
  else $('settings-button').focus();
}

// ---------- request page ----------

async function goToRequest(requestId, from = {}) {
  showScreen('request');
  $('screen-request').scrollTop = 0;
  $('main-content').scrollTop = 0;
  $('req-title').focus();
  await openRequest(requestId, from);
}

async function backFromRequest(personId, requestId) {
  showScreen('main');
  refreshDeadlines();
  await showPerson(personId, requestId);
}

// ---------- support plan page (apart from the income side) ----------

async function goToPlan(planId, from = {}) {
  showScreen('plan');
  $('screen-plan').scrollTop = 0;
  $('main-content').scrollTop = 0;
  $('plan-title').focus();
  await openPlan(planId, from);
}

async function backFromPlan(personId) {
  showScreen('main');
  refreshDeadlines();
  await showPersonSupport(personId);
}

function deadlinesTick() {
  if (app.unlocked && app.screen === 'main' && !isTogether()) {
    refreshDeadlines();
    refreshRetention();
  }
}

// ---------- together mode ----------

/** Entering: the lists of other persons are emptied, not only hidden. */
function forgetOthers() {
  for (const id of ['person-list', 'deadline-list', 'retention-due']) clear($(id));
  setPlainText($('list-count'), '');
}

/** Leaving: the list, the home panels and the settings button come back. */
function showOthersAgain() {
  refreshHomePanels();
  syncTogether();
  refreshList();
  refreshDeadlines();
  refreshRetention();
}

// ---------- language ----------

async function changeLanguage() {
  const select = $('lang-select');
  const wanted = select.value;
  const before = currentLang();
  select.disabled = true;
  clearError($('top-error'));
  try {
    const s = await call('settings.set', { language: wanted });
    await loadCatalog((s && s.language) || wanted);
    select.value = currentLang();
    if (!app.onbLanguageChosen) $('onb-language').value = currentLang();
    const printDate = $('print-date').getAttribute('data-iso');
    if (printDate) setPlainText($('print-date'), formatDate(printDate));
  } catch (err) {
    select.value = before;
    showError($('top-error'), err);
  } finally {
    select.disabled = false;
    select.focus();
  }
}

// ---------- activity and auto-lock ----------

function onActivity() {
  if (!app.unlocked) return;
  const now = Date.now();
  if (now - app.lastActivity < ACTIVITY_MS) return;
  app.lastActivity = now;
  call('session.activity').catch(() => { /* a lock is handled by onLocked */ });
}

async function poll() {
  if (!app.unlocked || !INSIDE.has(app.screen)) return;
  try {
    const status = await call('app.status');
    if (!status.unlocked && app.unlocked && INSIDE.has(app.screen)) lockUI();
  } catch { /* try again at the next tick */ }
}

// ---------- start ----------

/** The rooms of a person's file: what each shows, how it opens again from the core, what it forgets on lock. */
function defineRooms() {
  defineRoom('main', { where: personOnPage, open: openPersonPage, clear: clearPerson });
  defineRoom('request', { where: requestOnPage, open: (w) => goToRequest(w.id, w), clear: clearRequest });
  defineRoom('review', {
    where: requestOnPage,
    open: async (w) => {
      await goToRequest(w.id, w);
      await reportCardRead();
      await openReview();
    },
    clear: clearReview,
  });
  defineRoom('plan', { where: planOnScreen, open: (w) => goToPlan(w.id, w), clear: clearPlan });
}

function wire() {
  defineRooms();
  onLocked(() => {
    if (app.unlocked && INSIDE.has(app.screen)) lockUI();
  });

  clearErrorsOnEdit($('onb-form'));
  $('onb-language').addEventListener('change', () => { app.onbLanguageChosen = true; });
  $('onb-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    submitOnboarding();
  });

  $('recovery-confirm').addEventListener('change', () => {
    $('recovery-continue').disabled = !$('recovery-confirm').checked;
  });
  $('recovery-print').addEventListener('click', () => window.print());
  $('recovery-continue').addEventListener('click', leaveRecovery);

  $('unlock-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    submitUnlock();
  });
  $('unlock-use-recovery').addEventListener('click', () => setRecoveryMode(!recoveryMode()));

  $('lang-select').addEventListener('change', changeLanguage);

  $('lock-button').addEventListener('click', async () => {
    clearError($('top-error'));
    try {
      await call('vault.lock');
      lockUI();
    } catch (err) {
      if (err.code !== 'locked') showError($('top-error'), err);
    }
  });
  $('settings-button').addEventListener('click', () => {
    if (app.screen === 'settings') closeSettings();
    else openSettings();
  });
  $('set-back').addEventListener('click', closeSettings);
  $('recovery-banner-button').addEventListener('click', () => openSettings({ afterRecovery: true }));

  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.defaultPrevented) return;
    if (app.screen === 'settings') {
      ev.preventDefault();
      closeSettings();
    } else if (app.screen === 'request') {
      ev.preventDefault();
      escapeRequest();
    } else if (app.screen === 'review') {
      ev.preventDefault();
      escapeReview();
    } else if (app.screen === 'plan') {
      ev.preventDefault();
      escapePlan();
    }
  });
  document.addEventListener('keydown', onActivity, true);
  document.addEventListener('pointerdown', onActivity, true);

  initPersons({
    openRequest: goToRequest,
    openPlan: goToPlan,
    workerName: () => (app.profile && app.profile.worker_name) || '',
    personChanged: syncTogether,
  });
  initSharing({
    changed: () => {
      refreshList();
      refreshRetention();
    },
  });
  initHome({
    openPerson: openPersonPage,
    erased: () => {
      refreshList();
      refreshDeadlines();
    },
  });
  initTogether({ entered: forgetOthers, left: showOthersAgain });
  initRequest({
    back: backFromRequest,
    changed: refreshDeadlines,
  });
  initReport({ show: showScreen });
  initPlan({ back: backFromPlan });
  initDeadlines({ open: (requestId, from) => guard(() => goToRequest(requestId, from)) });
  initSettings({
    onProfile: (profile) => setProfile(profile),
    onPassphrase: () => { $('recovery-banner').hidden = true; },
  });
  initBackups({
    restored: afterRestore,
    closed: () => {
      if (app.unlocked && INSIDE.has(app.screen)) lockUI();
    },
  });
}

async function boot() {
  if (!hasCore()) {
    $('boot-message').textContent = 'Tandem must be opened as its desktop application.';
    return;
  }
  buildRooms();
  wire();
  let status;
  try {
    status = await call('app.status');
  } catch (err) {
    setPlainText($('boot-message'), err.message);
    return;
  }
  try {
    await loadCatalog(status.language || 'nl');
  } catch (err) {
    showError($('top-error'), err);
  }
  $('lang-select').value = currentLang();
  setInterval(poll, POLL_MS);
  setInterval(deadlinesTick, DEADLINES_MS);

  if (!status.vault_exists) {
    // A database without its key file is not a first run: say so (nothing is deleted).
    $('onb-damaged').hidden = status.vault_damaged !== true;
    $('onb-language').value = currentLang();
    showScreen('onboarding');
    $('onb-worker').focus();
  } else if (status.unlocked) {
    await enterApp(status.profile);
  } else {
    showUnlock();
  }
}

boot();
