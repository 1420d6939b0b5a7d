// The voluntary support plan: goals in the person's own words, what the OCMW commits to do, meetings, pause or end at any time, the plan document. Apart from the income side: nothing here reads or writes a request.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';
import { todayIso } from '../../values.js';
import { showSaved } from '../../documents.js';
import { list as vocabularyList } from '../../vocabulary.js';

const GOAL_STATUSES = vocabularyList('goal_statuses');
/** Inputs of the add forms that hold something worth a word before leaving the page. */
const TYPED = ['goal-text', 'goal-wished-date', 'commitment-text', 'commitment-who', 'commitment-by', 'meeting-note'];

const state = {
  id: null,          // id of the plan on the screen
  personId: null,    // its person
  personName: '',    // display name known from where the screen was opened
  plan: null,        // last PLAN from the core
  seq: 0,            // guards against answers that arrive after another plan was opened
  pending: null,     // action waiting on the unsaved-changes bar
};

let hooks = {
  back: () => {},    // back(personId): show the person again
};

// ---------- small helpers ----------

function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

function orNull(v) {
  const s = str(v).trim();
  return s === '' ? null : s;
}

function ended() {
  return Boolean(state.plan && state.plan.status === 'ended');
}

function list(v) {
  return Array.isArray(v) ? v : [];
}

function isPlan(v) {
  return Boolean(v && typeof v === 'object' && v.id !== undefined && Array.isArray(v.goals));
}

/** Empty every status line of the screen (a new action starts). */
function clearStatuses() {
  for (const s of Array.from($('screen-plan').querySelectorAll('.status'))) setPlainText(s, '');
}

// ---------- rendering ----------

function renderState(plan) {
  const line = $('plan-state');
  line.classList.remove('is-active', 'is-paused', 'is-ended');
  if (plan.status === 'ended') setText(line, 'plan-state-ended', { date: formatDate(plan.ended_on) });
  else if (plan.status === 'paused') setText(line, 'plan-state-paused', { date: formatDate(plan.paused_on || plan.opened_on) });
  else setText(line, 'plan-state-active');
  line.classList.add(`is-${plan.status === 'ended' || plan.status === 'paused' ? plan.status : 'active'}`);
  setText($('plan-opened'), 'plan-opened-on', { date: formatDate(plan.opened_on) });
  $('plan-ended-note').hidden = plan.status !== 'ended';
}

function goalItem(g, readOnly) {
  const base = `goal-${g.id}`;
  const textId = `${base}-text`;
  const select = el('select', { id: `${base}-status`, 'aria-describedby': textId, 'data-goal': String(g.id) },
    GOAL_STATUSES.map((s) => el('option', { value: s, i18n: `plan-goal-status-${s}` })));
  select.value = GOAL_STATUSES.includes(g.status) ? g.status : 'active';
  select.setAttribute('data-saved', select.value);
  select.disabled = readOnly;
  select.addEventListener('change', () => saveGoalStatus(g.id, select));

  const notes = [t('plan-goal-started', { date: formatDate(g.started_on) })];
  if (g.wished_date) notes.push(t('plan-goal-wished', { date: formatDate(g.wished_date) }));
  return el('li', { class: `item plan-item goal-item is-${select.value}` }, [
    el('div', { class: 'item-text' }, [
      el('span', { id: textId, class: 'item-body plan-words', text: str(g.text) }),
      el('span', { class: 'item-note', text: notes.join(' · ') }),
    ]),
    el('div', { class: 'field goal-status-field' }, [
      el('label', { for: select.id, i18n: 'plan-goal-status-label' }),
      select,
    ]),
  ]);
}

function commitmentItem(c, readOnly) {
  const base = `commitment-${c.id}`;
  const box = el('input', { type: 'checkbox', id: `${base}-done`, 'aria-describedby': `${base}-note` });
  box.checked = Boolean(c.done_on);
  box.disabled = readOnly;
  box.addEventListener('change', () => saveCommitmentDone(c.id, box));

  const notes = [];
  if (c.who) notes.push(t('plan-commitment-who-shown', { who: c.who }));
  if (c.by_when) notes.push(t('plan-commitment-by-shown', { date: formatDate(c.by_when) }));
  notes.push(c.done_on ? t('plan-commitment-done-on', { date: formatDate(c.done_on) }) : t('plan-commitment-not-done'));
  return el('li', { class: `item plan-item commitment-item${c.done_on ? ' is-done' : ''}` }, [
    el('div', { class: 'commitment-line' }, [
      box,
      el('div', { class: 'item-text' }, [
        el('label', { for: box.id, class: 'item-body plan-words', text: str(c.text) }),
        el('span', { id: `${base}-note`, class: 'item-note', text: notes.join(' · ') }),
      ]),
    ]),
  ]);
}

