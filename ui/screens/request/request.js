// The request page: one request for an income from receipt to decision (six conditions, visits, resources, category, calculation, decision, social report).
import { call } from '../../api.js';
import { $, el, clear, clearError, clearErrorsOnEdit, clearFieldErrors, markFieldError, setBusy, showError, showFormError } from '../../dom.js';
import { formatDate, onLanguageChange, setPlainText, setText, t } from '../../i18n.js';
import { openReportCard, reloadReportCard } from '../review/report.js';
import { centsToInput, daysFromToday, formatCents, parseEuros } from '../../values.js';

export const CONDITIONS = ['residence', 'age', 'nationality', 'resources', 'work_readiness', 'other_benefits'];
const FINDINGS = ['met', 'not_met', 'to_check'];
const EVIDENCE_KINDS = ['document', 'home_visit', 'statement', 'official_source', 'bank_statement'];
const ASSIMILATIONS = ['married_minor', 'child_in_care', 'pregnant'];
const GROUPS = ['belgian', 'eu', 'population_register', 'stateless', 'refugee', 'subsidiary_protection', 'other'];
const OBSTACLES = ['health', 'disability', 'care_duties', 'studies', 'other'];
const PURPOSES = ['residence', 'household', 'resources'];
const CATEGORIES = ['cohabitant', 'single', 'family'];
const COUNTABLE_BY_CHOICE = new Set(['parent', 'adult_child', 'maintenance_debtor']);
/** Kinds given as a capital or a cadastral income, not as an income a month or a year. */
const CAPITAL_KINDS = new Set(['savings', 'real_estate', 'property_sale']);
const SOON_DAYS = 7;
/** Forms that add an item: empty, they hold nothing to lose. */
const ADD_FORMS = /^cond-[a-z_]+-ev-form$|^visit-form$|^resource-form$/;

const state = {
  id: null,            // id of the request on the page
  personId: null,      // its person
  personName: '',      // display name known from where the page was opened
  view: null,          // last view from the core
  dirty: new Set(),    // ids of forms with edits not saved yet
  edits: new Map(),    // form id → count of edits, to see edits made while a save runs
  loadSeq: 0,
  pending: null,       // action waiting on the unsaved-changes bar
};

let hooks = {
  back: () => {},      // back(personId, requestId): show the person again
  changed: () => {},   // after every change (deadlines refresh)
};

// ---------- small helpers ----------

function str(v) {
  return v === null || v === undefined ? '' : String(v);
}

function orNull(v) {
  const s = str(v).trim();
  return s === '' ? null : s;
}

function option(value, id) {
  return el('option', { value, i18n: id });
}

function field(input, labelId, extra = []) {
  return el('div', { class: 'field' }, [el('label', { for: input.id, i18n: labelId }), input, ...extra]);
}

function choice(input, labelId) {
  return el('span', { class: 'choice' }, [input, el('label', { for: input.id, i18n: labelId })]);
}

function radioValue(name) {
  const checked = document.querySelector(`#screen-request input[name="${name}"]:checked`);
  return checked ? checked.value : null;
}

function setRadio(name, value) {
  for (const r of Array.from(document.querySelectorAll(`#screen-request input[name="${name}"]`))) r.checked = r.value === value;
}

function conditionOf(view, c) {
  const list = view && Array.isArray(view.conditions) ? view.conditions : [];
  return list.find((x) => x && x.condition === c) || list[CONDITIONS.indexOf(c)] || null;
}

function overrideOf(view) {
  if (!view) return null;
  if (view.override) return view.override;
  return view.calculation && view.calculation.override ? view.calculation.override : null;
}

function personNameOf(view) {
  if (!view) return state.personName;
  return view.display_name || view.person_display_name || (view.person && view.person.display_name) || state.personName;
}

/** "€ 1.314,20 a year (€ 109,52 a month)" */
function yearMonth(yearly, monthly) {
  const m = typeof monthly === 'number' ? monthly : Math.round(yearly / 12);
  return t('amount-year-month', { yearly: formatCents(yearly), monthly: formatCents(m) });
}

/** Text and class of a due date: days left, today, or overdue. */
export function dueInfo(days) {
  if (days === null || days === undefined) return { text: '', cls: '' };
  if (days < 0) return { text: t('due-overdue', { days: -days }), cls: 'is-overdue' };
  if (days === 0) return { text: t('due-today'), cls: 'is-soon' };
  return { text: t('due-days-left', { days }), cls: days <= SOON_DAYS ? 'is-soon' : '' };
}

// ---------- building the six condition cards (once) ----------

