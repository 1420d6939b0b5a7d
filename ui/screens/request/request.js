// The request page as a whole: rendering a view into its parts, opening, reloading, emptying and leaving it (pending saves first), and its wiring: tiles, autosave, undo, documents to bring.
import { call } from '../../api.js';
import { $, clearError, clearErrorsOnEdit, clearFieldErrors, el, clear, setBusy, showError } from '../../dom.js';
import { showSaved } from '../../documents.js';
import { autosaved, edited, flush, forgetSaves, renderUndo, undoLast, unsavedAutosaves } from './autosave.js';
import { onLanguageChange, setPlainText, setText } from '../../i18n.js';
import { openReportCard, reloadReportCard } from './report.js';
import { renderCalculation } from './calculation.js';
import { removeOverride, renderCategory, saveCategory, saveOverride } from './category.js';
import { addEvidence, buildConditionCard, buildConditionTile, openCondition, renderCondition, routeToEquivalent, saveCondition, useProposal } from './conditions.js';
import { renderDecision, saveDecision, showAmountMotivation, showOutcomeGroups } from './decision.js';
import { clearAppeals, initAppeals, renderAppeals } from './appeals.js';
import { clearRight, initRight, renderRight, resetRight } from './right.js';
import { renderHeader, saveDates, saveWithdrawn } from './header.js';
import { CONDITIONS, hooks, state } from './page.js';
import { addResource, renderResources, saveSpExemption, saveSpSetting, showCountedGroup, showResourceFields } from './resources.js';
import { addVisit, renderVisits } from './visits.js';

/** Forms saved as they are edited (no Save button). */
const AUTOSAVED = ['req-dates-form', 'req-withdrawn-form', 'category-form', 'override-form'];

/** Forms that add an item: empty, they hold nothing to lose. */
const ADD_FORMS = /^cond-[a-z_]+-ev-form$|^visit-form$|^resource-form$/;

/**
 * Show `view`. Forms the worker is editing keep what they typed, except `savedForm` (just saved)
 * and everything when `fresh` (a newly opened request).
 */
export function render(view, savedForm = null, fresh = false) {
  state.view = view;
  if (view.person_id !== undefined && view.person_id !== null) state.personId = view.person_id;
  renderHeader(view, savedForm, fresh);
  for (const c of CONDITIONS) renderCondition(view, c, savedForm, fresh);
  renderVisits(view);
  renderResources(view);
  renderCategory(view, savedForm, fresh);
  renderCalculation(view, savedForm, fresh);
  renderDecision(view, savedForm, fresh);
  renderToBring(view);
  renderUndo(view);
  renderRight(view).finally(() => {
    $('req-toc-right').hidden = $('right').hidden;
  });
  renderAppeals(view).finally(() => {
    $('req-toc-appeals').hidden = $('appeals').hidden;
  });
}

/** The documents to bring for the conditions still to check, as the core lists them. */
function renderToBring(view) {
  const groups = Array.isArray(view.to_bring) ? view.to_bring : [];
  const holder = $('bring-groups');
  clear(holder);
  for (const g of groups) {
    holder.appendChild(el('div', { class: 'bring-group' }, [
      el('h4', { class: 'bring-title', text: g.title }),
      el('ul', { class: 'bring-items' }, (Array.isArray(g.items) ? g.items : []).map((item) => el('li', { text: item }))),
    ]));
  }
  $('bring-none').hidden = groups.length > 0;
}

/** Save the sheet of documents to bring as PDF (edits waiting are saved first, so it is current). */
async function saveToBring() {
  const button = $('bring-save');
  clearError($('bring-error'));
  await flush();
  if (state.id === null) return;
  const args = { kind: 'to_bring', id: state.id };
  if ($('bring-lang').value) args.lang = $('bring-lang').value;
  setBusy(button, true);
  try {
    const r = await call('document.save', args);
    showSaved($('bring-status'), 'report-card-saved-as', String((r && r.path) || ''));
  } catch (err) {
    showError($('bring-error'), err);
  } finally {
    setBusy(button, false);
  }
}

function resetForms() {
  const page = $('screen-request');
  for (const form of Array.from(page.querySelectorAll('form'))) {
    form.reset();
    clearFieldErrors(form);
  }
  for (const alertEl of Array.from(page.querySelectorAll('.form-error'))) clearError(alertEl);
  for (const s of Array.from(page.querySelectorAll('.status'))) setPlainText(s, '');
  for (const c of CONDITIONS) $(`cond-${c}-ev-bank-field`).hidden = true;
  $('visit-reason-field').hidden = true;
  showResourceFields();
  resetRight();
  state.dirty.clear();
  state.edits.clear();
  forgetSaves();
  hideUnsaved();
}

async function load(fresh) {
  const id = state.id;
  clearError($('req-load-error'));
  const seq = ++state.loadSeq;
  try {
    const view = await call('request.get', { id });
    if (seq !== state.loadSeq) return;
    $('req-body').hidden = false;
    render(view, null, fresh);
  } catch (err) {
    if (seq !== state.loadSeq) return;
    showError($('req-load-error'), err);
  }
}

/** Open request `id` on a clean page. `from`: {personId, name} known to the caller. */
export function openRequest(id, from = {}) {
  // The same request opened again (after an unlock): its open condition stays open.
  const same = state.id === id;
  resetForms();
  state.id = id;
  state.view = null;
  state.personId = from.personId ?? null;
  state.personName = from.name || '';
  setText($('req-title'), 'req-title-loading');
  $('req-body').hidden = true;
  if (!same) openCondition(null);
  openReportCard(id);
  return load(true);
}

