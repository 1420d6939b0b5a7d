// The person screen: search list on the left, person form (tri-state optional fields, household editor, requests, voluntary support, sharing and access) on the right.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearErrorsOnEdit, clearFieldError, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, formatDateTime, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';
import { refreshDeadlines } from './deadlines.js';
import { refreshRetention } from './home.js';
import { setSharingPerson } from './sharing.js';
import { isTogether } from '../../together.js';
import { todayIso } from '../../values.js';

const SEARCH_LIMIT = 200;
const SEARCH_DELAY_MS = 150;

/** Optional fields of the form: [key in the core, id suffix in the page]. */
const OPTIONAL = [
  ['first_name', 'first-name'],
  ['last_name', 'last-name'],
  ['birth_date', 'birth-date'],
  ['nrn', 'nrn'],
  ['address', 'address'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['language', 'language'],
];
const RELATIONS = ['partner', 'parent', 'child', 'other'];

const state = {
  currentId: null,      // id of the person in the form, null for a new one
  loaded: null,         // last person object read from the core
  dirty: false,         // the form has changes not saved yet
  results: { persons: [], total: 0 },
  searchSeq: 0,
  searchTimer: null,
  pending: null,        // action waiting on the unsaved-changes bar
  rowSeq: 0,
  started: false,
  requests: [],         // requests of the person in the form
  requestsSeq: 0,
  support: null,        // {plan, answer} of the person in the form (plan.for_person)
  supportSeq: 0,
};
let hooks = {
  openRequest: () => {}, // openRequest(requestId, {personId, name})
  openPlan: () => {},    // openPlan(planId, {personId, name})
  workerName: () => '',  // the worker's name from the profile
  personChanged: () => {}, // a person's page was opened or left
};
const stash = new WeakMap();     // input → value typed before "unknown" was ticked
const memberIds = new WeakMap(); // household row → id of the member in the core

// ---------- tri-state values ----------

function isUnknown(v) {
  return Boolean(v && typeof v === 'object' && v.unknown === true);
}

/** A known string value, or null when not asked / unknown. */
function known(v) {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** 11 digits → YY.MM.DD-XXX.CC; anything else unchanged. */
export function formatNrn(value) {
  const digits = String(value || '').replace(/[\s./-]/g, '');
  if (!/^\d{11}$/.test(digits)) return String(value || '');
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}

function triBoolToSelect(v) {
  if (isUnknown(v)) return 'unknown';
  if (v === true) return 'yes';
  if (v === false) return 'no';
  return '';
}

function selectToTriBool(value) {
  if (value === 'unknown') return { unknown: true };
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return null;
}

// ---------- optional fields with their "unknown" box ----------

function setUnknown(suffix, on) {
  const input = $(`p-${suffix}`);
  const box = $(`p-${suffix}-unknown`);
  box.checked = on;
  if (on) {
    if (input.value !== '') stash.set(input, input.value);
    input.value = '';
    input.disabled = true;
    clearFieldError(input);
  } else {
    input.disabled = false;
    if (stash.has(input)) {
      input.value = stash.get(input);
      stash.delete(input);
    }
  }
}

function fillOptional(suffix, value) {
  const input = $(`p-${suffix}`);
  stash.delete(input);
  if (isUnknown(value)) {
    setUnknown(suffix, true);
    return;
  }
  setUnknown(suffix, false);
  stash.delete(input);
  if (value === null || value === undefined) input.value = '';
  else input.value = suffix === 'nrn' ? formatNrn(value) : String(value);
}

function readOptional(suffix) {
  if ($(`p-${suffix}-unknown`).checked) return { unknown: true };
  const value = $(`p-${suffix}`).value.trim();
  return value === '' ? null : value;
}

// ---------- household rows ----------

function rows() {
  return Array.from($('household').querySelectorAll(':scope > .hh-row'));
}

function option(value, id) {
  return el('option', { value, i18n: id });
}

function triBoolSelect(id) {
  return el('select', { id }, [
    option('', 'not-asked'),
    option('unknown', 'unknown'),
    option('yes', 'choice-yes'),
    option('no', 'choice-no'),
  ]);
}

function renumberRows() {
  rows().forEach((row, i) => setText(row.querySelector('legend'), 'household-member', { number: i + 1 }));
  $('household-empty').hidden = rows().length > 0;
}

function addHouseholdRow(member = null) {
  state.rowSeq += 1;
  const base = `hh-${state.rowSeq}`;
  const legend = el('legend', { id: `${base}-legend`, class: 'hh-legend' });

  const name = el('input', { id: `${base}-name`, type: 'text', autocomplete: 'off', 'aria-required': 'true', 'data-part': 'name' });
  const relation = el('select', { id: `${base}-relation`, 'data-part': 'relation', 'aria-required': 'true' }, [
    option('', 'relation-choose'),
    ...RELATIONS.map((r) => option(r, `relation-${r}`)),
  ]);
  const cohabits = triBoolSelect(`${base}-cohabits`);
  cohabits.setAttribute('data-part', 'cohabits');
  const minor = triBoolSelect(`${base}-minor`);
  minor.setAttribute('data-part', 'minor');
  const inCare = triBoolSelect(`${base}-in-care`);
  inCare.setAttribute('data-part', 'in_care');
  const remove = el('button', { type: 'button', class: 'btn btn-quiet btn-small hh-remove', i18n: 'household-remove', 'aria-describedby': `${base}-legend` });

  const cell = (input, labelId) => el('div', { class: 'field' }, [el('label', { for: input.id, i18n: labelId }), input]);
  const row = el('fieldset', { class: 'hh-row' }, [
    legend,
    el('div', { class: 'hh-grid' }, [
      cell(name, 'field-household-name'),
      cell(relation, 'field-household-relation'),
      cell(cohabits, 'field-household-cohabits'),
      cell(minor, 'field-household-minor'),
      cell(inCare, 'field-household-in-care'),
      el('div', { class: 'hh-remove-cell' }, [remove]),
    ]),
  ]);

  if (member) {
    if (member.id !== undefined && member.id !== null) memberIds.set(row, member.id);
    name.value = member.name || '';
    relation.value = RELATIONS.includes(member.relation) ? member.relation : '';
    cohabits.value = triBoolToSelect(member.cohabits);
    minor.value = triBoolToSelect(member.minor);
    inCare.value = triBoolToSelect(member.in_care);
  }

  remove.addEventListener('click', () => {
    const all = rows();
    const i = all.indexOf(row);
    row.remove();
    markDirty();
    renumberRows();
    const next = rows()[i] || rows()[i - 1];
    (next ? next.querySelector('[data-part="name"]') : $('household-add')).focus();
  });

  $('household').appendChild(row);
  renumberRows();
  return row;
}

function readHousehold() {
  return rows().map((row) => {
    const member = {
      name: row.querySelector('[data-part="name"]').value.trim(),
      relation: row.querySelector('[data-part="relation"]').value,
      cohabits: selectToTriBool(row.querySelector('[data-part="cohabits"]').value),
      minor: selectToTriBool(row.querySelector('[data-part="minor"]').value),
      in_care: selectToTriBool(row.querySelector('[data-part="in_care"]').value),
    };
    if (memberIds.has(row)) member.id = memberIds.get(row);
    return member;
  });
}

// ---------- the form ----------

function markDirty() {
  state.dirty = true;
  setPlainText($('p-status'), '');
}

function collect() {
  const payload = { display_name: $('p-display-name').value.trim() };
  for (const [key, suffix] of OPTIONAL) payload[key] = readOptional(suffix);
  payload.household = readHousehold();
  return payload;
}

/** Field named by the core (e.g. "nrn", "household.0.name") → its input. */
function resolveField(field) {
  const m = /^household\.(\d+)\.([a-z_]+)$/.exec(field);
  if (m) {
    const row = rows()[Number(m[1])];
    return row ? row.querySelector(`[data-part="${m[2]}"]`) : null;
  }
  if (field === 'household') return $('household-add');
  const suffix = field.replace(/_/g, '-');
  const input = $(`p-${suffix}`);
  if (!input) return null;
  return input.disabled ? $(`p-${suffix}-unknown`) : input;
}

/** Checks that need no core: required display name and household names/relations. */
function validateLocally() {
  if ($('p-display-name').value.trim() === '') {
    return { input: $('p-display-name'), message: t('error-required', { field: t('field-display-name') }) };
  }
  for (const row of rows()) {
    const name = row.querySelector('[data-part="name"]');
    if (name.value.trim() === '') return { input: name, message: t('error-required', { field: t('field-household-name') }) };
    const relation = row.querySelector('[data-part="relation"]');
    if (relation.value === '') return { input: relation, message: t('error-required', { field: t('field-household-relation') }) };
  }
  return null;
}

function renderHeading() {
  const heading = $('p-heading');
  if (state.currentId === null) setText(heading, 'form-title-new');
  else setPlainText(heading, (state.loaded && state.loaded.display_name) || $('p-display-name').value.trim());
}

function renderMeta() {
  const meta = $('p-meta');
  const p = state.loaded;
  if (state.currentId === null || !p || !p.created_at) {
    setPlainText(meta, '');
    return;
  }
  setText(meta, 'person-meta', { created: formatDateTime(p.created_at), updated: formatDateTime(p.updated_at || p.created_at) });
}

function fillForm(p) {
  const form = $('person-form');
  clearFieldErrors(form);
  clearError($('p-error'));
  $('p-display-name').value = (p && p.display_name) || '';
  for (const [key, suffix] of OPTIONAL) fillOptional(suffix, p ? p[key] : null);
  clear($('household'));
  for (const member of (p && Array.isArray(p.household) ? p.household : [])) addHouseholdRow(member);
  renumberRows();
  state.loaded = p;
  state.dirty = false;
  renderHeading();
  renderMeta();
  setSharingPerson(p);
}

function newPerson({ focus = true } = {}) {
  state.currentId = null;
  fillForm(null);
  setPlainText($('p-status'), '');
  markSelected();
  renderHome();
  refreshDeadlines();
  refreshRetention();
  if (focus) $('p-display-name').focus();
}

async function openPerson(id) {
  clearError($('list-error'));
  try {
    const p = await call('person.get', { id });
    state.currentId = p.id;
    fillForm(p);
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

/** Save the form; true on success. */
async function save() {
  const form = $('person-form');
  clearFieldErrors(form);
  clearError($('p-error'));
  setPlainText($('p-status'), '');
  const local = validateLocally();
  if (local) {
    markFieldError(local.input, local.message);
    return false;
  }
  const payload = collect();
  const creating = state.currentId === null;
  const button = $('p-save');
  setBusy(button, true);
  try {
    if (creating) {
      const r = await call('person.create', payload);
      state.currentId = r.id;
    } else {
      await call('person.update', { id: state.currentId, ...payload });
    }
  } catch (err) {
    showFormError(err, $('p-error'), resolveField);
    return false;
  } finally {
    setBusy(button, false);
  }
  state.dirty = false;
  state.loaded = null;
  renderHeading();
  // Show the values as the core stored them (e.g. the national register number formatted),
  // then the list with this person selected, then say so.
  try {
    fillForm(await call('person.get', { id: state.currentId }));
  } catch {
    /* saved all the same; the list refresh below may report a lock */
  }
  await showInList(state.currentId);
  renderHome();
  if (creating) await Promise.all([loadRequests(), loadSupport()]);
  refreshDeadlines();
  setText($('p-status'), creating ? 'person-created' : 'person-saved');
  return true;
}

// ---------- home panel and requests ----------

/** The home panels while no person is open; the requests, support and sharing sections for a saved person. */
function renderHome() {
  const home = state.currentId === null && !isTogether();
  for (const id of ['deadlines', 'retention', 'handover-import-box']) $(id).hidden = !home;
  $('requests').hidden = state.currentId === null;
  $('support').hidden = state.currentId === null;
  $('sharing').hidden = state.currentId === null;
  hooks.personChanged(state.currentId !== null);
  if (state.currentId === null) {
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

function requestLine(r) {
  const kind = t(`request-kind-${r.kind}`);
  const label = r.kind === 'other' && r.other_label ? `${kind}: ${r.other_label}` : kind;
  return label;
}

function requestSub(r) {
  const parts = [t('request-received', { date: formatDate(r.received_on) }), t(`request-status-${r.status || 'open'}`)];
  if (r.status === 'open' && r.decision_due) parts.push(t('request-decision-due', { date: formatDate(r.decision_due) }));
  else if (r.status === 'decided' && r.notification_due && !r.notified_on) parts.push(t('request-notification-due', { date: formatDate(r.notification_due) }));
  return parts.join(' · ');
}

function renderRequests() {
  const list = $('request-list');
  clear(list);
  for (const r of state.requests) {
    const button = el('button', { type: 'button', class: `request-item status-${r.status}`, 'data-id': String(r.id) }, [
      el('span', { class: 'request-kind', text: requestLine(r) }),
      el('span', { class: 'request-sub', text: requestSub(r) }),
    ]);
    button.addEventListener('click', () => openRequestOfPerson(r.id));
    list.appendChild(el('li', {}, [button]));
  }
  $('requests-empty').hidden = state.requests.length > 0;
}

/** Read the requests of the person in the form. */
async function loadRequests() {
  if (state.currentId === null) return;
  const seq = ++state.requestsSeq;
  const personId = state.currentId;
  try {
    const list = await call('request.list', { person_id: personId });
    if (seq !== state.requestsSeq || personId !== state.currentId) return;
    state.requests = Array.isArray(list) ? list : [];
    clearError($('requests-error'));
    renderRequests();
  } catch (err) {
    if (seq === state.requestsSeq) showError($('requests-error'), err);
  }
}

function currentName() {
  return (state.loaded && state.loaded.display_name) || $('p-display-name').value.trim();
}

function openRequestOfPerson(requestId) {
  const personId = state.currentId;
  guard(() => hooks.openRequest(requestId, { personId, name: currentName() }));
}

function showRequestForm() {
  const form = $('request-create-form');
  clearFieldErrors(form);
  clearError($('rq-error'));
  $('rq-received-on').value = todayIso();
  $('rq-kind').value = 'leefloon';
  $('rq-other-label').value = '';
  $('rq-other-label-field').hidden = true;
  $('rq-received-by').value = hooks.workerName() || '';
  form.hidden = false;
  $('request-new').setAttribute('aria-expanded', 'true');
  $('rq-received-on').focus();
}

function hideRequestForm({ focus = true } = {}) {
  const form = $('request-create-form');
  form.hidden = true;
  clearFieldErrors(form);
  clearError($('rq-error'));
  $('request-new').setAttribute('aria-expanded', 'false');
  if (focus) $('request-new').focus();
}

function resolveRequestField(field) {
  const map = { received_on: 'rq-received-on', kind: 'rq-kind', other_label: 'rq-other-label', received_by: 'rq-received-by' };
  const input = map[field] ? $(map[field]) : null;
  return input && !input.closest('[hidden]') ? input : null;
}

async function createRequest() {
  const form = $('request-create-form');
  clearFieldErrors(form);
  clearError($('rq-error'));
  if (state.currentId === null) return;
  const kind = $('rq-kind').value;
  const args = { person_id: state.currentId, kind };
  const receivedOn = $('rq-received-on').value.trim();
  if (receivedOn) args.received_on = receivedOn;
  if (kind === 'other') {
    const label = $('rq-other-label').value.trim();
    if (label === '') {
      markFieldError($('rq-other-label'), t('error-required', { field: t('field-other-label') }));
      return;
    }
    args.other_label = label;
  }
  const by = $('rq-received-by').value.trim();
  if (by) args.received_by = by;
  const button = $('rq-create');
  setBusy(button, true);
  let created;
  try {
    created = await call('request.create', args);
  } catch (err) {
    showFormError(err, $('rq-error'), resolveRequestField);
    return;
  } finally {
    setBusy(button, false);
  }
  hideRequestForm({ focus: false });
  await loadRequests();
  refreshDeadlines();
  openRequestOfPerson(created.id);
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

// ---------- voluntary support (apart from the income side) ----------

const OPEN_PLAN = new Set(['active', 'paused']);

/** The support plan and the last answer of the person in the form, as the core gave them. */
function supportPlan() {
  return state.support && state.support.plan ? state.support.plan : null;
}

function renderSupport() {
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
async function loadSupport() {
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

function openPlanOfPerson(planId) {
  const personId = state.currentId;
  guard(() => hooks.openPlan(planId, { personId, name: currentName() }));
}

/** "Not now": a normal answer, recorded with its date. */
async function answerNotNow() {
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
async function openNewPlan() {
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

// ---------- the list ----------

function secondaryLine(p) {
  const parts = [];
  const names = [known(p.first_name), known(p.last_name)].filter(Boolean).join(' ');
  if (names) parts.push(names);
  const birth = known(p.birth_date);
  if (birth) parts.push(formatDate(birth));
  if (p.closed_on) parts.push(t('person-closed-on', { date: formatDate(p.closed_on) }));
  return parts.join(' · ');
}

function markSelected() {
  for (const button of Array.from($('person-list').querySelectorAll('button[data-id]'))) {
    if (state.currentId !== null && button.getAttribute('data-id') === String(state.currentId)) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}

function renderList() {
  const list = $('person-list');
  const { persons, total } = state.results;
  const query = $('search-input').value.trim();
  clear(list);
  if (isTogether()) {
    // The person reads along: nobody else's name stays in the page.
    setPlainText($('list-count'), '');
    $('person-empty').hidden = true;
    return;
  }
  for (const p of persons) {
    const sub = secondaryLine(p);
    const button = el('button', { type: 'button', class: 'person-item', 'data-id': String(p.id) }, [
      el('span', { class: 'person-name', text: p.display_name || '' }),
      sub ? el('span', { class: 'person-sub', text: sub }) : null,
    ]);
    button.addEventListener('click', () => {
      if (state.currentId !== null && String(state.currentId) === String(p.id)) return;
      guard(() => openPerson(p.id));
    });
    list.appendChild(el('li', {}, [button]));
  }
  const empty = $('person-empty');
  if (persons.length === 0) {
    setText(empty, query === '' ? 'list-empty' : 'list-no-match');
    empty.hidden = false;
  } else {
    empty.hidden = true;
  }
  const count = $('list-count');
  if (total > persons.length) setText(count, 'list-more', { shown: persons.length, total });
  else if (query !== '' && persons.length > 0) setText(count, 'list-count', { count: total });
  else setPlainText(count, '');
  markSelected();
}

/** Search with the current query; resolves with the result (or null on error / when overtaken). */
export async function refreshList() {
  const seq = ++state.searchSeq;
  const query = $('search-input').value.trim();
  try {
    const r = await call('person.search', { query, limit: SEARCH_LIMIT });
    if (seq !== state.searchSeq) return null;
    state.results = { persons: Array.isArray(r.persons) ? r.persons : [], total: Number(r.total) || 0 };
    clearError($('list-error'));
    renderList();
    return state.results;
  } catch (err) {
    if (seq === state.searchSeq) showError($('list-error'), err);
    return null;
  }
}

async function showInList(id) {
  let r = await refreshList();
  const inList = (res) => res && res.persons.some((p) => String(p.id) === String(id));
  if (r && !inList(r)) {
    $('search-input').value = '';
    r = await refreshList();
  }
  const button = $('person-list').querySelector(`button[data-id="${CSS.escape(String(id))}"]`);
  if (button) button.scrollIntoView({ block: 'nearest' });
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
    guard(async () => {
      const ok = await openPerson(id);
      if (ok) {
        await showInList(id);
        $('p-heading').focus();
      }
      resolve(ok);
    });
  });
}

// ---------- unsaved changes ----------

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

// ---------- wiring ----------

/** Wire the events of the person screen (once, at start). */
export function initPersons({ openRequest, openPlan, workerName, personChanged } = {}) {
  hooks = {
    openRequest: openRequest || hooks.openRequest,
    openPlan: openPlan || hooks.openPlan,
    workerName: workerName || hooks.workerName,
    personChanged: personChanged || hooks.personChanged,
  };
  const form = $('person-form');
  clearErrorsOnEdit(form);

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

/** Lock: unsaved edits are kept by the rooms, not here; the page is opened again from the core after the unlock. */
export function clearPerson() {
  state.dirty = false;
  state.pending = null;
  state.loaded = null;
  hideUnsaved();
}

/** After a restore the vault is another one: forget the open person and any unsaved edit. */
export function resetPersons() {
  state.dirty = false;
  state.pending = null;
  hideUnsaved();
  $('search-input').value = '';
  if (state.started) newPerson({ focus: false });
}

/** First entry to the main screen: an empty new-person form and the list of everyone. */
export function startPersons() {
  if (state.started) return refreshList();
  state.started = true;
  newPerson({ focus: false });
  return refreshList();
}
