// Markup of the home (the caseload table; its menu: deadlines, retention, hand-over import), the person list and the person page: inserted once into #screen-main at start (a module, as the CSP allows no fetch of templates).
export const markup = `
<h1 id="main-title" class="visually-hidden" data-i18n="main-title">Persons</h1>
<div id="recovery-banner" class="banner" role="status" hidden>
  <span data-i18n="recovery-banner">You opened Tandem with the recovery code. Choose a new passphrase, so that you can open it normally next time.</span>
  <button type="button" id="recovery-banner-button" class="btn btn-small" data-i18n="recovery-banner-button">Choose a new passphrase</button>
</div>
<div id="restore-banner" class="banner" hidden>
  <p id="restore-banner-text" class="status-path" role="status" tabindex="-1"></p>
  <button type="button" id="restore-banner-close" class="btn btn-small" data-i18n="restore-banner-close">Close this message</button>
</div>

<div class="columns">
  <!-- Left column: search and list -->
  <nav id="list-column" class="col-list" data-i18n-aria-label="list-region">
    <div class="search-box">
      <label for="search-input" data-i18n="search-label">Search a person</label>
      <input id="search-input" type="search" autocomplete="off" spellcheck="false" data-i18n-placeholder="search-placeholder">
    </div>
    <button type="button" id="caseload-home" class="btn btn-block" data-i18n="caseload-home">My files</button>
    <button type="button" id="new-person" class="btn btn-primary btn-block" data-i18n="new-person">New person</button>
    <p id="list-count" class="list-count" role="status"></p>
    <ul id="person-list" class="person-list" data-i18n-aria-label="list-region"></ul>
    <p id="person-empty" class="empty-state" hidden></p>
    <p id="list-error" class="form-error" role="alert"></p>
  </nav>

  <!-- Right column: the person form -->
  <div class="col-form">
    <!-- Home: the caseload, the worker's files as a table (caseload.js); its menu opens the other home panels. -->
    <section id="caseload" class="caseload" aria-labelledby="caseload-title">
      <div class="caseload-head">
        <h2 id="caseload-title" tabindex="-1" data-i18n="caseload-title">My files</h2>
        <div class="caseload-menu-wrap">
          <button type="button" id="caseload-menu-button" class="btn btn-small" aria-expanded="false" aria-controls="caseload-menu" data-i18n-title="caseload-menu-label"><span data-i18n="caseload-menu">More</span> <span aria-hidden="true">▾</span></button>
          <ul id="caseload-menu" class="caseload-menu" hidden>
            <li><button type="button" id="menu-deadlines" class="menu-item" data-home-view="deadlines" data-i18n="caseload-menu-deadlines">Deadlines of the next 7 days</button></li>
            <li><button type="button" id="menu-retention" class="menu-item" data-home-view="retention" data-i18n="caseload-menu-retention">Files to erase</button></li>
            <li><button type="button" id="menu-import" class="menu-item" data-home-view="import" data-i18n="caseload-menu-import">Import a colleague's hand-over</button></li>
          </ul>
        </div>
      </div>
      <div class="caseload-tools">
        <div class="field caseload-search">
          <label for="caseload-search" data-i18n="caseload-search-label">Find a file</label>
          <input id="caseload-search" type="search" autocomplete="off" spellcheck="false" aria-describedby="caseload-search-hint" aria-controls="caseload-table">
          <p id="caseload-search-hint" class="hint" data-i18n="caseload-search-hint">By name, file reference or national register number.</p>
        </div>
        <div class="field caseload-stage">
          <label for="caseload-stage" data-i18n="caseload-stage-label">Stage</label>
          <select id="caseload-stage" aria-controls="caseload-table" data-vocabulary="stages">
            <option value="" data-i18n="caseload-stage-any">All stages</option>
          </select>
        </div>
      </div>
      <div class="caseload-filters" role="group" aria-labelledby="caseload-filters-label">
        <span id="caseload-filters-label" class="legend-small" data-i18n="caseload-filters">Show</span>
        <button type="button" class="chip" id="filter-all" data-filter="all" aria-pressed="true"><span data-i18n="caseload-filter-all">All files</span> <span class="chip-count" data-count="all"></span></button>
        <button type="button" class="chip chip-overdue" id="filter-overdue" data-filter="overdue" aria-pressed="false"><span data-i18n="caseload-filter-overdue">Overdue</span> <span class="chip-count" data-count="overdue"></span></button>
        <button type="button" class="chip" id="filter-week" data-filter="week" aria-pressed="false"><span data-i18n="caseload-filter-week">This week</span> <span class="chip-count" data-count="week"></span></button>
        <button type="button" class="chip" id="filter-papers" data-filter="papers" aria-pressed="false"><span data-i18n="caseload-filter-papers">Waiting for papers</span> <span class="chip-count" data-count="papers"></span></button>
      </div>
      <div class="table-wrap">
        <table id="caseload-table" class="caseload-table" aria-describedby="caseload-page">
          <caption class="visually-hidden" data-i18n="caseload-title">My files</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort="none" data-sort="name"><button type="button" class="sort-button" data-sort="name" data-i18n="caseload-col-person">Person</button></th>
              <th scope="col" aria-sort="none" data-sort="reference"><button type="button" class="sort-button" data-sort="reference" data-i18n="caseload-col-reference">File reference</button></th>
              <th scope="col" aria-sort="none" data-sort="stage"><button type="button" class="sort-button" data-sort="stage" data-i18n="caseload-col-stage">Stage</button></th>
              <th scope="col" data-i18n="caseload-col-next">Next step</th>
              <th scope="col" aria-sort="ascending" data-sort="next"><button type="button" class="sort-button" data-sort="next" data-i18n="caseload-col-date">By</button></th>
            </tr>
          </thead>
          <tbody id="caseload-rows"></tbody>
        </table>
      </div>
      <p id="caseload-empty" class="empty-state" hidden></p>
      <div class="caseload-pager">
        <button type="button" id="caseload-prev" class="btn btn-small" data-i18n="caseload-prev">Previous</button>
        <span id="caseload-page" class="caseload-page" role="status"></span>
        <button type="button" id="caseload-next" class="btn btn-small" data-i18n="caseload-next">Next</button>
      </div>
      <p id="caseload-error" class="form-error" role="alert"></p>
    </section>

    <!-- Home (from the caseload's menu): the legal deadlines of the coming days. -->
    <section id="deadlines" class="deadlines" hidden aria-labelledby="deadlines-title">
      <button type="button" class="btn btn-small home-back" data-i18n="caseload-back">Back to my files</button>
      <h2 id="deadlines-title" tabindex="-1" data-i18n="deadlines-title">Deadlines in the next 7 days</h2>
      <p class="hint" data-i18n="deadlines-intro">A decision is due within 30 days of the request, and its notification within 8 days of the decision.</p>
      <ul id="deadline-list" class="deadline-list"></ul>
      <p id="deadlines-empty" class="empty-state" hidden data-i18n="deadlines-empty">No decision or notification is due in the next 7 days.</p>
      <p id="deadlines-error" class="form-error" role="alert"></p>
    </section>

    <!-- Home: closed files whose retention period is over, to erase (home.js). -->
    <section id="retention" class="home-box" hidden aria-labelledby="retention-title">
      <button type="button" class="btn btn-small home-back" data-i18n="caseload-back">Back to my files</button>
      <h2 id="retention-title" tabindex="-1" data-i18n="retention-title">Files past their retention period</h2>
      <p class="hint" data-i18n="retention-intro">These files were closed and the period to keep them is over. Erase each one: then nothing about the person stays in the vault.</p>
      <ul id="retention-due" class="item-list retention-list" aria-labelledby="retention-title"></ul>
      <p id="retention-empty" class="empty-state" hidden data-i18n="retention-empty">No file is past its retention period.</p>
      <p id="retention-status" class="status" role="status"></p>
      <p id="retention-error" class="form-error" role="alert"></p>
    </section>

    <!-- Home: a file handed over by a colleague (home.js). -->
    <section id="handover-import-box" class="home-box" hidden aria-labelledby="import-title">
      <button type="button" class="btn btn-small home-back" data-i18n="caseload-back">Back to my files</button>
      <h2 id="import-title" tabindex="-1" data-i18n="import-title">Import a hand-over</h2>
      <p class="hint" data-i18n="import-intro">A colleague handed a person's file over to you: choose the hand-over file they gave you and type the passphrase they told you by another channel.</p>
      <form id="handover-import-form" novalidate aria-labelledby="import-title">
        <div class="grid-2">
          <div class="field">
            <label for="handover-file" data-i18n="field-bundle">Hand-over file</label>
            <input id="handover-file" type="text" class="mono" autocomplete="off" spellcheck="false" aria-required="true" data-choose="file" data-choose-ext="tandem">
          </div>
          <div class="field">
            <label for="handover-import-pass" data-i18n="field-passphrase">Passphrase</label>
            <input id="handover-import-pass" type="password" autocomplete="off" aria-required="true" aria-describedby="handover-import-pass-hint">
            <p id="handover-import-pass-hint" class="hint" data-i18n="import-pass-hint">The passphrase of this hand-over, from your colleague.</p>
          </div>
        </div>
        <div class="actions">
          <button type="submit" id="handover-import" class="btn btn-primary" data-i18n="import-submit">Import the file</button>
          <p id="handover-import-status" class="status" role="status"></p>
        </div>
        <p id="handover-import-error" class="form-error" role="alert"></p>
      </form>
    </section>

    <!-- The page of one person: their name, then the main action, their request. -->
    <div id="person-head" class="form-head person-head" hidden>
      <h2 id="p-heading" tabindex="-1" data-i18n="form-title-new">New person</h2>
      <p id="p-meta" class="meta"></p>
      <p id="cover-banner" class="cover-banner" role="note" hidden></p>
    </div>

    <!-- The person's requests for an income (only for a saved person). -->
    <section id="requests" class="requests-box" hidden aria-labelledby="requests-title">
      <h2 id="requests-title" class="h-legend" data-i18n="requests-title" data-together-i18n="together-title-requests">Requests for an income</h2>
      <p class="why" data-i18n="together-why-request">We note the date of your request because it starts the clock: the OCMW must decide within 30 days, and tell you the decision within 8 days after that.</p>
      <p class="hint" data-i18n="requests-intro">Each request is assessed on the six legal conditions only, from receipt to decision.</p>
      <div class="person-primary">
        <button type="button" id="request-new" class="btn btn-primary" aria-expanded="false" aria-controls="request-create-form" data-i18n="request-new">Record a new request</button>
      </div>

      <form id="request-create-form" class="subform" hidden novalidate aria-labelledby="request-create-title">
        <h3 id="request-create-title" class="h-sub" data-i18n="request-create-title">New request</h3>
        <div class="grid-2">
          <div class="field">
            <label for="rq-received-on" data-i18n="field-received-on">Date received</label>
            <input id="rq-received-on" type="date" min="1900-01-01" aria-required="true">
          </div>
          <div class="field">
            <label for="rq-kind" data-i18n="field-kind">Kind of request</label>
            <select id="rq-kind" aria-required="true" data-vocabulary="request_kinds">
            </select>
          </div>
          <div class="field" id="rq-other-label-field" hidden>
            <label for="rq-other-label" data-i18n="field-other-label">Label</label>
            <input id="rq-other-label" type="text" autocomplete="off" aria-required="true">
          </div>
          <div class="field">
            <label for="rq-received-by" data-i18n="field-received-by">Received by</label>
            <input id="rq-received-by" type="text" autocomplete="off">
          </div>
        </div>
        <p class="hint" data-i18n="request-create-hint">Give the person an acknowledgement of receipt today: the 30 days for the decision start from this date.</p>
        <div class="actions">
          <button type="submit" id="rq-create" class="btn btn-primary" data-i18n="request-create">Record the request</button>
          <button type="button" id="rq-cancel" class="btn" data-i18n="request-create-cancel">Cancel</button>
        </div>
        <p id="rq-error" class="form-error" role="alert"></p>
      </form>
      <ul id="request-list" class="request-list"></ul>
      <p id="requests-empty" class="empty-state" data-i18n="requests-empty">No request recorded yet.</p>
      <p id="requests-error" class="form-error" role="alert"></p>
    </section>

    <!-- Rights the person may be missing (only for a saved person): from what the file holds, nothing asked by default. Filled by rights.js. -->
    <section id="rights" class="rights-box" hidden aria-labelledby="rights-title">
      <h2 id="rights-title" class="h-legend" data-i18n="rights-title" data-together-i18n="together-title-rights">Rights to check</h2>
      <p class="why" data-i18n="together-why-rights">We look at rights you may have besides your income, from what your file already says. Nothing here changes your income, and what you choose is up to you.</p>
      <p class="hint" data-i18n="rights-intro">Rights that often go unclaimed, screened on what the file already holds. Where a fact is missing, the right says "possibly" and the one question that would settle it; nothing is asked by default.</p>
      <div class="actions">
        <button type="button" id="rights-load" class="btn" data-i18n="rights-load">Show the rights to check</button>
        <button type="button" id="rights-sheet" class="btn" disabled data-i18n="rights-sheet">Save the "Your rights" sheet</button>
        <span id="rights-sheet-status" class="status status-path" role="status"></span>
      </div>
      <p id="rights-error" class="form-error" role="alert"></p>
      <div id="rights-body" hidden>
        <p id="rights-facts" class="rights-facts"></p>
        <span id="rights-status-label" class="visually-hidden" data-i18n="rights-status-label">Where things stand</span>
        <div id="rights-groups"></div>
        <p id="rights-none-count" class="hint" hidden></p>
        <p id="rights-status" class="status" role="status"></p>
      </div>
    </section>

    <form id="person-form" hidden novalidate aria-labelledby="identity-title">
      <h2 id="identity-title" class="h-legend" data-i18n="identity-title">Identity and household</h2>
      <p class="why" data-i18n="together-why-identity">We ask this to know who you are and how to reach you. Only a name is needed: the rest you may give or not.</p>
      <p class="hint form-intro" data-i18n="form-intro">Only the display name is needed. An empty field means "not asked": that is a normal answer. Tick "unknown" when you asked but the answer is not known.</p>

      <div id="unsaved-bar" class="unsaved-bar" role="alert" hidden>
        <span data-i18n="unsaved-text">This form has changes that are not saved yet.</span>
        <span class="unsaved-actions">
          <button type="button" id="unsaved-save" class="btn btn-primary btn-small" data-i18n="unsaved-save">Save them</button>
          <button type="button" id="unsaved-discard" class="btn btn-small" data-i18n="unsaved-discard">Discard them</button>
          <button type="button" id="unsaved-keep" class="btn btn-quiet btn-small" data-i18n="unsaved-keep">Keep editing</button>
        </span>
      </div>

      <div class="field">
        <label id="p-display-name-label" for="p-display-name" data-i18n="field-display-name">Display name</label>
        <input id="p-display-name" name="display_name" type="text" autocomplete="off" aria-required="true" aria-describedby="p-display-name-hint">
        <p id="p-display-name-hint" class="hint" data-i18n="hint-display-name">A first name, initials or an alias is fine.</p>
      </div>

      <div class="grid-2">
        <div class="field" data-optional="first-name">
          <label id="p-first-name-label" for="p-first-name" data-i18n="field-first-name">First name</label>
          <div class="field-row">
            <input id="p-first-name" type="text" autocomplete="off">
            <span class="unknown-toggle">
              <input type="checkbox" id="p-first-name-unknown" aria-labelledby="p-first-name-label p-first-name-unknown-label" data-i18n-title="unknown-title">
              <label id="p-first-name-unknown-label" for="p-first-name-unknown" data-i18n="unknown">unknown</label>
            </span>
          </div>
        </div>
        <div class="field" data-optional="last-name">
          <label id="p-last-name-label" for="p-last-name" data-i18n="field-last-name">Last name</label>
          <div class="field-row">
            <input id="p-last-name" type="text" autocomplete="off">
            <span class="unknown-toggle">
              <input type="checkbox" id="p-last-name-unknown" aria-labelledby="p-last-name-label p-last-name-unknown-label" data-i18n-title="unknown-title">
              <label id="p-last-name-unknown-label" for="p-last-name-unknown" data-i18n="unknown">unknown</label>
            </span>
          </div>
        </div>
        <div class="field" data-optional="birth-date">
          <label id="p-birth-date-label" for="p-birth-date" data-i18n="field-birth-date">Date of birth</label>
          <div class="field-row">
            <input id="p-birth-date" type="date" min="1900-01-01" data-i18n-placeholder="placeholder-date">
            <span class="unknown-toggle">
              <input type="checkbox" id="p-birth-date-unknown" aria-labelledby="p-birth-date-label p-birth-date-unknown-label" data-i18n-title="unknown-title">
              <label id="p-birth-date-unknown-label" for="p-birth-date-unknown" data-i18n="unknown">unknown</label>
            </span>
          </div>
        </div>
        <div class="field" data-optional="nrn">
          <label id="p-nrn-label" for="p-nrn" data-i18n="field-nrn">National register number</label>
          <div class="field-row">
            <input id="p-nrn" type="text" class="mono" autocomplete="off" spellcheck="false" aria-describedby="p-nrn-hint" data-i18n-placeholder="placeholder-nrn">
            <span class="unknown-toggle">
              <input type="checkbox" id="p-nrn-unknown" aria-labelledby="p-nrn-label p-nrn-unknown-label" data-i18n-title="unknown-title">
              <label id="p-nrn-unknown-label" for="p-nrn-unknown" data-i18n="unknown">unknown</label>
            </span>
          </div>
          <p id="p-nrn-hint" class="hint" data-i18n="hint-nrn">11 digits, as on the identity document.</p>
        </div>
      </div>

      <div class="field" data-optional="address">
        <label id="p-address-label" for="p-address" data-i18n="field-address">Address</label>
        <div class="field-row">
          <textarea id="p-address" rows="3"></textarea>
          <span class="unknown-toggle">
            <input type="checkbox" id="p-address-unknown" aria-labelledby="p-address-label p-address-unknown-label" data-i18n-title="unknown-title">
            <label id="p-address-unknown-label" for="p-address-unknown" data-i18n="unknown">unknown</label>
          </span>
        </div>
      </div>

      <div class="grid-2">
        <div class="field" data-optional="phone">
          <label id="p-phone-label" for="p-phone" data-i18n="field-phone">Phone</label>
          <div class="field-row">
            <input id="p-phone" type="tel" autocomplete="off">
            <span class="unknown-toggle">
              <input type="checkbox" id="p-phone-unknown" aria-labelledby="p-phone-label p-phone-unknown-label" data-i18n-title="unknown-title">
              <label id="p-phone-unknown-label" for="p-phone-unknown" data-i18n="unknown">unknown</label>
            </span>
          </div>
        </div>
        <div class="field" data-optional="email">
          <label id="p-email-label" for="p-email" data-i18n="field-email">E-mail</label>
          <div class="field-row">
            <input id="p-email" type="email" autocomplete="off" spellcheck="false">
            <span class="unknown-toggle">
              <input type="checkbox" id="p-email-unknown" aria-labelledby="p-email-label p-email-unknown-label" data-i18n-title="unknown-title">
              <label id="p-email-unknown-label" for="p-email-unknown" data-i18n="unknown">unknown</label>
            </span>
          </div>
        </div>
        <div class="field" data-optional="language">
          <label id="p-language-label" for="p-language" data-i18n="field-language">Language</label>
          <div class="field-row">
            <select id="p-language">
              <option value="" data-i18n="not-asked">not asked</option>
              <option value="nl" data-i18n="language-nl">Nederlands</option>
              <option value="fr" data-i18n="language-fr">Français</option>
              <option value="de" data-i18n="language-de">Deutsch</option>
              <option value="en" data-i18n="language-en">English</option>
            </select>
            <span class="unknown-toggle">
              <input type="checkbox" id="p-language-unknown" aria-labelledby="p-language-label p-language-unknown-label" data-i18n-title="unknown-title">
              <label id="p-language-unknown-label" for="p-language-unknown" data-i18n="unknown">unknown</label>
            </span>
          </div>
        </div>
      </div>

      <fieldset class="household-box">
        <legend data-i18n="household-title" data-together-i18n="together-title-household">Household</legend>
        <p class="why" data-i18n="together-why-household">We ask who lives with you because the law looks at it: it decides which amount applies to you.</p>
        <p class="hint" id="household-hint" data-i18n="household-intro">Who lives with the person? One row per person; a first name or a description is enough.</p>
        <div id="household" class="household"></div>
        <p id="household-empty" class="empty-state" data-i18n="household-empty">No household members recorded.</p>
        <button type="button" id="household-add" class="btn btn-small" data-i18n="household-add">Add a household member</button>
      </fieldset>

      <div class="actions form-actions">
        <button type="submit" id="p-save" class="btn btn-primary" data-i18n="person-save">Save</button>
        <p id="p-status" class="status" role="status"></p>
        <p id="p-error" class="form-error" role="alert"></p>
      </div>
    </form>


    <!-- Voluntary support (only for a saved person): apart from the income side, in its own colour. -->
    <section id="support" class="support-box" hidden aria-labelledby="support-title">
      <h2 id="support-title" class="h-legend" data-i18n="support-title" data-together-i18n="together-title-support">Support, if the person wishes it</h2>
      <p class="why" data-i18n="together-why-plan">We only ask whether you want help. Help is your choice: it has no effect on your income, and you can stop at any time.</p>
      <p class="support-statement" data-i18n="support-statement">Support is voluntary. It is not a contract and has no effect on any income decision.</p>
      <p id="support-plan-state" class="support-state" hidden></p>
      <button type="button" id="support-open" class="btn btn-support" hidden data-i18n="support-open">Open the support plan</button>
      <div id="support-ask" class="support-ask">
        <p id="support-question" class="support-question" data-i18n="support-question">Does the person want support?</p>
        <p id="support-answer" class="support-answer" hidden></p>
        <div class="actions" role="group" aria-labelledby="support-question">
          <button type="button" id="support-yes" class="btn btn-support" data-i18n="support-yes">Yes: open a support plan</button>
          <button type="button" id="support-not-now" class="btn btn-support" data-i18n="support-not-now">Not now</button>
        </div>
        <p class="hint" data-i18n="support-ask-hint">"Not now" is a normal answer. The question can be asked again at any time, and the person can also bring it up themselves.</p>
      </div>
      <p id="support-status" class="status" role="status"></p>
      <p id="support-error" class="form-error" role="alert"></p>
    </section>

    <!-- Sharing and access (only for a saved person): consents, the sharing gate and its log, the person's own copy, hand-over, closing the file. Filled by sharing.js. -->
    <section id="sharing" class="sharing-box" hidden aria-labelledby="sharing-title">
      <h2 id="sharing-title" class="h-legend" data-i18n="sharing-title" data-together-i18n="together-title-sharing">Sharing and access</h2>
      <p class="why" data-i18n="together-why-sharing">We show this so that you know where your information goes. Nothing about you leaves the OCMW without your consent, and you can withdraw a consent at any time.</p>
      <p class="sharing-statement" data-i18n="sharing-intro">Nothing about the person leaves the OCMW without their consent. Here you record what they agreed to and everything that was shared, and you give them a copy of their own file.</p>

      <!-- Consent register -->
      <div class="sharing-part" role="group" aria-labelledby="consent-title">
        <h3 id="consent-title" class="h-sub" tabindex="-1" data-i18n="consent-title">Consents of the person</h3>
        <p class="hint" data-i18n="consent-intro">Each consent says who may receive which parts of the file, and why. The person can withdraw it at any time, without giving a reason.</p>
        <ul id="consent-list" class="item-list consent-list" aria-labelledby="consent-title"></ul>
        <p id="consent-empty" class="empty-state" hidden data-i18n="consent-empty">No consent recorded.</p>
        <p id="consent-status" class="status" role="status"></p>
        <p id="consent-error" class="form-error" role="alert"></p>

        <form id="consent-form" class="subform" novalidate aria-labelledby="consent-add-legend">
          <h4 id="consent-add-legend" class="h-sub" data-i18n="consent-add-legend">Record a new consent</h4>
          <div class="grid-2">
            <div class="field">
              <label for="consent-org" data-i18n="field-recipient-organisation">Recipient organisation</label>
              <input id="consent-org" type="text" autocomplete="off" aria-required="true">
            </div>
            <div class="field">
              <label for="consent-role" data-i18n="field-recipient-role">Role of the recipient</label>
              <input id="consent-role" type="text" autocomplete="off" aria-required="true" aria-describedby="consent-role-hint">
              <p id="consent-role-hint" class="hint" data-i18n="consent-role-hint">For example: social worker, debt counsellor, doctor.</p>
            </div>
          </div>
          <div class="field">
            <label for="consent-purpose" data-i18n="field-purpose">Purpose</label>
            <textarea id="consent-purpose" rows="2" aria-required="true" aria-describedby="consent-purpose-hint"></textarea>
            <p id="consent-purpose-hint" class="hint" data-i18n="consent-purpose-hint">Why the person agrees, in plain words: for what help, with what aim.</p>
          </div>
          <fieldset class="field choice-group" id="consent-parts">
            <legend class="legend-small" data-i18n="field-covers">Parts of the file covered</legend>
            <div class="choice-row">
              <span class="choice"><input type="checkbox" id="consent-part-identity" value="identity"><label for="consent-part-identity" data-i18n="part-identity">identity details</label></span>
              <span class="choice"><input type="checkbox" id="consent-part-household" value="household"><label for="consent-part-household" data-i18n="part-household">household</label></span>
              <span class="choice"><input type="checkbox" id="consent-part-income" value="income"><label for="consent-part-income" data-i18n="part-income">income and resources</label></span>
              <span class="choice"><input type="checkbox" id="consent-part-report" value="report"><label for="consent-part-report" data-i18n="part-report">social report</label></span>
              <span class="choice"><input type="checkbox" id="consent-part-plan" value="plan"><label for="consent-part-plan" data-i18n="part-plan">support plan</label></span>
            </div>
          </fieldset>
          <div class="grid-2">
            <div class="field">
              <label for="consent-given-on" data-i18n="field-given-on">Given on</label>
              <input id="consent-given-on" type="date" min="1900-01-01" aria-required="true">
            </div>
            <div class="field">
              <label for="consent-ends-on" data-i18n="field-ends-on">Ends on</label>
              <input id="consent-ends-on" type="date" min="1900-01-01" aria-describedby="consent-ends-hint">
              <p id="consent-ends-hint" class="hint" data-i18n="consent-ends-hint">Optional. Leave it empty when the consent has no end date: the person can still withdraw it at any time.</p>
            </div>
          </div>
          <div class="actions">
            <button type="submit" id="consent-give" class="btn btn-primary" data-i18n="consent-give">Record the consent</button>
            <p id="consent-give-status" class="status" role="status"></p>
          </div>
          <p id="consent-give-error" class="form-error" role="alert"></p>
        </form>
      </div>

      <!-- Share something: through the gate of consent and shared professional secrecy -->
      <form id="share-form" class="sharing-part" novalidate aria-labelledby="share-title">
        <h3 id="share-title" class="h-sub" data-i18n="share-title">Share something</h3>
        <p class="hint" data-i18n="share-intro">Only on a current consent of the person, and only when the three conditions of shared professional secrecy are met. Every share is written in the sharing log below.</p>
        <div class="field">
          <label for="share-consent" data-i18n="share-consent-label">On the consent of the person</label>
          <select id="share-consent" aria-required="true"></select>
          <p id="share-no-consent" class="hint" hidden data-i18n="share-no-consent">There is no current consent. Record the person's consent first.</p>
        </div>
        <div class="grid-3 recipient-fields">
          <div class="field">
            <label for="share-org" data-i18n="field-recipient-organisation">Recipient organisation</label>
            <input id="share-org" type="text" readonly>
          </div>
          <div class="field">
            <label for="share-role" data-i18n="field-recipient-role">Role of the recipient</label>
            <input id="share-role" type="text" readonly>
          </div>
          <div class="field">
            <label for="share-purpose" data-i18n="field-purpose">Purpose</label>
            <input id="share-purpose" type="text" readonly>
          </div>
        </div>
        <p id="share-covers" class="hint share-covers"></p>

        <div class="grid-2">
          <div class="field">
            <label for="share-doc-kind" data-i18n="share-doc-kind-label">A document from the file</label>
            <select id="share-doc-kind" aria-describedby="share-doc-hint">
              <option value="" data-i18n="share-doc-none">No document</option>
              <option value="report" data-i18n="share-doc-kind-report">Social report</option>
              <option value="receipt" data-i18n="share-doc-kind-receipt">Acknowledgement of receipt</option>
              <option value="decision" data-i18n="share-doc-kind-decision">Decision letter</option>
              <option value="plan" data-i18n="share-doc-kind-plan">Support plan</option>
            </select>
            <p id="share-doc-hint" class="hint" data-i18n="share-doc-hint">Optional. The PDF is saved in the Tandem folder of your Documents, and the parts it contains are written in the log.</p>
          </div>
          <div class="field" id="share-doc-id-field" hidden>
            <label for="share-doc-id" data-i18n="share-doc-which">Which one</label>
            <select id="share-doc-id"></select>
          </div>
        </div>
        <div class="field">
          <label for="share-what" data-i18n="field-what">What was shared</label>
          <textarea id="share-what" rows="2" aria-describedby="share-what-hint"></textarea>
          <p id="share-what-hint" class="hint" data-i18n="share-what-hint">In a few words: what you passed on, and how (by phone, by letter, in a meeting). Not needed when you share a document.</p>
        </div>
        <fieldset class="field choice-group" id="share-parts">
          <legend class="legend-small" data-i18n="field-parts">Parts of the file concerned</legend>
          <div class="choice-row">
            <span class="choice"><input type="checkbox" id="share-part-identity" value="identity"><label for="share-part-identity" data-i18n="part-identity">identity details</label></span>
            <span class="choice"><input type="checkbox" id="share-part-household" value="household"><label for="share-part-household" data-i18n="part-household">household</label></span>
            <span class="choice"><input type="checkbox" id="share-part-income" value="income"><label for="share-part-income" data-i18n="part-income">income and resources</label></span>
            <span class="choice"><input type="checkbox" id="share-part-report" value="report"><label for="share-part-report" data-i18n="part-report">social report</label></span>
            <span class="choice"><input type="checkbox" id="share-part-plan" value="plan"><label for="share-part-plan" data-i18n="part-plan">support plan</label></span>
          </div>
        </fieldset>

        <fieldset class="field conditions-box" id="share-conditions" aria-describedby="share-conditions-hint">
          <legend class="legend-small" data-i18n="secrecy-conditions-legend">The three conditions of shared professional secrecy</legend>
          <p id="share-conditions-hint" class="hint" data-i18n="secrecy-conditions-hint">Tick each one only when it is true. If one of them is not true, nothing can be shared.</p>
          <div class="check-line cond-line">
            <input type="checkbox" id="share-cond-secrecy">
            <label for="share-cond-secrecy" data-i18n="cond-secrecy">The recipient is bound by professional secrecy and works for the same mission for this person.</label>
          </div>
          <div class="check-line cond-line">
            <input type="checkbox" id="share-cond-necessary">
            <label for="share-cond-necessary" data-i18n="cond-necessary">Only what is necessary for that mission is shared.</label>
          </div>
          <div class="check-line cond-line">
            <input type="checkbox" id="share-cond-consent">
            <label for="share-cond-consent" data-i18n="cond-consent">The person was told what is shared, with whom and why, and agrees.</label>
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" id="share-submit" class="btn btn-primary" data-i18n="share-submit">Record the share</button>
        </div>
        <p id="share-status" class="status status-path" role="status"></p>
        <p id="share-error" class="form-error" role="alert"></p>
      </form>

      <!-- Sharing log -->
      <div class="sharing-part" role="group" aria-labelledby="log-title">
        <h3 id="log-title" class="h-sub" data-i18n="log-title">Sharing log</h3>
        <p class="hint" data-i18n="log-intro">Everything shared from this file, newest first. The person may read this log at any time.</p>
        <div class="table-wrap">
          <table id="share-log" class="resource-table share-log">
            <caption class="visually-hidden" data-i18n="log-title">Sharing log</caption>
            <thead>
              <tr>
                <th scope="col" data-i18n="field-date">Date</th>
                <th scope="col" data-i18n="log-recipient">Recipient</th>
                <th scope="col" data-i18n="field-purpose">Purpose</th>
                <th scope="col" data-i18n="log-what">What</th>
                <th scope="col" data-i18n="field-parts">Parts of the file concerned</th>
                <th scope="col" data-i18n="log-kind">How</th>
                <th scope="col" data-i18n="log-worker">By</th>
              </tr>
            </thead>
            <tbody id="share-log-rows"></tbody>
          </table>
        </div>
        <p id="share-log-empty" class="empty-state" hidden data-i18n="log-empty">Nothing has been shared from this file.</p>
        <p id="share-log-error" class="form-error" role="alert"></p>
      </div>

      <!-- The person's own copy (right of access) -->
      <div class="sharing-part" role="group" aria-labelledby="export-title">
        <h3 id="export-title" class="h-sub" data-i18n="export-title">A copy for the person</h3>
        <p class="hint" data-i18n="export-intro">The person has the right to see their file and to receive a copy of it. This saves everything Tandem holds about them: a PDF to read and a data file to keep or to take elsewhere. No consent is needed.</p>
        <div class="actions">
          <button type="button" id="person-export" class="btn" data-i18n="export-button">Make a copy for the person</button>
        </div>
        <div id="person-export-result" class="status-path" role="status">
          <p id="person-export-pdf" class="status status-path"></p>
          <p id="person-export-json" class="status status-path"></p>
        </div>
        <p id="person-export-error" class="form-error" role="alert"></p>
      </div>

      <!-- Hand-over to a colleague -->
      <form id="handover-form" class="sharing-part" novalidate aria-labelledby="handover-title">
        <h3 id="handover-title" class="h-sub" data-i18n="handover-title">Hand over to a colleague</h3>
        <p class="hint" data-i18n="handover-intro">When the person's file moves to a colleague with their own Tandem, the whole file goes as one encrypted file. It needs a current consent that covers every part of the file, and the three conditions.</p>
        <div class="field">
          <label for="handover-consent" data-i18n="share-consent-label">On the consent of the person</label>
          <select id="handover-consent" aria-required="true" aria-describedby="handover-recipient"></select>
          <p id="handover-recipient" class="hint"></p>
        </div>
        <fieldset class="field conditions-box" id="handover-conditions" aria-describedby="handover-conditions-hint">
          <legend class="legend-small" data-i18n="secrecy-conditions-legend">The three conditions of shared professional secrecy</legend>
          <p id="handover-conditions-hint" class="hint" data-i18n="secrecy-conditions-hint">Tick each one only when it is true. If one of them is not true, nothing can be shared.</p>
          <div class="check-line cond-line">
            <input type="checkbox" id="handover-cond-secrecy">
            <label for="handover-cond-secrecy" data-i18n="cond-secrecy">The recipient is bound by professional secrecy and works for the same mission for this person.</label>
          </div>
          <div class="check-line cond-line">
            <input type="checkbox" id="handover-cond-necessary">
            <label for="handover-cond-necessary" data-i18n="cond-necessary">Only what is necessary for that mission is shared.</label>
          </div>
          <div class="check-line cond-line">
            <input type="checkbox" id="handover-cond-consent">
            <label for="handover-cond-consent" data-i18n="cond-consent">The person was told what is shared, with whom and why, and agrees.</label>
          </div>
        </fieldset>
        <div class="grid-2">
          <div class="field">
            <label for="handover-pass" data-i18n="field-passphrase">Passphrase</label>
            <input id="handover-pass" type="password" autocomplete="new-password" aria-required="true" aria-describedby="handover-pass-hint">
          </div>
          <div class="field">
            <label for="handover-pass2" data-i18n="field-passphrase-repeat">Repeat the passphrase</label>
            <input id="handover-pass2" type="password" autocomplete="new-password" aria-required="true">
          </div>
        </div>
        <p id="handover-pass-hint" class="hint" data-i18n="handover-pass-hint">At least 12 characters, chosen only for this hand-over. It is not your own passphrase.</p>
        <div class="actions">
          <button type="submit" id="handover-submit" class="btn btn-primary" data-i18n="handover-submit">Make the hand-over file</button>
        </div>
        <p id="handover-result" class="status status-path" role="status"></p>
        <p id="handover-next" class="notice" hidden data-i18n="handover-tell-passphrase">Give the file to your colleague, and tell them the passphrase by another channel: by phone or face to face, never in the same e-mail or on the same USB stick.</p>
        <p id="handover-error" class="form-error" role="alert"></p>
      </form>

      <!-- Closing the file -->
      <div class="sharing-part" role="group" aria-labelledby="file-title">
        <h3 id="file-title" class="h-sub" data-i18n="file-title">Closing the file</h3>
        <p class="hint" data-i18n="file-intro">When the help ends, close the file. A closed file is kept for the period set in the settings, then listed on the home screen to be erased. Reopen it if the person comes back.</p>
        <p id="file-status" class="file-status"></p>
        <div id="file-close-box" class="file-close-box">
          <div class="field field-narrow">
            <label for="file-close-date" data-i18n="field-closed-on">Closed on</label>
            <input id="file-close-date" type="date" min="1900-01-01">
          </div>
          <div class="actions">
            <button type="button" id="file-close" class="btn" aria-describedby="file-status" data-i18n="file-close">Close the file</button>
          </div>
        </div>
        <div class="actions">
          <button type="button" id="file-reopen" class="btn" hidden aria-describedby="file-status" data-i18n="file-reopen">Reopen the file</button>
        </div>
        <p id="file-error" class="form-error" role="alert"></p>
      </div>
    </section>
  </div>
</div>
`;
