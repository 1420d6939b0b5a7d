// The social report: its card on the request page (steps, versions, documents) and the review mode read with the person (remarks, read together, signatures).
import { call } from '../../api.js';
import { $, el, clear, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, formatDateTime, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';
import { createPad } from '../../pad.js';
import { showSaved } from '../../documents.js';

const STEPS = ['draft', 'read_together', 'signed', 'sent'];
const STEP_OF = { draft: 0, read_together: 1, signed: 2, declined: 2, sent: 3 };
const FROZEN = new Set(['signed', 'declined', 'sent']);
const SIGNERS = ['worker', 'person'];
const LANGS = new Set(['nl', 'fr', 'de', 'en']);

const state = {
  requestId: null,   // request on the page
  reportId: null,    // its report, once composed
  data: null,        // last answer of report.get
  seq: 0,            // guards against answers that arrive after another request was opened
  docKey: null,      // what the reading column shows, to rebuild it only when it changed
  remarksDirty: false,
  ink: { worker: false, person: false }, // drawn on a pad and not sent yet
  pending: null,     // action waiting on the unsaved-changes bar of the review mode
  inflight: 0,       // report changes waiting for the core
  overlapped: false, // two changes ran at once: their answers may come back in any order
  loading: null,     // the first read of the report card of the request on the page
};

const pads = {};

let hooks = {
  show: () => {},    // show(screenName)
};

// ---------- small helpers ----------

function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

function current() {
  return state.data && state.data.current ? state.data.current : null;
}

/** A date ("2025-03-01") or a timestamp, as written in the UI language. */
function when(v) {
  return /^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? formatDate(v) : formatDateTime(v);
}

function sigOf(cur, signer) {
  const sig = cur ? cur[`${signer}_signature`] : null;
  return sig && typeof sig === 'object' ? sig : null;
}

/** The text of a signature state: not yet, drawn, on paper, declined. */
function sigText(sig) {
  if (!sig) return { id: 'report-card-sig-none' };
  const date = when(sig.at);
  if (sig.kind === 'declined') return { id: 'report-card-sig-declined', vars: { date } };
  if (sig.kind === 'on_paper') return { id: 'report-card-sig-paper', vars: { date } };
  return { id: 'report-card-sig-drawn', vars: { date } };
}

/** Show a signature state in `node`, with the reason when the person declined and gave one. */
function showSig(node, sig) {
  const { id, vars } = sigText(sig);
  clear(node);
  const text = el('span');
  setText(text, id, vars || null);
  node.appendChild(text);
  if (sig && sig.kind === 'declined' && sig.reason) {
    node.appendChild(el('span', { class: 'sig-reason', text: t('report-card-sig-reason', { reason: str(sig.reason) }) }));
  }
}

function isFrozenVersion(v) {
  return Boolean(v && (v.frozen_at || FROZEN.has(v.status)));
}

function versionsOf(data) {
  return data && Array.isArray(data.versions) ? data.versions : [];
}

/** Marked as read together (the core keeps the date; a signature implies it). */
function wasReadTogether(cur) {
  return Boolean(cur.read_together_on) || cur.status === 'read_together' || cur.status === 'signed' || cur.status === 'declined'
    || Boolean(sigOf(cur, 'worker') || sigOf(cur, 'person'));
}

function hasDeclined(cur) {
  const person = sigOf(cur, 'person');
  return cur.status === 'declined' || Boolean(person && person.kind === 'declined');
}

function clearStatuses(root) {
  for (const s of Array.from(root.querySelectorAll('.status'))) setPlainText(s, '');
}

// ---------- the card on the request page ----------

function stepStates(cur) {
  const reached = STEP_OF[cur.status] ?? 0;
  const worker = sigOf(cur, 'worker');
  const person = sigOf(cur, 'person');
  return STEPS.map((step, i) => {
    if (i > reached) return 'todo';
    if (cur.status === 'sent') {
      // Sending is allowed at any time: say which steps were not taken.
      if (step === 'read_together' && !wasReadTogether(cur)) return 'skipped';
      if (step === 'signed' && !(worker && person)) return 'skipped';
    }
    return 'done';
  });
}

function renderSteps(cur) {
  const list = $('report-steps');
  clear(list);
  const reached = STEP_OF[cur.status] ?? 0;
  const states = stepStates(cur);
  const declined = hasDeclined(cur);
  STEPS.forEach((step, i) => {
    const nameId = step === 'signed' && declined ? 'report-card-step-declined' : `report-card-step-${step}`;
    const item = el('li', {
      class: `report-step is-${states[i]}${step === 'signed' && declined && states[i] === 'done' ? ' is-declined' : ''}`,
      'aria-current': i === reached ? 'step' : null,
    }, [
      el('span', { class: 'step-mark', 'aria-hidden': 'true' }),
      el('span', { class: 'step-name', i18n: nameId }),
      el('span', { class: 'visually-hidden', i18n: `report-card-step-state-${states[i]}` }),
    ]);
    list.appendChild(item);
  });
}

function languageName(lang) {
  return LANGS.has(lang) ? t(`language-${lang}`) : str(lang);
}

function versionItem(v) {
  const n = str(v.number);
  const headId = `report-version-${n}-head`;
  const status = FROZEN.has(v.status) ? v.status : 'signed';
  const notes = [];
  if (v.frozen_at) notes.push(t('report-card-version-frozen', { date: when(v.frozen_at) }));
  if (v.sent_on) notes.push(t('report-card-version-sent', { date: when(v.sent_on) }));
  const save = el('button', {
    type: 'button',
    id: `report-version-${n}-save`,
    class: 'btn btn-small version-save',
    'aria-describedby': headId,
    'data-number': n,
    i18n: 'report-card-version-save',
  });
  save.addEventListener('click', () => saveDocument(save, 'report', state.reportId, v.number, $('report-status'), $('report-error')));
  return el('li', { class: 'item version-item', 'data-number': n }, [
    el('div', { class: 'item-text' }, [
      el('span', {
        id: headId,
        class: 'item-head',
        text: t('report-card-version-head', { number: n, status: t(`report-card-version-status-${status}`) }),
      }),
      notes.length ? el('span', { class: 'item-note', text: notes.join(' · ') }) : null,
      el('span', { class: 'item-note fingerprint' }, [
        el('span', { i18n: 'report-card-fingerprint' }),
        document.createTextNode(' '),
        el('code', { class: 'mono fingerprint-value', text: str(v.fingerprint) }),
      ]),
    ]),
    save,
  ]);
}

function renderVersions() {
  const list = $('report-versions');
  clear(list);
  const frozen = versionsOf(state.data).filter(isFrozenVersion);
  for (const v of frozen) list.appendChild(versionItem(v));
  $('report-versions-empty').hidden = frozen.length > 0;
  list.hidden = frozen.length === 0;
}

function renderCard() {
  const cur = current();
  // The worker's proposal: shown as stored, unless they are typing a new one.
  const proposal = $('report-proposal');
  if (document.activeElement !== proposal) proposal.value = (state.data && state.data.proposal) || '';
  $('report-none').hidden = Boolean(cur);
  $('report-current').hidden = !cur;

  let composeId = 'report-card-compose';
  if (cur) composeId = FROZEN.has(cur.status) ? 'report-card-new-version' : 'report-card-update';
  setText($('report-compose'), composeId);
  $('report-review').disabled = !cur;
  $('report-send').disabled = !cur || cur.status === 'sent';
  $('report-save-pdf').disabled = !cur;

  const unread = Boolean(cur) && cur.status === 'draft';
  $('report-send-unread').hidden = !unread;
  $('report-send').setAttribute('aria-describedby', unread ? 'report-send-hint report-send-unread' : 'report-send-hint');

  if (cur) {
    setText($('report-version-line'), 'report-card-version', { number: str(cur.number), language: languageName(cur.lang) });
    renderSteps(cur);
    setText($('report-explain'), `report-card-explain-${hasDeclined(cur) && cur.status !== 'sent' ? 'declined' : (STEP_OF[cur.status] === undefined ? 'draft' : cur.status)}`);

    const remarks = cur.remarks;
    const quote = $('report-remarks-text');
    if (remarks === null || remarks === undefined) setText($('report-remarks-state'), 'report-card-remarks-none');
    else if (remarks === '') setText($('report-remarks-state'), 'report-card-remarks-empty');
    else setText($('report-remarks-state'), 'report-card-remarks-given');
    quote.hidden = !remarks;
    setPlainText(quote, str(remarks));

    showSig($('report-sig-worker'), sigOf(cur, 'worker'));
    showSig($('report-sig-person'), sigOf(cur, 'person'));
  }
  renderVersions();
}

/** The report id in an answer: {report_id}, a bare id, or null. */
function reportIdOf(answer) {
  if (typeof answer === 'number' || typeof answer === 'string') return answer;
  if (answer && typeof answer === 'object' && answer.report_id !== undefined && answer.report_id !== null) return answer.report_id;
  return null;
}

async function fetchReport(reportId) {
  const data = await call('report.get', { report_id: reportId });
  if (!data || typeof data !== 'object') throw { code: 'internal', message: t('report-card-none') };
  if (!Array.isArray(data.versions)) {
    try {
      const versions = await call('report.versions', { report_id: reportId });
      data.versions = Array.isArray(versions) ? versions : [];
    } catch {
      data.versions = [];
    }
  }
  return data;
}

async function loadCard() {
  const requestId = state.requestId;
  const seq = ++state.seq;
  clearError($('report-error'));
  try {
    const reportId = reportIdOf(await call('report.for_request', { request_id: requestId }));
    const data = reportId === null ? null : await fetchReport(reportId);
    if (seq !== state.seq || requestId !== state.requestId) return;
    state.reportId = reportId;
    state.data = data;
  } catch (err) {
    if (seq !== state.seq) return;
    showError($('report-error'), err);
  }
  renderCard();
}

/** A new request is on the page: forget the previous report, read this one's. */
export function openReportCard(requestId) {
  state.requestId = requestId;
  state.reportId = null;
  state.data = null;
  state.docKey = null;
  clearStatuses($('report'));
  clearError($('report-error'));
  $('report-readiness').hidden = true;
  $('report-readiness-reason').value = '';
  clearError($('doc-error'));
  renderCard();
  state.loading = loadCard();
  return state.loading;
}

/** Settles when the report card of the request on the page has been read. */
export function reportCardRead() {
  return state.loading || Promise.resolve();
}

/** Read the report of the request on the page again (after a language change, the settings or an unlock). */
export function reloadReportCard() {
  if (state.requestId === null) return Promise.resolve();
  return loadCard();
}

// ---------- changes ----------

/** A command's answer as the report: the report itself, or read again. */
async function asReport(result) {
  if (result && typeof result === 'object' && result.current && Array.isArray(result.versions)) return result;
  let id = reportIdOf(result);
  if (id === null) id = state.reportId;
  if (id === null) id = reportIdOf(await call('report.for_request', { request_id: state.requestId }));
  return fetchReport(id);
}

/**
 * Run a report command, then show the report it leaves.
 * opts: button, statusEl, alertEl, statusId, resolve(field) → input, before() (on success, before the render).
 */
async function change(command, args, opts) {
  const { button, statusEl, alertEl } = opts;
  const requestId = state.requestId;
  clearError(alertEl);
  clearStatuses($('report'));
  clearStatuses($('screen-review'));
  if (button) setBusy(button, true);
  state.inflight += 1;
  if (state.inflight > 1) state.overlapped = true;
  let data = null;
  let failure = null;
  try {
    data = await asReport(await call(command, args));
  } catch (err) {
    failure = err;
  }
  state.inflight -= 1;
  // Changes that overlapped (a quick second click) may answer in any order: once the last one is
  // back, read the report again rather than show an answer that another change has overtaken.
  if (state.inflight === 0 && state.overlapped) {
    state.overlapped = false;
    try {
      data = await fetchReport(state.reportId ?? reportIdOf(data));
    } catch { /* keep the answer we have */ }
  } else if (state.inflight > 0) {
    data = null;
  }
  if (button) setBusy(button, false);
  if (failure) {
    showFormError(failure, alertEl, opts.resolve || (() => null));
    if (data) state.data = data;
    renderAll(false);
    return false;
  }
  if (state.requestId !== requestId) return false;
  if (opts.before) opts.before();
  if (data) {
    state.seq += 1; // an older read of the card must not overwrite this answer
    state.data = data;
    if (data.report_id !== undefined && data.report_id !== null) state.reportId = data.report_id;
    renderAll(false);
  }
  if (statusEl) setText(statusEl, opts.statusId || 'req-saved');
  return true;
}

function renderAll(fresh) {
  renderCard();
  if (!$('screen-review').hidden) renderReview(fresh);
}

/** document.save: write the PDF into Documents/Tandem and show where. */
async function saveDocument(button, kind, id, number, statusEl, alertEl) {
  clearError(alertEl);
  clearStatuses($('report'));
  if (id === null || id === undefined) return;
  const args = { kind, id };
  if (number !== null && number !== undefined) args.number = number;
  setBusy(button, true);
  try {
    const r = await call('document.save', args);
    showSaved(statusEl, 'report-card-saved-as', str(r && r.path));
  } catch (err) {
    showError(alertEl, err);
  } finally {
    setBusy(button, false);
    renderCard();
  }
}

async function compose() {
  const ok = await change('report.compose', { request_id: state.requestId, proposal: $('report-proposal').value }, {
    button: $('report-compose'), statusEl: $('report-status'), alertEl: $('report-error'), statusId: 'report-card-composed',
  });
  if (ok) $('report-compose').focus();
}

/** Sends at once when nothing is open; otherwise lists the open points and asks why. */
async function send() {
  let points = [];
  try {
    points = await call('report.readiness', { report_id: state.reportId });
  } catch (err) {
    showError($('report-error'), err);
    return;
  }
  const list = $('report-readiness-points');
  clear(list);
  for (const p of Array.isArray(points) ? points : []) list.appendChild(el('li', { text: str(p && p.text) }));
  if (list.children.length > 0) {
    $('report-readiness').hidden = false;
    $('report-readiness-reason').focus();
    return;
  }
  await sendNow(null, $('report-send'));
}

async function sendNow(reason, button) {
  const args = { report_id: state.reportId };
  if (reason) args.readiness_reason = reason;
  const ok = await change('report.send', args, {
    button, statusEl: $('report-status'), alertEl: $('report-error'), statusId: 'report-card-sent-done',
  });
  if (ok) {
    $('report-readiness').hidden = true;
    $('report-readiness-reason').value = '';
    // The send button is disabled now: keep the keyboard in the card.
    $('report-save-pdf').focus();
  }
}

function sendAnyway() {
  const input = $('report-readiness-reason');
  const reason = input.value.trim();
  if (!reason) {
    markFieldError(input, t('error-reason-required', { field: t('field-readiness-reason') }));
    input.focus();
    return;
  }
  sendNow(reason, $('report-send-anyway'));
}

// ---------- the review mode ----------

function block(b) {
  const type = b && b.type;
  if (type === 'keyvalues') {
    const pairs = Array.isArray(b.pairs) ? b.pairs : [];
    return el('dl', { class: 'kv' }, pairs.flatMap((pair) => {
      const [label, value] = Array.isArray(pair) ? pair : [pair && pair.label, pair && pair.value];
      return [el('dt', { text: str(label) }), el('dd', { text: str(value) })];
    }));
  }
  if (type === 'list') {
    const items = Array.isArray(b.items) ? b.items : [];
    return el('ul', {}, items.map((item) => el('li', { text: str(item) })));
  }
  if (type === 'table') {
    const headers = Array.isArray(b.headers) ? b.headers : [];
    const rows = Array.isArray(b.rows) ? b.rows : [];
    const table = el('table', {}, [
      headers.length ? el('thead', {}, [el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: str(h) })))]) : null,
      el('tbody', {}, rows.map((row) => el('tr', {}, (Array.isArray(row) ? row : [row]).map((cell) => el('td', { text: str(cell) }))))),
    ]);
    if (b.text) table.insertBefore(el('caption', { text: str(b.text) }), table.firstChild);
    return el('div', { class: 'table-wrap' }, [table]);
  }
  if (type === 'note') return el('p', { class: 'reading-note', text: str(b.text) });
  if (b && b.text !== undefined && b.text !== null) return el('p', { text: str(b.text) });
  return null;
}

