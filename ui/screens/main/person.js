// The person page as a whole: opening a person, the home (the caseload and the panels of its menu), unsaved changes, and its wiring.
import { call } from '../../api.js';
import { $, clear, clearError, clearErrorsOnEdit, showError } from '../../dom.js';
import { formatDate, onLanguageChange, setPlainText, setText } from '../../i18n.js';
import { refreshCaseload } from './caseload.js';
import { refreshDeadlines } from './deadlines.js';
import { refreshRetention } from './home.js';
import { isTogether } from '../../together.js';
import { addHouseholdRow, fillForm, formatNrn, markDirty, OPTIONAL, renderMeta, save, setUnknown } from './identity.js';
import { markSelected, refreshList, renderList, SEARCH_DELAY_MS, showInList } from './list.js';
import { hooks, state } from './people.js';
import { createRequest, hideRequestForm, loadRequests, renderRequests, showRequestForm } from './requests.js';
import { clearRights, initRights } from './rights.js';
import { answerNotNow, loadSupport, openNewPlan, openPlanOfPerson, renderSupport, supportPlan } from './support.js';

function newPerson({ focus = true } = {}) {
  state.currentId = null;
  state.homeView = 'new';
  fillForm(null);
  setPlainText($('p-status'), '');
  markSelected();
  renderHome();
  if (focus) $('p-display-name').focus();
}

const HOME_HEADINGS = {
  caseload: 'caseload-title',
  deadlines: 'deadlines-title',
  retention: 'retention-title',
  import: 'import-title',
};

/** The home without a person: the caseload, or a panel of its menu (`view`). */
export function showHome(view = 'caseload', { focus = true } = {}) {
  state.currentId = null;
  state.homeView = HOME_HEADINGS[view] ? view : 'caseload';
  fillForm(null);
  setPlainText($('p-status'), '');
  markSelected();
  renderHome();
  if (state.homeView === 'caseload') refreshCaseload();
  if (state.homeView === 'deadlines') refreshDeadlines();
  if (state.homeView === 'retention') refreshRetention();
  if (focus) $(HOME_HEADINGS[state.homeView]).focus();
}

/** A colleague's file followed through a cover grant: whose it is and until when. */
async function showCoverBanner(id) {
  const banner = $('cover-banner');
  banner.hidden = true;
  setPlainText(banner, '');
  try {
    const b = await call('team.banner', { person_id: id });
    if (!b || state.currentId !== id) return;
    setText(banner, 'cover-banner', { owner: b.owner, date: formatDate(b.until) });
    banner.hidden = false;
  } catch { /* no banner: the file is the worker's own, or the store said why elsewhere */ }
}

export async function openPerson(id) {
  clearError($('list-error'));
  try {
    const p = await call('person.get', { id });
    if (state.currentId !== p.id) clearRights();
    state.currentId = p.id;
    fillForm(p);
    showCoverBanner(p.id);
    setPlainText($('p-status'), '');
    setPlainText($('support-status'), '');
    clearError($('support-error'));
    markSelected();
    renderHome();
    await Promise.all([loadRequests(), loadSupport()]);
    return true;
  } catch (err) {
    showError($('list-error'), err);
    return false;
  }
}

/** The home while no person is open (the caseload or a panel of its menu); the requests, support and sharing sections for a saved person. */
export function renderHome() {
  const noPerson = state.currentId === null;
  const home = noPerson && !isTogether();
  const view = state.homeView;
  $('caseload').hidden = !(home && view === 'caseload');
  $('deadlines').hidden = !(home && view === 'deadlines');
  $('retention').hidden = !(home && view === 'retention');
  $('handover-import-box').hidden = !(home && view === 'import');
  // The new-person form; in together mode it stays, as nothing of other persons is shown.
  $('person-form').hidden = home && view !== 'new';
  $('person-head').hidden = home && view !== 'new';
  $('caseload-home').setAttribute('aria-current', home && view === 'caseload' ? 'page' : 'false');
  $('request-new').hidden = noPerson;
  $('requests').hidden = state.currentId === null;
  $('support').hidden = state.currentId === null;
  $('rights').hidden = state.currentId === null;
  $('sharing').hidden = state.currentId === null;
  hooks.personChanged(state.currentId !== null);
  if (state.currentId === null) {
    clearRights();
    state.requests = [];
    clear($('request-list'));
    hideRequestForm({ focus: false });
    state.support = null;
    state.supportSeq += 1;
    clearError($('support-error'));
    setPlainText($('support-status'), '');
    renderSupport();
  }
}

/**
 * Back from a request page: show person `personId` (opening it when another one is in the form),
 * read their requests again and put the focus on request `requestId`.
 */
export async function showPerson(personId, requestId) {
  if (personId !== null && personId !== undefined && String(personId) !== String(state.currentId)) {
    await openPerson(personId);
  } else {
    await loadRequests();
  }
  const button = requestId === null || requestId === undefined
    ? null
    : $('request-list').querySelector(`button[data-id="${CSS.escape(String(requestId))}"]`);
  if (button) {
    button.scrollIntoView({ block: 'nearest' });
    button.focus();
  } else {
    $('p-heading').focus();
  }
}

/**
 * Back from the support plan: show person `personId` (opening them when another one is in the
 * form), read their support again and put the focus on the plan button.
 */
export async function showPersonSupport(personId) {
  if (personId !== null && personId !== undefined && String(personId) !== String(state.currentId)) {
    await openPerson(personId);
  } else {
    await loadSupport();
  }
  const target = !$('support-open').hidden ? $('support-open') : (!$('support-ask').hidden ? $('support-yes') : $('p-heading'));
  target.scrollIntoView({ block: 'nearest' });
  target.focus();
}

