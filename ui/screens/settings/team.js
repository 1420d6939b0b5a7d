// Settings, Work in a team: the enrolment code read (where it leads, before anything is sent), joined, and the way back to the personal vault.
import { call } from '../../api.js';
import { $, clearError, setBusy, showError } from '../../dom.js';
import { setPlainText, setText, t } from '../../i18n.js';

let hooks = { changed: async () => {} };

/** "Personal vault" or "Team … on …, as …" (the top bar and the settings say the same). */
export function storeLabel(status) {
  if (!status || status.store !== 'team') return t('store-vault');
  return t('store-team', {
    team: status.ocmw || status.team || '',
    login: status.login || '',
    role: status.role ? t(`team-role-${status.role}`) : '',
  });
}

function render(status) {
  const inTeam = status && status.store === 'team';
  const now = $('team-now');
  if (inTeam) {
    setText(now, status.connected ? 'team-now-team' : 'team-now-unreachable', {
      ocmw: status.ocmw || status.team, server: status.server, login: status.login,
      role: status.role ? t(`team-role-${status.role}`) : '',
    });
  } else setText(now, 'team-now-vault');
  $('team-join').hidden = inTeam;
  $('team-leave-box').hidden = !inTeam;
}

function clearPreview() {
  $('team-preview').hidden = true;
  $('team-preview-hint').hidden = true;
  $('team-enrol').hidden = true;
  for (const id of ['ocmw', 'server', 'team', 'login', 'authority']) setPlainText($(`team-preview-${id}`), '');
}

/** The code is a one-time password: it leaves the screen on lock and after use. */
export function clearTeamSecrets() {
  $('team-code').value = '';
  clearPreview();
}

export async function loadTeamSettings() {
  clearError($('team-error'));
  try {
    render(await call('team.status'));
  } catch (err) {
    showError($('team-error'), err);
  }
}

async function readCode() {
  clearError($('team-error'));
  clearPreview();
  const button = $('team-read');
  setBusy(button, true);
  try {
    const p = await call('team.preview', { code: $('team-code').value });
    setPlainText($('team-preview-ocmw'), p.ocmw || '—');
    setPlainText($('team-preview-server'), `${p.server}:${p.port}`);
    setPlainText($('team-preview-team'), p.team);
    setPlainText($('team-preview-login'), p.login);
    setPlainText($('team-preview-authority'), `${p.authority} · SHA-256 ${p.fingerprint}`);
    $('team-preview').hidden = false;
    $('team-preview-hint').hidden = false;
    $('team-enrol').hidden = false;
    $('team-enrol').focus();
  } catch (err) {
    showError($('team-error'), err);
    $('team-code').focus();
  } finally {
    setBusy(button, false);
  }
}

/** Joined or left: the section says so, the app reloads what it shows, the focus goes to the news. */
async function switched(status) {
  render(status);
  await hooks.changed(status);
  $('team-now').focus();
}

async function enrol() {
  clearError($('team-error'));
  const button = $('team-enrol');
  setBusy(button, true);
  try {
    const status = await call('team.enrol', { code: $('team-code').value });
    clearTeamSecrets();
    await switched(status);
  } catch (err) {
    showError($('team-error'), err);
  } finally {
    setBusy(button, false);
  }
}

function askLeave(ask) {
  $('team-leave-confirm').hidden = !ask;
  $('team-leave').hidden = ask;
  (ask ? $('team-leave-no') : $('team-leave')).focus();
}

async function leave() {
  clearError($('team-error'));
  const button = $('team-leave-yes');
  setBusy(button, true);
  try {
    const status = await call('team.leave');
    $('team-leave-confirm').hidden = true;
    $('team-leave').hidden = false;
    await switched(status);
  } catch (err) {
    showError($('team-error'), err);
  } finally {
    setBusy(button, false);
  }
}

/** changed(status): the store changed (joined or left): the app reloads what it shows. */
export function initTeamSettings({ changed }) {
  hooks = { changed };
  $('team-now').setAttribute('tabindex', '-1');
  $('team-read').addEventListener('click', readCode);
  $('team-enrol').addEventListener('click', enrol);
  $('team-leave').addEventListener('click', () => askLeave(true));
  $('team-leave-no').addEventListener('click', () => askLeave(false));
  $('team-leave-yes').addEventListener('click', leave);
  $('team-code').addEventListener('input', clearPreview);
}