function renderDocument(cur) {
  const sections = Array.isArray(cur.sections) ? cur.sections : [];
  const key = JSON.stringify([cur.number, cur.fingerprint, sections]);
  if (key === state.docKey) return;
  state.docKey = key;
  const doc = $('review-document');
  clear(doc);
  if (LANGS.has(cur.lang)) doc.setAttribute('lang', cur.lang);
  else doc.removeAttribute('lang');
  sections.forEach((s, i) => {
    const headingId = `review-section-${i}`;
    const blocks = Array.isArray(s && s.blocks) ? s.blocks : [];
    doc.appendChild(el('section', { class: 'reading-section', 'aria-labelledby': s && s.heading ? headingId : null }, [
      s && s.heading ? el('h2', { id: headingId, text: str(s.heading) }) : null,
      ...blocks.map(block),
    ]));
  });
}

function reviewUnsaved() {
  const cur = current();
  const saved = cur ? str(cur.remarks) : '';
  const remarks = $('review-remarks');
  const remarksChanged = state.remarksDirty && !remarks.disabled && remarks.value.trim() !== saved.trim();
  const reason = $('review-decline-reason');
  const reasonTyped = !reason.disabled && reason.value.trim() !== '';
  return remarksChanged || reasonTyped || SIGNERS.some((s) => state.ink[s] && !$(`sign-${s}`).disabled);
}

