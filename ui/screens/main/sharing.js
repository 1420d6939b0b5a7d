// Sharing and access on the person's page: the consent register, the sharing gate (a current consent and the three conditions of shared professional secrecy) with its log, the person's own copy, the hand-over to a colleague, closing and reopening the file.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, formatDateTime, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';
import { showSaved } from '../../documents.js';
import { todayIso } from '../../values.js';

/** The parts of a file, as the core names them. */
export const PARTS = ['identity', 'household', 'income', 'report', 'plan'];
const STATUSES = new Set(['current', 'withdrawn', 'expired', 'not_yet']);
const SHARE_KINDS = new Set(['copy', 'document', 'handover']);
/** The three conditions: [key in the core, id suffix in the page]. */
const CONDITIONS = [
  ['secrecy_bound', 'secrecy'],
  ['necessary_only', 'necessary'],
  ['informed_consent', 'consent'],
];
const HANDOVER_PASSPHRASE_MIN = 10; // as the core (vault::MIN_PASSPHRASE)

const state = {
  personId: null,   // person on the page
  file: null,       // {closed_on, retention_until} of that person
  consents: [],     // consent.list, newest first
  consentsLoaded: false,
  shares: [],       // share.list, newest first
  sharesLoaded: false,
  seq: 0,           // bumped when another person is shown: late answers are dropped
  docSeq: 0,
  docChoices: [],   // documents of the kind chosen in the share form: [{value, id, label}]
};

let hooks = {
  changed: () => {}, // after closing or reopening: the list and the home panels
};

// ---------- small helpers ----------

function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

function same(a, b) {
  return a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);
}

/** A date ("2025-03-01") or a timestamp, as written in the UI language. */
function when(v) {
  return /^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? formatDate(v) : formatDateTime(v);
}

/** ["identity", "plan"] → "identity details, support plan" in the UI language. */
function partsText(parts) {
  return (Array.isArray(parts) ? parts : [])
    .map((p) => (PARTS.includes(p) ? t(`part-${p}`) : str(p)))
    .join(', ');
}

function checkedParts(prefix) {
  return PARTS.filter((p) => $(`${prefix}-part-${p}`).checked);
}

function readConditions(prefix) {
  const out = {};
  for (const [key, suffix] of CONDITIONS) out[key] = $(`${prefix}-cond-${suffix}`).checked;
  return out;
}

function untickConditions(prefix) {
  for (const [, suffix] of CONDITIONS) $(`${prefix}-cond-${suffix}`).checked = false;
}

function consentById(value) {
  if (value === '' || value === null || value === undefined) return null;
  return state.consents.find((c) => String(c.id) === String(value)) || null;
}

function currentConsents() {
  return state.consents.filter((c) => c.status === 'current');
}

function recipientText(x) {
  return t('consent-recipient', { organisation: str(x.recipient_organisation), role: str(x.recipient_role) });
}

/** The input named by a field path of the core, through `map`; null when it is hidden. */
function resolver(map) {
  return (field) => {
    const key = String(field).replace(/\.\d+$/, '');
    const input = map[key] ? $(map[key]) : null;
    return input && !input.closest('[hidden]') ? input : null;
  };
}

/**
 * An error of the sharing gate. The refusals (no consent, consent withdrawn or expired, not
 * covered, a condition not met, a wrong hand-over) are shown in full next to the form; a
 * condition is also marked on its box. Other field errors go next to their field.
 */
function showGateError(err, alertEl, resolve) {
  if (err && err.code === 'locked') {
    clearError(alertEl);
    return;
  }
  const field = err && err.field ? String(err.field) : '';
  if (field === '' || field.startsWith('conditions')) {
    showError(alertEl, err);
    const input = field ? resolve(field) : null;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (!ids.includes(alertEl.id)) input.setAttribute('aria-describedby', [alertEl.id, ...ids].join(' '));
      input.focus();
    }
    return;
  }
  showFormError(err, alertEl, resolve);
}

// ---------- consent register ----------

