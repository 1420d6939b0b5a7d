// Shares through the gate: the log of what was shared, the form and the documents it can send.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearFieldErrors, markFieldError, showError } from '../../dom.js';
import { formatDate, setPlainText, setText, t } from '../../i18n.js';
import { showSaved } from '../../documents.js';
import { consentById, renderShareRecipient } from './consent.js';
import { checkedParts, PARTS, partsText, readConditions, recipientText, resolver, state, str, throughGate, untickConditions, when } from './gate.js';

const SHARE_KINDS = new Set(['copy', 'document', 'handover']);

export function renderLog() {
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

export async function loadShares() {
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
export async function loadDocChoices() {
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

export function resetShareForm({ keepConsent = false } = {}) {
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

export async function recordShare() {
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