function renderReview(fresh) {
  const data = state.data;
  const cur = current();
  if (!data || !cur) return;
  $('review-body').hidden = false;
  setText($('review-title'), 'review-title', { name: str(data.person_display_name) });
  const stepName = hasDeclined(cur) && cur.status !== 'sent' ? 'report-card-step-declined' : `report-card-step-${STEP_OF[cur.status] === undefined ? 'draft' : cur.status}`;
  setText($('review-version'), 'review-version', { number: str(cur.number), status: t(stepName) });

  const frozen = FROZEN.has(cur.status);
  const banner = $('review-frozen');
  banner.hidden = !frozen;
  if (frozen) setText(banner, `review-frozen-${hasDeclined(cur) && cur.status !== 'sent' ? 'declined' : cur.status}`);

  renderDocument(cur);

  // Remarks: in the person's own words, until the person signs (or declines) and the version is frozen.
  const person = sigOf(cur, 'person');
  const canRemark = (cur.status === 'draft' || cur.status === 'read_together') && !person;
  const remarks = $('review-remarks');
  if (fresh || !state.remarksDirty || !canRemark) {
    remarks.value = str(cur.remarks);
    state.remarksDirty = false;
  }
  remarks.disabled = !canRemark;
  $('review-remarks-save').disabled = !canRemark;
  $('review-no-remarks').disabled = !canRemark;
  $('review-remarks-closed').hidden = canRemark;
  if (cur.remarks === null || cur.remarks === undefined) setText($('review-remarks-current'), 'review-remarks-state-none');
  else if (cur.remarks === '') setText($('review-remarks-current'), 'review-remarks-state-empty');
  else setText($('review-remarks-current'), 'review-remarks-state-given');

  // Read together.
  $('review-read-together').disabled = cur.status !== 'draft';
  if (wasReadTogether(cur)) setText($('review-read-state'), 'review-read-done');
  else if (cur.status === 'sent') setText($('review-read-state'), 'review-read-not-done');
  else setPlainText($('review-read-state'), '');

  // Signatures: only once read together; each one once.
  const canSign = cur.status === 'read_together';
  $('review-sign-wait').hidden = cur.status !== 'draft';
  for (const signer of SIGNERS) {
    const sig = sigOf(cur, signer);
    const open = canSign && !sig;
    const pad = pads[signer];
    if (fresh) {
      pad.clear();
      state.ink[signer] = false;
    }
    pad.setEnabled(open);
    $(`pad-${signer}`).classList.toggle('is-inactive', !open);
    $(`pad-${signer}`).classList.toggle('is-signed', Boolean(sig));
    $(`sign-${signer}`).disabled = !open;
    $(`clear-${signer}`).disabled = !open;
    $(`paper-${signer}`).disabled = !open;
    showSig($(`sig-${signer}-state`), sig);
  }
  const canDecline = canSign && !person;
  $('decline-person').disabled = !canDecline;
  const reason = $('review-decline-reason');
  reason.disabled = !canDecline;
  if (fresh || !canDecline) reason.value = '';
  for (const signer of SIGNERS) pads[signer].fit();
}

