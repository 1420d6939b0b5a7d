// Rights to check on the person's page: what the file already shows the person may be missing, grouped by what to do, in the person's language in together mode, and where things stand for each right, recorded with them.
import { call } from '../../api.js';
import { $, el, clear, clearError, setBusy, showError, showFormError } from '../../dom.js';
import { showSaved } from '../../documents.js';
import { onLanguageChange, setText, t } from '../../i18n.js';
import { isTogether } from '../../together.js';
import { fillSelects } from '../../vocabulary.js';
import { state } from './people.js';

const GROUPS = ['check_arrived', 'answer_letter', 'request', 'ask'];

const rights = {
  personId: null,
  data: null,
  seq: 0,
};

/** The language of the rights' texts: the person's in together mode, else the app's. */
function textLang() {
  const lang = state.loaded && typeof state.loaded.language === 'string' ? state.loaded.language : null;
  return isTogether() && lang ? lang : undefined;
}

function line(cls, text) {
  return text ? el('p', { class: cls, text }) : null;
}

/** One right, in the screening's language (its lines come from the core in that language). */
function rightItem(r) {
  const key = `rt-${r.id}`;
  const lines = r.lines || {};
  const select = el('select', { id: `${key}-status`, 'data-vocabulary': 'right_statuses', 'aria-labelledby': `${key}-name rights-status-label` },
    [el('option', { value: '', i18n: 'choose' })]);
  // Filled by fillSelects in show(); the status recorded is chosen then.
  if (r.status) select.dataset.current = r.status.status;
  const requested = el('input', { id: `${key}-requested`, type: 'date', min: '2000-01-01', hidden: true, 'aria-label': t('rights-requested-on-label') });
  const event = r.deadline_days
    ? el('input', { id: `${key}-event`, type: 'date', min: '2000-01-01', 'aria-label': t('rights-event-on-label') })
    : null;
  // What is recorded stays in the fields: saving again keeps its dates.
  if (r.status && r.status.requested_on) requested.value = r.status.requested_on;
  if (event && r.status && r.status.event_on) event.value = r.status.event_on;
  const save = el('button', { type: 'button', id: `${key}-save`, class: 'btn btn-small', i18n: 'rights-save' });
  const error = el('p', { id: `${key}-error`, class: 'form-error', role: 'alert' });
  select.addEventListener('change', () => { requested.hidden = select.value !== 'requested'; });
  save.addEventListener('click', () => record(r, select, requested, event, save, error));
  return el('li', { class: `right-item right-${r.outcome}`, 'data-right': r.id, 'data-outcome': r.outcome }, [
    el('h4', { id: `${key}-name`, class: 'right-name', text: r.name }),
    line('right-what', r.what),
    r.outcome === 'possibly' ? line('right-question', lines.question) : null,
    line('right-action', r.action),
    line('right-figure', lines.figure),
    line('hint right-meta', lines.meta),
    line('right-status-line', lines.status),
    el('div', { class: 'right-record' }, [select, requested, event, save].filter(Boolean)),
    error,
  ].filter(Boolean));
}

function show(s) {
  rights.data = s;
  const holder = $('rights-groups');
  clear(holder);
  const all = s.rights || [];
  const titles = s.group_titles || {};
  // The section's texts are in the screening's language (the person's in together mode).
  $('rights-body').setAttribute('lang', s.lang || '');
  for (const group of GROUPS) {
    const items = all.filter((r) => r.todo === group);
    if (!items.length) continue;
    holder.appendChild(el('section', { class: `rights-group rights-group-${group}`, 'aria-labelledby': `rights-group-${group}` }, [
      el('h3', { id: `rights-group-${group}`, class: 'h-sub', text: titles[group] || '' }),
      el('ul', { class: 'item-list rights-list' }, items.map(rightItem)),
    ]));
  }
  $('rights-none-count').hidden = !s.not_now_line;
  $('rights-none-count').textContent = s.not_now_line || '';
  $('rights-facts').textContent = s.facts_line || '';
  fillSelects(holder);
  for (const sel of Array.from(holder.querySelectorAll('select[data-current]'))) {
    sel.value = sel.dataset.current;
    const date = $(sel.id.replace(/-status$/, '-requested'));
    if (date) date.hidden = sel.value !== 'requested';
  }
  $('rights-sheet').disabled = false;
}

async function record(r, select, requested, event, button, error) {
  clearError(error);
  if (!select.value) {
    setText(error, 'rights-choose-status');
    select.focus();
    return;
  }
  const args = { person_id: rights.personId, right: r.id, status: select.value };
  if (select.value === 'requested') args.requested_on = requested.value || null;
  if (event && event.value) args.event_on = event.value;
  setBusy(button, true);
  const personId = rights.personId;
  try {
    await call('rights.record', args);
    // Another person opened meanwhile: this answer is not theirs.
    if (personId !== rights.personId || personId !== state.currentId) return;
    await loadRights(); // in the language the screening needs (the person's in together mode)
    setText($('rights-status'), 'rights-saved', { name: r.name });
  } catch (err) {
    showFormError(err, error, (field) => ({ status: select, requested_on: requested, event_on: event })[field] || null);
  } finally {
    setBusy(button, false);
  }
}

/** Screens the rights of the person on the page (a read, audited). */
export async function loadRights() {
  if (state.currentId === null) return;
  const personId = state.currentId;
  rights.personId = personId;
  const seq = ++rights.seq;
  clearError($('rights-error'));
  setBusy($('rights-load'), true);
  try {
    const args = { person_id: personId };
    const lang = textLang();
    if (lang) args.lang = lang;
    const s = await call('rights.screen', args);
    if (seq !== rights.seq || personId !== state.currentId) return;
    show(s);
    $('rights-body').hidden = false;
  } catch (err) {
    if (seq === rights.seq) showError($('rights-error'), err);
  } finally {
    setBusy($('rights-load'), false);
  }
}

/** Together mode entered or left: a screening shown is read again in the language it needs. */
function followTogether() {
  if (rights.data && rights.personId !== null && rights.personId === state.currentId) loadRights();
}

/** Another person (or none): the screening of the one before is forgotten. */
export function clearRights() {
  rights.seq += 1;
  rights.personId = null;
  rights.data = null;
  if (!$('rights-groups')) return;
  clear($('rights-groups'));
  setText($('rights-status'), '');
  clearError($('rights-error'));
  $('rights-body').hidden = true;
  $('rights-sheet').disabled = true;
}

async function saveSheet() {
  if (rights.personId === null) return;
  const button = $('rights-sheet');
  clearError($('rights-error'));
  setBusy(button, true);
  try {
    const r = await call('document.save', { kind: 'rights', id: rights.personId });
    showSaved($('rights-sheet-status'), 'report-card-saved-as', String((r && r.path) || ''));
  } catch (err) {
    showError($('rights-error'), err);
  } finally {
    setBusy(button, false);
  }
}

export function initRights() {
  $('rights-load').addEventListener('click', loadRights);
  document.addEventListener('tandem:together', followTogether);
  // The rights' texts come from the core in a language: a screening shown is read again.
  onLanguageChange(() => {
    if (rights.data && rights.personId !== null && rights.personId === state.currentId) loadRights();
  });
  $('rights-sheet').addEventListener('click', saveSheet);
}
