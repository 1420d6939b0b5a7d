// Tandem's front-end entry: start-up, screens (onboarding, recovery code, unlock, persons, request, report review, support plan, settings), together mode, language, locking, and the reload after a restored backup.
import { call, hasCore, onLocked } from './api.js';
import { clearBackupSecrets, initBackups, settleRestore } from './screens/settings/backups.js';
import { $, clear, clearError, showError } from './dom.js';
import { currentLang, loadCatalog, setPlainText } from './i18n.js';
import { fillSelects, loadVocabulary } from './vocabulary.js';
import { clearCaseload, initCaseload, refreshCaseload } from './screens/main/caseload.js';
import { initDeadlines, refreshDeadlines } from './screens/main/deadlines.js';
import { clearHomeSecrets, initHome, refreshRetention } from './screens/main/home.js';
import { clearPerson, guard, initPersons, openPersonPage, personIsOpen, personOnPage, refreshHomePanels, resetPersons, showHome, showPerson, showPersonPage, showPersonSupport, startPersons } from './screens/main/person.js';
import { refreshList } from './screens/main/list.js';
import { clearPlan, escapePlan, initPlan, openPlan, planOnScreen, reloadPlan } from './screens/plan/plan.js';
import { clearRequest, escapeRequest, initRequest, openRequest, reloadRequest, requestOnPage } from './screens/request/request.js';
import { initReport } from './screens/review/report.js';
import { clearReview, escapeReview, openReview, reloadReview } from './screens/review/review.js';
import { reportCardRead } from './screens/request/report.js';
import { buildRooms, defineRoom, emptyRooms, PERSON_ROOMS, refillRooms, reopenRoom, SCREENS, whereIs } from './rooms.js';
import { clearSecrets, initSettings, loadSettings } from './screens/settings/settings.js';
import { clearSignals, initSignals, loadSignals } from './screens/signals/signals.js';
import { clearTeamSecrets, initTeamSettings, loadTeamSettings, storeLabel } from './screens/settings/team.js';
import { clearTeam, initTeam, loadTeam } from './screens/team/team.js';
import { clearSharingSecrets } from './screens/main/handover.js';
import { initSharing } from './screens/main/sharing.js';
import { initTogether, isTogether, openOthers, othersClosed, setTogetherContext } from './together.js';
import { initChoosers } from './choose.js';
import { initDateFields } from './datefield.js';
import { initFolds } from './fold.js';
import { initKeys } from './keys.js';
import { clearOnboardingSecrets, followLanguage, initOnboarding, prepareOnboarding } from './screens/onboarding/onboarding.js';
import { fillRecovery, initRecovery, redatePrintSheet } from './screens/recovery/recovery.js';
import { focusUnlockField, initUnlock, resetUnlock } from './screens/unlock/unlock.js';

const INSIDE = new Set(['main', 'request', 'review', 'plan', 'settings', 'signals', 'team']);
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
  team: null,           // team.status: which store is open, and the login's role in a team
};

/** The lead and the committee's secretary keep no file: the team room is their home. */
function teamHome() {
  const role = app.team && app.team.role;
  return role === 'lead' || role === 'secretary';
}


// ---------- screens ----------

function showScreen(name) {
  for (const s of SCREENS) $(`screen-${s}`).hidden = s !== name;
  app.screen = name;
  $('boot-message').hidden = true;
  const inside = INSIDE.has(name);
  $('settings-button').hidden = !inside;
  $('signals-button').hidden = !inside || isTogether() || teamHome();
  const inTeam = Boolean(app.team && app.team.store === 'team');
  $('team-button').hidden = !inside || isTogether() || !inTeam;
  if (name === 'team') $('team-button').setAttribute('aria-current', 'page');
  else $('team-button').removeAttribute('aria-current');
  $('topbar-store').hidden = !inside || !app.team;
  if (name === 'signals') $('signals-button').setAttribute('aria-current', 'page');
  else $('signals-button').removeAttribute('aria-current');
  $('lock-button').hidden = !inside;
  $('screen-footer').hidden = !inside;
  $('topbar-ocmw').hidden = !inside || !$('topbar-ocmw').textContent;
  if (name === 'settings') $('settings-button').setAttribute('aria-current', 'page');
  else $('settings-button').removeAttribute('aria-current');
  syncTogether();
  // The signals are about a worker's own files: the lead and the secretary have none.
  if (teamHome()) $('signals-button').hidden = true;
}