function resetReview() {
  const screen = $('screen-review');
  clearFieldErrors(screen);
  for (const a of Array.from(screen.querySelectorAll('.form-error'))) clearError(a);
  clearStatuses(screen);
  $('review-unsaved-bar').hidden = true;
  state.pending = null;
  state.remarksDirty = false;
  state.docKey = null;
}

/** Lock: the review forgets what was drawn and typed (remarks come back as unsaved edits through the rooms). */
export function clearReview() {
  resetReview();
  for (const signer of SIGNERS) {
    pads[signer].clear();
    state.ink[signer] = false;
  }
}

/** Open the review mode for the report of the request on the page. */
export async function openReview() {
  if (state.reportId === null) return;
  resetReview();
  hooks.show('review');
  $('main-content').scrollTop = 0;
  $('screen-review').scrollTop = 0;
  $('review-title').focus();
  // Show what is known at once; the fresh read then only updates it (drawing started meanwhile stays).
  const shown = Boolean(state.data);
  if (shown) renderReview(true);
  const seq = ++state.seq;
  try {
    const data = await fetchReport(state.reportId);
    if (seq !== state.seq) return;
    state.data = data;
    renderAll(!shown);
  } catch (err) {
    if (seq === state.seq) showError($('review-load-error'), err);
  }
}

