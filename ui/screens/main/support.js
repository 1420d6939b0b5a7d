// Voluntary support of the person (apart from the income side): their plan or their last answer, and starting a plan.
import { call } from '../../api.js';
import { $, clearError, setBusy, showError } from '../../dom.js';
import { formatDate, setPlainText, setText } from '../../i18n.js';
import { hooks, state } from './people.js';
import { guard } from './person.js';
import { currentName } from './requests.js';

const OPEN_PLAN = new Set(['active', 'paused']);

/** The support plan and the last answer of the person in the form, as the core gave them. */
export function supportPlan() {
  return state.support && state.support.plan ? state.support.plan : null;
}

export function renderSupport() {
  const plan = supportPlan();
  const answer = state.support && state.support.answer ? state.support.answer : null;
  const planOpen = Boolean(plan && OPEN_PLAN.has(plan.status));

  const line = $('support-plan-state');
  if (plan) {
    if (plan.status === 'ended') setText(line, 'support-plan-ended', { date: formatDate(plan.ended_on) });
    else if (plan.status === 'paused') setText(line, 'support-plan-paused', { date: formatDate(plan.paused_on || plan.opened_on) });
    else setText(line, 'support-plan-active', { date: formatDate(plan.opened_on) });
    line.hidden = false;
  } else {
    setPlainText(line, '');
    line.hidden = true;
  }
  const open = $('support-open');
  open.hidden = !plan;
  if (plan) setText(open, planOpen ? 'support-open' : 'support-open-ended');

  // The question stays open while no plan is running: "not now" can become "yes" at any time.
  $('support-ask').hidden = planOpen;
  const said = $('support-answer');
  // The last answer: opening a plan records a "yes", so a "not now" shown here came after any plan.
  const notNow = Boolean(answer && answer.wants === false && answer.on);
  if (notNow && !planOpen) {
    setText(said, 'support-not-now-on', { date: formatDate(answer.on) });
    said.hidden = false;
  } else {
    setPlainText(said, '');
    said.hidden = true;
  }
}

/** Read the support plan and answer of the person in the form. */
export async function loadSupport() {
  if (state.currentId === null) return;
  const seq = ++state.supportSeq;
  const personId = state.currentId;
  try {
    const r = await call('plan.for_person', { person_id: personId });
    if (seq !== state.supportSeq || personId !== state.currentId) return;
    state.support = r && typeof r === 'object' ? r : null;
    clearError($('support-error'));
    renderSupport();
  } catch (err) {
    if (seq === state.supportSeq) showError($('support-error'), err);
  }
}

export function openPlanOfPerson(planId) {
  const personId = state.currentId;
  guard(() => hooks.openPlan(planId, { personId, name: currentName() }));
}

/** "Not now": a normal answer, recorded with its date. */
export async function answerNotNow() {
  if (state.currentId === null) return;
  const personId = state.currentId;
  const button = $('support-not-now');
  clearError($('support-error'));
  setPlainText($('support-status'), '');
  setBusy(button, true);
  try {
    const r = await call('plan.answer', { person_id: personId, wants: false });
    if (personId !== state.currentId) return;
    state.support = r && typeof r === 'object' ? r : null;
    state.supportSeq += 1;
    renderSupport();
    setText($('support-status'), 'support-not-now-saved');
  } catch (err) {
    showError($('support-error'), err);
  } finally {
    setBusy(button, false);
  }
}

/** "Yes": open a new plan and go to it. */
export async function openNewPlan() {
  if (state.currentId === null) return;
  const personId = state.currentId;
  const button = $('support-yes');
  clearError($('support-error'));
  setPlainText($('support-status'), '');
  setBusy(button, true);
  let plan;
  try {
    plan = await call('plan.open', { person_id: personId });
  } catch (err) {
    setBusy(button, false);
    // plan-exists: show the plan that is there, with its button, and say why.
    if (err && err.code === 'plan-exists') await loadSupport();
    showError($('support-error'), err);
    if (err && err.code === 'plan-exists' && !$('support-open').hidden) $('support-open').focus();
    return;
  }
  setBusy(button, false);
  if (personId !== state.currentId || !plan) return;
  state.support = { plan, answer: { wants: true, on: plan.opened_on } };
  renderSupport();
  openPlanOfPerson(plan.id);
}