/** Together mode follows the screen: on a person's page (or their request, report or plan) only. */
function syncTogether() {
  const inside = INSIDE.has(app.screen);
  const person = PERSON_SCREENS.has(app.screen) || (app.screen === 'main' && personIsOpen());
  setTogetherContext({ inside, person, screen: app.screen });
}

function setProfile(profile) {
  if (!profile) return;
  app.profile = profile;
  setPlainText($('topbar-ocmw'), profile.ocmw_name || '');
  $('topbar-ocmw').hidden = !INSIDE.has(app.screen) || !profile.ocmw_name;
}

/** Which store is open (the top bar always says it), and as whom. */
async function loadStore() {
  try {
    app.team = await call('team.status');
  } catch (err) {
    app.team = null;
    showError($('top-error'), err);
  }
  setPlainText($('topbar-store'), app.team ? storeLabel(app.team) : '');
  $('topbar-store').classList.toggle('in-team', Boolean(app.team && app.team.store === 'team'));
}

async function enterApp(profile) {
  app.unlocked = true;
  app.lastActivity = Date.now();
  if (!profile) {
    try { profile = await call('profile.get'); } catch { profile = null; }
  }
  setProfile(profile);
  settleRestore();
  await loadStore();
  if (teamHome()) {
    // No file to show: the team room, whatever screen was left.
    app.returnScreen = app.returnScreen === 'settings' ? 'settings' : 'team';
    app.returnWhere = null;
  }
  const target = app.returnScreen || 'main';
  const focus = app.returnFocus;
  const where = app.returnWhere;
  app.returnScreen = null;
  app.returnFocus = null;
  app.returnWhere = null;
  refillRooms();
  showScreen(target);
  if (target === 'team') await loadTeam(app.team);
  if (!teamHome()) await startPersons();
  // The room left at the lock is opened again from the core, with the edits not saved then
  // (from the settings, the edits go back at once and the page under them is read on leaving).
  await reopenRoom(target, PERSON_ROOMS.includes(target) ? where : null);
  if (focus && focus.isConnected && !focus.disabled && !focus.closest('[hidden]')
    && ($(`screen-${target}`).contains(focus) || $('together-banner').contains(focus))) focus.focus();
  else if (isTogether()) $('together-banner-title').focus();
  else if (target === 'main') $('search-input').focus();
  else if (target === 'request') $('req-title').focus();
  else if (target === 'review') $('review-title').focus();
  else if (target === 'plan') $('plan-title').focus();
  else if (target === 'team') $('team-room-title').focus();
  else $('settings-title').focus();
  if (!teamHome()) refreshRetention();
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
  clearSignals();
  clearTeam();
  clearTeamSecrets();
  clearCaseload();
  // Emptied, not only hidden: nothing of a person stays in the document while locked.
  emptyRooms();
  showUnlock();
}

// ---------- first run, recovery code, unlock ----------

function created(profile, recoveryCode) {
  app.unlocked = true;
  app.lastActivity = Date.now();
  setProfile(profile);
  fillRecovery(recoveryCode, app.profile);
  showScreen('recovery');
  $('recovery-title').focus();
}

function showUnlock() {
  clearError($('unlock-error'));
  showScreen('unlock');
  focusUnlockField();
}

async function unlocked(profile, withRecovery) {
  if (withRecovery) $('recovery-banner').hidden = false;
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
  resetUnlock();
  $('recovery-banner').hidden = !withRecovery;
  clearOnboardingSecrets();
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
  loadTeamSettings();
  await loadSettings({ afterRecovery });
  if (afterRecovery) $('set-current-passphrase').focus();
}

function closeSettings() {
  const target = teamHome() ? 'team' : SETTINGS_RETURN.has(app.settingsReturn) ? app.settingsReturn : 'main';
  app.settingsReturn = 'main';
  showScreen(target);
  if (target === 'team') loadTeam(app.team);
  else if (target === 'request') reloadRequest();
  else if (target === 'review') reloadReview();
  else if (target === 'plan') reloadPlan();
  else {
    refreshList();
    refreshCaseload();
    refreshDeadlines();
    refreshRetention();
  }
  const back = app.settingsOpener;
  app.settingsOpener = null;
  if (back && back.isConnected && !back.hidden && $(`screen-${target}`).contains(back)) back.focus();
  else $('settings-button').focus();
}

// ---------- the team ----------

async function openTeam() {
  showScreen('team');
  $('team-room-title').focus();
  await loadTeam(app.team);
}