/** Read the report again while the review mode is open (after the settings or an unlock); typing and drawing stay. */
export async function reloadReview() {
  if (state.reportId === null) return;
  const seq = ++state.seq;
  try {
    const data = await fetchReport(state.reportId);
    if (seq !== state.seq) return;
    state.data = data;
    renderAll(false);
  } catch (err) {
    if (seq === state.seq) showError($('review-load-error'), err);
  }
}

function backToRequest() {
  $('review-unsaved-bar').hidden = true;
  state.pending = null;
  hooks.show('request');
  renderCard();
  $('report-review').focus();
}

/** Leave the review mode, after a word on what is not saved yet. */
export function leaveReview() {
  if (!reviewUnsaved()) {
    backToRequest();
    return;
  }
  state.pending = backToRequest;
  $('review-unsaved-bar').hidden = false;
  $('review-unsaved-keep').focus();
}

/** Escape in the review mode: close the unsaved bar or go back to the request. */
export function escapeReview() {
  if (!$('review-unsaved-bar').hidden) {
    $('review-unsaved-bar').hidden = true;
    state.pending = null;
    $('review-title').focus();
    return;
  }
  leaveReview();
}

async function saveRemarks() {
  const box = $('review-remarks');
  clearFieldErrors($('review-remarks-box'));
  const text = box.value.trim();
  if (text === '') {
    markFieldError(box, t('review-remarks-required'));
    return;
  }
  await change('report.remarks', { report_id: state.reportId, text }, {
    button: $('review-remarks-save'), statusEl: $('review-remarks-status'), alertEl: $('review-remarks-error'),
    statusId: 'review-remarks-saved',
    resolve: (f) => (f === 'text' || f === 'remarks' ? box : null),
    before: () => { state.remarksDirty = false; },
  });
  if (!box.disabled && document.activeElement === document.body) box.focus();
}

