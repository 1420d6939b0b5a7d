// The home panels beside the deadlines: import a hand-over from a colleague, and the closed files past their retention period (erased after a confirmation inside the page).
import { call } from '../../api.js';
import { $, el, clear, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';
import { isTogether } from '../../together.js';

const state = {
  due: [],          // retention.due
  loaded: false,
  seq: 0,
  confirming: null, // person_id whose erasure waits for the confirmation
};

let hooks = {
  openPerson: () => {}, // openPerson(personId): show an imported file
  erased: () => {},     // after an erasure: the list and the deadlines
};

function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

function same(a, b) {
  return a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);
}

// ---------- import a hand-over ----------


function resolveImportField(field) {
  if (field === 'passphrase') return $('handover-import-pass');
  if (field === 'bundle' || field === 'path') return $('handover-file');
  return null;
}

async function importHandover() {
  const form = $('handover-import-form');
  clearFieldErrors(form);
  clearError($('handover-import-error'));
  setPlainText($('handover-import-status'), '');
  const input = $('handover-file');
  const pass = $('handover-import-pass');
  const path = input.value.trim(); // chosen in the system's dialog (choose.js)
  if (path === '') {
    markFieldError(input, t('import-file-required'));
    return;
  }
  if (pass.value === '') {
    markFieldError(pass, t('error-required', { field: t('field-passphrase') }));
    return;
  }
  const button = $('handover-import');
  setBusy(button, true);
  let result;
  try {
    result = await call('handover.import', { path, passphrase: pass.value });
  } catch (err) {
    showFormError(err, $('handover-import-error'), resolveImportField);
    return;
  } finally {
    setBusy(button, false);
  }
  pass.value = '';
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  setText($('handover-import-status'), 'import-done');
  if (result && result.person_id !== undefined && result.person_id !== null) await hooks.openPerson(result.person_id);
}

/** Empty the passphrase of the import (on lock). */
export function clearHomeSecrets() {
  $('handover-import-pass').value = '';
}

// ---------- files past their retention period ----------

function focusEraseButton(personId) {
  const button = $('retention-due').querySelector(`li[data-id="${CSS.escape(str(personId))}"] .retention-erase`);
  (button || $('retention-title')).focus();
}

function render() {
  const list = $('retention-due');
  clear(list);
  if (isTogether()) return; // nothing about other persons while the person reads along
  for (const d of state.due) {
    const id = str(d.person_id);
    const nameId = `retention-${id}-name`;
    const item = el('li', { class: 'item retention-item', 'data-id': id }, [
      el('div', { class: 'item-text' }, [
        el('span', { id: nameId, class: 'item-head', text: str(d.display_name) }),
        el('span', {
          class: 'item-note',
          text: t('retention-line', { closed: formatDate(d.closed_on), until: formatDate(d.retention_until) }),
        }),
      ]),
    ]);
    if (same(state.confirming, d.person_id)) {
      const questionId = `retention-${id}-question`;
      const question = el('p', {
        id: questionId,
        tabindex: '-1',
        text: t('retention-confirm-text', { name: str(d.display_name) }),
      });
      const yes = el('button', {
        type: 'button',
        class: 'btn btn-danger btn-small retention-erase-confirm',
        'aria-describedby': questionId,
        i18n: 'retention-erase-confirm',
      });
      const no = el('button', { type: 'button', class: 'btn btn-small retention-erase-cancel', i18n: 'retention-erase-cancel' });
      const cancel = () => {
        state.confirming = null;
        render();
        focusEraseButton(id);
      };
      yes.addEventListener('click', () => erase(d, yes));
      no.addEventListener('click', cancel);
      const box = el('div', { class: 'retention-confirm', role: 'group', 'aria-labelledby': questionId }, [
        question,
        el('div', { class: 'actions' }, [yes, no]),
      ]);
      box.addEventListener('keydown', (ev) => {
        if (ev.key === 'Escape' && !ev.defaultPrevented) {
          ev.preventDefault();
          cancel();
        }
      });
      item.appendChild(box);
    } else {
      const button = el('button', {
        type: 'button',
        class: 'btn btn-small retention-erase',
        'aria-describedby': nameId,
        i18n: 'retention-erase',
      });
      button.addEventListener('click', () => {
        state.confirming = d.person_id;
        clearError($('retention-error'));
        setPlainText($('retention-status'), '');
        render();
        const q = $(`retention-${id}-question`);
        if (q) q.focus();
      });
      item.appendChild(button);
    }
    list.appendChild(item);
  }
  $('retention-empty').hidden = !state.loaded || state.due.length > 0;
}

/** Ask the core for the closed files past their retention period and list them. */
export async function refreshRetention() {
  if (isTogether()) return;
  const seq = ++state.seq;
  try {
    const due = await call('retention.due', {});
    if (seq !== state.seq) return;
    state.due = Array.isArray(due) ? due : [];
    state.loaded = true;
    if (state.confirming !== null && !state.due.some((d) => same(d.person_id, state.confirming))) state.confirming = null;
    clearError($('retention-error'));
    render();
  } catch (err) {
    if (seq === state.seq) showError($('retention-error'), err);
  }
}

async function erase(d, button) {
  clearError($('retention-error'));
  setBusy(button, true);
  try {
    await call('person.erase', { person_id: d.person_id });
  } catch (err) {
    setBusy(button, false);
    showError($('retention-error'), err);
    return;
  }
  state.confirming = null;
  setText($('retention-status'), 'retention-erased');
  await refreshRetention();
  hooks.erased();
  $('retention-title').focus();
}

// ---------- wiring ----------

/** Wire the panels (once, at start). openPerson(id) shows an imported file; erased() after an erasure. */
export function initHome({ openPerson, erased } = {}) {
  hooks = { openPerson: openPerson || hooks.openPerson, erased: erased || hooks.erased };
  const form = $('handover-import-form');
  clearErrorsOnEdit(form);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    importHandover();
  });
  onLanguageChange(render);
}