/** The request on the page, as openRequest takes it again: {id, personId, name}, or null. */
export function requestOnPage() {
  return state.id === null ? null : { id: state.id, personId: state.personId, name: state.personName };
}

/** Lock: forms emptied and the view forgotten (the page is opened again from the core after the unlock). */
export function clearRequest() {
  resetForms();
  clearRight();
  clearAppeals();
  state.view = null;
}

/** Read the request on the page again (after a language change or the settings); typing is kept. */
export function reloadRequest() {
  if (state.id === null) return Promise.resolve();
  reloadReportCard();
  return load(false);
}

function hideUnsaved() {
  $('req-unsaved-bar').hidden = true;
  state.pending = null;
}

/**
 * Forms where the worker typed something not saved yet: an autosaved form only when its save
 * failed or still waits (flushed before this is asked), an add form only when not empty.
 */
function unsavedForms() {
  return Array.from(state.dirty).filter((id) => {
    const form = $(id);
    if (!form) return false;
    if (AUTOSAVED.includes(id)) return unsavedAutosaves();
    if (!ADD_FORMS.test(id)) return true;
    return Array.from(form.querySelectorAll('input[type="text"], input[type="date"], textarea')).some((i) => i.value.trim() !== '');
  });
}

/** Leave the page (back to the person): edits waiting for their pause are saved first; a word when some could not be. */
export async function leaveRequest() {
  const go = () => {
    hideUnsaved();
    hooks.back(state.personId, state.id);
  };
  await flush();
  if (unsavedForms().length === 0) {
    go();
    return;
  }
  state.pending = go;
  $('req-unsaved-bar').hidden = false;
  $('req-unsaved-keep').focus();
}

/** Escape on the page: close the unsaved bar or leave. */
export function escapeRequest() {
  if (!$('req-unsaved-bar').hidden) {
    hideUnsaved();
    $('req-title').focus();
    return;
  }
  leaveRequest();
}

function onSubmit(form, action) {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    action();
  });
}

/** Build the six condition cards and wire the page (once, at start). */
export function initRequest({ back, changed } = {}) {
  Object.assign(hooks, { back: back || hooks.back, changed: changed || hooks.changed });
  const holder = $('conditions-list');
  for (const c of CONDITIONS) holder.appendChild(buildConditionCard(c));
  const tiles = $('cond-tiles');
  for (const c of CONDITIONS) tiles.appendChild(buildConditionTile(c));
  for (const c of CONDITIONS) {
    autosaved(`cond-${c}-form`, () => saveCondition(c));
    AUTOSAVED.push(`cond-${c}-form`);
  }
  autosaved('req-dates-form', saveDates);
  autosaved('req-withdrawn-form', saveWithdrawn);
  autosaved('category-form', saveCategory);
  autosaved('override-form', saveOverride);

  const page = $('screen-request');
  clearErrorsOnEdit(page);
  const track = (ev) => {
    const form = ev.target && ev.target.closest ? ev.target.closest('form') : null;
    if (!form || !page.contains(form)) return;
    state.dirty.add(form.id);
    state.edits.set(form.id, (state.edits.get(form.id) || 0) + 1);
    for (const s of Array.from(form.querySelectorAll('.status'))) setPlainText(s, '');
    edited(form, ev.target, ev.type);
  };
  page.addEventListener('input', track);
  page.addEventListener('change', track);

  for (const c of CONDITIONS) {
    onSubmit($(`cond-${c}-form`), flush);
    onSubmit($(`cond-${c}-ev-form`), () => addEvidence(c));
  }
  $('cond-age-use-proposal').addEventListener('click', () => useProposal(edited));
  $('cond-nationality-route').addEventListener('click', routeToEquivalent);

  // Enter in an autosaved form saves at once.
  for (const id of ['req-dates-form', 'req-withdrawn-form', 'category-form', 'override-form']) onSubmit($(id), flush);
  onSubmit($('visit-form'), addVisit);
  onSubmit($('resource-form'), addResource);
  $('req-undo').addEventListener('click', undoLast);
  $('bring-save').addEventListener('click', saveToBring);
  onSubmit($('decision-form'), saveDecision);
  initRight();
  initAppeals();

  $('visit-announced').addEventListener('change', () => {
    const unannounced = !$('visit-announced').checked;
    $('visit-reason-field').hidden = !unannounced;
    if (unannounced) $('visit-reason').focus();
  });
  $('res-whose').addEventListener('change', showCountedGroup);
  $('res-kind').addEventListener('change', showResourceFields);
  $('res-period').addEventListener('change', showResourceFields);
  $('sp-shortage').addEventListener('change', () => saveSpSetting($('sp-shortage'), 'sp_shortage_months', 3));
  $('sp-elsewhere').addEventListener('change', () => saveSpSetting($('sp-elsewhere'), 'sp_months_elsewhere', 36));
  $('dec-yearly').addEventListener('input', () => showAmountMotivation());
  $('res-counted').addEventListener('change', showCountedGroup);
  $('req-sp-exemption').addEventListener('change', () => {
    // The checkbox saves at once: it is not an edit waiting for a button.
    saveSpExemption();
  });
  $('ov-remove').addEventListener('click', removeOverride);
  for (const r of Array.from(document.querySelectorAll('#decision-form input[name="outcome"]'))) {
    r.addEventListener('change', showOutcomeGroups);
  }

  $('req-back').addEventListener('click', leaveRequest);
  $('req-unsaved-leave').addEventListener('click', () => {
    const action = state.pending;
    resetForms();
    if (action) action();
  });
  $('req-unsaved-keep').addEventListener('click', () => {
    hideUnsaved();
    $('req-title').focus();
  });

  onLanguageChange(() => {
    if (state.id !== null && !$('screen-request').hidden) reloadRequest();
  });
}