async function noRemarks() {
  const box = $('review-remarks');
  clearFieldErrors($('review-remarks-box'));
  if (box.value.trim() !== '' && box.value.trim() !== str(current() && current().remarks).trim()) {
    markFieldError(box, t('review-remarks-conflict'));
    return;
  }
  const button = $('review-no-remarks');
  await change('report.remarks', { report_id: state.reportId, text: '' }, {
    button, statusEl: $('review-remarks-status'), alertEl: $('review-remarks-error'),
    statusId: 'review-no-remarks-saved',
    resolve: (f) => (f === 'text' || f === 'remarks' ? box : null),
    before: () => {
      state.remarksDirty = false;
      box.value = '';
    },
  });
  if (!button.disabled) button.focus();
}

async function readTogether() {
  const ok = await change('report.read_together', { report_id: state.reportId }, {
    button: $('review-read-together'), statusEl: $('review-read-status'), alertEl: $('review-read-error'),
    statusId: 'review-read-saved',
  });
  // The button is done now: go on to the signatures.
  if (ok) $('review-sign-title').focus();
}

/** After a signature: the other signer next, or the frozen notice. */
function focusAfterSign(signer) {
  const cur = current();
  if (cur && FROZEN.has(cur.status)) {
    $('review-frozen').focus();
    return;
  }
  const other = signer === 'worker' ? 'person' : 'worker';
  if (cur && !sigOf(cur, other)) $(`review-${other}-title`).focus();
  else $(`review-${signer}-title`).focus();
}