function meetingItem(m) {
  return el('li', { class: 'item plan-item meeting-item' }, [
    el('div', { class: 'item-text' }, [
      el('span', { class: 'item-head', text: formatDate(m.met_on) }),
      m.note ? el('span', { class: 'item-body plan-words', text: str(m.note) }) : null,
    ]),
  ]);
}

/** Newest meeting first; on the same day, the one recorded last first (higher id). */
function newestFirst(meetings) {
  return meetings
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      const da = str(a.m.met_on);
      const db = str(b.m.met_on);
      if (da !== db) return da < db ? 1 : -1;
      const ia = Number(a.m.id);
      const ib = Number(b.m.id);
      if (Number.isFinite(ia) && Number.isFinite(ib) && ia !== ib) return ib - ia;
      return a.i - b.i;
    })
    .map((x) => x.m);
}

function render(plan) {
  state.plan = plan;
  if (plan.person_id !== undefined && plan.person_id !== null) state.personId = plan.person_id;
  const readOnly = plan.status === 'ended';
  const screen = $('screen-plan');
  screen.classList.toggle('is-ended', readOnly);

  if (state.personName) setText($('plan-title'), 'plan-title', { name: state.personName });
  else setText($('plan-title'), 'plan-title-loading');
  renderState(plan);

  const goals = list(plan.goals);
  clear($('goal-list'));
  for (const g of goals) $('goal-list').appendChild(goalItem(g, readOnly));
  $('goals-empty').hidden = goals.length > 0;

  const commitments = list(plan.commitments);
  clear($('commitment-list'));
  for (const c of commitments) $('commitment-list').appendChild(commitmentItem(c, readOnly));
  $('commitments-empty').hidden = commitments.length > 0;

  const meetings = newestFirst(list(plan.meetings));
  clear($('meeting-list'));
  for (const m of meetings) $('meeting-list').appendChild(meetingItem(m));
  $('meetings-empty').hidden = meetings.length > 0;

  // An ended plan is read, not changed: no add forms, no pause or end.
  for (const id of ['goal-form', 'commitment-form', 'meeting-form', 'plan-stop', 'plan-commitments-tick']) $(id).hidden = readOnly;
  $('plan-pause').hidden = plan.status !== 'active';
  $('plan-resume').hidden = plan.status !== 'paused';
}

// ---------- changes ----------

function fieldResolver(map) {
  return (field) => {
    const id = map[field];
    if (!id) return null;
    const input = typeof id === 'function' ? id() : $(id);
    return input && !input.closest('[hidden]') && !input.disabled ? input : null;
  };
}

/**
 * Run a command that answers the whole PLAN, then show it.
 * opts: form, button, statusEl, alertEl, resolve(field), statusId, onSuccess().
 * Resolves with true when the change was made.
 */
async function change(command, args, opts) {
  const { form, button, statusEl, alertEl } = opts;
  if (form) clearFieldErrors(form);
  clearError(alertEl);
  clearStatuses();
  const planId = state.id;
  if (button) setBusy(button, true);
  let plan;
  try {
    plan = await call(command, args);
    if (!isPlan(plan)) plan = await call('plan.get', { plan_id: planId });
  } catch (err) {
    if (button) setBusy(button, false);
    if (state.id !== planId) return false;
    showFormError(err, alertEl, opts.resolve || (() => null));
    // Ended meanwhile: show the plan as it is now (read-only), the message stays.
    if (err && err.code === 'plan-ended') await refresh();
    return false;
  }
  if (button) setBusy(button, false);
  if (state.id !== planId) return false;
  if (opts.onSuccess) opts.onSuccess();
  render(plan);
  if (statusEl) setText(statusEl, opts.statusId || 'plan-saved');
  return true;
}

/** Read the plan again and show it; errors go to the load alert. */
async function refresh() {
  const planId = state.id;
  try {
    const plan = await call('plan.get', { plan_id: planId });
    if (state.id === planId && isPlan(plan)) render(plan);
  } catch (err) {
    if (state.id === planId) showError($('plan-load-error'), err);
  }
}

function requireText(input, messageId) {
  if (input.value.trim() !== '') return false;
  markFieldError(input, t(messageId));
  return true;
}

async function addGoal() {
  const form = $('goal-form');
  clearFieldErrors(form);
  if (requireText($('goal-text'), 'plan-goal-text-required')) return;
  const args = { plan_id: state.id, text: $('goal-text').value.trim() };
  const wished = orNull($('goal-wished-date').value);
  if (wished) args.wished_date = wished;
  const ok = await change('plan.goal.add', args, {
    form, button: $('goal-add'), statusEl: $('goal-status'), alertEl: $('goal-error'), statusId: 'plan-added',
    resolve: fieldResolver({ text: 'goal-text', wished_date: 'goal-wished-date' }),
    onSuccess: () => {
      $('goal-text').value = '';
      $('goal-wished-date').value = '';
    },
  });
  if (ok) $('goal-text').focus();
}

