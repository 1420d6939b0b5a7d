// What an indexation did, under the amounts table: every running right with its amount before and from the new row's day, printable.
import { call } from '../../api.js';
import { $, el, clear, showError } from '../../dom.js';
import { formatDate, onLanguageChange, setText, t } from '../../i18n.js';
import { formatCents } from '../../values.js';

function box() {
  let holder = $('indexation-box');
  if (holder) return holder;
  holder = el('section', { id: 'indexation-box', class: 'indexation', 'aria-labelledby': 'indexation-title', hidden: true }, [
    el('h3', { id: 'indexation-title' }),
    el('ul', { id: 'indexation-list', class: 'summary-lines', 'aria-labelledby': 'indexation-title' }),
    el('p', { id: 'indexation-empty', class: 'hint', i18n: 'right-indexation-empty', hidden: true }),
    el('p', { id: 'indexation-error', class: 'form-error', role: 'alert' }),
    el('button', { type: 'button', id: 'indexation-print', class: 'btn', i18n: 'right-indexation-print' }),
  ]);
  $('amounts-status').after(holder);
  $('indexation-print').addEventListener('click', () => window.print());
  return holder;
}

const shown = { rows: null };

function money(yearly, monthly) {
  return t('amount-year-month', { yearly: formatCents(yearly), monthly: formatCents(monthly) });
}

/** After a new amounts row from `validFrom`: the list of the running rights and what it did. */
export async function showIndexation(validFrom) {
  const holder = box();
  holder.hidden = false;
  setText($('indexation-title'), 'right-indexation-title', { date: formatDate(validFrom) });
  const list = $('indexation-list');
  clear(list);
  try {
    shown.rows = await call('right.indexation', { valid_from: validFrom });
    render();
  } catch (err) {
    showError($('indexation-error'), err);
  }
}

/** The list in the window's language (again after a language switch). */
function render() {
  const list = $('indexation-list');
  if (!list || !shown.rows) return;
  clear(list);
  for (const r of shown.rows) {
    list.appendChild(el('li', {
      'data-request-id': String(r.request_id),
      'data-status': r.status,
      text: t('right-indexation-line', {
        name: r.person_name,
        before: money(r.before_yearly_cents, r.before_monthly_cents),
        after: money(r.after_yearly_cents, r.after_monthly_cents),
        status: t(`right-indexation-status-${r.status}`),
      }),
    }));
  }
  $('indexation-empty').hidden = shown.rows.length > 0;
}

onLanguageChange(render);