function buildConditionCard(c) {
  const base = `cond-${c}`;
  const findingRadios = FINDINGS.map((f) => choice(
    el('input', { type: 'radio', name: `finding-${c}`, id: `${base}-finding-${f}`, value: f }),
    `finding-${f}`,
  ));
  const findingGroup = el('fieldset', { class: 'field choice-group finding-group', id: `${base}-finding` }, [
    el('legend', { class: 'legend-small', i18n: 'field-finding' }),
    el('div', { class: 'choice-row' }, findingRadios),
  ]);

  const parts = [];
  if (c === 'age') {
    const radios = [
      choice(el('input', { type: 'radio', name: 'assimilation', id: `${base}-assimilation-none`, value: '' }), 'assimilation-none'),
      ...ASSIMILATIONS.map((a) => choice(el('input', { type: 'radio', name: 'assimilation', id: `${base}-assimilation-${a}`, value: a }), `assimilation-${a}`)),
    ];
    parts.push(el('fieldset', { class: 'field choice-group', id: `${base}-assimilation` }, [
      el('legend', { class: 'legend-small', i18n: 'assimilation-legend' }),
      el('div', { class: 'choice-row' }, radios),
      el('p', { class: 'hint', i18n: 'assimilation-hint' }),
    ]));
  } else if (c === 'nationality') {
    const select = el('select', { id: `${base}-group`, 'aria-describedby': `${base}-group-hint` }, [
      option('', 'choose'),
      ...GROUPS.map((g) => option(g, `group-${g}`)),
    ]);
    parts.push(field(select, 'nationality-group-label', [el('p', { id: `${base}-group-hint`, class: 'hint', i18n: 'nationality-group-hint' })]));
  } else if (c === 'work_readiness') {
    const boxes = OBSTACLES.map((o) => choice(el('input', { type: 'checkbox', id: `${base}-obstacle-${o}`, value: o }), `obstacle-${o}`));
    parts.push(el('fieldset', { class: 'field choice-group', id: `${base}-obstacles` }, [
      el('legend', { class: 'legend-small', i18n: 'obstacles-legend' }),
      el('div', { class: 'choice-row' }, boxes),
      el('p', { class: 'hint', i18n: 'obstacles-hint' }),
    ]));
  }

  const explanation = el('textarea', { id: `${base}-explanation`, rows: '3', 'aria-describedby': `${base}-explanation-hint` });
  const form = el('form', { id: `${base}-form`, novalidate: true, 'aria-labelledby': `${base}-title` }, [
    findingGroup,
    ...parts,
    field(explanation, 'field-explanation', [el('p', { id: `${base}-explanation-hint`, class: 'hint', i18n: 'explanation-hint' })]),
    el('div', { class: 'actions' }, [
      el('button', { type: 'submit', id: `${base}-save`, class: 'btn btn-primary cond-save', i18n: 'condition-save' }),
      el('p', { id: `${base}-status`, class: 'status', role: 'status' }),
    ]),
    el('p', { id: `${base}-error`, class: 'form-error', role: 'alert' }),
  ]);

  // Evidence: list and add form.
  const kind = el('select', { id: `${base}-ev-kind` }, EVIDENCE_KINDS.map((k) => option(k, `evidence-${k}`)));
  const description = el('input', { id: `${base}-ev-description`, type: 'text', autocomplete: 'off', 'aria-required': 'true' });
  const seenOn = el('input', { id: `${base}-ev-seen-on`, type: 'date', min: '1900-01-01', 'aria-describedby': `${base}-ev-seen-on-hint` });
  const bankReason = el('textarea', { id: `${base}-ev-bank-reason`, rows: '2', 'aria-required': 'true', 'aria-describedby': `${base}-ev-bank-hint` });
  const bankField = el('div', { class: 'field bank-field', id: `${base}-ev-bank-field`, hidden: true }, [
    el('label', { for: bankReason.id, i18n: 'field-bank-reason' }),
    bankReason,
    el('p', { id: `${base}-ev-bank-hint`, class: 'hint notice-inline', i18n: 'bank-reminder' }),
  ]);
  const evForm = el('form', { id: `${base}-ev-form`, class: 'subform', novalidate: true, 'aria-labelledby': `${base}-ev-legend ${base}-title` }, [
    el('h4', { id: `${base}-ev-legend`, class: 'h-sub', i18n: 'evidence-add-legend' }),
    el('div', { class: 'ev-grid' }, [
      field(kind, 'field-evidence-kind'),
      field(description, 'field-description'),
      field(seenOn, 'field-seen-on', [el('p', { id: `${base}-ev-seen-on-hint`, class: 'hint', i18n: 'hint-optional' })]),
    ]),
    bankField,
    el('div', { class: 'actions' }, [
      el('button', { type: 'submit', id: `${base}-ev-add`, class: 'btn', i18n: 'evidence-add' }),
      el('p', { id: `${base}-ev-status`, class: 'status', role: 'status' }),
    ]),
    el('p', { id: `${base}-ev-error`, class: 'form-error', role: 'alert' }),
  ]);
  kind.addEventListener('change', () => {
    bankField.hidden = kind.value !== 'bank_statement';
  });

  // Age: the core's proposal. Nationality: the route to the equivalent leefloon.
  let top = null;
  if (c === 'age') {
    top = el('div', { id: `${base}-proposal`, class: 'proposal', hidden: true }, [
      el('p', { class: 'proposal-line' }, [
        el('span', { i18n: 'proposal-label' }),
        document.createTextNode(' '),
        el('strong', { id: `${base}-proposal-finding` }),
      ]),
      el('p', { id: `${base}-proposal-text`, class: 'proposal-text' }),
      el('button', { type: 'button', id: `${base}-use-proposal`, class: 'btn btn-small', i18n: 'proposal-use' }),
    ]);
  } else if (c === 'nationality') {
    top = el('div', { id: `${base}-routing`, class: 'routing', hidden: true }, [
      el('p', { id: `${base}-routing-text`, class: 'routing-text' }),
      el('button', { type: 'button', id: `${base}-route`, class: 'btn btn-primary btn-small', i18n: 'routing-button' }),
    ]);
  }

  const number = CONDITIONS.indexOf(c) + 1;
  return el('section', { id: base, class: 'card cond-card', 'aria-labelledby': `${base}-title`, 'data-condition': c }, [
    el('div', { class: 'cond-head' }, [
      el('span', { class: 'cond-number', 'aria-hidden': 'true', text: String(number) }),
      el('h3', { id: `${base}-title`, class: 'cond-title', i18n: `condition-${c}` }),
      el('span', { id: `${base}-badge`, class: 'badge' }),
    ]),
    el('p', { class: 'hint cond-explain', i18n: `condition-${c}-explain` }),
    c === 'work_readiness' ? el('p', { class: 'notice', i18n: 'work-readiness-stance' }) : null,
    top,
    form,
    el('div', { class: 'evidence' }, [
      el('h4', { class: 'h-sub', i18n: 'evidence-title' }),
      el('ul', { id: `${base}-evidence`, class: 'item-list evidence-list' }),
      el('p', { id: `${base}-evidence-empty`, class: 'empty-state', i18n: 'evidence-empty' }),
      evForm,
    ]),
  ]);
}

// ---------- reading the forms ----------

function readDetail(c) {
  const base = `cond-${c}`;
  if (c === 'age') {
    const v = radioValue('assimilation');
    return { assimilation: v ? v : null };
  }
  if (c === 'nationality') {
    const v = $(`${base}-group`).value;
    return { group: v ? v : null };
  }
  if (c === 'work_readiness') {
    return { obstacles: OBSTACLES.filter((o) => $(`${base}-obstacle-${o}`).checked) };
  }
  return {};
}

function fillDetail(c, detail) {
  const d = detail && typeof detail === 'object' ? detail : {};
  const base = `cond-${c}`;
  if (c === 'age') {
    setRadio('assimilation', ASSIMILATIONS.includes(d.assimilation) ? d.assimilation : '');
  } else if (c === 'nationality') {
    $(`${base}-group`).value = GROUPS.includes(d.group) ? d.group : '';
  } else if (c === 'work_readiness') {
    const list = Array.isArray(d.obstacles) ? d.obstacles : [];
    for (const o of OBSTACLES) $(`${base}-obstacle-${o}`).checked = list.includes(o);
  }
}

// ---------- rendering a view ----------

function canFill(formId, savedForm, fresh) {
  return fresh || formId === savedForm || !state.dirty.has(formId);
}

function filled(formId) {
  state.dirty.delete(formId);
}

function renderClock(dateEl, leftEl, itemEl, iso, active, emptyId) {
  if (iso) setPlainText(dateEl, formatDate(iso));
  else setText(dateEl, emptyId);
  itemEl.classList.remove('is-soon', 'is-overdue');
  if (iso && active) {
    const info = dueInfo(daysFromToday(iso));
    setPlainText(leftEl, info.text);
    if (info.cls) itemEl.classList.add(info.cls);
  } else {
    setPlainText(leftEl, '');
  }
}

function kindText(view) {
  const kind = view.kind || 'leefloon';
  const label = t(`request-kind-${kind}`);
  return kind === 'other' && view.other_label ? `${label}: ${view.other_label}` : label;
}

