// The six conditions of the right to an income: their tiles and cards (built once, one card open at a time), findings saved as they are made, evidence and the age and nationality helpers.
import { $, el, clear, clearFieldErrors, markFieldError } from '../../dom.js';
import { formatDate, setPlainText, setText, t } from '../../i18n.js';
import { list } from '../../vocabulary.js';
import { canFill, change, choice, conditionOf, CONDITIONS, field, filled, option, orNull, radioValue, removeItem, requireText, resolverFor, setRadio, setValue, state, str } from './page.js';

const FINDINGS = list('findings');

const EVIDENCE_KINDS = list('evidence_kinds');

const ASSIMILATIONS = list('assimilations');

const GROUPS = list('nationality_groups');

const OBSTACLES = list('obstacles');

export function buildConditionCard(c) {
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
    el('p', { id: `${base}-status`, class: 'status', role: 'status' }),
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
  return el('section', { id: base, class: 'card cond-card', 'aria-labelledby': `${base}-title`, 'data-condition': c, hidden: true }, [
    el('div', { class: 'cond-head' }, [
      el('span', { class: 'cond-number', 'aria-hidden': 'true', text: String(number) }),
      el('h3', { id: `${base}-title`, class: 'cond-title', tabindex: '-1', i18n: `condition-${c}` }),
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

/** The tile of condition `c`: its number, name, finding and how many pieces of evidence; it opens the card. */
export function buildConditionTile(c) {
  const base = `cond-tile-${c}`;
  const button = el('button', {
    type: 'button', id: base, class: 'cond-tile', 'aria-expanded': 'false', 'aria-controls': `cond-${c}`, 'data-condition': c,
  }, [
    el('span', { class: 'cond-number', 'aria-hidden': 'true', text: String(CONDITIONS.indexOf(c) + 1) }),
    el('span', { class: 'tile-text' }, [
      el('span', { class: 'tile-title', i18n: `condition-${c}` }),
      el('span', { id: `${base}-evidence`, class: 'tile-evidence' }),
    ]),
    el('span', { id: `${base}-finding`, class: 'badge' }),
  ]);
  button.addEventListener('click', () => openCondition(button.getAttribute('aria-expanded') === 'true' ? null : c));
  return el('li', {}, [button]);
}

/** Open the card of condition `c` (null: none), the others closed: one condition at a time. */
export function openCondition(c) {
  for (const x of CONDITIONS) {
    const open = x === c;
    $(`cond-${x}`).hidden = !open;
    $(`cond-tile-${x}`).setAttribute('aria-expanded', open ? 'true' : 'false');
    $(`cond-tile-${x}`).classList.toggle('is-open', open);
  }
  if (c) {
    $(`cond-${c}`).scrollIntoView({ block: 'nearest' });
    $(`cond-${c}-title`).focus();
  }
}

/** The condition whose card is open, or null. */
export function openConditionNow() {
  return CONDITIONS.find((c) => !$(`cond-${c}`).hidden) || null;
}

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

export function renderCondition(view, c, savedForm, fresh) {
  const data = conditionOf(view, c) || {};
  const base = `cond-${c}`;
  const formId = `${base}-form`;
  if (canFill(formId, savedForm, fresh)) {
    setRadio(`finding-${c}`, FINDINGS.includes(data.finding) ? data.finding : null);
    setValue($(`${base}-explanation`), str(data.explanation));
    fillDetail(c, data.detail);
    filled(formId);
  }
  const evidence = Array.isArray(data.evidence) ? data.evidence : [];
  for (const badge of [$(`${base}-badge`), $(`cond-tile-${c}-finding`)]) {
    badge.className = 'badge';
    if (FINDINGS.includes(data.finding)) {
      setText(badge, `finding-${data.finding}`);
      badge.classList.add(`badge-${data.finding}`);
    } else {
      setText(badge, 'finding-none');
    }
  }
  const n = evidence.length;
  setText($(`cond-tile-${c}-evidence`), 'cond-tile-evidence', { count: n });

  const list = $(`${base}-evidence`);
  clear(list);
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

export function saveCondition(c) {
  const base = `cond-${c}`;
  const form = $(`${base}-form`);
  clearFieldErrors(form);
  const finding = radioValue(`finding-${c}`);
  if (!finding) {
    markFieldError($(`${base}-finding-met`), t('error-required', { field: t('field-finding') }), { focus: false });
    return Promise.resolve(false);
  }
  return change('condition.set', {
    request_id: state.id,
    condition: c,
    finding,
    explanation: $(`${base}-explanation`).value.trim(),
    detail: readDetail(c),
  }, {
    form, statusEl: $(`${base}-status`), alertEl: $(`${base}-error`), quiet: true, focus: false,
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

export function addEvidence(c) {
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

/** The age card's proposal taken as the finding: saved like any edit (`edited` is the autosave's). */
export function useProposal(edited) {
  const button = $('cond-age-use-proposal');
  const finding = button.getAttribute('data-finding');
  if (!FINDINGS.includes(finding)) return;
  setRadio('finding-age', finding);
  state.dirty.add('cond-age-form');
  clearFieldErrors($('cond-age-form'));
  setText($('cond-age-status'), 'proposal-used');
  $(`cond-age-finding-${finding}`).focus();
  edited($('cond-age-form'), $(`cond-age-finding-${finding}`));
}

export function routeToEquivalent() {
  return change('request.update', { id: state.id, kind: 'equivalent' }, {
    button: $('cond-nationality-route'), statusEl: $('cond-nationality-status'), alertEl: $('cond-nationality-error'),
  });
}
