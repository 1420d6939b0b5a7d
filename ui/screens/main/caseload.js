// The caseload on the home screen: the worker's files as a table (caseload.list, paged in the core), its groups with counts, search, stage, sorting and pages, and the menu to the other home panels.
import { call } from '../../api.js';
import { $, el, clear, clearError, showError } from '../../dom.js';
import { formatDate, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';
import { isTogether } from '../../together.js';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 200;
const COLUMNS = 5;

const view = {
  filter: 'all',
  stage: '',
  sort: 'next',
  descending: false,
  offset: 0,
  page: null, // the last answer of caseload.list
  seq: 0,
  timer: null,
};

let hooks = {
  open: () => {}, // open(personId): the person's page
  show: () => {}, // show(view): 'caseload', 'deadlines', 'retention' or 'import'
};

function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

function groupRow(text, cls) {
  return el('tr', { class: `group-row ${cls}` }, [
    el('th', { scope: 'colgroup', colspan: String(COLUMNS), text }),
  ]);
}

function fileRow(f) {
  const nameId = `caseload-name-${str(f.person_id)}`;
  const open = el('button', {
    type: 'button',
    id: nameId,
    class: 'caseload-open',
    'data-person-id': str(f.person_id),
    text: str(f.display_name),
  });
  open.addEventListener('click', () => hooks.open(f.person_id));
  const next = [];
  if (f.next_action) next.push(el('span', { i18n: `next-action-${f.next_action}` }));
  if (f.waiting_papers) next.push(el('span', { class: 'badge badge-papers', i18n: 'caseload-waiting-papers' }));
  const when = [];
  if (f.next_on) {
    when.push(el('span', { class: 'caseload-date', text: formatDate(f.next_on) }));
    when.push(el('span', { class: `caseload-due${f.overdue ? ' is-overdue' : ''}`, text: str(f.due_text) }));
  } else {
    when.push(el('span', { class: 'caseload-none', i18n: 'caseload-no-date' }));
  }
  return el('tr', { class: f.overdue ? 'is-overdue' : null, 'data-person-id': str(f.person_id) }, [
    el('td', { class: 'cell-person' }, [open]),
    el('td', { class: 'mono cell-reference', text: str(f.reference) }),
    el('td', { class: `cell-stage stage-${str(f.stage)}` }, [el('span', { i18n: `stage-${f.stage}` })]),
    el('td', { class: 'cell-next' }, next),
    el('td', { class: 'cell-date' }, when),
  ]);
}

function renderCounts(counts) {
  for (const span of Array.from(document.querySelectorAll('#caseload .chip-count'))) {
    const key = span.getAttribute('data-count');
    setPlainText(span, counts && counts[key] !== undefined ? String(counts[key]) : '');
  }
  for (const chip of Array.from(document.querySelectorAll('#caseload .chip'))) {
    chip.setAttribute('aria-pressed', chip.getAttribute('data-filter') === view.filter ? 'true' : 'false');
  }
}

function renderSort() {
  for (const th of Array.from(document.querySelectorAll('#caseload-table th[data-sort]'))) {
    const on = th.getAttribute('data-sort') === view.sort;
    th.setAttribute('aria-sort', on ? (view.descending ? 'descending' : 'ascending') : 'none');
  }
}

function render() {
  const body = $('caseload-rows');
  clear(body);
  renderSort();
  if (isTogether() || !view.page) {
    // The person reads along: nobody else's file stays in the page.
    renderCounts(null);
    setPlainText($('caseload-page'), '');
    $('caseload-empty').hidden = true;
    return;
  }
  const { files, total, offset, counts } = view.page;
  renderCounts(counts);
  // By date, nearest first, every file (of the search): the overdue files are a group with
  // their count (within a group or a stage, the count would not be theirs: no heading then).
  const grouped = view.sort === 'next' && !view.descending && view.filter === 'all' && view.stage === '';
  let inOverdue = false;
  let afterOverdue = false;
  for (const f of files) {
    if (grouped && f.overdue && !inOverdue) {
      body.appendChild(groupRow(str(counts.overdue_text), 'group-overdue'));
      inOverdue = true;
    }
    if (grouped && !f.overdue && inOverdue && !afterOverdue) {
      const row = groupRow('', 'group-upcoming');
      setText(row.firstChild, 'caseload-upcoming');
      body.appendChild(row);
      afterOverdue = true;
    }
    body.appendChild(fileRow(f));
  }
  const empty = $('caseload-empty');
  if (files.length === 0) {
    const searching = $('caseload-search').value.trim() !== '' || view.filter !== 'all' || view.stage !== '';
    setText(empty, searching ? 'caseload-no-match' : 'caseload-empty');
    empty.hidden = false;
  } else {
    empty.hidden = true;
  }
  if (files.length > 0) setText($('caseload-page'), 'caseload-page', { from: offset + 1, to: offset + files.length, total });
  else setPlainText($('caseload-page'), '');
  $('caseload-prev').disabled = offset === 0;
  $('caseload-next').disabled = offset + files.length >= total;
}

/** Ask the core for the current page of the caseload and show it. */
export async function refreshCaseload() {
  if (isTogether()) {
    view.page = null;
    render();
    return null;
  }
  const seq = ++view.seq;
  const args = {
    filter: view.filter,
    sort: view.sort,
    descending: view.descending,
    offset: view.offset,
    limit: PAGE_SIZE,
    query: $('caseload-search').value.trim(),
  };
  if (view.stage) args.stage = view.stage;
  try {
    const page = await call('caseload.list', args);
    if (seq !== view.seq) return null;
    view.page = page;
    // What the table shows now (for whoever waits on it: a test, a screen reader's status).
    const table = $('caseload-table');
    table.setAttribute('data-shown', JSON.stringify([args.filter, args.stage || '', args.query, args.sort, args.descending, args.offset]));
    clearError($('caseload-error'));
    render();
    return page;
  } catch (err) {
    if (seq === view.seq) showError($('caseload-error'), err);
    return null;
  }
}

function fromStart() {
  view.offset = 0;
  return refreshCaseload();
}

function closeMenu({ focus = false } = {}) {
  const menu = $('caseload-menu');
  if (menu.hidden) return;
  menu.hidden = true;
  $('caseload-menu-button').setAttribute('aria-expanded', 'false');
  if (focus) $('caseload-menu-button').focus();
}

function openMenu() {
  $('caseload-menu').hidden = false;
  $('caseload-menu-button').setAttribute('aria-expanded', 'true');
  const first = $('caseload-menu').querySelector('button');
  if (first) first.focus();
}

/** Forget the shown page (lock): it is asked again from the core after the unlock. */
export function clearCaseload() {
  view.page = null;
  view.seq += 1;
}

/** Wire the caseload (once, at start). open(personId) shows a file; show(view) a home panel. */
export function initCaseload({ open, show } = {}) {
  hooks = { open: open || hooks.open, show: show || hooks.show };
  for (const chip of Array.from(document.querySelectorAll('#caseload .chip'))) {
    chip.addEventListener('click', () => {
      view.filter = chip.getAttribute('data-filter') || 'all';
      fromStart();
    });
  }
  $('caseload-stage').addEventListener('change', () => {
    view.stage = $('caseload-stage').value;
    fromStart();
  });
  for (const button of Array.from(document.querySelectorAll('#caseload-table .sort-button'))) {
    button.addEventListener('click', () => {
      const sort = button.getAttribute('data-sort');
      if (view.sort === sort) view.descending = !view.descending;
      else {
        view.sort = sort;
        view.descending = false;
      }
      fromStart();
    });
  }
  const search = $('caseload-search');
  search.addEventListener('input', () => {
    clearTimeout(view.timer);
    view.timer = setTimeout(fromStart, SEARCH_DELAY_MS);
  });
  search.addEventListener('change', () => {
    clearTimeout(view.timer);
    fromStart();
  });
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      clearTimeout(view.timer);
      fromStart();
    }
  });
  $('caseload-prev').addEventListener('click', () => {
    view.offset = Math.max(0, view.offset - PAGE_SIZE);
    refreshCaseload();
  });
  $('caseload-next').addEventListener('click', () => {
    view.offset += PAGE_SIZE;
    refreshCaseload();
  });

  // The menu: deadlines, files to erase, import a hand-over.
  const menuButton = $('caseload-menu-button');
  menuButton.addEventListener('click', () => {
    if ($('caseload-menu').hidden) openMenu();
    else closeMenu();
  });
  $('caseload-menu').addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      closeMenu({ focus: true });
    }
  });
  document.addEventListener('click', (ev) => {
    if (!ev.target.closest || !ev.target.closest('.caseload-menu-wrap')) closeMenu();
  });
  for (const item of Array.from(document.querySelectorAll('#caseload-menu [data-home-view]'))) {
    item.addEventListener('click', () => {
      closeMenu();
      hooks.show(item.getAttribute('data-home-view'));
    });
  }
  for (const back of Array.from(document.querySelectorAll('.home-back'))) {
    back.addEventListener('click', () => hooks.show('caseload'));
  }
  // The texts of the dates ("29 days late") come from the core in the language.
  onLanguageChange(() => {
    if (view.page) refreshCaseload();
  });
}
