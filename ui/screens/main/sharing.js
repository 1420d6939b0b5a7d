// Sharing and access on the person page: the box as a whole, following the person in the form, and its wiring.
import { $, clearErrorsOnEdit } from '../../dom.js';
import { onLanguageChange } from '../../i18n.js';
import { todayIso } from '../../values.js';
import { giveConsent, loadConsents, renderConsents, renderConsentSelects, renderHandoverRecipient, renderShareRecipient, resetConsentForm } from './consent.js';
import { closeFile, renderFile, reopenFile } from './file.js';
import { clearStatuses, hooks, same, state } from './gate.js';
import { exportCopy, handOver, resetHandoverForm } from './handover.js';
import { loadDocChoices, loadShares, recordShare, renderLog, resetShareForm } from './shares.js';

function resetAll() {
  state.seq += 1;
  state.consents = [];
  state.consentsLoaded = false;
  state.shares = [];
  state.sharesLoaded = false;
  clearStatuses();
  resetConsentForm();
  resetShareForm();
  resetHandoverForm();
  $('file-close-date').value = todayIso();
  renderConsents();
  renderConsentSelects();
  renderLog();
}

/**
 * The person shown on the page (as person.get gave it), or null for none. Another person:
 * everything is emptied and read again; the same one: only the state of the file is updated.
 */
export function setSharingPerson(p) {
  const id = p && p.id !== undefined && p.id !== null ? p.id : null;
  if (id === null) {
    if (state.personId !== null) {
      state.personId = null;
      state.file = null;
      resetAll();
    }
    renderFile();
    return;
  }
  state.file = { closed_on: p.closed_on || null, retention_until: p.retention_until || null };
  if (!same(id, state.personId)) {
    state.personId = id;
    resetAll();
    loadConsents();
    loadShares();
  }
  renderFile();
}

/** Wire the section (once, at start). changed(): after the file was closed or reopened. */
export function initSharing({ changed } = {}) {
  Object.assign(hooks, { changed: changed || hooks.changed });
  clearErrorsOnEdit($('sharing'));
  const submit = (form, action) => form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    action();
  });
  submit($('consent-form'), giveConsent);
  submit($('share-form'), recordShare);
  submit($('handover-form'), handOver);
  $('share-consent').addEventListener('change', renderShareRecipient);
  $('handover-consent').addEventListener('change', renderHandoverRecipient);
  $('share-doc-kind').addEventListener('change', loadDocChoices);
  $('person-export').addEventListener('click', exportCopy);
  $('file-close').addEventListener('click', closeFile);
  $('file-reopen').addEventListener('click', reopenFile);
  $('consent-given-on').value = todayIso();
  $('file-close-date').value = todayIso();
  renderConsentSelects();
  renderFile();

  onLanguageChange(() => {
    renderConsents();
    renderConsentSelects();
    renderLog();
    renderFile();
    if ($('share-doc-kind').value) loadDocChoices();
  });
}
