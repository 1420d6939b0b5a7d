// What the report card and the review mode share: the report's state and pads, reading it from the core, signatures, and the runner of a report change.
import { call } from '../../api.js';
import { $, el, clear, clearError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, formatDateTime, setPlainText, setText, t } from '../../i18n.js';
import { showSaved } from '../../documents.js';
import { renderCard } from '../request/report.js';
import { renderReview } from './review.js';

export const FROZEN = new Set(['signed', 'declined', 'sent']);

export const SIGNERS = ['worker', 'person'];

export const LANGS = new Set(['nl', 'fr', 'de', 'en']);

export const state = {
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
  agendaSeq: 0,      // guards the committee's sessions read for the agenda control
};

export const pads = {};

export const hooks = {
  show: () => {},    // show(screenName)
};

export function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

export function current() {
  return state.data && state.data.current ? state.data.current : null;
}

/** A date ("2025-03-01") or a timestamp, as written in the UI language. */
export function when(v) {
  return /^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? formatDate(v) : formatDateTime(v);
}

export function sigOf(cur, signer) {
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
export function showSig(node, sig) {
  const { id, vars } = sigText(sig);
  clear(node);
  const text = el('span');
  setText(text, id, vars || null);
  node.appendChild(text);
  if (sig && sig.kind === 'declined' && sig.reason) {
    node.appendChild(el('span', { class: 'sig-reason', text: t('report-card-sig-reason', { reason: str(sig.reason) }) }));
  }
}

export function isFrozenVersion(v) {
  return Boolean(v && (v.frozen_at || FROZEN.has(v.status)));
}

export function versionsOf(data) {
  return data && Array.isArray(data.versions) ? data.versions : [];
}

/** Marked as read together (the core keeps the date; a signature implies it). */
export function wasReadTogether(cur) {
  return Boolean(cur.read_together_on) || cur.status === 'read_together' || cur.status === 'signed' || cur.status === 'declined'
    || Boolean(sigOf(cur, 'worker') || sigOf(cur, 'person'));
}

export function hasDeclined(cur) {
  const person = sigOf(cur, 'person');
  return cur.status === 'declined' || Boolean(person && person.kind === 'declined');
}

export function clearStatuses(root) {
  for (const s of Array.from(root.querySelectorAll('.status'))) setPlainText(s, '');
}

/** The report id in an answer: {report_id}, a bare id, or null. */
export function reportIdOf(answer) {
  if (typeof answer === 'number' || typeof answer === 'string') return answer;
  if (answer && typeof answer === 'object' && answer.report_id !== undefined && answer.report_id !== null) return answer.report_id;
  return null;
}

export async function fetchReport(reportId) {
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
export async function change(command, args, opts) {
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

export function renderAll(fresh) {
  renderCard();
  if (!$('screen-review').hidden) renderReview(fresh);
}

/** document.save: write the PDF into Documents/Tandem and show where. */
export async function saveDocument(button, kind, id, number, statusEl, alertEl) {
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