function renderConsents() {
  const list = $('consent-list');
  clear(list);
  for (const c of state.consents) {
    const status = STATUSES.has(c.status) ? c.status : 'expired';
    const id = str(c.id);
    const headId = `consent-${id}-head`;
    const dates = [t('consent-given-on', { date: formatDate(c.given_on) })];
    dates.push(c.ends_on ? t('consent-ends-on', { date: formatDate(c.ends_on) }) : t('consent-no-end'));
    if (c.withdrawn_on) dates.push(t('consent-withdrawn-on', { date: formatDate(c.withdrawn_on) }));
    const item = el('li', { class: `item consent-item is-${status}`, 'data-id': id }, [
      el('div', { class: 'item-text' }, [
        el('span', { id: headId, class: 'item-head', text: recipientText(c) }),
        el('span', { class: 'item-body', text: t('consent-purpose-shown', { purpose: str(c.purpose) }) }),
        el('span', { class: 'item-note', text: t('consent-covers', { parts: partsText(c.covers) }) }),
        el('span', { class: 'item-note', text: dates.join(' · ') }),
      ]),
      el('span', { class: `badge badge-consent-${status}`, text: t(`consent-status-${status}`) }),
    ]);
    if (status === 'current') {
      const button = el('button', {
        type: 'button',
        class: 'btn btn-small consent-withdraw',
        'aria-describedby': headId,
        'data-id': id,
        i18n: 'consent-withdraw',
      });
      button.addEventListener('click', () => withdrawConsent(c, button));
      item.appendChild(button);
    }
    list.appendChild(item);
  }
  $('consent-empty').hidden = !state.consentsLoaded || state.consents.length > 0;
}

/** The consent selects of the share and hand-over forms: the current consents only. */
function fillConsentSelect(select) {
  const before = select.value;
  clear(select);
  select.appendChild(el('option', { value: '', i18n: 'share-consent-choose' }));
  for (const c of currentConsents()) {
    select.appendChild(el('option', {
      value: str(c.id),
      text: t('share-consent-option', {
        organisation: str(c.recipient_organisation),
        role: str(c.recipient_role),
        purpose: str(c.purpose),
      }),
    }));
  }
  select.value = consentById(before) && consentById(before).status === 'current' ? before : '';
}

function renderConsentSelects() {
  fillConsentSelect($('share-consent'));
  fillConsentSelect($('handover-consent'));
  const none = state.consentsLoaded && currentConsents().length === 0;
  $('share-no-consent').hidden = !none;
  // The hint describes the select only while it is shown.
  const select = $('share-consent');
  const ids = (select.getAttribute('aria-describedby') || '').split(/\s+/).filter((id) => id && id !== 'share-no-consent');
  if (none) ids.push('share-no-consent');
  if (ids.length) select.setAttribute('aria-describedby', ids.join(' '));
  else select.removeAttribute('aria-describedby');
  renderShareRecipient();
  renderHandoverRecipient();
}

/** The recipient of the chosen consent, shown read-only in the share form. */
function renderShareRecipient() {
  const c = consentById($('share-consent').value);
  $('share-org').value = c ? str(c.recipient_organisation) : '';
  $('share-role').value = c ? str(c.recipient_role) : '';
  $('share-purpose').value = c ? str(c.purpose) : '';
  if (c) setText($('share-covers'), 'share-covers', { parts: partsText(c.covers) });
  else setPlainText($('share-covers'), '');
}

function renderHandoverRecipient() {
  const c = consentById($('handover-consent').value);
  const line = $('handover-recipient');
  if (!c) {
    setPlainText(line, '');
    return;
  }
  const covers = Array.isArray(c.covers) ? c.covers : [];
  const lines = [t('share-covers', { parts: partsText(covers) })];
  if (!PARTS.every((p) => covers.includes(p))) lines.push(t('handover-needs-all'));
  setPlainText(line, lines.join(' '));
}

async function loadConsents() {
  if (state.personId === null) return;
  const seq = state.seq;
  const personId = state.personId;
  try {
    const list = await call('consent.list', { person_id: personId });
    if (seq !== state.seq) return;
    state.consents = Array.isArray(list) ? list : [];
    state.consentsLoaded = true;
    clearError($('consent-error'));
    renderConsents();
    renderConsentSelects();
  } catch (err) {
    if (seq === state.seq) showError($('consent-error'), err);
  }
}

function resetConsentForm() {
  $('consent-org').value = '';
  $('consent-role').value = '';
  $('consent-purpose').value = '';
  for (const p of PARTS) $(`consent-part-${p}`).checked = false;
  $('consent-given-on').value = todayIso();
  $('consent-ends-on').value = '';
}

