// Saved documents: say where the PDF went and offer to open it in the system viewer to read or print.
import { openDocument } from './api.js';
import { setText, t } from './i18n.js';

/**
 * Show "Saved as …" (message `messageId` with `{ $path }`) in `statusEl`, followed by a button
 * that opens the file in the system's PDF viewer.
 */
export function showSaved(statusEl, messageId, path) {
  setText(statusEl, messageId, { path });
  // Only PDFs open in the system's viewer (a hand-over or JSON file is only shown).
  if (!String(path).toLowerCase().endsWith('.pdf')) return;
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
  statusEl.append(' ', button);
}
