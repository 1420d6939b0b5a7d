// The requests of the person: their list, opening one, and the form that starts a new one.
import { call } from '../../api.js';
import { $, el, clear, clearError, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, t } from '../../i18n.js';
import { refreshDeadlines } from './deadlines.js';
import { todayIso } from '../../values.js';
import { hooks, state } from './people.js';
import { guard } from './person.js';

function requestLine(r) {
  const kind = t(`request-kind-${r.kind}`);
  const label = r.kind === 'other' && r.other_label ? `${kind}: ${r.other_label}` : kind;
  return label;
}

function requestSub(r) {
  const parts = [t('request-received', { date: formatDate(r.received_on) }), t(`request-status-${r.status || 'open'}`)];
  if (r.reference) parts.unshift(r.reference);
  if (r.status === 'open' && r.decision_due) parts.push(t('request-decision-due', { date: formatDate(r.decision_due) }));
  else if (r.status === 'decided' && r.notification_due && !r.notified_on) parts.push(t('request-notification-due', { date: formatDate(r.notification_due) }));
  return parts.join(' · ');
}

export function renderRequests() {
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
export async function loadRequests() {
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

export function currentName() {
  return (state.loaded && state.loaded.display_name) || $('p-display-name').value.trim();
}

function openRequestOfPerson(requestId) {
  const personId = state.currentId;
  guard(() => hooks.openRequest(requestId, { personId, name: currentName() }));
}

export function showRequestForm() {
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

export function hideRequestForm({ focus = true } = {}) {
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

export async function createRequest() {
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