function closeTeam() {
  if (teamHome()) return;
  showScreen('main');
  refreshList();
  refreshCaseload();
  refreshDeadlines();
  $('team-button').focus();
}

/** Joined or left a team (in the settings): the files shown are another store's now. */
async function storeChanged() {
  await loadStore();
  showScreen('settings');
  resetPersons();
  if (!teamHome()) await startPersons();
}

// ---------- collective signals ----------

async function openSignals() {
  showScreen('signals');
  $('signals-title').focus();
  await loadSignals();
}

function closeSignals() {
  showScreen('main');
  refreshList();
  refreshDeadlines();
  refreshRetention();
  $('signals-button').focus();
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
  if (app.unlocked && app.screen === 'main' && !isTogether() && !othersClosed()) {
    refreshDeadlines();
    refreshRetention();
  }
}

// ---------- together mode ----------

/** Entering: the lists of other persons are emptied, not only hidden. */
function forgetOthers() {
  for (const id of ['person-list', 'deadline-list', 'retention-due', 'caseload-rows']) clear($(id));
  setPlainText($('list-count'), '');
}

/** Leaving: the list, the home panels and the settings button come back. */
function showOthersAgain() {
  refreshHomePanels();
  syncTogether();
  refreshList();
  refreshCaseload();
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
    followLanguage();
    redatePrintSheet();
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
  defineRoom('main', { where: personOnPage, open: showPersonPage, clear: clearPerson });
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

  initOnboarding({ created });
  initRecovery({ done: () => enterApp(app.profile) });
  initUnlock({ unlocked });

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
  $('team-button').addEventListener('click', () => {
    if (app.screen === 'team') closeTeam();
    else openTeam();
  });
  initTeam({ back: closeTeam });
  initTeamSettings({ changed: storeChanged });
  $('signals-button').addEventListener('click', () => {
    if (app.screen === 'signals') closeSignals();
    else openSignals();
  });
  initSignals({ back: closeSignals });
  $('recovery-banner-button').addEventListener('click', () => openSettings({ afterRecovery: true }));

  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.defaultPrevented) return;
    if (app.screen === 'settings') {
      ev.preventDefault();
      closeSettings();
    } else if (app.screen === 'signals') {
      ev.preventDefault();
      closeSignals();
    } else if (app.screen === 'team' && !teamHome()) {
      ev.preventDefault();
      closeTeam();
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
      refreshCaseload();
      refreshRetention();
    },
  });
  initHome({
    openPerson: openPersonPage,
    erased: () => {
      refreshList();
      refreshCaseload();
      refreshDeadlines();
    },
  });
  initCaseload({
    open: (personId) => openPersonPage(personId),
    show: (view) => guard(() => showHome(view)),
  });
  initTogether({ entered: forgetOthers, left: showOthersAgain });
  initKeys({
    screen: () => app.screen,
    together: isTogether,
    search: () => {
      if (!app.unlocked || app.screen !== 'main') return false;
      // Ctrl+K is the worker's own gesture: it opens the list closed after together mode.
      if (othersClosed()) openOthers();
      const input = $('search-input');
      if (!input || input.closest('[hidden]')) return false;
      input.focus();
      input.select();
      return true;
    },
  });
  initRequest({
    back: backFromRequest,
    changed: refreshDeadlines,
  });
  initReport({ show: showScreen });
  initPlan({ back: backFromPlan });
  initDeadlines({
    open: (requestId, from) => guard(() => goToRequest(requestId, from)),
    person: (personId) => openPersonPage(personId),
  });
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
  // Date fields in the app language, and long explanations that fold, in every room (now and refilled).
  initDateFields();
  initFolds();
  initChoosers();
  let status;
  try {
    status = await call('app.status');
    // The field's lists from the core, before any screen is built from them.
    await loadVocabulary();
  } catch (err) {
    setPlainText($('boot-message'), err.message);
    return;
  }
  fillSelects(document);
  wire();
  try {
    await loadCatalog(status.language || 'nl');
  } catch (err) {
    showError($('top-error'), err);
  }
  $('lang-select').value = currentLang();
  setInterval(poll, POLL_MS);
  setInterval(deadlinesTick, DEADLINES_MS);

  if (!status.vault_exists) {
    prepareOnboarding({ damaged: status.vault_damaged });
    showScreen('onboarding');
    $('onb-worker').focus();
  } else if (status.unlocked) {
    await enterApp(status.profile);
  } else {
    showUnlock();
  }
}

boot();
