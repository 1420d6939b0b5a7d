// The report card on the request page: its steps, versions, composing and sending it to the committee.
import { flush } from './autosave.js';
import { call } from '../../api.js';
import { $, el, clear, clearError, markFieldError, showError } from '../../dom.js';
import { formatDate, setPlainText, setText, t } from '../../i18n.js';
import { todayIso } from '../../values.js';
import { change, clearStatuses, current, fetchReport, FROZEN, hasDeclined, isFrozenVersion, LANGS, reportIdOf, saveDocument, showSig, sigOf, state, str, versionsOf, wasReadTogether, when } from '../review/sheet.js';

const STEPS = ['draft', 'read_together', 'signed', 'sent'];

/** The changes of the running right a report can be composed for (right.get's revisions). */
let revisions = [];

function revisionOf(id) {
  return revisions.find((v) => v.id === id) || null;
}

/** The choice "this report is about": the request, or one change of the running right. */
function fillAbout() {
  const select = $('report-about');
  const cur = current();
  const keep = document.activeElement === select ? select.value : str(cur && cur.revision_id);
  clear(select);
  select.appendChild(el('option', { value: '', text: t('report-about-request') }));
  for (const v of revisions) {
    select.appendChild(el('option', {
      value: String(v.id),
      text: t('report-about-revision', { date: formatDate(v.changed_on), what: t(`change-kind-${v.what}`) }),
    }));
  }
  select.value = Array.from(select.options).some((o) => o.value === keep) ? keep : '';
  $('report-about-field').hidden = revisions.length === 0;
}

/** The running right's changes (none when the request opened no right). */
export function setRevisions(list) {
  revisions = Array.isArray(list) ? list : [];
  fillAbout();
}

export const STEP_OF = { draft: 0, read_together: 1, signed: 2, declined: 2, sent: 3 };

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
  const about = revisionOf(v.revision_id);
  if (about) notes.push(t('report-card-version-about', { date: formatDate(about.changed_on) }));
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

export function renderCard() {
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
  fillAbout();
  renderAgenda(cur);
}

/**
 * In a team, a signed (or declined, or sent) version goes on a coming session's agenda; the
 * committee's secretary then reads it there. Outside a team (or for another role) nothing shows.
 */
async function renderAgenda(cur) {
  const box = $('report-agenda');
  const seq = ++state.agendaSeq;
  if (!cur || !FROZEN.has(cur.status)) {
    box.hidden = true;
    return;
  }
  let sessions = [];
  try {
    sessions = await call('committee.sessions');
  } catch {
    sessions = null; // not in a team: no committee here
  }
  if (seq !== state.agendaSeq) return;
  const today = todayIso();
  const coming = (sessions || []).filter((s) => s.held_on >= today);
  box.hidden = sessions === null;
  const select = $('report-agenda-session');
  clear(select);
  for (const s of coming) {
    select.appendChild(el('option', { value: String(s.id), text: t('committee-session-option', { date: formatDate(s.held_on), place: s.place }) }));
  }
  $('report-agenda-put').disabled = coming.length === 0;
  if (sessions !== null && coming.length === 0) setText($('report-agenda-status'), 'report-agenda-none');
}

async function putOnAgenda() {
  clearError($('report-error'));
  const button = $('report-agenda-put');
  button.disabled = true;
  try {
    await call('committee.put', { session_id: Number($('report-agenda-session').value), report_id: state.reportId });
    const chosen = $('report-agenda-session').selectedOptions[0];
    setText($('report-agenda-status'), 'report-agenda-done', { session: chosen ? chosen.textContent : '' });
  } catch (err) {
    showError($('report-error'), err);
  } finally {
    button.disabled = false;
  }
}

/** Wires the agenda control of the report card (once, at start). */
export function initAgenda() {
  $('report-agenda-put').addEventListener('click', putOnAgenda);
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

export async function compose() {
  // The report is made from the request as saved: edits waiting for their pause go first.
  await flush();
  const args = { request_id: state.requestId, proposal: $('report-proposal').value };
  if ($('report-about').value) args.revision_id = Number($('report-about').value);
  const ok = await change('report.compose', args, {
    button: $('report-compose'), statusEl: $('report-status'), alertEl: $('report-error'), statusId: 'report-card-composed',
  });
  if (ok) $('report-compose').focus();
}

/** Sends at once when nothing is open; otherwise lists the open points and asks why. */
export async function send() {
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

export function sendAnyway() {
  const input = $('report-readiness-reason');
  const reason = input.value.trim();
  if (!reason) {
    markFieldError(input, t('error-reason-required', { field: t('field-readiness-reason') }));
    input.focus();
    return;
  }
  sendNow(reason, $('report-send-anyway'));
}