const resolveConsentField = resolver({
  recipient_organisation: 'consent-org',
  recipient_role: 'consent-role',
  purpose: 'consent-purpose',
  covers: 'consent-part-identity',
  given_on: 'consent-given-on',
  ends_on: 'consent-ends-on',
});

function requireText(input, labelId) {
  if (input.value.trim() !== '') return false;
  markFieldError(input, t('error-required', { field: t(labelId) }));
  return true;
}

async function giveConsent() {
  if (state.personId === null) return;
  const form = $('consent-form');
  clearFieldErrors(form);
  clearError($('consent-give-error'));
  setPlainText($('consent-give-status'), '');
  setPlainText($('consent-status'), '');
  if (requireText($('consent-org'), 'field-recipient-organisation')) return;
  if (requireText($('consent-role'), 'field-recipient-role')) return;
  if (requireText($('consent-purpose'), 'field-purpose')) return;
  const covers = checkedParts('consent');
  if (covers.length === 0) {
    markFieldError($('consent-part-identity'), t('consent-parts-required'));
    return;
  }
  const args = {
    person_id: state.personId,
    recipient_organisation: $('consent-org').value.trim(),
    recipient_role: $('consent-role').value.trim(),
    purpose: $('consent-purpose').value.trim(),
    covers,
    ends_on: $('consent-ends-on').value || null,
  };
  if ($('consent-given-on').value) args.given_on = $('consent-given-on').value;
  const button = $('consent-give');
  const seq = state.seq;
  setBusy(button, true);
  try {
    await call('consent.give', args);
  } catch (err) {
    showFormError(err, $('consent-give-error'), resolveConsentField);
    return;
  } finally {
    setBusy(button, false);
  }
  if (seq !== state.seq) return;
  resetConsentForm();
  setText($('consent-give-status'), 'consent-given-done');
  await loadConsents();
}

/** Withdrawal is one action: no confirmation, the result is said in the status line. */
async function withdrawConsent(c, button) {
  clearError($('consent-error'));
  setPlainText($('consent-status'), '');
  const seq = state.seq;
  setBusy(button, true);
  let r;
  try {
    r = await call('consent.withdraw', { consent_id: c.id });
  } catch (err) {
    setBusy(button, false);
    showError($('consent-error'), err);
    return;
  }
  if (seq !== state.seq) return;
  const on = (r && r.withdrawn_on) || todayIso();
  setText($('consent-status'), 'consent-withdrawn-done', { organisation: str(c.recipient_organisation), date: formatDate(on) });
  await loadConsents();
  $('consent-title').focus();
}

// ---------- the sharing log ----------

function renderLog() {
  const body = $('share-log-rows');
  clear(body);
  for (const s of state.shares) {
    const what = el('td', {}, [el('span', { class: 'item-body', text: str(s.what) })]);
    if (s.document_sha256) {
      const sha = str(s.document_sha256);
      what.appendChild(el('span', {
        class: 'item-note fingerprint',
        text: t('log-fingerprint', { sha: sha.length > 16 ? `${sha.slice(0, 16)}…` : sha }),
      }));
    }
    body.appendChild(el('tr', { 'data-id': str(s.id) }, [
      el('td', { class: 'cell-date', text: when(s.shared_on) }),
      el('td', { text: recipientText(s) }),
      el('td', { text: str(s.purpose) }),
      what,
      el('td', { text: partsText(s.parts) }),
      el('td', { text: SHARE_KINDS.has(s.kind) ? t(`share-kind-${s.kind}`) : str(s.kind) }),
      el('td', { text: str(s.worker) }),
    ]));
  }
  $('share-log').hidden = state.shares.length === 0;
  $('share-log-empty').hidden = !state.sharesLoaded || state.shares.length > 0;
}

async function loadShares() {
  if (state.personId === null) return;
  const seq = state.seq;
  const personId = state.personId;
  try {
    const list = await call('share.list', { person_id: personId });
    if (seq !== state.seq) return;
    state.shares = Array.isArray(list) ? list : [];
    state.sharesLoaded = true;
    clearError($('share-log-error'));
    renderLog();
  } catch (err) {
    if (seq === state.seq) showError($('share-log-error'), err);
  }
}

// ---------- share something ----------

