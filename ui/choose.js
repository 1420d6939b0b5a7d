// Folder and file choices through the system's dialogs: a text field marked data-choose="folder" or "file" is filled by a "Choose…" button (the shell's `choose` command, Tauri's dialog plugin), never typed.
import { clearFieldError, el } from './dom.js';
import { setText, t } from './i18n.js';

/**
 * Ask the system's dialog for a folder (`kind` "folder") or an existing file ("file", with
 * `extensions` such as ["tandem-backup"]). Resolves with the path, or null when cancelled.
 */
export async function choosePath({ kind = 'file', extensions = [], title = null } = {}) {
  const answer = await window.__TAURI__.core.invoke('choose', {
    kind,
    extensions: extensions.length ? extensions : null,
    title,
  });
  return typeof answer === 'string' && answer !== '' ? answer : null;
}

/** Put `path` in `input` as if the worker had changed it (the screen's listeners follow). */
function fill(input, path) {
  input.value = path;
  clearFieldError(input);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Give one marked field its buttons (once): the field is read-only, chosen or cleared. */
export function makeChooser(input) {
  if (input.dataset.chooser) return;
  input.dataset.chooser = 'yes';
  input.readOnly = true;
  const kind = input.getAttribute('data-choose') === 'folder' ? 'folder' : 'file';
  const extensions = (input.getAttribute('data-choose-ext') || '').split(/\s+/).filter(Boolean);
  const label = input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
  const choose = el('button', { type: 'button', class: 'btn btn-small chooser-button', id: input.id ? `${input.id}-choose` : null });
  setText(choose, kind === 'folder' ? 'choose-folder' : 'choose-file');
  const clearButton = el('button', { type: 'button', class: 'btn btn-small btn-quiet chooser-clear', id: input.id ? `${input.id}-clear` : null });
  setText(clearButton, 'choose-clear');
  const status = el('p', { class: 'form-error chooser-error', role: 'alert' });
  const row = el('div', { class: 'chooser-row' });
  input.parentNode.insertBefore(row, input);
  row.append(input, choose, clearButton);
  row.after(status);
  const sync = () => { clearButton.hidden = input.value === ''; };
  input.addEventListener('input', sync);
  sync();
  choose.addEventListener('click', async () => {
    status.textContent = '';
    choose.disabled = true;
    try {
      const path = await choosePath({ kind, extensions, title: label ? label.textContent : null });
      if (path) fill(input, path);
    } catch (err) {
      status.textContent = t('choose-failed', { detail: (err && err.message) || String(err) });
    } finally {
      choose.disabled = false;
      choose.focus();
    }
  });
  clearButton.addEventListener('click', () => {
    fill(input, '');
    choose.focus();
  });
}

/** Every marked field now and in rooms filled later. */
export function initChoosers() {
  const all = () => {
    for (const input of Array.from(document.querySelectorAll('input[data-choose]'))) makeChooser(input);
  };
  all();
  new MutationObserver(all).observe(document.body, { childList: true, subtree: true });
}