/** True while a saved person is open in the form. */
export function personIsOpen() {
  return state.currentId !== null;
}

/** Show the home panels or the person's sections as they should be now (after together mode). */
export function refreshHomePanels() {
  renderHome();
}

/** Open person `id` (for example a file just imported), select them in the list and focus the heading. */
export function openPersonPage(id) {
  return new Promise((resolve) => {
    guard(async () => resolve(await showPersonPage(id)));
  });
}

/** Show person `id` read from the core, selected in the list, the focus on the heading (no word on unsaved edits). */
export async function showPersonPage(id) {
  const ok = await openPerson(id);
  if (ok) {
    await showInList(id);
    $('p-heading').focus();
  }
  return ok;
}

function hideUnsaved() {
  $('unsaved-bar').hidden = true;
}

/** Run `action` now, or after the worker decides what to do with unsaved changes. */
export function guard(action) {
  if (!state.dirty) {
    hideUnsaved();
    action();
    return;
  }
  state.pending = action;
  $('unsaved-bar').hidden = false;
  $('unsaved-save').focus();
}

/** Wire the events of the person screen (once, at start). */
export function initPersons({ openRequest, openPlan, workerName, personChanged } = {}) {
  Object.assign(hooks, {
    openRequest: openRequest || hooks.openRequest,
    openPlan: openPlan || hooks.openPlan,
    workerName: workerName || hooks.workerName,
    personChanged: personChanged || hooks.personChanged,
  });
  const form = $('person-form');
  clearErrorsOnEdit(form);
  initRights();

  const rqForm = $('request-create-form');
  clearErrorsOnEdit(rqForm);
  $('request-new').addEventListener('click', () => {
    if (rqForm.hidden) showRequestForm();
    else $('rq-received-on').focus();
  });
  $('rq-cancel').addEventListener('click', () => hideRequestForm());
  $('rq-kind').addEventListener('change', () => {
    const other = $('rq-kind').value === 'other';
    $('rq-other-label-field').hidden = !other;
    if (other) $('rq-other-label').focus();
  });
  rqForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    createRequest();
  });
  rqForm.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !ev.defaultPrevented) {
      ev.preventDefault();
      hideRequestForm();
    }
  });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    hideUnsaved();
    save();
  });
  form.addEventListener('input', (ev) => {
    if (ev.target && ev.target.closest('#unsaved-bar')) return;
    markDirty();
  });
  form.addEventListener('change', (ev) => {
    if (ev.target && ev.target.closest('#unsaved-bar')) return;
    markDirty();
  });

  for (const [, suffix] of OPTIONAL) {
    const box = $(`p-${suffix}-unknown`);
    box.addEventListener('change', () => {
      setUnknown(suffix, box.checked);
      if (!box.checked) $(`p-${suffix}`).focus();
    });
  }

  const nrn = $('p-nrn');
  nrn.addEventListener('blur', () => {
    if (/^[\d\s./-]+$/.test(nrn.value)) {
      const formatted = formatNrn(nrn.value);
      if (formatted !== nrn.value) nrn.value = formatted;
    }
  });

  $('household-add').addEventListener('click', () => {
    const row = addHouseholdRow();
    markDirty();
    row.querySelector('[data-part="name"]').focus();
  });

  $('new-person').addEventListener('click', () => guard(() => newPerson()));
  $('caseload-home').addEventListener('click', () => guard(() => showHome('caseload')));

  $('support-yes').addEventListener('click', openNewPlan);
  $('support-not-now').addEventListener('click', answerNotNow);
  $('support-open').addEventListener('click', () => {
    const plan = supportPlan();
    if (plan) openPlanOfPerson(plan.id);
  });

  const search = $('search-input');
  search.addEventListener('input', () => {
    clearTimeout(state.searchTimer);
    state.searchTimer = setTimeout(refreshList, SEARCH_DELAY_MS);
  });
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      clearTimeout(state.searchTimer);
      refreshList();
    }
  });

  $('unsaved-save').addEventListener('click', async () => {
    const action = state.pending;
    state.pending = null;
    hideUnsaved();
    if (await save() && action) action();
  });
  $('unsaved-discard').addEventListener('click', () => {
    const action = state.pending;
    state.pending = null;
    state.dirty = false;
    hideUnsaved();
    if (action) action();
  });
  $('unsaved-keep').addEventListener('click', () => {
    state.pending = null;
    hideUnsaved();
    $('p-display-name').focus();
  });

  onLanguageChange(() => {
    renderList();
    renderMeta();
    renderRequests();
    renderSupport();
  });
}

/** The person whose page is open (their id), or null. */
export function personOnPage() {
  return state.currentId;
}

/** Lock: the unsaved-changes bar goes (the rooms keep the edits); the page is opened again from the core after the unlock. */
export function clearPerson() {
  clearRights();
  state.pending = null;
  hideUnsaved();
}

/** After a restore the vault is another one: forget the open person and any unsaved edit. */
export function resetPersons() {
  state.dirty = false;
  state.pending = null;
  hideUnsaved();
  $('search-input').value = '';
  if (state.started) showHome('caseload', { focus: false });
}

/** First entry to the main screen: an empty new-person form and the list of everyone. */
export function startPersons() {
  if (state.started) {
    if (state.currentId === null && state.homeView === 'caseload') refreshCaseload();
    return refreshList();
  }
  state.started = true;
  showHome('caseload', { focus: false });
  return refreshList();
}
