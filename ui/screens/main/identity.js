// The person's identity and household: the form with its "unknown" boxes, household rows, reading, checking and saving it.
import { call } from '../../api.js';
import { list } from '../../vocabulary.js';
import { $, el, clear, clearError, clearFieldError, clearFieldErrors, markFieldError, setBusy, showFormError } from '../../dom.js';
import { formatDateTime, setPlainText, setText, t } from '../../i18n.js';
import { refreshDeadlines } from './deadlines.js';
import { setSharingPerson } from './sharing.js';
import { showInList } from './list.js';
import { state } from './people.js';
import { renderHome } from './person.js';
import { loadRequests } from './requests.js';
import { loadSupport } from './support.js';

/** Optional fields of the form: [key in the core, id suffix in the page]. */
export const OPTIONAL = [
  ['first_name', 'first-name'],
  ['last_name', 'last-name'],
  ['birth_date', 'birth-date'],
  ['nrn', 'nrn'],
  ['address', 'address'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['language', 'language'],
];

const RELATIONS = list('relations');

const stash = new WeakMap();     // input → value typed before "unknown" was ticked

const memberIds = new WeakMap(); // household row → id of the member in the core

function isUnknown(v) {
  return Boolean(v && typeof v === 'object' && v.unknown === true);
}

/** A known string value, or null when not asked / unknown. */
export function known(v) {
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

export function setUnknown(suffix, on) {
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

export function addHouseholdRow(member = null) {
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

export function markDirty() {
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

export function renderMeta() {
  const meta = $('p-meta');
  const p = state.loaded;
  if (state.currentId === null || !p || !p.created_at) {
    setPlainText(meta, '');
    return;
  }
  setText(meta, 'person-meta', { created: formatDateTime(p.created_at), updated: formatDateTime(p.updated_at || p.created_at) });
}

export function fillForm(p) {
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

/** Save the form; true on success. */
export async function save() {
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
