// Markup of the collective signals (figures of a period, the cost of the cohabitant rate, observations, exports): inserted once into #screen-signals at start.
export const markup = `
<div class="settings-head">
  <button type="button" id="signals-back" class="btn" data-i18n="signals-back">Back</button>
  <h1 id="signals-title" tabindex="-1" data-i18n="signals-title">Collective signals</h1>
</div>
<p class="hint" data-i18n="signals-intro"></p>

<form id="signals-period" class="card" novalidate>
  <fieldset>
    <legend data-i18n="signals-period-legend">Period</legend>
    <div class="grid-2">
      <div class="field">
        <label for="signals-from" data-i18n="field-from">From</label>
        <input id="signals-from" type="date" aria-required="true">
      </div>
      <div class="field">
        <label for="signals-to" data-i18n="field-to">To</label>
        <input id="signals-to" type="date" aria-required="true">
      </div>
    </div>
  </fieldset>
  <div class="actions">
    <button type="submit" id="signals-show" class="btn btn-primary" data-i18n="signals-show">Show the figures</button>
  </div>
  <div id="signals-error" class="alert" role="alert" hidden></div>
</form>

<div id="signals-figures" hidden>
  <section class="card" aria-labelledby="signals-requests-title">
    <h2 id="signals-requests-title" data-i18n="signals-requests"></h2>
    <dl id="signals-requests" class="figures"></dl>
    <div id="signals-months" class="bars"></div>
  </section>
  <section class="card" aria-labelledby="signals-refusals-title">
    <h2 id="signals-refusals-title" data-i18n="signals-refusals"></h2>
    <div id="signals-refusals" class="bars"></div>
    <h2 id="signals-categories-title" data-i18n="signals-categories"></h2>
    <div id="signals-categories" class="bars"></div>
  </section>
  <section class="card" aria-labelledby="signals-deadlines-title">
    <h2 id="signals-deadlines-title" data-i18n="signals-deadlines"></h2>
    <dl id="signals-deadlines" class="figures"></dl>
    <h2 id="signals-reports-title" data-i18n="signals-reports"></h2>
    <dl id="signals-reports" class="figures"></dl>
  </section>
  <section class="card" aria-labelledby="signals-gap-heading">
    <h2 id="signals-gap-heading" data-i18n="signals-gap-title"></h2>
    <dl id="signals-gap" class="figures"></dl>
  </section>

  <section class="card" aria-labelledby="signals-observations-heading">
    <h2 id="signals-observations-heading" data-i18n="signals-observations-title"></h2>
    <p class="hint" data-i18n="signals-observations-intro"></p>
    <ul id="signals-observations" class="plain-list"></ul>
    <form id="signals-observation-form" novalidate>
      <div class="grid-2">
        <div class="field">
          <label for="signals-theme" data-i18n="field-theme">Theme</label>
          <select id="signals-theme" data-vocabulary="signal_themes"></select>
        </div>
        <div class="field">
          <label for="signals-situations" data-i18n="field-situations">Number of situations</label>
          <input id="signals-situations" type="number" min="1" step="1" inputmode="numeric" aria-required="true">
        </div>
      </div>
      <div class="field">
        <label for="signals-text" data-i18n="field-text">Text</label>
        <textarea id="signals-text" rows="4" aria-required="true" aria-describedby="signals-scan"></textarea>
        <p id="signals-scan" class="hint" aria-live="polite"></p>
      </div>
      <div class="actions">
        <button type="button" id="signals-check" class="btn" data-i18n="signals-observation-check"></button>
        <button type="submit" id="signals-observation-save" class="btn btn-primary" data-i18n="signals-observation-save"></button>
      </div>
      <div id="signals-observation-error" class="alert" role="alert" hidden></div>
      <p id="signals-observation-status" class="status" role="status"></p>
    </form>
  </section>

  <section class="card" aria-labelledby="signals-exports-heading">
    <h2 id="signals-exports-heading" data-i18n="signals-exports-title"></h2>
    <div class="actions">
      <button type="button" id="signals-export-pdf" class="btn" data-i18n="signals-export-pdf"></button>
      <button type="button" id="signals-export-csv" class="btn" data-i18n="signals-export-csv"></button>
      <button type="button" id="signals-export-json" class="btn" data-i18n="signals-export-json"></button>
    </div>
    <div id="signals-export-error" class="alert" role="alert" hidden></div>
    <p id="signals-export-status" class="status" role="status"></p>
  </section>
</div>
`;
