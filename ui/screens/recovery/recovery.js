// The recovery code, shown once after the vault is created, with its printed sheet.
import { $ } from '../../dom.js';
import { formatDate, setPlainText } from '../../i18n.js';

const hooks = {
  done: () => {}, // the worker has kept the code: go in
};

/** Show `code` for `profile` (the screen itself is shown by the caller). */
export function fillRecovery(code, profile) {
  const p = profile || {};
  setPlainText($('recovery-code'), code || '');
  setPlainText($('print-code'), code || '');
  setPlainText($('print-ocmw'), p.ocmw_name || '');
  setPlainText($('print-worker'), p.worker_name || '');
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  $('print-date').setAttribute('data-iso', iso);
  setPlainText($('print-date'), formatDate(iso));
  $('recovery-confirm').checked = false;
  $('recovery-continue').disabled = true;
}

function leaveRecovery() {
  // Shown once: remove the code from the page.
  for (const id of ['recovery-code', 'print-code']) setPlainText($(id), '');
  $('recovery-confirm').checked = false;
  $('recovery-continue').disabled = true;
  hooks.done();
}

/** The printed sheet's date in the language now chosen. */
export function redatePrintSheet() {
  const printDate = $('print-date').getAttribute('data-iso');
  if (printDate) setPlainText($('print-date'), formatDate(printDate));
}

/** Wire the screen (once, at start). */
export function initRecovery({ done } = {}) {
  hooks.done = done || hooks.done;
  $('recovery-confirm').addEventListener('change', () => {
    $('recovery-continue').disabled = !$('recovery-confirm').checked;
  });
  $('recovery-print').addEventListener('click', () => window.print());
  $('recovery-continue').addEventListener('click', leaveRecovery);
}