async function signDrawn(signer) {
  const alertEl = $(`sign-${signer}-error`);
  clearError(alertEl);
  if (pads[signer].isEmpty()) {
    setText(alertEl, 'review-pad-empty');
    return;
  }
  const ok = await change('report.sign', { report_id: state.reportId, signer, png_base64: pads[signer].toPngBase64() }, {
    button: $(`sign-${signer}`), statusEl: $(`sign-${signer}-status`), alertEl, statusId: 'review-signed',
    before: () => { state.ink[signer] = false; },
  });
  if (ok) focusAfterSign(signer);
}

async function signOnPaper(signer) {
  const ok = await change('report.sign', { report_id: state.reportId, signer, on_paper: true }, {
    button: $(`paper-${signer}`), statusEl: $(`sign-${signer}-status`), alertEl: $(`sign-${signer}-error`),
    statusId: 'review-signed-paper',
    before: () => {
      pads[signer].clear();
      state.ink[signer] = false;
    },
  });
  if (ok) focusAfterSign(signer);
}

async function decline() {
  const reasonBox = $('review-decline-reason');
  clearFieldErrors($('review-person-box'));
  const args = { report_id: state.reportId, signer: 'person', declined: true };
  const reason = reasonBox.value.trim();
  if (reason) args.reason = reason;
  const ok = await change('report.sign', args, {
    button: $('decline-person'), statusEl: $('sign-person-status'), alertEl: $('sign-person-error'),
    statusId: 'review-declined-saved',
    resolve: (f) => (f === 'reason' ? reasonBox : null),
    before: () => {
      pads.person.clear();
      state.ink.person = false;
    },
  });
  if (ok) focusAfterSign('person');
}

function clearPad(signer) {
  pads[signer].clear();
  state.ink[signer] = false;
  clearError($(`sign-${signer}-error`));
  setPlainText($(`sign-${signer}-status`), '');
}

// ---------- wiring ----------

/** Wire the report card and the review mode (once, at start). show(name): show a screen. */
export function initReport({ show } = {}) {
  hooks = { show: show || hooks.show };

  $('report-compose').addEventListener('click', compose);
  $('report-review').addEventListener('click', openReview);
  $('report-send').addEventListener('click', send);
  $('report-send-anyway').addEventListener('click', sendAnyway);
  $('report-save-pdf').addEventListener('click', () => saveDocument($('report-save-pdf'), 'report', state.reportId, null, $('report-status'), $('report-error')));
  $('doc-receipt').addEventListener('click', () => saveDocument($('doc-receipt'), 'receipt', state.requestId, null, $('doc-status'), $('doc-error')));
  $('doc-decision').addEventListener('click', () => saveDocument($('doc-decision'), 'decision', state.requestId, null, $('doc-status'), $('doc-error')));

  for (const signer of SIGNERS) {
    pads[signer] = createPad($(`pad-${signer}`), {
      onInk: () => {
        state.ink[signer] = true;
        clearError($(`sign-${signer}-error`));
        setPlainText($(`sign-${signer}-status`), '');
      },
    });
    $(`sign-${signer}`).addEventListener('click', () => signDrawn(signer));
    $(`clear-${signer}`).addEventListener('click', () => clearPad(signer));
    $(`paper-${signer}`).addEventListener('click', () => signOnPaper(signer));
  }
  $('decline-person').addEventListener('click', decline);

  const screen = $('screen-review');
  clearErrorsOnEdit(screen);
  $('review-remarks').addEventListener('input', () => {
    state.remarksDirty = true;
    setPlainText($('review-remarks-status'), '');
  });
  $('review-remarks-save').addEventListener('click', saveRemarks);
  $('review-no-remarks').addEventListener('click', noRemarks);
  $('review-read-together').addEventListener('click', readTogether);

  $('review-back').addEventListener('click', leaveReview);
  $('review-back-end').addEventListener('click', leaveReview);
  $('review-unsaved-leave').addEventListener('click', () => {
    const action = state.pending;
    for (const signer of SIGNERS) clearPad(signer);
    state.remarksDirty = false;
    $('review-decline-reason').value = '';
    if (action) action();
  });
  $('review-unsaved-keep').addEventListener('click', () => {
    $('review-unsaved-bar').hidden = true;
    state.pending = null;
    $('review-title').focus();
  });

  window.addEventListener('resize', () => {
    if (!screen.hidden) for (const signer of SIGNERS) pads[signer].fit();
  });

  onLanguageChange(() => {
    // Dates and step names are written in the UI language; the report itself stays in its own.
    if (!screen.hidden) renderAll(false);
  });
}
