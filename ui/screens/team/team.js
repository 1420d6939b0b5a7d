// The team room: for the lead, the team's deadlines (references, never names) and the cover grants; for the committee's secretary, the sessions, their agendas and the reports on them; for a social worker, who covers what and their reports on an agenda.
import { call, openDocument } from '../../api.js';
import { $, clear, clearError, el, setBusy, showError } from '../../dom.js';
import { formatDate, setPlainText, setText, t } from '../../i18n.js';
import { todayIso } from '../../values.js';
import { storeLabel } from '../settings/team.js';

const state = { status: null, sessions: [], seq: 0 };

function role() {
  return state.status && state.status.role;
}

/** Empty everything the room shows (on lock, and before each load). */
export function clearTeam() {
  for (const id of ['team-deadline-rows', 'team-cover-rows', 'agenda-rows', 'mine-list', 'move-list', 'cover-file', 'cover-worker', 'committee-session']) clear($(id));
  for (const id of ['team-room-who', 'cover-status', 'session-status', 'agenda-status', 'move-status']) setPlainText($(id), '');
  clearError($('team-room-error'));
}

/** A login as colleagues say it: without the team's prefix (t_anna → anna). */
function who(login) {
  const team = state.status && state.status.team;
  return team && login && login.startsWith(`${team}_`) ? login.slice(team.length + 1) : login;
}

function stateText(s) {
  return t(`team-state-${s}`);
}

async function loadDeadlines() {
  const rows = await call('team.deadlines', { within_days: 30 });
  const body = $('team-deadline-rows');
  clear(body);
  for (const r of rows) {
    body.appendChild(el('tr', {}, [
      el('td', { class: 'mono', text: r.reference }),
      el('td', { i18n: `next-action-${r.next_action}` }),
      el('td', { text: formatDate(r.next_on) }),
      el('td', { text: who(r.worker) }),
      el('td', { class: `state-${r.state}`, text: stateText(r.state) + (r.stale ? ` · ${t('team-stale')}` : '') }),
    ]));
  }
  $('team-deadlines-empty').hidden = rows.length > 0;
  // The lead's cover form names a file by its reference: every open file with a date this year.
  const all = await call('team.deadlines', { within_days: 366 });
  const files = $('cover-file');
  clear(files);
  for (const r of all) files.appendChild(el('option', { value: String(r.person_id), text: `${r.reference} · ${who(r.worker)}` }));
  const workers = await call('team.workers');
  const select = $('cover-worker');
  clear(select);
  for (const w of workers) select.appendChild(el('option', { value: w, text: who(w) }));
}

async function loadVaultFiles() {
  const files = await call('team.vault_files');
  const list = $('move-list');
  clear(list);
  for (const f of files) {
    const move = el('button', { type: 'button', class: 'btn', i18n: 'move-button' });
    move.addEventListener('click', () => confirmMove(f, move));
    list.appendChild(el('li', { class: 'item' }, [
      el('div', { class: 'item-text' }, [el('span', { class: 'item-head', text: f.display_name })]),
      move,
    ]));
  }
  $('move-empty').hidden = files.length > 0;
}

/** First click: the button asks again; second click: the file moves. */
async function confirmMove(file, button) {
  if (button.dataset.confirm !== 'yes') {
    button.dataset.confirm = 'yes';
    setText(button, 'move-confirm', { name: file.display_name });
    return;
  }
  clearError($('team-room-error'));
  setBusy(button, true);
  try {
    await call('team.move_file', { person_id: file.id });
    setText($('move-status'), 'move-done', { name: file.display_name });
    await loadVaultFiles();
  } catch (err) {
    showError($('team-room-error'), err);
    setBusy(button, false);
  }
}

async function loadCovers() {
  const covers = await call('team.covers');
  const body = $('team-cover-rows');
  clear(body);
  for (const c of covers) {
    const actions = el('td');
    if (role() === 'lead') {
      const end = el('button', { type: 'button', class: 'btn btn-quiet', i18n: 'cover-end' });
      end.addEventListener('click', () => endCover(c, end));
      actions.appendChild(end);
    }
    body.appendChild(el('tr', {}, [
      el('td', { class: 'mono', text: c.reference }),
      el('td', { text: who(c.owner) }),
      el('td', { text: who(c.worker) }),
      el('td', { text: formatDate(c.until) }),
      actions,
    ]));
  }
  $('team-covers-empty').hidden = covers.length > 0;
}

async function endCover(c, button) {
  clearError($('team-room-error'));
  setBusy(button, true);
  try {
    await call('team.cover.end', { person_id: c.person_id, worker: c.worker });
    await loadCovers();
    setText($('cover-status'), 'cover-ended', { file: c.reference });
  } catch (err) {
    showError($('team-room-error'), err);
    setBusy(button, false);
  }
}

async function giveCover(ev) {
  ev.preventDefault();
  clearError($('team-room-error'));
  const button = $('cover-give');
  setBusy(button, true);
  try {
    await call('team.cover.give', {
      person_id: Number($('cover-file').value),
      worker: $('cover-worker').value,
      until: $('cover-until').value,
    });
    await loadCovers();
    setText($('cover-status'), 'cover-given', { worker: who($('cover-worker').value), date: formatDate($('cover-until').value) });
  } catch (err) {
    showError($('team-room-error'), err);
  } finally {
    setBusy(button, false);
  }
}