function reportIdOf(answer) {
  if (typeof answer === 'number' || typeof answer === 'string') return answer;
  if (answer && typeof answer === 'object' && answer.report_id !== undefined && answer.report_id !== null) return answer.report_id;
  return null;
}

function requestLabel(r) {
  const kind = t(`request-kind-${r.kind}`);
  const label = r.kind === 'other' && r.other_label ? `${kind}: ${r.other_label}` : kind;
  return t('share-doc-request', { kind: label, date: formatDate(r.received_on) });
}

/** The person's documents of the chosen kind: their requests (receipt, decision), reports, or plan. */
async function loadDocChoices() {
  const kind = $('share-doc-kind').value;
  const select = $('share-doc-id');
  const before = select.value;
  const seq = ++state.docSeq;
  const personId = state.personId;
  state.docChoices = [];
  clear(select);
  $('share-doc-id-field').hidden = !kind;
  if (!kind || personId === null) return;
  select.disabled = true;
  const choices = [];
  try {
    if (kind === 'plan') {
      const r = await call('plan.for_person', { person_id: personId });
      const plan = r && r.plan ? r.plan : null;
      if (plan) choices.push({ id: plan.id, label: t('share-doc-plan', { date: formatDate(plan.opened_on) }) });
    } else {
      const list = await call('request.list', { person_id: personId });
      let requests = Array.isArray(list) ? list : [];
      if (kind === 'decision') requests = requests.filter((r) => r.status === 'decided');
      for (const r of requests) {
        if (kind === 'report') {
          const reportId = reportIdOf(await call('report.for_request', { request_id: r.id }));
          if (reportId !== null) choices.push({ id: reportId, label: requestLabel(r) });
        } else {
          choices.push({ id: r.id, label: requestLabel(r) });
        }
      }
    }
  } catch (err) {
    if (seq === state.docSeq) showError($('share-error'), err);
  }
  if (seq !== state.docSeq || personId !== state.personId) return;
  state.docChoices = choices.map((c) => ({ ...c, value: str(c.id) }));
  clear(select);
  if (state.docChoices.length === 0) select.appendChild(el('option', { value: '', i18n: 'share-doc-empty' }));
  for (const c of state.docChoices) select.appendChild(el('option', { value: c.value, text: c.label }));
  if (state.docChoices.some((c) => c.value === before)) select.value = before;
  select.disabled = state.docChoices.length === 0;
}

function resetShareForm({ keepConsent = false } = {}) {
  if (!keepConsent) $('share-consent').value = '';
  $('share-doc-kind').value = '';
  state.docSeq += 1;
  state.docChoices = [];
  clear($('share-doc-id'));
  $('share-doc-id-field').hidden = true;
  $('share-what').value = '';
  for (const p of PARTS) $(`share-part-${p}`).checked = false;
  untickConditions('share');
  renderShareRecipient();
}

const resolveShareField = resolver({
  'conditions.secrecy_bound': 'share-cond-secrecy',
  'conditions.necessary_only': 'share-cond-necessary',
  'conditions.informed_consent': 'share-cond-consent',
  conditions: 'share-cond-secrecy',
  recipient_organisation: 'share-consent',
  recipient_role: 'share-consent',
  purpose: 'share-consent',
  what: 'share-what',
  parts: 'share-part-identity',
  document: 'share-doc-kind',
  'document.kind': 'share-doc-kind',
  'document.id': 'share-doc-id',
});

async function recordShare() {
  if (state.personId === null) return;
  const form = $('share-form');
  clearFieldErrors(form);
  clearError($('share-error'));
  setPlainText($('share-status'), '');
  const consent = consentById($('share-consent').value);
  if (!consent) {
    markFieldError($('share-consent'), t('share-consent-required'));
    return;
  }
  const args = {
    person_id: state.personId,
    recipient_organisation: str(consent.recipient_organisation),
    recipient_role: str(consent.recipient_role),
    purpose: str(consent.purpose),
    parts: checkedParts('share'),
    conditions: readConditions('share'),
  };
  const what = $('share-what').value.trim();
  if (what !== '') args.what = what;
  const kind = $('share-doc-kind').value;
  if (kind) {
    const choice = state.docChoices.find((c) => c.value === $('share-doc-id').value);
    if (!choice) {
      markFieldError($('share-doc-id').disabled ? $('share-doc-kind') : $('share-doc-id'), t('share-doc-required'));
      return;
    }
    args.document = { kind, id: choice.id };
  }
  const r = await throughGate('share.record', args, 'share-submit', 'share-error', resolveShareField);
  if (r === null) return;
  resetShareForm({ keepConsent: true });
  const path = r && r.path ? str(r.path) : '';
  if (path) showSaved($('share-status'), 'share-saved-as', path);
  else setText($('share-status'), 'share-recorded');
  await loadShares();
}

