// Markup of the request page (header, conditions, visits, resources, category, calculation, decision, report): inserted once into #screen-request at start (a module, as the CSP allows no fetch of templates).
export const markup = `
<div class="request-head">
  <button type="button" id="req-back" class="btn" data-i18n="req-back" data-i18n-title="req-back-title">Back to the person</button>
  <h1 id="req-title" tabindex="-1" data-i18n="req-title-loading">Request for an income</h1>
</div>
<p class="stance" data-i18n="req-stance">The right is assessed on the six legal conditions only. Resources are checked, expenses never. Nothing from a voluntary support plan plays any role here.</p>

<div id="req-unsaved-bar" class="unsaved-bar" role="alert" hidden>
  <span data-i18n="req-unsaved-text">Some entries on this page are not saved yet.</span>
  <span class="unsaved-actions">
    <button type="button" id="req-unsaved-leave" class="btn btn-small" data-i18n="req-unsaved-leave">Leave without saving</button>
    <button type="button" id="req-unsaved-keep" class="btn btn-primary btn-small" data-i18n="unsaved-keep">Keep editing</button>
  </span>
</div>
<p id="req-load-error" class="form-error" role="alert"></p>

<div id="req-sticky" class="req-sticky">
  <nav id="req-toc" class="req-toc" data-i18n-aria-label="req-toc">
    <a href="#req-header" data-i18n="req-header-title">The request</a>
    <a href="#conditions" data-i18n="conditions-title" data-together-i18n="together-title-conditions">The six conditions</a>
    <a href="#visits" data-i18n="visits-title">Home visits</a>
    <a href="#resources" data-i18n="resources-title" data-together-i18n="together-title-resources">Resources</a>
    <a href="#category" data-i18n="category-title" data-together-i18n="together-title-category">Category</a>
    <a href="#calculation" data-i18n="calculation-title" data-together-i18n="together-title-calculation">Calculation</a>
    <a href="#decision" data-i18n="decision-title">Decision</a>
    <a href="#right" id="req-toc-right" data-i18n="right-title" hidden>The running right</a>
    <a href="#appeals" id="req-toc-appeals" data-i18n="right-appeals-title" hidden>Appeals to the labour court</a>
    <a href="#report" data-i18n="report-card-title" data-together-i18n="together-title-report">Social report</a>
  </nav>
  <div class="req-save-line">
    <button type="button" id="req-undo" class="btn btn-small" hidden></button>
    <p id="req-save-state" class="save-state" role="status" tabindex="-1"></p>
  </div>
</div>

<div id="req-body" class="req-body">
  <!-- Header: who, what, when, and the legal clock -->
  <section id="req-header" class="card" aria-labelledby="req-header-title">
    <h2 id="req-header-title" data-i18n="req-header-title">The request</h2>
    <p class="why" data-i18n="together-why-request">We note the date of your request because it starts the clock: the OCMW must decide within 30 days, and tell you the decision within 8 days after that.</p>
    <dl class="facts">
      <div><dt data-i18n="req-person">Person</dt><dd id="req-person"></dd></div>
      <div><dt data-i18n="field-kind">Kind of request</dt><dd id="req-kind"></dd></div>
      <div><dt data-i18n="field-received-on">Date received</dt><dd id="req-received-on"></dd></div>
      <div><dt data-i18n="field-received-by">Received by</dt><dd id="req-received-by"></dd></div>
      <div><dt data-i18n="req-status">Status</dt><dd id="req-status"></dd></div>
    </dl>
    <div class="clock">
      <p id="req-clock-decision" class="clock-item">
        <span class="clock-label" data-i18n="req-decision-due">Decision due</span>
        <strong id="req-decision-due" class="clock-date"></strong>
        <span id="req-decision-left" class="clock-left"></span>
      </p>
      <p id="req-clock-notification" class="clock-item">
        <span class="clock-label" data-i18n="req-notification-due">Notification due</span>
        <strong id="req-notification-due" class="clock-date"></strong>
        <span id="req-notification-left" class="clock-left"></span>
      </p>
      <p id="req-clock-payment" class="clock-item" hidden>
        <span class="clock-label" data-i18n="req-first-payment-due">First payment due</span>
        <strong id="req-first-payment-due" class="clock-date"></strong>
        <span id="req-first-payment-left" class="clock-left"></span>
      </p>
      <p id="req-clock-appeal" class="clock-item" hidden>
        <span class="clock-label" data-i18n="req-appeal-ends">Last day to appeal</span>
        <strong id="req-appeal-ends" class="clock-date"></strong>
        <span id="req-appeal-left" class="clock-left"></span>
      </p>
      <p class="hint" data-i18n="req-clock-hint">The law: a decision within 30 days of the request, notified within 8 days of the decision.</p>
    </div>

    <form id="req-dates-form" novalidate aria-labelledby="req-dates-legend">
      <h3 id="req-dates-legend" class="h-sub" data-i18n="req-dates-legend">Procedure</h3>
      <div class="grid-2">
        <div class="field">
          <label for="req-receipt-on" data-i18n="field-receipt-given-on">Receipt handed over on</label>
          <input id="req-receipt-on" type="date" min="1900-01-01" aria-describedby="req-receipt-hint">
          <p id="req-receipt-hint" class="hint" data-i18n="req-receipt-hint">An acknowledgement of receipt is due for every request, on the day.</p>
        </div>
        <div class="field">
          <label for="req-hearing-on" data-i18n="field-hearing-notice-given-on">Hearing-right notice handed over on</label>
          <input id="req-hearing-on" type="date" min="1900-01-01" aria-describedby="req-hearing-hint">
          <p id="req-hearing-hint" class="hint" data-i18n="req-hearing-hint">Art. 20: the person is told in writing that they may be heard by the committee before the decision, with someone of their choice.</p>
        </div>
      </div>
      <p id="req-dates-status" class="status" role="status"></p>
      <p id="req-dates-error" class="form-error" role="alert"></p>
    </form>

    <form id="req-withdrawn-form" class="subform" novalidate aria-labelledby="req-withdrawn-legend">
      <h3 id="req-withdrawn-legend" class="h-sub" data-i18n="req-withdrawn-legend">Withdrawal</h3>
      <div class="field field-narrow">
        <label for="req-withdrawn-on" data-i18n="field-withdrawn-on">Withdrawn on</label>
        <input id="req-withdrawn-on" type="date" min="1900-01-01" aria-describedby="req-withdrawn-hint">
        <p id="req-withdrawn-hint" class="hint" data-i18n="req-withdrawn-hint">Only when the person withdraws the request themselves. Leave empty otherwise.</p>
      </div>
      <p id="req-withdrawn-status" class="status" role="status"></p>
      <p id="req-withdrawn-error" class="form-error" role="alert"></p>
    </form>
  </section>

  <!-- The six conditions: the cards are built by request.js -->
  <section id="conditions" class="conditions" aria-labelledby="conditions-title">
    <h2 id="conditions-title" data-i18n="conditions-title" data-together-i18n="together-title-conditions">The six conditions</h2>
    <p class="why" data-i18n="together-why-conditions">We go through these six points because the law sets them for the leefloon. We look at nothing else.</p>
    <p class="hint" data-i18n="conditions-intro">The person must meet all six at once. For each one: your finding, in your own words, and what it rests on.</p>
    <p class="hint" data-i18n="autosave-hint">Every change is saved as you make it. Undo puts back the last one.</p>
    <ul id="cond-tiles" class="cond-tiles" data-i18n-aria-label="cond-tiles-label"></ul>
    <div id="conditions-list" class="conditions-list"></div>

    <section id="to-bring" class="card to-bring" aria-labelledby="to-bring-title">
      <h3 id="to-bring-title" class="h-sub" data-i18n="bring-title">Documents to bring</h3>
      <p class="hint" data-i18n="bring-intro">Made from the conditions still to check.</p>
      <div id="bring-groups" class="bring-groups"></div>
      <p id="bring-none" class="empty-state" data-i18n="bring-none" hidden>Every condition has a finding: there is nothing more to bring.</p>
      <div class="actions">
        <label for="bring-lang" class="inline-label" data-i18n="bring-lang">Language of the sheet</label>
        <select id="bring-lang" class="select-inline">
          <option value="" data-i18n="bring-lang-person">the person's language</option>
          <option value="nl" lang="nl">Nederlands</option>
          <option value="fr" lang="fr">Français</option>
          <option value="de" lang="de">Deutsch</option>
          <option value="en" lang="en">English</option>
        </select>
        <button type="button" id="bring-save" class="btn" data-i18n="bring-save">Save the sheet as PDF</button>
      </div>
      <p id="bring-status" class="status status-path" role="status"></p>
      <p id="bring-error" class="form-error" role="alert"></p>
    </section>
  </section>

  <!-- Home visits -->
  <section id="visits" class="card" aria-labelledby="visits-title">
    <h2 id="visits-title" data-i18n="visits-title">Home visits</h2>
    <p class="notice" data-i18n="visits-reminder">A home visit is announced and looks only at residence, household and resources. It is not for inspecting belongings or expenses.</p>
    <ul id="visit-list" class="item-list"></ul>
    <p id="visits-empty" class="empty-state" data-i18n="visits-empty">No home visit recorded.</p>

    <form id="visit-form" class="subform" novalidate aria-labelledby="visit-legend">
      <h3 id="visit-legend" class="h-sub" data-i18n="visit-add-legend">Record a visit</h3>
      <div class="grid-2">
        <div class="field">
          <label for="visit-on" data-i18n="field-visited-on">Date of the visit</label>
          <input id="visit-on" type="date" min="1900-01-01" aria-required="true">
        </div>
        <div class="field">
          <span class="label-like" aria-hidden="true">&nbsp;</span>
          <div class="check-line check-tight">
            <input type="checkbox" id="visit-announced" checked>
            <label for="visit-announced" data-i18n="visit-announced">The visit was announced</label>
          </div>
        </div>
      </div>
      <div class="field" id="visit-reason-field" hidden>
        <label for="visit-reason" data-i18n="field-unannounced-reason">Why the visit was not announced</label>
        <textarea id="visit-reason" rows="2" aria-required="true"></textarea>
      </div>
      <fieldset class="field choice-group" id="visit-purposes">
        <legend class="legend-small" data-i18n="field-purposes">Purpose of the visit</legend>
        <div class="choice-row">
          <span class="choice"><input type="checkbox" id="visit-purpose-residence" value="residence"><label for="visit-purpose-residence" data-i18n="purpose-residence">actual residence and housing</label></span>
          <span class="choice"><input type="checkbox" id="visit-purpose-household" value="household"><label for="visit-purpose-household" data-i18n="purpose-household">household composition</label></span>
          <span class="choice"><input type="checkbox" id="visit-purpose-resources" value="resources"><label for="visit-purpose-resources" data-i18n="purpose-resources">resources</label></span>
        </div>
      </fieldset>
      <div class="field">
        <label for="visit-findings" data-i18n="field-findings">What was found</label>
        <textarea id="visit-findings" rows="3" aria-describedby="visit-findings-hint"></textarea>
        <p id="visit-findings-hint" class="hint" data-i18n="visit-findings-hint">Only what the conditions need: where the person lives, with whom, and their resources.</p>
      </div>
      <div class="actions">
        <button type="submit" id="visit-add" class="btn btn-primary" data-i18n="visit-add">Add the visit</button>
        <p id="visit-status" class="status" role="status"></p>
      </div>
      <p id="visit-error" class="form-error" role="alert"></p>
    </form>
  </section>

  <!-- Resources: income only -->
  <section id="resources" class="card" aria-labelledby="resources-title">
    <h2 id="resources-title" data-i18n="resources-title" data-together-i18n="together-title-resources">Resources</h2>
    <p class="why" data-i18n="together-why-resources">We ask about your income because it counts for the amount. Your expenses are never asked.</p>
    <p class="notice" data-i18n="resources-stance">Only income is recorded here. Expenses are never asked.</p>
    <div class="table-wrap">
      <table id="resource-table" class="resource-table">
        <caption class="visually-hidden" data-i18n="resources-caption">Income lines</caption>
        <thead>
          <tr>
            <th scope="col" data-i18n="field-resource-kind">Kind of income</th>
            <th scope="col" data-i18n="field-whose">Whose income</th>
            <th scope="col" class="num" data-i18n="field-amount-cents">Amount</th>
            <th scope="col" data-i18n="field-description">Description</th>
            <th scope="col" data-i18n="resources-in-calculation">In the calculation</th>
            <th scope="col"><span class="visually-hidden" data-i18n="resources-actions">Actions</span></th>
          </tr>
        </thead>
        <tbody id="resource-rows"></tbody>
      </table>
    </div>
    <p id="resources-empty" class="empty-state" data-i18n="resources-empty">No income recorded.</p>
    <p id="resource-list-error" class="form-error" role="alert"></p>

    <form id="resource-form" class="subform" novalidate aria-labelledby="resource-legend">
      <h3 id="resource-legend" class="h-sub" data-i18n="resource-add-legend">Add an income line</h3>
      <div class="grid-3">
        <div class="field">
          <label for="res-kind" data-i18n="field-resource-kind">Kind of income</label>
          <select id="res-kind" aria-required="true" aria-describedby="res-kind-explain" data-vocabulary="resource_kinds" data-vocabulary-groups="resource_groups">
          </select>
          <p id="res-kind-explain" class="hint"></p>
        </div>
        <div class="field">
          <label for="res-whose" data-i18n="field-whose">Whose income</label>
          <select id="res-whose" aria-required="true" data-vocabulary="whose">
          </select>
        </div>
        <div class="field">
          <label for="res-amount" id="res-amount-label" data-i18n="resource-amount-label">Amount in euros (net)</label>
          <div class="field-row">
            <input id="res-amount" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" aria-required="true" aria-describedby="res-amount-hint" class="input-amount">
            <label for="res-period" class="visually-hidden" data-i18n="field-period">Per</label>
            <select id="res-period" class="select-period" data-vocabulary="periods">
            </select>
          </div>
          <p id="res-amount-hint" class="hint" data-i18n="amount-hint">For example 1234,56</p>
        </div>
      </div>
      <div class="grid-3">
        <div class="field" id="res-member-field" hidden>
          <label for="res-member" data-i18n="field-member">Which person</label>
          <input id="res-member" type="text" autocomplete="off" aria-describedby="res-member-hint">
          <p id="res-member-hint" class="hint" data-i18n="resource-member-hint">A name or initials. Lines of the same person are added up; two parents are two persons.</p>
        </div>
        <div class="field" id="res-months-field">
          <label for="res-months" data-i18n="field-months">In how many months of the year</label>
          <select id="res-months" aria-describedby="res-months-hint">
            <option value="" data-i18n="resource-months-all">every month</option>
            <option value="1">1</option><option value="2">2</option><option value="3">3</option>
            <option value="4">4</option><option value="5">5</option><option value="6">6</option>
            <option value="7">7</option><option value="8">8</option><option value="9">9</option>
            <option value="10">10</option><option value="11">11</option>
          </select>
          <p id="res-months-hint" class="hint" data-i18n="resource-months-hint">For an income of a few months only (a job of six months). The socio-professional exemption follows these months.</p>
        </div>
        <div class="field" id="res-ground-field" hidden>
          <label for="res-ground" data-i18n="field-legal-ground">Legal ground of the exemption</label>
          <input id="res-ground" type="text" autocomplete="off" aria-required="true">
        </div>
      </div>
      <div class="grid-3" id="res-property-fields" hidden>
        <div class="field" id="res-unbuilt-field">
          <div class="check-line check-tight">
            <input type="checkbox" id="res-unbuilt">
            <label for="res-unbuilt" data-i18n="field-unbuilt">Land without a building</label>
          </div>
        </div>
        <div class="field">
          <label for="res-share" data-i18n="field-share-percent">Share in joint ownership (%)</label>
          <input id="res-share" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" class="input-amount" placeholder="100">
        </div>
        <div class="field" id="res-sold-on-field">
          <label for="res-sold-on" data-i18n="field-sold-on">Date of the sale or gift</label>
          <input id="res-sold-on" type="date" min="1900-01-01">
        </div>
        <div class="field" id="res-sold-right-field">
          <label for="res-sold-right" data-i18n="field-sold-right">What was sold or given</label>
          <select id="res-sold-right" data-vocabulary="sold_rights">
          </select>
        </div>
        <div class="field" id="res-deductions-field">
          <label for="res-deductions" data-i18n="field-deductions-cents">Debts paid off with it, and abatements (euros)</label>
          <input id="res-deductions" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" class="input-amount">
        </div>
      </div>
      <div class="field">
        <label for="res-description" data-i18n="field-description">Description</label>
        <input id="res-description" type="text" autocomplete="off" aria-describedby="res-description-hint">
        <p id="res-description-hint" class="hint" data-i18n="hint-optional">Optional.</p>
      </div>
      <div id="res-counted-group" class="counted-group" hidden>
        <p class="hint" data-i18n="resource-counted-hint">The income of a parent or an adult child living with the applicant may be counted. It is your choice: say why.</p>
        <div class="check-line check-tight">
          <input type="checkbox" id="res-counted">
          <label for="res-counted" data-i18n="field-counted">Count this income</label>
        </div>
        <div class="field">
          <label for="res-counted-part" data-i18n="field-counted-yearly-cents">Count only this much a year (euros)</label>
          <input id="res-counted-part" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" class="input-amount" aria-describedby="res-counted-part-hint">
          <p id="res-counted-part-hint" class="hint" data-i18n="resource-counted-part-hint">Optional: leave empty to count the whole part above the category 1 amount.</p>
        </div>
        <div class="field">
          <label for="res-motivation" data-i18n="field-motivation">Motivation</label>
          <textarea id="res-motivation" rows="2" aria-describedby="res-motivation-hint"></textarea>
          <p id="res-motivation-hint" class="hint" data-i18n="resource-motivation-hint">Required when you count this income.</p>
        </div>
      </div>
      <div class="actions">
        <button type="submit" id="res-add" class="btn btn-primary" data-i18n="resource-add">Add the line</button>
        <p id="res-status" class="status" role="status"></p>
      </div>
      <p id="res-error" class="form-error" role="alert"></p>
    </form>

    <div class="sp-box">
      <div class="check-line check-tight">
        <input type="checkbox" id="req-sp-exemption" aria-describedby="req-sp-hint">
        <label for="req-sp-exemption" data-i18n="sp-exemption">Apply the socio-professional exemption on earned income</label>
      </div>
      <p id="req-sp-hint" class="hint" data-i18n="sp-exemption-hint">For earned income of a person who starts working or a training: a fixed amount is not counted, for three years.</p>
      <div class="grid-2" id="sp-details">
        <div class="field">
          <label for="sp-shortage" data-i18n="field-sp-shortage-months">Months at the amount for a shortage occupation</label>
          <select id="sp-shortage" aria-describedby="sp-shortage-hint">
            <option value="0">0</option><option value="1">1</option><option value="2">2</option><option value="3">3</option>
          </select>
          <p id="sp-shortage-hint" class="hint" data-i18n="sp-shortage-hint">Three months, once, for a job of at least three months in a shortage occupation.</p>
        </div>
        <div class="field">
          <label for="sp-elsewhere" data-i18n="field-sp-months-elsewhere">Months used elsewhere</label>
          <input id="sp-elsewhere" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" class="input-amount" aria-describedby="sp-used">
        </div>
      </div>
      <p id="sp-used" class="hint"></p>
      <p id="sp-status" class="status" role="status"></p>
      <p id="sp-error" class="form-error" role="alert"></p>
    </div>
  </section>

  <!-- Category -->
  <section id="category" class="card" aria-labelledby="category-title">
    <h2 id="category-title" data-i18n="category-title" data-together-i18n="together-title-category">Category</h2>
    <div class="proposal">
      <p class="proposal-line"><span data-i18n="category-proposed">Tandem proposes:</span> <strong id="cat-proposed"></strong></p>
      <p id="cat-proposal-reason" class="proposal-text"></p>
    </div>
    <p id="cat-current" class="cat-current"></p>
    <form id="category-form" novalidate aria-labelledby="category-title">
      <fieldset class="field choice-group" id="cat-choice">
        <legend class="legend-small" data-i18n="category-choice">Category chosen</legend>
        <div class="choice-row">
          <span class="choice"><input type="radio" name="category" id="cat-choice-cohabitant" value="cohabitant"><label for="cat-choice-cohabitant" data-i18n="category-cohabitant">cohabitant</label></span>
          <span class="choice"><input type="radio" name="category" id="cat-choice-single" value="single"><label for="cat-choice-single" data-i18n="category-single">single</label></span>
          <span class="choice"><input type="radio" name="category" id="cat-choice-family" value="family"><label for="cat-choice-family" data-i18n="category-family">family in charge</label></span>
        </div>
      </fieldset>
      <div class="field">
        <label for="cat-reason" data-i18n="field-reason">Reason</label>
        <textarea id="cat-reason" rows="2" aria-describedby="cat-reason-hint"></textarea>
        <p id="cat-reason-hint" class="hint" data-i18n="category-reason-hint">Needed when your choice differs from the proposal. It appears in the decision.</p>
      </div>
      <p id="cat-status" class="status" role="status"></p>
      <p id="cat-error" class="form-error" role="alert"></p>
    </form>
  </section>

  <!-- Calculation -->
  <section id="calculation" class="card" aria-labelledby="calculation-title">
    <h2 id="calculation-title" data-i18n="calculation-title" data-together-i18n="together-title-calculation">Calculation</h2>
    <p id="calc-empty" class="empty-state" data-i18n="calculation-needs-category">Choose the category first: the calculation starts from it.</p>
    <p id="calc-problem" class="problem" hidden></p>
    <div id="calc-done" hidden>
      <ul id="calc-warnings" class="calc-warnings" hidden></ul>
      <ol id="calc-steps" class="steps"></ol>
      <dl id="calc-result" class="result">
        <div><dt data-i18n="calculation-yearly">Leefloon per year</dt><dd id="calc-yearly" class="amount"></dd></div>
        <div><dt data-i18n="calculation-monthly">Per month</dt><dd id="calc-monthly" class="amount"></dd></div>
        <div><dt data-i18n="calculation-row">Amounts table used</dt><dd id="calc-row"></dd></div>
      </dl>
    </div>
    <div id="calc-override" class="override-box" hidden>
      <p class="override-line"><span data-i18n="override-label">Amount set by the worker:</span> <strong id="calc-override-amount"></strong></p>
      <p><span data-i18n="field-motivation">Motivation</span>: <span id="calc-override-motivation"></span></p>
    </div>

    <form id="override-form" class="subform" novalidate aria-labelledby="override-legend">
      <h3 id="override-legend" class="h-sub" data-i18n="override-legend">Set another amount</h3>
      <p class="hint" data-i18n="override-hint">Only with a written motivation. Both amounts and the motivation appear in the report and the decision.</p>
      <div class="grid-2">
        <div class="field">
          <label for="ov-yearly" data-i18n="override-amount-label">Amount per year, in euros</label>
          <input id="ov-yearly" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" aria-required="true" aria-describedby="ov-yearly-hint" class="input-amount">
          <p id="ov-yearly-hint" class="hint" data-i18n="amount-hint">For example 1234,56</p>
        </div>
      </div>
      <div class="field">
        <label for="ov-motivation" data-i18n="field-motivation">Motivation</label>
        <textarea id="ov-motivation" rows="2" aria-required="true"></textarea>
      </div>
      <div class="actions">
        <button type="button" id="ov-remove" class="btn" hidden data-i18n="override-remove">Remove it: use the calculated amount</button>
        <p id="ov-status" class="status" role="status"></p>
      </div>
      <p id="ov-error" class="form-error" role="alert"></p>
    </form>
  </section>

  <!-- Decision -->
  <section id="decision" class="card" aria-labelledby="decision-title">
    <h2 id="decision-title" data-i18n="decision-title">Decision</h2>
    <p class="hint" data-i18n="decision-intro">Record here what the committee decided. A refusal can only rest on one of the six conditions, or on the request being withdrawn.</p>
    <div id="dec-summary" class="summary" hidden>
      <p class="summary-title" data-i18n="decision-recorded">Decision recorded</p>
      <ul id="dec-summary-lines" class="summary-lines"></ul>
    </div>
    <div id="dec-override-note" class="override-box" hidden>
      <p class="override-line"><span data-i18n="override-label">Amount set by the worker:</span> <strong id="dec-override-amount"></strong></p>
      <p><span data-i18n="calculation-calculated">Calculated amount</span>: <span id="dec-calculated-amount"></span></p>
      <p><span data-i18n="field-motivation">Motivation</span>: <span id="dec-override-motivation"></span></p>
    </div>

    <form id="decision-form" novalidate aria-labelledby="decision-title">
      <div class="grid-2">
        <div class="field">
          <label for="dec-decided-on" data-i18n="field-decided-on">Date of the decision</label>
          <input id="dec-decided-on" type="date" min="1900-01-01" aria-required="true">
        </div>
      </div>
      <fieldset class="field choice-group" id="dec-outcome">
        <legend class="legend-small" data-i18n="field-outcome">Decision</legend>
        <div class="choice-row">
          <span class="choice"><input type="radio" name="outcome" id="dec-outcome-granted" value="granted"><label for="dec-outcome-granted" data-i18n="outcome-granted">granted</label></span>
          <span class="choice"><input type="radio" name="outcome" id="dec-outcome-partly_granted" value="partly_granted"><label for="dec-outcome-partly_granted" data-i18n="outcome-partly_granted">partly granted</label></span>
          <span class="choice"><input type="radio" name="outcome" id="dec-outcome-refused" value="refused"><label for="dec-outcome-refused" data-i18n="outcome-refused">refused</label></span>
        </div>
      </fieldset>
      <div id="dec-grant-group" class="grid-3" hidden>
        <div class="field">
          <label for="dec-category" data-i18n="field-category">Category</label>
          <select id="dec-category" data-vocabulary="categories">
            <option value="" data-i18n="choose">Choose…</option>
          </select>
        </div>
        <div class="field">
          <label for="dec-yearly" data-i18n="decision-amount-label">Amount per year, in euros</label>
          <input id="dec-yearly" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" aria-describedby="dec-yearly-hint" class="input-amount">
          <p id="dec-yearly-hint" class="hint"></p>
        </div>
        <div class="field">
          <label for="dec-start-on" data-i18n="field-start-on">Start date</label>
          <input id="dec-start-on" type="date" min="1900-01-01">
        </div>
      </div>
      <div id="dec-amount-motivation-field" class="field" hidden>
        <label for="dec-amount-motivation" data-i18n="field-amount-motivation">Why the committee grants another amount than the calculated one</label>
        <textarea id="dec-amount-motivation" rows="2" aria-required="true"></textarea>
      </div>
      <div id="dec-refusal-group" hidden>
        <div class="field field-wide">
          <label for="dec-refusal-condition" data-i18n="field-refusal-condition">Ground for refusal</label>
          <select id="dec-refusal-condition" aria-describedby="dec-refusal-hint" data-vocabulary="refusal_grounds">
            <option value="" data-i18n="choose">Choose…</option>
          </select>
          <p id="dec-refusal-hint" class="hint" data-i18n="refusal-hint">Only a condition found "not met", or the withdrawal of the request.</p>
        </div>
      </div>
      <div class="field">
        <label for="dec-grounds" data-i18n="field-grounds">Grounds</label>
        <textarea id="dec-grounds" rows="3" aria-required="true" aria-describedby="dec-grounds-hint"></textarea>
        <p id="dec-grounds-hint" class="hint" data-i18n="decision-grounds-hint">In the committee's words: the legal and factual grounds, including why this category.</p>
      </div>
      <div class="grid-2">
        <div class="field">
          <label for="dec-notified-on" data-i18n="field-notified-on">Notified on</label>
          <input id="dec-notified-on" type="date" min="1900-01-01">
        </div>
        <div class="field">
          <label for="dec-notified-how" data-i18n="field-notified-how">Notified by</label>
          <select id="dec-notified-how" data-vocabulary="notified_how">
            <option value="" data-i18n="not-yet">not yet</option>
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="submit" id="dec-save" class="btn btn-primary" data-i18n="decision-save">Record the decision</button>
        <p id="dec-status" class="status" role="status"></p>
      </div>
      <p id="dec-error" class="form-error" role="alert"></p>
    </form>
  </section>

  <!-- Social report: made from this request only, read with the person, co-signed. Filled by report.js. -->
  <section id="right" class="card" aria-labelledby="right-title" hidden>
    <h2 id="right-title" data-i18n="right-title">The running right</h2>
    <p class="hint" data-i18n="right-intro">After a grant the right runs on.</p>
    <ul id="right-summary" class="summary-lines"></ul>
    <p id="right-load-error" class="form-error" role="alert"></p>
    <h3 data-i18n="right-reviews-title">Reviews</h3>
    <ul id="right-reviews" class="summary-lines"></ul>
    <p id="right-reviews-empty" class="hint" data-i18n="right-reviews-empty">No review yet.</p>

    <form id="right-review-form" novalidate aria-labelledby="right-review-legend">
      <h3 id="right-review-legend" data-i18n="right-review-form-title">Record a review</h3>
      <div class="grid-3">
        <div class="field">
          <label for="rv-reviewed-on" data-i18n="field-reviewed-on">Reviewed on</label>
          <input id="rv-reviewed-on" type="date" min="1900-01-01" aria-required="true">
        </div>
        <div class="field">
          <label for="rv-visited-on" data-i18n="field-review-visited-on">Home visit on</label>
          <input id="rv-visited-on" type="date" min="1900-01-01">
        </div>
        <div class="field">
          <label for="rv-next" data-i18n="field-next-review-on">Next review by</label>
          <input id="rv-next" type="date" min="1900-01-01" aria-describedby="rv-next-hint">
          <p id="rv-next-hint" class="hint" data-i18n="right-next-hint">At the latest a year on.</p>
        </div>
      </div>
      <div id="rv-no-visit-field" class="field">
        <label for="rv-no-visit" data-i18n="field-no-visit-reason">Why there was no home visit</label>
        <textarea id="rv-no-visit" rows="2"></textarea>
      </div>
      <fieldset class="field" id="rv-conditions">
        <legend class="legend-small" data-i18n="right-review-conditions">Each condition, examined again</legend>
      </fieldset>
      <div class="field">
        <label for="rv-note" data-i18n="field-note">Note</label>
        <textarea id="rv-note" rows="2" data-worker-note></textarea>
      </div>
      <div class="actions">
        <button type="submit" id="rv-save" class="btn btn-primary" data-i18n="right-review-save">Record the review</button>
        <span id="rv-status" class="status" role="status"></span>
      </div>
      <p id="rv-error" class="form-error" role="alert"></p>
    </form>

    <form id="right-end-form" novalidate aria-labelledby="right-end-legend">
      <h3 id="right-end-legend" data-i18n="right-end-title">End the right</h3>
      <p class="hint" data-i18n="right-end-hint">Only on one of the law's grounds.</p>
      <div class="grid-3">
        <div class="field">
          <label for="end-reason" data-i18n="field-end-reason">Ground</label>
          <select id="end-reason" aria-required="true" data-vocabulary="end_reasons">
            <option value="" data-i18n="choose">Choose…</option>
          </select>
        </div>
        <div class="field" id="end-condition-field" hidden>
          <label for="end-condition" data-i18n="field-end-condition">The condition no longer met</label>
          <select id="end-condition" data-vocabulary="conditions">
            <option value="" data-i18n="choose">Choose…</option>
          </select>
        </div>
        <div class="field">
          <label for="end-ended-on" data-i18n="field-ended-on">Ends on</label>
          <input id="end-ended-on" type="date" min="1900-01-01" aria-required="true">
        </div>
        <div class="field">
          <label for="end-decided-on" data-i18n="field-decided-on">Date of the decision</label>
          <input id="end-decided-on" type="date" min="1900-01-01" aria-required="true">
        </div>
        <div class="field">
          <label for="end-notified-on" data-i18n="field-revision-notified-on">Notified on</label>
          <input id="end-notified-on" type="date" min="1900-01-01">
        </div>
        <div class="field">
          <label for="end-notified-how" data-i18n="field-revision-notified-how">How it was notified</label>
          <select id="end-notified-how" data-vocabulary="notified_how">
            <option value="" data-i18n="choose">Choose…</option>
          </select>
        </div>
      </div>
      <div class="field">
        <label for="end-detail" data-i18n="field-end-detail">Motivation</label>
        <textarea id="end-detail" rows="3" aria-required="true"></textarea>
      </div>
      <div class="actions">
        <button type="submit" id="end-save" class="btn" data-i18n="right-end-save">Record the end</button>
        <span id="end-status" class="status" role="status"></span>
      </div>
      <p id="end-error" class="form-error" role="alert"></p>
    </form>
    <form id="end-notify-form" novalidate aria-labelledby="end-notify-title" hidden>
      <h3 id="end-notify-title" data-i18n="right-end-notify-title">How the end was notified</h3>
      <p class="hint" data-i18n="right-end-notify-hint">The three months to appeal against the end run from the notification.</p>
      <div class="grid-3">
        <div class="field">
          <label for="end-n-on" data-i18n="field-revision-notified-on">Notified on</label>
          <input id="end-n-on" type="date" min="1900-01-01" aria-required="true">
        </div>
        <div class="field">
          <label for="end-n-how" data-i18n="field-revision-notified-how">How it was notified</label>
          <select id="end-n-how" data-vocabulary="notified_how" aria-required="true">
            <option value="" data-i18n="choose">Choose…</option>
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="submit" id="end-n-save" class="btn" data-i18n="right-notify-save">Record the notification</button>
        <span id="end-n-status" class="status" role="status"></span>
      </div>
      <p id="end-n-error" class="form-error" role="alert"></p>
    </form>
    <div id="end-letter-box" class="actions" hidden>
      <button type="button" id="end-letter" class="btn" data-i18n="right-end-letter">Save the letter</button>
      <span id="end-letter-status" class="status" role="status"></span>
      <p id="end-letter-error" class="form-error" role="alert"></p>
    </div>
  </section>

  <section id="report" class="card report-card" aria-labelledby="report-title">
    <h2 id="report-title" data-i18n="report-card-title" data-together-i18n="together-title-report">Social report</h2>
    <p class="why" data-i18n="together-why-report">We write this report because the committee decides on it. You read it first, you may add your own remarks, and you decide whether to sign it.</p>
    <p class="notice" data-i18n="report-card-support-apart">Any voluntary support is separate and is not part of this report.</p>
    <p class="hint" data-i18n="report-card-intro">The report is made from this request only. It is read with the person before it goes to the committee: they may add remarks in their own words and sign it. It is their document too.</p>

    <p id="report-none" class="empty-state" data-i18n="report-card-none">No report composed yet.</p>
    <div id="report-current" hidden>
      <p id="report-version-line" class="report-version-line"></p>
      <ol id="report-steps" class="report-steps" data-i18n-aria-label="report-card-steps"></ol>
      <p id="report-explain" class="report-explain"></p>
      <dl class="facts report-facts">
        <div><dt data-i18n="report-card-remarks">Remarks of the person</dt><dd id="report-remarks-state"></dd></div>
        <div><dt data-i18n="report-card-sig-worker">Social worker</dt><dd id="report-sig-worker"></dd></div>
        <div><dt data-i18n="report-card-sig-person">The person</dt><dd id="report-sig-person"></dd></div>
      </dl>
      <p id="report-remarks-text" class="remarks-quote" hidden></p>
    </div>

    <div class="field" id="report-about-field" hidden>
      <label for="report-about" data-i18n="report-card-about">This report is about</label>
      <select id="report-about"></select>
    </div>
    <div class="field">
      <label for="report-proposal" data-i18n="report-card-proposal">Your proposal and its motivation</label>
      <textarea id="report-proposal" rows="4" aria-describedby="report-proposal-hint"></textarea>
      <p id="report-proposal-hint" class="hint" data-i18n="report-card-proposal-hint">In your own words: what you propose to the committee, and why. It goes into the report when you compose or update it.</p>
    </div>
    <div class="actions">
      <button type="button" id="report-compose" class="btn btn-primary" aria-describedby="report-compose-hint" data-i18n="report-card-compose">Compose the report</button>
      <button type="button" id="report-review" class="btn btn-primary" disabled data-i18n="report-card-review">Read it together</button>
      <button type="button" id="report-send" class="btn" disabled aria-describedby="report-send-hint" data-i18n="report-card-send">Send to the committee</button>
      <button type="button" id="report-save-pdf" class="btn" disabled data-i18n="report-card-save-pdf">Save as PDF</button>
    </div>
    <p id="report-status" class="status status-path" role="status"></p>
    <p id="report-error" class="form-error" role="alert"></p>
    <p id="report-compose-hint" class="hint" data-i18n="report-card-compose-hint">After a change on this page, update the draft so that the report shows it. A signed or sent version is frozen: any later change makes a new version, to read together again.</p>
    <p id="report-send-hint" class="hint" data-i18n="report-card-send-hint">Signing is never required to send. Sending freezes the version as it is.</p>
    <p id="report-send-unread" class="notice" hidden data-i18n="report-card-send-unread">This version has not been read together with the person yet.</p>
    <div id="report-agenda" class="agenda-put" hidden>
      <div class="field">
        <label for="report-agenda-session" data-i18n="report-agenda-session">On the agenda of the committee's session</label>
        <select id="report-agenda-session"></select>
      </div>
      <div class="actions">
        <button type="button" id="report-agenda-put" class="btn" data-i18n="report-agenda-put">Put it on the agenda</button>
        <p id="report-agenda-status" class="status" role="status"></p>
      </div>
    </div>
    <section id="report-readiness" class="readiness-box" hidden aria-labelledby="report-readiness-title">
      <h3 id="report-readiness-title" class="h-sub" data-i18n="report-readiness-title">Before it goes to the committee</h3>
      <p data-i18n="report-readiness-intro">These points are open. You can still send the report: say why it goes as it is.</p>
      <ul id="report-readiness-points" class="readiness-points"></ul>
      <div class="field">
        <label for="report-readiness-reason" data-i18n="field-readiness-reason">Why the report goes as it is</label>
        <textarea id="report-readiness-reason" rows="2" aria-required="true"></textarea>
      </div>
      <div class="actions">
        <button type="button" id="report-send-anyway" class="btn" data-i18n="report-send-anyway">Send it as it is</button>
      </div>
    </section>

    <h3 id="report-versions-title" class="h-sub report-sub" data-i18n="report-card-versions-title">Frozen versions</h3>
    <p class="hint" data-i18n="report-card-versions-hint">A version is frozen once it is signed (or the person declined to sign) or sent. Its PDF is kept as it was, with a fingerprint that shows it has not been changed since.</p>
    <ul id="report-versions" class="item-list version-list" aria-labelledby="report-versions-title"></ul>
    <p id="report-versions-empty" class="empty-state" data-i18n="report-card-versions-empty">No frozen version yet.</p>

    <h3 id="report-documents-title" class="h-sub report-sub" data-i18n="report-card-documents">Documents</h3>
    <p class="hint" data-i18n="report-card-documents-hint">Each PDF is saved in the Tandem folder of your Documents, where you can open and print it.</p>
    <div class="actions doc-row" role="group" aria-labelledby="report-documents-title">
      <button type="button" id="doc-receipt" class="btn" data-i18n="report-card-doc-receipt">Acknowledgement of receipt, with the hearing-right notice</button>
      <button type="button" id="doc-decision" class="btn" data-i18n="report-card-doc-decision">Decision letter</button>
    </div>
    <p id="doc-status" class="status status-path" role="status"></p>
    <p id="doc-error" class="form-error" role="alert"></p>
  </section>
</div>
`;