function renderHeader(view, savedForm, fresh) {
  const name = personNameOf(view);
  setText($('req-title'), 'req-title', { name });
  setPlainText($('req-person'), name);
  setPlainText($('req-kind'), kindText(view));
  setPlainText($('req-received-on'), formatDate(view.received_on));
  if (view.received_by) setPlainText($('req-received-by'), view.received_by);
  else setText($('req-received-by'), 'not-recorded');
  setText($('req-status'), `request-status-${view.status || 'open'}`);

  const deadlines = view.deadlines || {};
  const decision = view.decision || null;
  renderClock($('req-decision-due'), $('req-decision-left'), $('req-clock-decision'),
    deadlines.decision_due, (view.status || 'open') === 'open' && !decision, 'not-recorded');
  renderClock($('req-notification-due'), $('req-notification-left'), $('req-clock-notification'),
    deadlines.notification_due, Boolean(decision) && !decision.notified_on && view.status !== 'withdrawn', 'req-notification-after');

  if (canFill('req-dates-form', savedForm, fresh)) {
    $('req-receipt-on').value = str(view.receipt_given_on);
    $('req-hearing-on').value = str(view.hearing_notice_given_on);
    filled('req-dates-form');
  }
  if (canFill('req-withdrawn-form', savedForm, fresh)) {
    $('req-withdrawn-on').value = str(view.withdrawn_on);
    filled('req-withdrawn-form');
  }
}

function evidenceItem(c, ev, index) {
  const textId = `cond-${c}-ev-${index}-text`;
  const head = [t(`evidence-${ev.kind}`)];
  if (ev.seen_on) head.push(formatDate(ev.seen_on));
  const remove = el('button', { type: 'button', class: 'btn btn-quiet btn-small item-remove', i18n: 'remove', 'aria-describedby': textId, 'data-remove': String(ev.id) });
  remove.addEventListener('click', () => removeItem('evidence.remove', ev.id, {
    statusEl: $(`cond-${c}-ev-status`),
    alertEl: $(`cond-${c}-ev-error`),
    list: $(`cond-${c}-evidence`),
    index,
    fallback: $(`cond-${c}-ev-kind`),
  }));
  return el('li', { class: 'item' }, [
    el('div', { id: textId, class: 'item-text' }, [
      el('span', { class: 'item-head', text: head.join(' · ') }),
      ev.description ? el('span', { class: 'item-body', text: ev.description }) : null,
      ev.bank_reason ? el('span', { class: 'item-note', text: t('evidence-bank-reason-shown', { reason: ev.bank_reason }) }) : null,
    ]),
    remove,
  ]);
}

function renderCondition(view, c, savedForm, fresh) {
  const data = conditionOf(view, c) || {};
  const base = `cond-${c}`;
  const formId = `${base}-form`;
  if (canFill(formId, savedForm, fresh)) {
    setRadio(`finding-${c}`, FINDINGS.includes(data.finding) ? data.finding : null);
    $(`${base}-explanation`).value = str(data.explanation);
    fillDetail(c, data.detail);
    filled(formId);
  }
  const badge = $(`${base}-badge`);
  badge.className = 'badge';
  if (FINDINGS.includes(data.finding)) {
    setText(badge, `finding-${data.finding}`);
    badge.classList.add(`badge-${data.finding}`);
  } else {
    setText(badge, 'finding-none');
  }

  const list = $(`${base}-evidence`);
  clear(list);
  const evidence = Array.isArray(data.evidence) ? data.evidence : [];
  evidence.forEach((ev, i) => list.appendChild(evidenceItem(c, ev, i)));
  $(`${base}-evidence-empty`).hidden = evidence.length > 0;

  if (c === 'age') {
    const box = $(`${base}-proposal`);
    const p = data.proposal;
    box.hidden = !p;
    if (p) {
      if (FINDINGS.includes(p.finding)) setText($(`${base}-proposal-finding`), `finding-${p.finding}`);
      else setPlainText($(`${base}-proposal-finding`), str(p.finding));
      setPlainText($(`${base}-proposal-text`), str(p.text));
      $(`${base}-use-proposal`).hidden = !FINDINGS.includes(p.finding);
      $(`${base}-use-proposal`).setAttribute('data-finding', str(p.finding));
    }
  } else if (c === 'nationality') {
    const box = $(`${base}-routing`);
    const routed = data.routing === 'equivalent';
    box.hidden = !routed;
    if (routed) {
      if (data.routing_text) setPlainText($(`${base}-routing-text`), data.routing_text);
      else setText($(`${base}-routing-text`), 'nationality-route-equivalent');
      $(`${base}-route`).hidden = view.kind === 'equivalent';
    }
  }
}

function visitItem(v, index) {
  const textId = `visit-${index}-text`;
  const announced = v.announced === false
    ? t('visit-unannounced', { reason: str(v.unannounced_reason) })
    : t('visit-was-announced');
  const purposes = (Array.isArray(v.purposes) ? v.purposes : []).map((p) => t(`purpose-${p}`)).join(', ');
  const remove = el('button', { type: 'button', class: 'btn btn-quiet btn-small item-remove', i18n: 'remove', 'aria-describedby': textId, 'data-remove': String(v.id) });
  remove.addEventListener('click', () => removeItem('visit.remove', v.id, {
    statusEl: $('visit-status'), alertEl: $('visit-error'), list: $('visit-list'), index, fallback: $('visit-on'),
  }));
  return el('li', { class: 'item' }, [
    el('div', { id: textId, class: 'item-text' }, [
      el('span', { class: 'item-head', text: `${formatDate(v.visited_on)} · ${announced}` }),
      purposes ? el('span', { class: 'item-note', text: t('visit-purposes-shown', { purposes }) }) : null,
      v.findings ? el('span', { class: 'item-body', text: v.findings }) : null,
    ]),
    remove,
  ]);
}

function resourceRow(r, index) {
  const textId = `res-row-${index}-kind`;
  const remove = el('button', { type: 'button', class: 'btn btn-quiet btn-small item-remove', i18n: 'remove', 'aria-describedby': textId, 'data-remove': String(r.id) });
  remove.addEventListener('click', () => removeItem('resource.remove', r.id, {
    statusEl: $('res-status'), alertEl: $('resource-list-error'), list: $('resource-rows'), index, fallback: $('res-kind'),
  }));
  const capital = CAPITAL_KINDS.has(r.kind);
  let amount = capital ? formatCents(r.amount_cents) : `${formatCents(r.amount_cents)} ${t(`period-${r.period}`)}`;
  if (!capital && r.period === 'month' && Number.isInteger(r.months) && r.months < 12) amount += ` · ${t('resource-months-shown', { months: r.months })}`;
  const whose = r.member ? `${t(`whose-${r.whose}`)} (${r.member})` : t(`whose-${r.whose}`);
  const details = [str(r.description), str(r.legal_ground), r.sold_on ? formatDate(r.sold_on) : '']
    .filter((x) => x).join(' · ');
  return el('tr', { class: r.counts ? 'is-counted' : 'is-not-counted' }, [
    el('td', { id: textId, text: t(`resource-kind-${r.kind}`) }),
    el('td', { text: whose }),
    el('td', { class: 'num amount', text: amount }),
    el('td', { text: details }),
    el('td', {}, [
      el('span', { class: r.counts ? 'why why-counts' : 'why why-not', text: str(r.why) }),
      r.motivation ? el('span', { class: 'item-note', text: t('resource-motivation-shown', { motivation: r.motivation }) }) : null,
    ]),
    el('td', { class: 'cell-action' }, [remove]),
  ]);
}