// ---------- the person's own copy ----------

async function exportCopy() {
  if (state.personId === null) return;
  const button = $('person-export');
  clearError($('person-export-error'));
  setPlainText($('person-export-pdf'), '');
  setPlainText($('person-export-json'), '');
  const seq = state.seq;
  setBusy(button, true);
  try {
    const r = await call('person.export', { person_id: state.personId });
    if (seq !== state.seq) return;
    showSaved($('person-export-pdf'), 'export-saved-pdf', str(r && r.pdf));
    setText($('person-export-json'), 'export-saved-json', { path: str(r && r.json) });
  } catch (err) {
    showError($('person-export-error'), err);
  } finally {
    setBusy(button, false);
  }
  if (seq === state.seq) loadShares();
}

// ---------- hand-over to a colleague ----------

const resolveHandoverField = resolver({
  'conditions.secrecy_bound': 'handover-cond-secrecy',
  'conditions.necessary_only': 'handover-cond-necessary',
  'conditions.informed_consent': 'handover-cond-consent',
  conditions: 'handover-cond-secrecy',
  recipient_organisation: 'handover-consent',
  recipient_role: 'handover-consent',
  purpose: 'handover-consent',
  passphrase: 'handover-pass',
});

function resetHandoverForm({ keepConsent = false } = {}) {
  if (!keepConsent) $('handover-consent').value = '';
  untickConditions('handover');
  clearSharingSecrets();
  renderHandoverRecipient();
}

async function handOver() {
  if (state.personId === null) return;
  const form = $('handover-form');
  clearFieldErrors(form);
  clearError($('handover-error'));
  setPlainText($('handover-result'), '');
  $('handover-next').hidden = true;
  const consent = consentById($('handover-consent').value);
  if (!consent) {
    markFieldError($('handover-consent'), t('share-consent-required'));
    return;
  }
  const pass = $('handover-pass');
  const pass2 = $('handover-pass2');
  if (Array.from(pass.value).length < HANDOVER_PASSPHRASE_MIN) {
    markFieldError(pass, t('error-passphrase-too-short', { min: HANDOVER_PASSPHRASE_MIN }));
    return;
  }
  if (pass.value !== pass2.value) {
    markFieldError(pass2, t('error-passphrase-mismatch'));
    return;
  }
  const args = {
    person_id: state.personId,
    recipient_organisation: str(consent.recipient_organisation),
    recipient_role: str(consent.recipient_role),
    purpose: str(consent.purpose),
    conditions: readConditions('handover'),
    passphrase: pass.value,
  };
  const r = await throughGate('handover.export', args, 'handover-submit', 'handover-error', resolveHandoverField);
  if (r === null) return;
  resetHandoverForm({ keepConsent: true });
  showSaved($('handover-result'), 'handover-saved-as', str(r && r.path));
  $('handover-next').hidden = false;
  await loadShares();
}

/**
 * Runs a command that goes through the sharing gate, with its button busy meanwhile. Returns
 * its result, or null when the gate refused (the reason is shown in `errorId`) or when the
 * person changed while it ran.
 */
async function throughGate(command, args, buttonId, errorId, resolveField) {
  const button = $(buttonId);
  const seq = state.seq;
  setBusy(button, true);
  try {
    const r = await call(command, args);
    return seq === state.seq ? (r || {}) : null;
  } catch (err) {
    showGateError(err, $(errorId), resolveField);
    return null;
  } finally {
    setBusy(button, false);
  }
}

/** Empty the hand-over passphrase fields (on lock, after a hand-over, for another person). */
export function clearSharingSecrets() {
  $('handover-pass').value = '';
  $('handover-pass2').value = '';
}

// ---------- closing the file ----------