async function saveGoalStatus(goalId, select) {
  const wanted = select.value;
  const before = select.getAttribute('data-saved');
  if (wanted === before) return;
  const selectId = select.id;
  select.disabled = true;
  const ok = await change('plan.goal.status', { goal_id: goalId, status: wanted }, {
    statusEl: $('goal-list-status'), alertEl: $('goal-list-error'),
    // The select is disabled while the change runs: enable it again to show the error next to it.
    resolve: (field) => {
      const input = field === 'status' ? $(selectId) : null;
      if (!input || ended()) return null;
      input.disabled = false;
      input.value = before || input.value;
      return input;
    },
  });
  // The list is drawn again on success: find the select by its id.
  const now = $(selectId);
  if (!now) return;
  if (!ok && now === select) {
    select.disabled = ended();
    if (before) select.value = before;
  }
  if (!now.disabled) now.focus();
}

async function addCommitment() {
  const form = $('commitment-form');
  clearFieldErrors(form);
  if (requireText($('commitment-text'), 'plan-commitment-text-required')) return;
  const args = { plan_id: state.id, text: $('commitment-text').value.trim() };
  const who = orNull($('commitment-who').value);
  if (who) args.who = who;
  const by = orNull($('commitment-by').value);
  if (by) args.by_when = by;
  const ok = await change('plan.commitment.add', args, {
    form, button: $('commitment-add'), statusEl: $('commitment-status'), alertEl: $('commitment-error'), statusId: 'plan-added',
    resolve: fieldResolver({ text: 'commitment-text', who: 'commitment-who', by_when: 'commitment-by' }),
    onSuccess: () => {
      $('commitment-text').value = '';
      $('commitment-who').value = '';
      $('commitment-by').value = '';
    },
  });
  if (ok) $('commitment-text').focus();
}

async function saveCommitmentDone(commitmentId, box) {
  const wanted = box.checked;
  const boxId = box.id;
  box.disabled = true;
  const ok = await change('plan.commitment.done', { commitment_id: commitmentId, done: wanted }, {
    statusEl: $('commitment-list-status'), alertEl: $('commitment-list-error'),
    statusId: wanted ? 'plan-commitment-done-saved' : 'plan-commitment-undone-saved',
  });
  const now = $(boxId);
  if (!now) return;
  if (!ok && now === box) {
    box.disabled = ended();
    box.checked = !wanted;
  }
  if (!now.disabled) now.focus();
}

async function addMeeting() {
  const form = $('meeting-form');
  clearFieldErrors(form);
  const date = $('meeting-date');
  if (date.value.trim() === '') {
    markFieldError(date, t('error-required', { field: t('field-met-on') }));
    return;
  }
  const ok = await change('plan.meeting.add', {
    plan_id: state.id,
    met_on: date.value.trim(),
    note: $('meeting-note').value.trim(),
  }, {
    form, button: $('meeting-add'), statusEl: $('meeting-status'), alertEl: $('meeting-error'), statusId: 'plan-added',
    resolve: fieldResolver({ met_on: 'meeting-date', note: 'meeting-note' }),
    onSuccess: () => {
      $('meeting-date').value = todayIso();
      $('meeting-note').value = '';
    },
  });
  if (ok) $('meeting-note').focus();
}

async function pause() {
  const ok = await change('plan.pause', { plan_id: state.id }, {
    button: $('plan-pause'), statusEl: $('plan-stop-status'), alertEl: $('plan-stop-error'), statusId: 'plan-paused-done',
  });
  if (ok) $('plan-resume').focus();
}

async function resume() {
  const ok = await change('plan.resume', { plan_id: state.id }, {
    button: $('plan-resume'), statusEl: $('plan-stop-status'), alertEl: $('plan-stop-error'), statusId: 'plan-resumed-done',
  });
  if (ok) $('plan-pause').focus();
}

/** End the plan: one action, no reason asked. What was typed in the add forms is let go. */
async function endPlan() {
  const ok = await change('plan.end', { plan_id: state.id }, {
    button: $('plan-end'), alertEl: $('plan-stop-error'),
    onSuccess: () => resetForms(),
  });
  if (!ok) return;
  // The stop section is hidden now: say it in the plan's state line, and put the focus there.
  setText($('plan-state-status'), 'plan-ended-done');
  $('plan-state').focus();
}