function renderCategory(view, savedForm, fresh) {
  const cat = view.category || {};
  if (CATEGORIES.includes(cat.proposed)) setText($('cat-proposed'), `category-${cat.proposed}`);
  else setText($('cat-proposed'), 'not-recorded');
  setPlainText($('cat-proposal-reason'), str(cat.proposal_reason));
  if (canFill('category-form', savedForm, fresh)) {
    const chosen = CATEGORIES.includes(cat.chosen) ? cat.chosen : null;
    setRadio('category', chosen || (CATEGORIES.includes(cat.proposed) ? cat.proposed : null));
    $('cat-reason').value = str(cat.reason);
    filled('category-form');
  }
  if (CATEGORIES.includes(cat.chosen)) setText($('cat-current'), 'category-current', { category: t(`category-${cat.chosen}`) });
  else setText($('cat-current'), 'category-not-saved');
  $('cat-current').classList.toggle('is-pending', !CATEGORIES.includes(cat.chosen));
}

function renderCalculation(view, savedForm, fresh) {
  const calc = view.calculation || null;
  const override = overrideOf(view);
  $('calc-empty').hidden = Boolean(calc);
  const problem = $('calc-problem');
  const done = $('calc-done');
  if (calc && calc.error) {
    problem.hidden = false;
    setPlainText(problem, str(calc.error.message));
    done.hidden = true;
  } else {
    problem.hidden = true;
    setPlainText(problem, '');
    done.hidden = !calc;
    const steps = $('calc-steps');
    clear(steps);
    const warnings = $('calc-warnings');
    clear(warnings);
    const list = calc && Array.isArray(calc.warnings) ? calc.warnings : [];
    for (const w of list) warnings.appendChild(el('li', { text: str(w) }));
    warnings.hidden = list.length === 0;
    if (calc) {
      for (const s of Array.isArray(calc.steps) ? calc.steps : []) {
        if (s && s.step === 'warning') continue;
        steps.appendChild(el('li', { text: str(s && s.text) }));
      }
      setPlainText($('calc-yearly'), formatCents(calc.yearly_cents));
      setPlainText($('calc-monthly'), formatCents(calc.monthly_cents));
      const row = calc.amount_row || {};
      setText($('calc-row'), 'calculation-row-from', { date: formatDate(row.valid_from) });
    }
  }

  const box = $('calc-override');
  box.hidden = !override;
  if (override) {
    setPlainText($('calc-override-amount'), yearMonth(override.yearly_cents, override.monthly_cents));
    setPlainText($('calc-override-motivation'), str(override.motivation));
  }
  $('ov-remove').hidden = !override;
  if (canFill('override-form', savedForm, fresh)) {
    $('ov-yearly').value = override ? centsToInput(override.yearly_cents) : '';
    $('ov-motivation').value = override ? str(override.motivation) : '';
    filled('override-form');
  }
}

/** The amount a decision would grant by default: the override, else the calculation. */
function defaultYearly(view) {
  const override = overrideOf(view);
  if (override && Number.isInteger(override.yearly_cents)) return override.yearly_cents;
  const calc = view.calculation;
  if (calc && !calc.error && Number.isInteger(calc.yearly_cents)) return calc.yearly_cents;
  return null;
}

function showOutcomeGroups() {
  const outcome = radioValue('outcome');
  const grant = outcome === 'granted' || outcome === 'partly_granted';
  $('dec-grant-group').hidden = !grant;
  $('dec-refusal-group').hidden = outcome !== 'refused';
  showAmountMotivation(grant);
}

/** Another amount than the calculated one (or the worker's override) needs its own reason. */
function showAmountMotivation(grant = !$('dec-grant-group').hidden) {
  const fallback = state.view ? defaultYearly(state.view) : null;
  const typed = parseEuros(str($('dec-yearly').value).trim());
  const differs = grant && fallback !== null && typed !== null && typed !== undefined && typed !== fallback;
  const field = $('dec-amount-motivation-field');
  field.hidden = !differs;
  $('dec-amount-motivation').setAttribute('aria-required', differs ? 'true' : 'false');
}

function summaryLines(view) {
  const d = view.decision;
  const lines = [];
  lines.push(t('decision-summary-outcome', { outcome: t(`outcome-${d.outcome}`), date: formatDate(d.decided_on) }));
  if (d.outcome === 'refused') {
    if (d.refusal_condition) {
      const ground = d.refusal_condition === 'withdrawn' ? t('refusal-withdrawn') : t(`condition-${d.refusal_condition}`);
      lines.push(t('decision-summary-ground', { ground }));
    }
  } else {
    if (d.category) lines.push(t('decision-summary-category', { category: t(`category-${d.category}`) }));
    if (Number.isInteger(d.yearly_cents)) lines.push(t('decision-summary-amount', { amount: yearMonth(d.yearly_cents, d.monthly_cents) }));
    if (d.start_on) lines.push(t('decision-summary-start', { date: formatDate(d.start_on) }));
  }
  if (d.grounds) lines.push(t('decision-summary-grounds', { grounds: d.grounds }));
  if (d.letter_sent_on) lines.push(t('decision-summary-letter-sent', { date: formatDate(d.letter_sent_on) }));
  if (d.notified_on) {
    lines.push(t('decision-summary-notified', {
      date: formatDate(d.notified_on),
      how: d.notified_how ? t(`notified-${d.notified_how}`) : t('not-recorded'),
    }));
  } else {
    lines.push(t('decision-summary-not-notified'));
  }
  return lines;
}