function renderFile() {
  const f = state.file;
  const closed = Boolean(f && f.closed_on);
  if (state.personId === null) setPlainText($('file-status'), '');
  else if (closed) setText($('file-status'), 'file-closed', { closed: formatDate(f.closed_on), until: formatDate(f.retention_until) });
  else setText($('file-status'), 'file-open');
  $('file-close-box').hidden = closed;
  $('file-reopen').hidden = !closed;
}

async function closeFile() {
  if (state.personId === null) return;
  const box = $('file-close-box');
  clearFieldErrors(box);
  clearError($('file-error'));
  const args = { person_id: state.personId };
  if ($('file-close-date').value) args.closed_on = $('file-close-date').value;
  const button = $('file-close');
  const seq = state.seq;
  setBusy(button, true);
  let r;
  try {
    r = await call('person.close', args);
  } catch (err) {
    showFormError(err, $('file-error'), resolver({ closed_on: 'file-close-date' }));
    return;
  } finally {
    setBusy(button, false);
  }
  if (seq !== state.seq) return;
  state.file = { closed_on: r && r.closed_on ? r.closed_on : args.closed_on || todayIso(), retention_until: r ? r.retention_until : null };
  renderFile();
  $('file-reopen').focus();
  hooks.changed();
}

async function reopenFile() {
  if (state.personId === null) return;
  clearError($('file-error'));
  const button = $('file-reopen');
  const seq = state.seq;
  setBusy(button, true);
  try {
    await call('person.reopen', { person_id: state.personId });
  } catch (err) {
    showError($('file-error'), err);
    return;
  } finally {
    setBusy(button, false);
  }
  if (seq !== state.seq) return;
  state.file = { closed_on: null, retention_until: null };
  $('file-close-date').value = todayIso();
  renderFile();
  $('file-close').focus();
  hooks.changed();
}

// ---------- the person on the page ----------

function clearStatuses() {
  for (const id of ['consent-status', 'consent-give-status', 'share-status', 'person-export-pdf', 'person-export-json', 'handover-result']) {
    setPlainText($(id), '');
  }
  $('handover-next').hidden = true;
  for (const id of ['consent-error', 'consent-give-error', 'share-error', 'share-log-error', 'person-export-error', 'handover-error', 'file-error']) {
    clearError($(id));
  }
  clearFieldErrors($('sharing'));
}

function resetAll() {
  state.seq += 1;
  state.consents = [];
  state.consentsLoaded = false;
  state.shares = [];
  state.sharesLoaded = false;
  clearStatuses();
  resetConsentForm();
  resetShareForm();
  resetHandoverForm();
  $('file-close-date').value = todayIso();
  renderConsents();
  renderConsentSelects();
  renderLog();
}

/**
 * The person shown on the page (as person.get gave it), or null for none. Another person:
 * everything is emptied and read again; the same one: only the state of the file is updated.
 */
export function setSharingPerson(p) {
  const id = p && p.id !== undefined && p.id !== null ? p.id : null;
  if (id === null) {
    if (state.personId !== null) {
      state.personId = null;
      state.file = null;
      resetAll();
    }
    renderFile();
    return;
  }
  state.file = { closed_on: p.closed_on || null, retention_until: p.retention_until || null };
  if (!same(id, state.personId)) {
    state.personId = id;
    resetAll();
    loadConsents();
    loadShares();
  }
  renderFile();
}

// ---------- wiring ----------

/** Wire the section (once, at start). changed(): after the file was closed or reopened. */
export function initSharing({ changed } = {}) {
  hooks = { changed: changed || hooks.changed };
  clearErrorsOnEdit($('sharing'));
  const submit = (form, action) => form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    action();
  });
  submit($('consent-form'), giveConsent);
  submit($('share-form'), recordShare);
  submit($('handover-form'), handOver);
  $('share-consent').addEventListener('change', renderShareRecipient);
  $('handover-consent').addEventListener('change', renderHandoverRecipient);
  $('share-doc-kind').addEventListener('change', loadDocChoices);
  $('person-export').addEventListener('click', exportCopy);
  $('file-close').addEventListener('click', closeFile);
  $('file-reopen').addEventListener('click', reopenFile);
  $('consent-given-on').value = todayIso();
  $('file-close-date').value = todayIso();
  renderConsentSelects();
  renderFile();

  onLanguageChange(() => {
    renderConsents();
    renderConsentSelects();
    renderLog();
    renderFile();
    if ($('share-doc-kind').value) loadDocChoices();
  });
}
