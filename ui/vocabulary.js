// The field's lists (conditions, findings, kinds of evidence and of income, categories, relations…) as the core gives them (`app.vocabulary`): one source, so that a value added in the core shows in the window with no change here.
import { call } from './api.js';
import { el } from './dom.js';

/** name → the list's values, one array per list for the whole session (filled in place). */
const values = new Map();
/** name → the terms {value, key, group} as the core gave them. */
const terms = new Map();

/**
 * The values of list `name` (`conditions`, `resource_kinds`…): an array that modules may keep
 * from the start; it is filled when the vocabulary is loaded, before any screen is wired.
 */
export function list(name) {
  if (!values.has(name)) values.set(name, []);
  return values.get(name);
}

/** The terms of list `name`: [{value, key, group?}]. */
export function termsOf(name) {
  return terms.get(name) || [];
}

/** Ask the core for the vocabulary (no unlock needed) and fill every list in place. */
export async function loadVocabulary() {
  const answer = await call('app.vocabulary');
  for (const [name, list_] of Object.entries(answer || {})) {
    const t = Array.isArray(list_) ? list_ : [];
    terms.set(name, t);
    const v = list(name);
    v.length = 0;
    v.push(...t.map((x) => x.value));
  }
}

/**
 * Fill every `<select data-vocabulary="name">` under `root` with the list's options, after the
 * options already there (a "Choose…"). With `data-vocabulary-groups="groups-list"` the options
 * are put in optgroups labelled by that list (e.g. resource kinds by resource group).
 */
export function fillSelects(root = document) {
  for (const select of Array.from(root.querySelectorAll('select[data-vocabulary]'))) {
    const name = select.getAttribute('data-vocabulary');
    const groupsName = select.getAttribute('data-vocabulary-groups');
    for (const o of Array.from(select.querySelectorAll('[data-vocabulary-option]'))) o.remove();
    const option = (t) => el('option', { value: t.value, i18n: t.key, 'data-vocabulary-option': '' });
    if (!groupsName) {
      for (const t of termsOf(name)) select.appendChild(option(t));
      continue;
    }
    for (const g of termsOf(groupsName)) {
      const members = termsOf(name).filter((t) => t.group === g.value);
      if (members.length === 0) continue;
      const group = el('optgroup', { 'data-i18n-label': g.key, 'data-vocabulary-option': '' }, members.map(option));
      select.appendChild(group);
    }
  }
}