function renderDecision(view, savedForm, fresh) {
  const d = view.decision || null;
  const override = overrideOf(view);
  const summary = $('dec-summary');
  summary.hidden = !d;
  const lines = $('dec-summary-lines');
  clear(lines);
  if (d) for (const line of summaryLines(view)) lines.appendChild(el('li', { text: line }));

  const note = $('dec-override-note');
  note.hidden = !override;
  if (override) {
    setPlainText($('dec-override-amount'), yearMonth(override.yearly_cents, override.monthly_cents));
    const calc = view.calculation;
    if (calc && !calc.error && Number.isInteger(calc.yearly_cents)) setPlainText($('dec-calculated-amount'), yearMonth(calc.yearly_cents, calc.monthly_cents));
    else setText($('dec-calculated-amount'), 'not-recorded');
    setPlainText($('dec-override-motivation'), str(override.motivation));
  }

  const fallback = defaultYearly(view);
  const hint = $('dec-yearly-hint');
  if (override) setText(hint, 'decision-amount-hint-override', { amount: formatCents(override.yearly_cents) });
  else if (fallback !== null) setText(hint, 'decision-amount-hint', { amount: formatCents(fallback) });
  else setText(hint, 'amount-hint');

  if (canFill('decision-form', savedForm, fresh)) {
    const cat = view.category || {};
    $('dec-decided-on').value = d ? str(d.decided_on) : '';
    setRadio('outcome', d ? d.outcome : null);
    $('dec-category').value = (d && d.category) || (CATEGORIES.includes(cat.chosen) ? cat.chosen : '');
    const yearly = d && Number.isInteger(d.yearly_cents) ? d.yearly_cents : fallback;
    $('dec-yearly').value = yearly === null ? '' : centsToInput(yearly);
    $('dec-start-on').value = d ? str(d.start_on) : '';
    $('dec-refusal-condition').value = (d && d.refusal_condition) || '';
    $('dec-grounds').value = d ? str(d.grounds) : '';
    $('dec-notified-on').value = d ? str(d.notified_on) : '';
    $('dec-notified-how').value = (d && d.notified_how) || '';
    $('dec-amount-motivation').value = d ? str(d.amount_motivation) : '';
    filled('decision-form');
  }
  showOutcomeGroups();
}

/**
 * Show `view`. Forms the worker is editing keep what they typed, except `savedForm` (just saved)
 * and everything when `fresh` (a newly opened request).
 */
function render(view, savedForm = null, fresh = false) {
  state.view = view;
  if (view.person_id !== undefined && view.person_id !== null) state.personId = view.person_id;
  renderHeader(view, savedForm, fresh);
  for (const c of CONDITIONS) renderCondition(view, c, savedForm, fresh);

  const visits = Array.isArray(view.visits) ? view.visits : [];
  clear($('visit-list'));
  visits.forEach((v, i) => $('visit-list').appendChild(visitItem(v, i)));
  $('visits-empty').hidden = visits.length > 0;

  const resources = Array.isArray(view.resources) ? view.resources : [];
  clear($('resource-rows'));
  resources.forEach((r, i) => $('resource-rows').appendChild(resourceRow(r, i)));
  $('resources-empty').hidden = resources.length > 0;
  $('resource-table').hidden = resources.length === 0;
  $('req-sp-exemption').checked = view.socio_professional_exemption === true;
  // The months of the exemption matter only when it applies.
  $('sp-details').hidden = view.socio_professional_exemption !== true;
  const sp = view.sp_months || {};
  $('sp-shortage').value = String(Number.isInteger(sp.shortage_months) ? sp.shortage_months : 0);
  if (document.activeElement !== $('sp-elsewhere')) $('sp-elsewhere').value = String(Number.isInteger(sp.used_elsewhere) ? sp.used_elsewhere : 0);
  setText($('sp-used'), 'sp-months-used', {
    file: Number(sp.used_in_file) || 0, elsewhere: Number(sp.used_elsewhere) || 0, total: Number(sp.total) || 36,
  });

  renderCategory(view, savedForm, fresh);
  renderCalculation(view, savedForm, fresh);
  renderDecision(view, savedForm, fresh);
}

// ---------- changes ----------

function resolverFor(map) {
  return (f) => {
    const id = map[f];
    if (!id) return null;
    const input = typeof id === 'function' ? id() : $(id);
    return input && !input.closest('[hidden]') ? input : null;
  };
}

/** A command's answer as a view: the view itself, or the request read again. */
async function asView(result) {
  if (result && typeof result === 'object' && Array.isArray(result.conditions)) return result;
  return call('request.get', { id: state.id });
}

function clearStatuses() {
  for (const s of Array.from($('screen-request').querySelectorAll('.status'))) setPlainText(s, '');
}

/**
 * Run a change command, then render the view it answers with.
 * opts: form, button, statusEl, alertEl, resolve(field) → input, onSuccess(), statusId.
 */
async function change(command, args, opts) {
  const { form, button, statusEl, alertEl } = opts;
  if (form) clearFieldErrors(form);
  clearError(alertEl);
  clearStatuses();
  const requestId = state.id;
  const editsBefore = form ? (state.edits.get(form.id) || 0) : 0;
  if (button) setBusy(button, true);
  let view;
  try {
    view = await asView(await call(command, args));
  } catch (err) {
    if (button) setBusy(button, false);
    showFormError(err, alertEl, opts.resolve || (() => null));
    return false;
  }
  if (button) setBusy(button, false);
  if (state.id !== requestId) return false;
  // Edits typed while the save ran stay on screen (and unsaved): the view does not overwrite them.
  const editedMeanwhile = form && (state.edits.get(form.id) || 0) !== editsBefore;
  if (form && !editedMeanwhile) state.dirty.delete(form.id);
  if (opts.onSuccess && !editedMeanwhile) opts.onSuccess();
  render(view, form && !editedMeanwhile ? form.id : null);
  setText(statusEl, opts.statusId || 'req-saved');
  hooks.changed();
  return true;
}

async function removeItem(command, id, { statusEl, alertEl, list, index, fallback }) {
  const ok = await change(command, { id }, { statusEl, alertEl, statusId: 'req-removed' });
  if (!ok) return;
  const buttons = Array.from(list.querySelectorAll('.item-remove'));
  const next = buttons[index] || buttons[index - 1];
  (next || fallback).focus();
}

function requireText(input, labelId) {
  if (input.value.trim() !== '') return false;
  markFieldError(input, t('error-required', { field: t(labelId) }));
  return true;
}

function readAmount(input, labelId, { required = true } = {}) {
  const raw = input.value.trim();
  if (raw === '') {
    if (required) markFieldError(input, t('error-required', { field: t(labelId) }));
    return required ? undefined : null;
  }
  const cents = parseEuros(raw);
  if (cents === null) {
    markFieldError(input, t('error-amount-format', { field: t(labelId) }));
    return undefined;
  }
  return cents;
}

function saveDates() {
  return change('request.update', {
    id: state.id,
    receipt_given_on: orNull($('req-receipt-on').value),
    hearing_notice_given_on: orNull($('req-hearing-on').value),
  }, {
    form: $('req-dates-form'), button: $('req-dates-save'), statusEl: $('req-dates-status'), alertEl: $('req-dates-error'),
    resolve: resolverFor({ receipt_given_on: 'req-receipt-on', hearing_notice_given_on: 'req-hearing-on' }),
  });
}

