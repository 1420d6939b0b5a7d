// Rights to check on the person's page: what the file already shows the person may be missing, grouped by what to do, in the person's language in together mode, and where things stand for each right, recorded with them.
import { call } from '../../api.js';
import { $, el, clear, clearError, setBusy, showError, showFormError } from '../../dom.js';
import { showSaved } from '../../documents.js';
import { formatDate, onLanguageChange, setText, t } from '../../i18n.js';
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

function statusLine(s) {
  if (!s) return null;
  const parts = [t('rights-status-now', { status: t(`right-status-${s.status}`), date: formatDate(s.recorded_on) })];
  if (s.requested_on) parts.push(t('rights-requested-on', { date: formatDate(s.requested_on) }));
  if (s.due_on) parts.push(t('rights-due-on', { date: formatDate(s.due_on) }));
  if (s.note) parts.push(s.note);
  return el('p', { class: 'right-status-line', text: parts.join(' · ') });
}

function rightItem(r) {
  const key = `rt-${r.id}`;
  const select = el('select', { id: `${key}-status`, 'data-vocabulary': 'right_statuses', 'aria-labelledby': `${key}-name rights-status-label` },
    [el('option', { value: '', i18n: 'choose' })]);
  // Filled by fillSelects below; the status recorded is chosen then (see show).
  if (r.status) select.dataset.current = r.status.status;
  const requested = el('input', { id: `${key}-requested`, type: 'date', min: '2000-01-01', hidden: true, 'aria-label': t('rights-requested-on-label') });
  const event = r.deadline_days
    ? el('input', { id: `${key}-event`, type: 'date', min: '2000-01-01', 'aria-label': t('rights-event-on-label') })
    : null;
  const save = el('button', { type: 'button', id: `${key}-save`, class: 'btn btn-small', i18n: 'rights-save' });
  const error = el('p', { id: `${key}-error`, class: 'form-error', role: 'alert' });
  select.addEventListener('change', () => { requested.hidden = select.value !== 'requested'; });
  save.addEventListener('click', () => record(r, select, requested, event, save, error));
  const facts = [];
  facts.push(el('p', { class: 'right-what', text: r.what }));
  if (r.outcome === 'possibly' && r.question) facts.push(el('p', { class: 'right-question', text: t('rights-question', { question: r.question }) }));
  facts.push(el('p', { class: 'right-action', text: r.action }));
  facts.push(el('p', {
    class: 'right-figure',
    text: r.figure
      ? t(r.figure.old ? 'rights-figure-old' : 'rights-figure', { text: r.figure.text, date: formatDate(r.figure.valid_from) })
      : t('rights-figure-none'),
  }));
  const meta = [t('rights-body', { body: r.body.replace(/[.\s]+$/, '') })];
  if (r.deadline_yearly) meta.push(t('rights-deadline-yearly', { date: r.deadline_yearly }));
  if (r.deadline_days) meta.push(t('rights-deadline-days', { days: r.deadline_days }));
  meta.push(t(`rights-verified-${r.verified}`, { date: formatDate(r.checked_on) }));
  facts.push(el('p', { class: 'hint right-meta', text: meta.join(' ') }));
  return el('li', { class: `right-item right-${r.outcome}`, 'data-right': r.id, 'data-outcome': r.outcome }, [
    el('h4', { id: `${key}-name`, class: 'right-name', text: r.name }),
    ...facts,
    statusLine(r.status),
    el('div', { class: 'right-record' }, [select, requested, event, save].filter(Boolean)),
    error,
  ].filter(Boolean));
}

function show(s) {
  rights.data = s;
  const holder = $('rights-groups');
  clear(holder);
  const all = s.rights || [];
  for (const group of GROUPS) {
    const items = all.filter((r) => r.todo === group);
    if (!items.length) continue;
    holder.appendChild(el('section', { class: `rights-group rights-group-${group}`, 'aria-labelledby': `rights-group-${group}` }, [
      el('h3', { id: `rights-group-${group}`, class: 'h-sub', text: t(`rights-group-${group}`, { count: items.length }) }),
      el('ul', { class: 'item-list rights-list' }, items.map(rightItem)),
    ]));
  }
  const none = all.filter((r) => r.todo === 'none');
  $('rights-none-count').hidden = none.length === 0;
  setText($('rights-none-count'), 'rights-not-now', { count: none.length });
  const f = s.facts || {};
  const bits = [];
  bits.push(f.leefloon_since ? t('rights-fact-leefloon', { date: formatDate(f.leefloon_since) }) : t('rights-fact-no-leefloon'));
  bits.push(f.age !== null && f.age !== undefined ? t('rights-fact-age', { age: f.age }) : t('rights-fact-age-unknown'));
  bits.push(f.region ? t(`rights-fact-region-${f.german_community ? 'german' : f.region}`) : t('rights-fact-region-unknown'));
  setText($('rights-facts'), 'rights-facts', { facts: bits.join(' · '), date: formatDate(s.on) });
  fillSelects(holder);
  for (const sel of Array.from(holder.querySelectorAll('select[data-current]'))) sel.value = sel.dataset.current;
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
  try {
    const s = await call('rights.record', args);
    show(s);
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
  // The rights' texts come from the core in a language: a screening shown is read again.
  onLanguageChange(() => {
    if (rights.data && rights.personId !== null && rights.personId === state.currentId) loadRights();
  });
  $('rights-sheet').addEventListener('click', saveSheet);
}
