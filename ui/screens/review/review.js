// The review mode: the report read together, remarks, the two signatures (or on paper) and a declined signature.
import { $, el, clear, clearError, clearFieldErrors, markFieldError, showError } from '../../dom.js';
import { setPlainText, setText, t } from '../../i18n.js';
import { renderCard, STEP_OF } from '../request/report.js';
import { change, clearStatuses, current, fetchReport, FROZEN, hasDeclined, hooks, LANGS, pads, renderAll, showSig, SIGNERS, sigOf, state, str, wasReadTogether } from './sheet.js';

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

export function renderReview(fresh) {
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

export async function saveRemarks() {
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

export async function noRemarks() {
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

export async function readTogether() {
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

export async function signDrawn(signer) {
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

export async function signOnPaper(signer) {
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

export async function decline() {
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

export function clearPad(signer) {
  pads[signer].clear();
  state.ink[signer] = false;
  clearError($(`sign-${signer}-error`));
  setPlainText($(`sign-${signer}-status`), '');
}