function saveWithdrawn() {
  return change('request.update', { id: state.id, withdrawn_on: orNull($('req-withdrawn-on').value) }, {
    form: $('req-withdrawn-form'), button: $('req-withdrawn-save'), statusEl: $('req-withdrawn-status'), alertEl: $('req-withdrawn-error'),
    resolve: resolverFor({ withdrawn_on: 'req-withdrawn-on' }),
  });
}

function saveCondition(c) {
  const base = `cond-${c}`;
  const form = $(`${base}-form`);
  clearFieldErrors(form);
  const finding = radioValue(`finding-${c}`);
  if (!finding) {
    markFieldError($(`${base}-finding-met`), t('error-required', { field: t('field-finding') }));
    return null;
  }
  return change('condition.set', {
    request_id: state.id,
    condition: c,
    finding,
    explanation: $(`${base}-explanation`).value.trim(),
    detail: readDetail(c),
  }, {
    form, button: $(`${base}-save`), statusEl: $(`${base}-status`), alertEl: $(`${base}-error`),
    resolve: resolverFor({
      finding: `${base}-finding-met`,
      explanation: `${base}-explanation`,
      detail: c === 'nationality' ? `${base}-group` : null,
      'detail.assimilation': `${base}-assimilation-none`,
      'detail.group': `${base}-group`,
      'detail.obstacles': `${base}-obstacle-health`,
    }),
  });
}

function addEvidence(c) {
  const base = `cond-${c}`;
  const form = $(`${base}-ev-form`);
  clearFieldErrors(form);
  const kind = $(`${base}-ev-kind`).value;
  const args = {
    request_id: state.id,
    condition: c,
    kind,
    description: $(`${base}-ev-description`).value.trim(),
  };
  const seen = orNull($(`${base}-ev-seen-on`).value);
  if (seen) args.seen_on = seen;
  if (kind === 'bank_statement') {
    if (requireText($(`${base}-ev-bank-reason`), 'field-bank-reason')) return null;
    args.bank_reason = $(`${base}-ev-bank-reason`).value.trim();
  }
  return change('evidence.add', args, {
    form, button: $(`${base}-ev-add`), statusEl: $(`${base}-ev-status`), alertEl: $(`${base}-ev-error`), statusId: 'req-added',
    resolve: resolverFor({
      kind: `${base}-ev-kind`,
      description: `${base}-ev-description`,
      seen_on: `${base}-ev-seen-on`,
      bank_reason: `${base}-ev-bank-reason`,
    }),
    onSuccess: () => {
      $(`${base}-ev-description`).value = '';
      $(`${base}-ev-seen-on`).value = '';
      $(`${base}-ev-bank-reason`).value = '';
    },
  });
}

function useProposal() {
  const button = $('cond-age-use-proposal');
  const finding = button.getAttribute('data-finding');
  if (!FINDINGS.includes(finding)) return;
  setRadio('finding-age', finding);
  state.dirty.add('cond-age-form');
  clearFieldErrors($('cond-age-form'));
  setText($('cond-age-status'), 'proposal-used');
  $(`cond-age-finding-${finding}`).focus();
}

function routeToEquivalent() {
  return change('request.update', { id: state.id, kind: 'equivalent' }, {
    button: $('cond-nationality-route'), statusEl: $('cond-nationality-status'), alertEl: $('cond-nationality-error'),
  });
}

function addVisit() {
  const form = $('visit-form');
  clearFieldErrors(form);
  const announced = $('visit-announced').checked;
  if (!announced && requireText($('visit-reason'), 'field-unannounced-reason')) return null;
  if (requireText($('visit-on'), 'field-visited-on')) return null;
  const purposes = PURPOSES.filter((p) => $(`visit-purpose-${p}`).checked);
  if (purposes.length === 0) {
    markFieldError($('visit-purpose-residence'), t('visit-purpose-required'));
    return null;
  }
  const args = {
    request_id: state.id,
    visited_on: orNull($('visit-on').value),
    announced,
    purposes,
    findings: $('visit-findings').value.trim(),
  };
  if (!announced) args.unannounced_reason = $('visit-reason').value.trim();
  return change('visit.add', args, {
    form, button: $('visit-add'), statusEl: $('visit-status'), alertEl: $('visit-error'), statusId: 'req-added',
    resolve: resolverFor({
      visited_on: 'visit-on',
      announced: 'visit-announced',
      unannounced_reason: 'visit-reason',
      purposes: 'visit-purpose-residence',
      findings: 'visit-findings',
    }),
    onSuccess: () => {
      $('visit-on').value = '';
      $('visit-announced').checked = true;
      $('visit-reason').value = '';
      $('visit-reason-field').hidden = true;
      for (const p of PURPOSES) $(`visit-purpose-${p}`).checked = false;
      $('visit-findings').value = '';
    },
  });
}

function showCountedGroup() {
  const show = COUNTABLE_BY_CHOICE.has($('res-whose').value);
  $('res-counted-group').hidden = !show;
  $('res-motivation').setAttribute('aria-required', show && $('res-counted').checked ? 'true' : 'false');
  $('res-member-field').hidden = $('res-whose').value === 'applicant';
}

/** The fields the chosen kind of resource needs, and its explanation in plain words. */
function showResourceFields() {
  const kind = $('res-kind').value;
  setText($('res-kind-explain'), `resource-kind-${kind}-explain`);
  const capital = CAPITAL_KINDS.has(kind);
  $('res-period').hidden = capital;
  $('res-months-field').hidden = capital || $('res-period').value !== 'month';
  $('res-ground-field').hidden = kind !== 'exempt_other';
  $('res-property-fields').hidden = !(kind === 'real_estate' || kind === 'property_sale');
  $('res-unbuilt-field').hidden = kind !== 'real_estate';
  for (const id of ['res-sold-on-field', 'res-sold-right-field', 'res-deductions-field']) $(id).hidden = kind !== 'property_sale';
  const label = kind === 'savings' ? 'resource-amount-capital'
    : kind === 'real_estate' ? 'resource-amount-cadastral'
      : kind === 'property_sale' ? 'resource-amount-sale' : 'resource-amount-label';
  setText($('res-amount-label'), label);
  showCountedGroup();
}

/** A whole number typed in `input` between `min` and `max`; null when empty, undefined (marked) when not. */
function readWhole(input, fieldId, min, max) {
  const raw = str(input.value).trim();
  if (raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    markFieldError(input, t('error-out-of-range', { field: t(fieldId), min, max }));
    return undefined;
  }
  return n;
}