async function loadSessions(selected = null) {
  state.sessions = await call('committee.sessions');
  const select = $('committee-session');
  const keep = selected !== null ? String(selected) : select.value;
  clear(select);
  for (const s of state.sessions) {
    select.appendChild(el('option', { value: String(s.id), text: t('committee-session-option', { date: formatDate(s.held_on), place: s.place }) }));
  }
  if (state.sessions.some((s) => String(s.id) === keep)) select.value = keep;
  $('committee-none').hidden = state.sessions.length > 0;
  await loadSession();
}

async function loadSession() {
  const id = Number($('committee-session').value);
  $('agenda-box').hidden = !(role() === 'secretary' && id);
  $('mine-box').hidden = !(role() === 'worker' && id);
  if (!id) return;
  if (role() === 'secretary') {
    const { lines } = await call('committee.agenda', { session_id: id });
    const body = $('agenda-rows');
    clear(body);
    lines.forEach((l, i) => {
      const open = el('button', { type: 'button', class: 'btn btn-quiet', i18n: 'agenda-open' });
      open.addEventListener('click', () => openReport(l, open));
      body.appendChild(el('tr', {}, [
        el('td', { text: String(i + 1) }),
        el('td', { class: 'mono', text: l.reference }),
        el('td', { text: t('doc-agenda-version', { number: l.report_number, status: t(`doc-agenda-status-${l.status}`) }) }),
        el('td', { text: who(l.worker) }),
        el('td', { class: 'mono', text: l.pdf_sha256 || '' }),
        el('td', {}, [open]),
      ]));
    });
    $('agenda-empty').hidden = lines.length > 0;
  } else if (role() === 'worker') {
    const items = await call('committee.mine', { session_id: id });
    const list = $('mine-list');
    clear(list);
    for (const item of items) {
      const off = el('button', { type: 'button', class: 'btn btn-quiet', i18n: 'mine-take-off' });
      off.addEventListener('click', () => takeOff(item, off));
      list.appendChild(el('li', { class: 'item' }, [
        el('div', { class: 'item-text' }, [
          el('span', { class: 'item-head', text: item.display_name }),
          el('span', { class: 'item-note', text: t('doc-agenda-version', { number: item.report_number, status: t(`doc-agenda-status-${item.status}`) }) }),
        ]),
        off,
      ]));
    }
    $('mine-empty').hidden = items.length > 0;
  }
}

async function openReport(line, button) {
  clearError($('team-room-error'));
  setBusy(button, true);
  try {
    const saved = await call('committee.report.save', { item_id: line.item_id });
    await openDocument(saved.path);
  } catch (err) {
    showError($('team-room-error'), err);
  } finally {
    setBusy(button, false);
  }
}

async function takeOff(item, button) {
  clearError($('team-room-error'));
  setBusy(button, true);
  try {
    await call('committee.take_off', { item_id: item.id });
    await loadSession();
  } catch (err) {
    showError($('team-room-error'), err);
    setBusy(button, false);
  }
}

async function addSession(ev) {
  ev.preventDefault();
  clearError($('team-room-error'));
  const button = $('session-add');
  setBusy(button, true);
  try {
    const { id } = await call('committee.session.add', { held_on: $('session-date').value, place: $('session-place').value });
    $('session-place').value = '';
    await loadSessions(id);
    setText($('session-status'), 'session-added');
  } catch (err) {
    showError($('team-room-error'), err);
  } finally {
    setBusy(button, false);
  }
}

async function printAgenda() {
  clearError($('team-room-error'));
  const button = $('agenda-print');
  setBusy(button, true);
  try {
    const saved = await call('committee.agenda.save', { session_id: Number($('committee-session').value) });
    setText($('agenda-status'), 'agenda-saved', { path: saved.path });
    await openDocument(saved.path);
  } catch (err) {
    showError($('team-room-error'), err);
  } finally {
    setBusy(button, false);
  }
}

/** Fill the room for the login's role (status: the answer of team.status). */
export async function loadTeam(status) {
  const seq = ++state.seq;
  clearTeam();
  state.status = status;
  const r = role();
  setPlainText($('team-room-who'), storeLabel(status));
  $('team-back').hidden = r !== 'worker';
  $('team-deadlines-card').hidden = r !== 'lead';
  $('move-card').hidden = r !== 'worker';
  $('team-covers-card').hidden = r !== 'lead' && r !== 'worker';
  $('cover-form').hidden = r !== 'lead';
  $('committee-card').hidden = r !== 'secretary' && r !== 'worker';
  $('session-form').hidden = r !== 'secretary';
  if (!$('cover-until').value) $('cover-until').value = todayIso();
  if (!$('session-date').value) $('session-date').value = todayIso();
  try {
    if (r === 'lead') await loadDeadlines();
    if (r === 'worker') await loadVaultFiles();
    if (r === 'lead' || r === 'worker') await loadCovers();
    if (r === 'secretary' || r === 'worker') await loadSessions();
  } catch (err) {
    if (seq === state.seq) showError($('team-room-error'), err);
  }
}

/** back(): leave the room (a social worker goes back to their files). */
export function initTeam({ back }) {
  $('team-back').addEventListener('click', back);
  $('cover-form').addEventListener('submit', giveCover);
  $('session-form').addEventListener('submit', addSession);
  $('committee-session').addEventListener('change', () => loadSession().catch((err) => showError($('team-room-error'), err)));
  $('agenda-print').addEventListener('click', printAgenda);
}
