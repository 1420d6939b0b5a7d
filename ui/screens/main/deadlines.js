// The home panel of legal deadlines: decisions, notifications, yearly reviews and rights the person will request, due in the next days, overdue first.
import { call } from '../../api.js';
import { $, el, clear, clearError, showError } from '../../dom.js';
import { formatDate, onLanguageChange, setText, t } from '../../i18n.js';
import { dueInfo } from '../request/header.js';
import { isTogether } from '../../together.js';

const WITHIN_DAYS = 7;

const state = {
  items: [],
  seq: 0,
  loaded: false,
};

let openRequest = () => {};
let openPerson = () => {};

function sortKey(d) {
  return [d.overdue ? 0 : 1, String(d.due_on || ''), String(d.display_name || '')];
}

function compare(a, b) {
  const ka = sortKey(a);
  const kb = sortKey(b);
  for (let i = 0; i < ka.length; i += 1) {
    if (ka[i] < kb[i]) return -1;
    if (ka[i] > kb[i]) return 1;
  }
  return 0;
}

function render() {
  const list = $('deadline-list');
  clear(list);
  if (isTogether()) return; // nothing about other persons while the person reads along
  for (const d of state.items) {
    const days = typeof d.days_left === 'number' ? d.days_left : null;
    let info = dueInfo(days);
    if (d.overdue) {
      info = { text: days !== null && days < 0 ? t('due-overdue', { days: -days }) : t('due-overdue-plain'), cls: 'is-overdue' };
    }
    const which = { notification: 'deadline-notification', review: 'deadline-review', right: 'deadline-right' }[d.which] || 'deadline-decision';
    const button = el('button', {
      type: 'button',
      class: `deadline-item ${info.cls}`,
      'data-request-id': d.request_id === undefined ? null : String(d.request_id),
      'data-right': d.right_id || null,
    }, [
      el('span', { class: 'deadline-name', text: d.display_name || '' }),
      el('span', { class: 'deadline-what', text: t(which, { date: formatDate(d.due_on), right: d.right_name || '' }) }),
      el('span', { class: 'deadline-left', text: info.text }),
    ]);
    // A right to request is on the person's page; the other deadlines are a request's.
    if (d.which === 'right') button.addEventListener('click', () => openPerson(d.person_id));
    else button.addEventListener('click', () => openRequest(d.request_id, { personId: d.person_id, name: d.display_name }));
    list.appendChild(el('li', {}, [button]));
  }
  const empty = $('deadlines-empty');
  empty.hidden = !state.loaded || state.items.length > 0;
  if (!empty.hidden) setText(empty, 'deadlines-empty');
}

/** Ask the core for the deadlines of the next days and show them. */
export async function refreshDeadlines() {
  const seq = ++state.seq;
  try {
    // The legal deadlines never wait on the rights' (nor fail with them).
    const [legal, rightsDue] = await Promise.allSettled([
      call('deadlines.list', { within_days: WITHIN_DAYS }),
      call('rights.deadlines', { within_days: WITHIN_DAYS }),
    ]);
    if (seq !== state.seq) return;
    if (legal.status === 'rejected') throw legal.reason;
    const items = Array.isArray(legal.value) ? legal.value : [];
    const rights = rightsDue.status === 'fulfilled' && Array.isArray(rightsDue.value)
      ? rightsDue.value.map((d) => ({ ...d, which: 'right' }))
      : [];
    state.items = items.concat(rights).sort(compare);
    state.loaded = true;
    clearError($('deadlines-error'));
    if (rightsDue.status === 'rejected') showError($('deadlines-error'), rightsDue.reason);
    render();
  } catch (err) {
    if (seq === state.seq) showError($('deadlines-error'), err);
  }
}

/** Wire the panel. open(requestId, {personId, name}) opens a request. */
export function initDeadlines({ open, person }) {
  openRequest = open || openRequest;
  openPerson = person || openPerson;
  // The rights' names come from the core in a language: read again.
  onLanguageChange(() => {
    render();
    if (state.items.some((d) => d.which === 'right')) refreshDeadlines();
  });
}