/** document.save: write the plan's PDF into Documents/Tandem and show where. */
async function savePdf() {
  const button = $('plan-save-pdf');
  clearError($('plan-doc-error'));
  clearStatuses();
  if (state.id === null) return;
  setBusy(button, true);
  try {
    const r = await call('document.save', { kind: 'plan', id: state.id });
    showSaved($('plan-status'), 'plan-saved-as', str(r && r.path));
  } catch (err) {
    showError($('plan-doc-error'), err);
  } finally {
    setBusy(button, false);
  }
}

// ---------- opening, reloading, leaving ----------

function resetForms() {
  const screen = $('screen-plan');
  for (const form of Array.from(screen.querySelectorAll('form'))) {
    form.reset();
    clearFieldErrors(form);
  }
  for (const alertEl of Array.from(screen.querySelectorAll('.form-error'))) clearError(alertEl);
  clearStatuses();
  $('meeting-date').value = todayIso();
  hideUnsaved();
}

async function load() {
  const planId = state.id;
  const seq = ++state.seq;
  clearError($('plan-load-error'));
  try {
    const plan = await call('plan.get', { plan_id: planId });
    if (seq !== state.seq || state.id !== planId) return;
    $('plan-body').hidden = false;
    render(plan);
  } catch (err) {
    if (seq === state.seq) showError($('plan-load-error'), err);
  }
}

/** Open plan `id` on a clean screen. `from`: {personId, name} known to the caller. */
export function openPlan(id, from = {}) {
  resetForms();
  state.id = id;
  state.plan = null;
  state.personId = from.personId ?? null;
  state.personName = from.name || '';
  $('screen-plan').classList.remove('is-ended');
  setText($('plan-title'), state.personName ? 'plan-title' : 'plan-title-loading', state.personName ? { name: state.personName } : null);
  $('plan-body').hidden = true;
  return load();
}

/** The plan on the screen, as openPlan takes it again: {id, personId, name}, or null. */
export function planOnScreen() {
  return state.id === null ? null : { id: state.id, personId: state.personId, name: state.personName };
}

/** Lock: forms emptied and the plan forgotten (the screen is opened again from the core after the unlock). */
export function clearPlan() {
  resetForms();
  state.plan = null;
}

/** Read the plan on the screen again (after the settings or an unlock); typing is kept. */
export function reloadPlan() {
  if (state.id === null) return Promise.resolve();
  return load();
}

function hideUnsaved() {
  $('plan-unsaved-bar').hidden = true;
  state.pending = null;
}

function hasTyping() {
  return !ended() && TYPED.some((id) => $(id).value.trim() !== '');
}

/** Leave the screen (back to the person), after a word on what was typed and not added. */
export function leavePlan() {
  const go = () => {
    hideUnsaved();
    hooks.back(state.personId);
  };
  if (!hasTyping()) {
    go();
    return;
  }
  state.pending = go;
  $('plan-unsaved-bar').hidden = false;
  $('plan-unsaved-keep').focus();
}

/** Escape on the screen: close the unsaved bar or leave. */
export function escapePlan() {
  if (!$('plan-unsaved-bar').hidden) {
    hideUnsaved();
    $('plan-title').focus();
    return;
  }
  leavePlan();
}

// ---------- wiring ----------

function onSubmit(form, action) {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    action();
  });
}

/** Wire the plan screen (once, at start). back(personId): show the person again. */
export function initPlan({ back } = {}) {
  hooks = { back: back || hooks.back };
  const screen = $('screen-plan');
  clearErrorsOnEdit(screen);
  screen.addEventListener('input', (ev) => {
    const form = ev.target && ev.target.closest ? ev.target.closest('form') : null;
    if (form) for (const s of Array.from(form.querySelectorAll('.status'))) setPlainText(s, '');
  });

  onSubmit($('goal-form'), addGoal);
  onSubmit($('commitment-form'), addCommitment);
  onSubmit($('meeting-form'), addMeeting);
  $('plan-pause').addEventListener('click', pause);
  $('plan-resume').addEventListener('click', resume);
  $('plan-end').addEventListener('click', endPlan);
  $('plan-save-pdf').addEventListener('click', savePdf);

  $('plan-back').addEventListener('click', leavePlan);
  $('plan-unsaved-leave').addEventListener('click', () => {
    const action = state.pending;
    resetForms();
    if (action) action();
  });
  $('plan-unsaved-keep').addEventListener('click', () => {
    hideUnsaved();
    $('plan-title').focus();
  });

  onLanguageChange(() => {
    // Dates and statuses are written in the UI language; the person's words stay as they are.
    if (state.plan && !screen.hidden) render(state.plan);
  });
}
