// The social report: its wiring on the request page (the card) and in the review mode, where it is read together and co-signed.
import { $, clearError, clearErrorsOnEdit } from '../../dom.js';
import { onLanguageChange, setPlainText } from '../../i18n.js';
import { createPad } from '../../pad.js';
import { compose, initAgenda, send, sendAnyway } from '../request/report.js';
import { clearPad, decline, leaveReview, noRemarks, openReview, readTogether, saveRemarks, signDrawn, signOnPaper } from './review.js';
import { hooks, pads, renderAll, saveDocument, SIGNERS, state } from './sheet.js';

/** Wire the report card and the review mode (once, at start). show(name): show a screen. */
export function initReport({ show } = {}) {
  Object.assign(hooks, { show: show || hooks.show });

  $('report-compose').addEventListener('click', compose);
  $('report-review').addEventListener('click', openReview);
  $('report-send').addEventListener('click', send);
  $('report-send-anyway').addEventListener('click', sendAnyway);
  initAgenda();
  $('report-save-pdf').addEventListener('click', () => saveDocument($('report-save-pdf'), 'report', state.reportId, null, $('report-status'), $('report-error')));
  $('doc-receipt').addEventListener('click', () => saveDocument($('doc-receipt'), 'receipt', state.requestId, null, $('doc-status'), $('doc-error')));
  $('doc-decision').addEventListener('click', () => saveDocument($('doc-decision'), 'decision', state.requestId, null, $('doc-status'), $('doc-error')));

  for (const signer of SIGNERS) {
    pads[signer] = createPad($(`pad-${signer}`), {
      onInk: () => {
        state.ink[signer] = true;
        clearError($(`sign-${signer}-error`));
        setPlainText($(`sign-${signer}-status`), '');
      },
    });
    $(`sign-${signer}`).addEventListener('click', () => signDrawn(signer));
    $(`clear-${signer}`).addEventListener('click', () => clearPad(signer));
    $(`paper-${signer}`).addEventListener('click', () => signOnPaper(signer));
  }
  $('decline-person').addEventListener('click', decline);

  const screen = $('screen-review');
  clearErrorsOnEdit(screen);
  $('review-remarks').addEventListener('input', () => {
    state.remarksDirty = true;
    setPlainText($('review-remarks-status'), '');
  });
  $('review-remarks-save').addEventListener('click', saveRemarks);
  $('review-no-remarks').addEventListener('click', noRemarks);
  $('review-read-together').addEventListener('click', readTogether);

  $('review-back').addEventListener('click', leaveReview);
  $('review-back-end').addEventListener('click', leaveReview);
  $('review-unsaved-leave').addEventListener('click', () => {
    const action = state.pending;
    for (const signer of SIGNERS) clearPad(signer);
    state.remarksDirty = false;
    $('review-decline-reason').value = '';
    if (action) action();
  });
  $('review-unsaved-keep').addEventListener('click', () => {
    $('review-unsaved-bar').hidden = true;
    state.pending = null;
    $('review-title').focus();
  });

  window.addEventListener('resize', () => {
    if (!screen.hidden) for (const signer of SIGNERS) pads[signer].fit();
  });

  onLanguageChange(() => {
    // Dates and step names are written in the UI language; the report itself stays in its own.
    if (!screen.hidden) renderAll(false);
  });
}
