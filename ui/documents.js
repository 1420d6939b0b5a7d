// Saved documents: say where the file went, offer to open a PDF in the system viewer to read or print, and to copy any of them to a folder chosen in the system's dialog (a USB stick).
import { call, openDocument } from './api.js';
import { choosePath } from './choose.js';
import { setText, t } from './i18n.js';

/** A button that copies the saved file at `path` into a folder chosen in the system's dialog. */
function copyButton(statusEl, path) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-small copy-document';
  button.textContent = t('document-copy');
  const said = document.createElement('span');
  said.className = 'copy-document-status';
  button.addEventListener('click', async () => {
    said.textContent = '';
    button.disabled = true;
    try {
      const folder = await choosePath({ kind: 'folder', title: t('document-copy') });
      if (!folder) return;
      const r = await call('document.copy', { path, folder });
      said.textContent = ` ${t('document-copied', { path: (r && r.path) || '' })}`;
    } catch (err) {
      said.textContent = ` ${(err && err.message) || String(err)}`;
    } finally {
      button.disabled = false;
    }
  });
  return [button, said];
}

/**
 * Show "Saved as …" (message `messageId` with `{ $path }`) in `statusEl`, followed by a button
 * that opens the file in the system's PDF viewer.
 */
export function showSaved(statusEl, messageId, path) {
  setText(statusEl, messageId, { path });
  const lower = String(path).toLowerCase();
  if (!path || !/\.(pdf|json|tandem)$/.test(lower)) return;
  // Any saved file can be copied to a folder of the worker's choice (an export).
  const [copy, said] = copyButton(statusEl, path);
  // Only PDFs open in the system's viewer (a hand-over or JSON file is only shown).
  if (!lower.endsWith('.pdf')) {
    statusEl.append(' ', copy, said);
    return;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-small open-document';
  button.textContent = t('document-open');
  button.addEventListener('click', async () => {
    try {
      await openDocument(path);
    } catch (err) {
      statusEl.textContent = err.message;
    }
  });
  statusEl.append(' ', button, ' ', copy, said);
}
