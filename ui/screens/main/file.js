// Closing a person's file (and reopening it).
import { call } from '../../api.js';
import { $, clearError, clearFieldErrors, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, setPlainText, setText } from '../../i18n.js';
import { todayIso } from '../../values.js';
import { hooks, resolver, state } from './gate.js';

export function renderFile() {
  const f = state.file;
  const closed = Boolean(f && f.closed_on);
  if (state.personId === null) setPlainText($('file-status'), '');
  else if (closed) setText($('file-status'), 'file-closed', { closed: formatDate(f.closed_on), until: formatDate(f.retention_until) });
  else setText($('file-status'), 'file-open');
  $('file-close-box').hidden = closed;
  $('file-reopen').hidden = !closed;
}

export async function closeFile() {
  if (state.personId === null) return;
  const box = $('file-close-box');
  clearFieldErrors(box);
  clearError($('file-error'));
  const args = { person_id: state.personId };
  if ($('file-close-date').value) args.closed_on = $('file-close-date').value;
  const button = $('file-close');
  const seq = state.seq;
  setBusy(button, true);
  let r;
  try {
    r = await call('person.close', args);
  } catch (err) {
    showFormError(err, $('file-error'), resolver({ closed_on: 'file-close-date' }));
    return;
  } finally {
    setBusy(button, false);
  }
  if (seq !== state.seq) return;
  state.file = { closed_on: r && r.closed_on ? r.closed_on : args.closed_on || todayIso(), retention_until: r ? r.retention_until : null };
  renderFile();
  $('file-reopen').focus();
  hooks.changed();
}

export async function reopenFile() {
  if (state.personId === null) return;
  clearError($('file-error'));
  const button = $('file-reopen');
  const seq = state.seq;
  setBusy(button, true);
  try {
    await call('person.reopen', { person_id: state.personId });
  } catch (err) {
    showError($('file-error'), err);
    return;
  } finally {
    setBusy(button, false);
  }
  if (seq !== state.seq) return;
  state.file = { closed_on: null, retention_until: null };
  $('file-close-date').value = todayIso();
  renderFile();
  $('file-close').focus();
  hooks.changed();
}