function addResource() {
  const form = $('resource-form');
  clearFieldErrors(form);
  const amount = readAmount($('res-amount'), 'field-amount-cents');
  if (amount === undefined) return null;
  const kind = $('res-kind').value;
  const whose = $('res-whose').value;
  const args = { request_id: state.id, kind, whose, amount_cents: amount };
  if (!CAPITAL_KINDS.has(kind)) {
    args.period = $('res-period').value;
    if (args.period === 'month' && $('res-months').value) args.months = Number($('res-months').value);
  }
  const description = orNull($('res-description').value);
  if (description) args.description = description;
  const member = orNull($('res-member').value);
  if (member && whose !== 'applicant') args.member = member;
  if (kind === 'exempt_other') {
    const ground = orNull($('res-ground').value);
    if (!ground) {
      markFieldError($('res-ground'), t('error-required', { field: t('field-legal-ground') }));
      return null;
    }
    args.legal_ground = ground;
  }
  if (kind === 'real_estate' || kind === 'property_sale') {
    const share = readWhole($('res-share'), 'field-share-percent', 1, 100);
    if (share === undefined) return null;
    if (share !== null) args.share_percent = share;
  }
  if (kind === 'real_estate' && $('res-unbuilt').checked) args.unbuilt = true;
  if (kind === 'property_sale') {
    const sold = orNull($('res-sold-on').value);
    if (!sold) {
      markFieldError($('res-sold-on'), t('error-required', { field: t('field-sold-on') }));
      return null;
    }
    args.sold_on = sold;
    args.sold_right = $('res-sold-right').value;
    const deductions = readAmount($('res-deductions'), 'field-deductions-cents', { required: false });
    if (deductions === undefined) return null;
    if (deductions !== null) args.deductions_cents = deductions;
  }
  if (COUNTABLE_BY_CHOICE.has(whose)) {
    args.counted = $('res-counted').checked;
    const motivation = orNull($('res-motivation').value);
    if (args.counted && !motivation) {
      markFieldError($('res-motivation'), t('error-reason-required', { field: t('field-counted') }));
      return null;
    }
    if (motivation) args.motivation = motivation;
    if (args.counted) {
      const part = readAmount($('res-counted-part'), 'field-counted-yearly-cents', { required: false });
      if (part === undefined) return null;
      if (part !== null) args.counted_yearly_cents = part;
    }
  }
  return change('resource.add', args, {
    form, button: $('res-add'), statusEl: $('res-status'), alertEl: $('res-error'), statusId: 'req-added',
    resolve: resolverFor({
      kind: 'res-kind',
      whose: 'res-whose',
      amount_cents: 'res-amount',
      period: 'res-period',
      months: 'res-months',
      counted: 'res-counted',
      counted_yearly_cents: 'res-counted-part',
      motivation: 'res-motivation',
      description: 'res-description',
      member: 'res-member',
      legal_ground: 'res-ground',
      share_percent: 'res-share',
      unbuilt: 'res-unbuilt',
      sold_on: 'res-sold-on',
      sold_right: 'res-sold-right',
      deductions_cents: 'res-deductions',
    }),
    onSuccess: () => {
      for (const id of ['res-amount', 'res-description', 'res-motivation', 'res-counted-part', 'res-ground', 'res-share', 'res-sold-on', 'res-deductions']) $(id).value = '';
      $('res-counted').checked = false;
      $('res-unbuilt').checked = false;
      showResourceFields();
    },
  });
}

/** Saves one socio-professional setting of the request (it is not an edit waiting for a button). */
async function saveSpSetting(input, key, max) {
  const value = readWhole(input, `field-${key.replace(/_/g, '-')}`, 0, max);
  if (value === undefined) return;
  input.disabled = true;
  await change('request.update', { id: state.id, [key]: value === null ? 0 : value }, {
    statusEl: $('sp-status'), alertEl: $('sp-error'),
  });
  input.disabled = false;
  input.focus();
}

async function saveSpExemption() {
  const box = $('req-sp-exemption');
  const wanted = box.checked;
  box.disabled = true;
  const ok = await change('request.update', { id: state.id, socio_professional_exemption: wanted }, {
    statusEl: $('sp-status'), alertEl: $('sp-error'),
  });
  box.disabled = false;
  if (!ok && state.view) box.checked = state.view.socio_professional_exemption === true;
  box.focus();
}

function saveCategory() {
  const form = $('category-form');
  clearFieldErrors(form);
  const category = radioValue('category');
  if (!category) {
    markFieldError($('cat-choice-cohabitant'), t('error-required', { field: t('field-category') }));
    return null;
  }
  return change('category.set', { request_id: state.id, category, reason: $('cat-reason').value.trim() }, {
    form, button: $('cat-save'), statusEl: $('cat-status'), alertEl: $('cat-error'),
    resolve: resolverFor({ category: 'cat-choice-cohabitant', reason: 'cat-reason' }),
  });
}

function saveOverride() {
  const form = $('override-form');
  clearFieldErrors(form);
  const yearly = readAmount($('ov-yearly'), 'field-yearly-cents');
  if (yearly === undefined) return null;
  if (requireText($('ov-motivation'), 'field-motivation')) return null;
  return change('income.override', { request_id: state.id, yearly_cents: yearly, motivation: $('ov-motivation').value.trim() }, {
    form, button: $('ov-save'), statusEl: $('ov-status'), alertEl: $('ov-error'),
    resolve: resolverFor({ yearly_cents: 'ov-yearly', motivation: 'ov-motivation' }),
  });
}

async function removeOverride() {
  const form = $('override-form');
  clearFieldErrors(form);
  const ok = await change('income.override', { request_id: state.id, yearly_cents: null }, {
    form, button: $('ov-remove'), statusEl: $('ov-status'), alertEl: $('ov-error'), statusId: 'req-removed',
  });
  if (ok) $('ov-yearly').focus();
}

function saveDecision() {
  const form = $('decision-form');
  clearFieldErrors(form);
  if (requireText($('dec-decided-on'), 'field-decided-on')) return null;
  const outcome = radioValue('outcome');
  if (!outcome) {
    markFieldError($('dec-outcome-granted'), t('error-required', { field: t('field-outcome') }));
    return null;
  }
  const args = {
    request_id: state.id,
    decided_on: orNull($('dec-decided-on').value),
    outcome,
    grounds: $('dec-grounds').value.trim(),
  };
  if (outcome === 'refused') {
    const ground = $('dec-refusal-condition').value;
    if (ground) args.refusal_condition = ground;
  } else {
    const category = $('dec-category').value;
    if (category) args.category = category;
    const yearly = readAmount($('dec-yearly'), 'field-yearly-cents', { required: false });
    if (yearly === undefined) return null;
    if (yearly !== null) args.yearly_cents = yearly;
    const start = orNull($('dec-start-on').value);
    if (start) args.start_on = start;
    const why = orNull($('dec-amount-motivation').value);
    if (why && !$('dec-amount-motivation-field').hidden) args.amount_motivation = why;
  }
  const notifiedOn = orNull($('dec-notified-on').value);
  if (notifiedOn) args.notified_on = notifiedOn;
  const how = $('dec-notified-how').value;
  if (how) args.notified_how = how;
  return change('decision.record', args, {
    form, button: $('dec-save'), statusEl: $('dec-status'), alertEl: $('dec-error'),
    resolve: resolverFor({
      decided_on: 'dec-decided-on',
      outcome: 'dec-outcome-granted',
      category: 'dec-category',
      yearly_cents: 'dec-yearly',
      start_on: 'dec-start-on',
      grounds: 'dec-grounds',
      refusal_condition: 'dec-refusal-condition',
      notified_on: 'dec-notified-on',
      notified_how: 'dec-notified-how',
      amount_motivation: 'dec-amount-motivation',
    }),
  });
}

