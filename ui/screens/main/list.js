// The list of persons beside the page: search, the selected one, and scrolling to a person.
import { call } from '../../api.js';
import { $, el, clear, clearError, showError } from '../../dom.js';
import { formatDate, setPlainText, setText, t } from '../../i18n.js';
import { isTogether } from '../../together.js';
import { known } from './identity.js';
import { state } from './people.js';
import { guard, openPerson } from './person.js';

const SEARCH_LIMIT = 200;

export const SEARCH_DELAY_MS = 150;

function secondaryLine(p) {
  const parts = [];
  const names = [known(p.first_name), known(p.last_name)].filter(Boolean).join(' ');
  if (names) parts.push(names);
  const birth = known(p.birth_date);
  if (birth) parts.push(formatDate(birth));
  if (p.closed_on) parts.push(t('person-closed-on', { date: formatDate(p.closed_on) }));
  return parts.join(' · ');
}

export function markSelected() {
  for (const button of Array.from($('person-list').querySelectorAll('button[data-id]'))) {
    if (state.currentId !== null && button.getAttribute('data-id') === String(state.currentId)) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}

export function renderList() {
  const list = $('person-list');
  const { persons, total } = state.results;
  const query = $('search-input').value.trim();
  clear(list);
  if (isTogether()) {
    // The person reads along: nobody else's name stays in the page.
    setPlainText($('list-count'), '');
    $('person-empty').hidden = true;
    return;
  }
  for (const p of persons) {
    const sub = secondaryLine(p);
    const button = el('button', { type: 'button', class: 'person-item', 'data-id': String(p.id) }, [
      el('span', { class: 'person-name', text: p.display_name || '' }),
      sub ? el('span', { class: 'person-sub', text: sub }) : null,
    ]);
    button.addEventListener('click', () => {
      if (state.currentId !== null && String(state.currentId) === String(p.id)) return;
      guard(() => openPerson(p.id));
    });
    list.appendChild(el('li', {}, [button]));
  }
  const empty = $('person-empty');
  if (persons.length === 0) {
    setText(empty, query === '' ? 'list-empty' : 'list-no-match');
    empty.hidden = false;
  } else {
    empty.hidden = true;
  }
  const count = $('list-count');
  if (total > persons.length) setText(count, 'list-more', { shown: persons.length, total });
  else if (query !== '' && persons.length > 0) setText(count, 'list-count', { count: total });
  else setPlainText(count, '');
  markSelected();
}

/** Search with the current query; resolves with the result (or null on error / when overtaken). */
export async function refreshList() {
  const seq = ++state.searchSeq;
  const query = $('search-input').value.trim();
  try {
    const r = await call('person.search', { query, limit: SEARCH_LIMIT });
    if (seq !== state.searchSeq) return null;
    state.results = { persons: Array.isArray(r.persons) ? r.persons : [], total: Number(r.total) || 0 };
    clearError($('list-error'));
    renderList();
    return state.results;
  } catch (err) {
    if (seq === state.searchSeq) showError($('list-error'), err);
    return null;
  }
}

export async function showInList(id) {
  let r = await refreshList();
  const inList = (res) => res && res.persons.some((p) => String(p.id) === String(id));
  if (r && !inList(r)) {
    $('search-input').value = '';
    r = await refreshList();
  }
  const button = $('person-list').querySelector(`button[data-id="${CSS.escape(String(id))}"]`);
  if (button) button.scrollIntoView({ block: 'nearest' });
}
