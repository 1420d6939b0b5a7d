// The calculation of the income: the amounts the core works out from the resources and the category.
import { $, el, clear } from '../../dom.js';
import { formatDate, setPlainText, setText } from '../../i18n.js';
import { centsToInput, formatCents } from '../../values.js';
import { canFill, filled, overrideOf, setValue, str, yearMonth } from './page.js';

export function renderCalculation(view, savedForm, fresh) {
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
    setValue($('ov-yearly'), override ? centsToInput(override.yearly_cents) : '');
    setValue($('ov-motivation'), override ? str(override.motivation) : '');
    filled('override-form');
  }
}

/** The amount a decision would grant by default: the override, else the calculation. */
export function defaultYearly(view) {
  const override = overrideOf(view);
  if (override && Number.isInteger(override.yearly_cents)) return override.yearly_cents;
  const calc = view.calculation;
  if (calc && !calc.error && Number.isInteger(calc.yearly_cents)) return calc.yearly_cents;
  return null;
}