// ---------- opening, reloading, leaving ----------

function resetForms() {
  const page = $('screen-request');
  for (const form of Array.from(page.querySelectorAll('form'))) {
    form.reset();
    clearFieldErrors(form);
  }
  for (const alertEl of Array.from(page.querySelectorAll('.form-error'))) clearError(alertEl);
  for (const s of Array.from(page.querySelectorAll('.status'))) setPlainText(s, '');
  for (const c of CONDITIONS) $(`cond-${c}-ev-bank-field`).hidden = true;
  $('visit-reason-field').hidden = true;
  showResourceFields();
  state.dirty.clear();
  state.edits.clear();
  hideUnsaved();
}

async function load(fresh) {
  const id = state.id;
  clearError($('req-load-error'));
  const seq = ++state.loadSeq;
  try {
    const view = await call('request.get', { id });
    if (seq !== state.loadSeq) return;
    $('req-body').hidden = false;
    render(view, null, fresh);
  } catch (err) {
    if (seq !== state.loadSeq) return;
    showError($('req-load-error'), err);
  }
}

/** Open request `id` on a clean page. `from`: {personId, name} known to the caller. */
export function openRequest(id, from = {}) {
  resetForms();
  state.id = id;
  state.view = null;
  state.personId = from.personId ?? null;
  state.personName = from.name || '';
  setText($('req-title'), 'req-title-loading');
  $('req-body').hidden = true;
  openReportCard(id);
  return load(true);
}

/** The request on the page, as openRequest takes it again: {id, personId, name}, or null. */
export function requestOnPage() {
  return state.id === null ? null : { id: state.id, personId: state.personId, name: state.personName };
}

/** Lock: forms emptied and the view forgotten (the page is opened again from the core after the unlock). */
export function clearRequest() {
  resetForms();
  state.view = null;
}

/** Read the request on the page again (after a language change or the settings); typing is kept. */
export function reloadRequest() {
  if (state.id === null) return Promise.resolve();
  reloadReportCard();
  return load(false);
}

function hideUnsaved() {
  $('req-unsaved-bar').hidden = true;
  state.pending = null;
}

/** Forms where the worker typed something not saved yet (an add form counts only when not empty). */
function unsavedForms() {
  return Array.from(state.dirty).filter((id) => {
    const form = $(id);
    if (!form) return false;
    if (!ADD_FORMS.test(id)) return true;
    return Array.from(form.querySelectorAll('input[type="text"], input[type="date"], textarea')).some((i) => i.value.trim() !== '');
  });
}

/** Leave the page (back to the person), after a word on unsaved edits when there are any. */
export function leaveRequest() {
  const go = () => {
    hideUnsaved();
    hooks.back(state.personId, state.id);
  };
  if (unsavedForms().length === 0) {
    go();
    return;
  }
  state.pending = go;
  $('req-unsaved-bar').hidden = false;
  $('req-unsaved-keep').focus();
}

/** Escape on the page: close the unsaved bar or leave. */
export function escapeRequest() {
  if (!$('req-unsaved-bar').hidden) {
    hideUnsaved();
    $('req-title').focus();
    return;
  }
  leaveRequest();
}

// ---------- wiring ----------

function onSubmit(form, action) {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    action();
  });
}

/** Build the six condition cards and wire the page (once, at start). */
export function initRequest({ back, changed } = {}) {
  hooks = { back: back || hooks.back, changed: changed || hooks.changed };
  const holder = $('conditions-list');
  for (const c of CONDITIONS) holder.appendChild(buildConditionCard(c));

  const page = $('screen-request');
  clearErrorsOnEdit(page);
  const track = (ev) => {
    const form = ev.target && ev.target.closest ? ev.target.closest('form') : null;
    if (!form || !page.contains(form)) return;
    state.dirty.add(form.id);
    state.edits.set(form.id, (state.edits.get(form.id) || 0) + 1);
    for (const s of Array.from(form.querySelectorAll('.status'))) setPlainText(s, '');
  };
  page.addEventListener('input', track);
  page.addEventListener('change', track);

  for (const c of CONDITIONS) {
    onSubmit($(`cond-${c}-form`), () => saveCondition(c));
    onSubmit($(`cond-${c}-ev-form`), () => addEvidence(c));
  }
  $('cond-age-use-proposal').addEventListener('click', useProposal);
  $('cond-nationality-route').addEventListener('click', routeToEquivalent);

  onSubmit($('req-dates-form'), saveDates);
  onSubmit($('req-withdrawn-form'), saveWithdrawn);
  onSubmit($('visit-form'), addVisit);
  onSubmit($('resource-form'), addResource);
  onSubmit($('category-form'), saveCategory);
  onSubmit($('override-form'), saveOverride);
  onSubmit($('decision-form'), saveDecision);

  $('visit-announced').addEventListener('change', () => {
    const unannounced = !$('visit-announced').checked;
    $('visit-reason-field').hidden = !unannounced;
    if (unannounced) $('visit-reason').focus();
  });
  $('res-whose').addEventListener('change', showCountedGroup);
  $('res-kind').addEventListener('change', showResourceFields);
  $('res-period').addEventListener('change', showResourceFields);
  $('sp-shortage').addEventListener('change', () => saveSpSetting($('sp-shortage'), 'sp_shortage_months', 3));
  $('sp-elsewhere').addEventListener('change', () => saveSpSetting($('sp-elsewhere'), 'sp_months_elsewhere', 36));
  $('dec-yearly').addEventListener('input', () => showAmountMotivation());
  $('res-counted').addEventListener('change', showCountedGroup);
  $('req-sp-exemption').addEventListener('change', () => {
    // The checkbox saves at once: it is not an edit waiting for a button.
    saveSpExemption();
  });
  $('ov-remove').addEventListener('click', removeOverride);
  for (const r of Array.from(document.querySelectorAll('#decision-form input[name="outcome"]'))) {
    r.addEventListener('change', showOutcomeGroups);
  }

  $('req-back').addEventListener('click', leaveRequest);
  $('req-unsaved-leave').addEventListener('click', () => {
    const action = state.pending;
    resetForms();
    if (action) action();
  });
  $('req-unsaved-keep').addEventListener('click', () => {
    hideUnsaved();
    $('req-title').focus();
  });

  onLanguageChange(() => {
    if (state.id !== null && !$('screen-request').hidden) reloadRequest();
  });
}
