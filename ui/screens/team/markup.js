// Markup of the team room (the lead's deadlines and cover grants, the committee's sessions and agendas, a worker's covers and reports on an agenda): inserted once into #screen-team at start.
export const markup = `
<div class="settings-head">
  <button type="button" id="team-back" class="btn" data-i18n="settings-back">Back</button>
  <h1 id="team-room-title" tabindex="-1" data-i18n="team-room-title">Team</h1>
</div>
<p id="team-room-who" class="status team-room-line"></p>
<p id="team-room-error" class="form-error team-room-line" role="alert"></p>

<section id="move-card" class="card" hidden aria-labelledby="move-title">
  <h2 id="move-title" class="h-legend" data-i18n="move-title">Files of your personal vault</h2>
  <p class="hint" data-i18n="move-hint">A file of your personal vault moves to the team whole (its support plan stays yours there too), once. Both journals record it, and the copy on this laptop is closed: it is kept for the retention years, then listed to be erased.</p>
  <ul id="move-list" class="list"></ul>
  <p id="move-empty" class="hint" hidden data-i18n="move-empty">No open file in your personal vault.</p>
  <p id="move-status" class="status" role="status"></p>
</section>

<section id="team-deadlines-card" class="card" hidden aria-labelledby="team-deadlines-title">
  <h2 id="team-deadlines-title" class="h-legend" data-i18n="team-deadlines-title">The team's deadlines</h2>
  <p class="hint" data-i18n="team-deadlines-hint">File references and dates only, for the next 30 days and what is overdue: you see no name and open no file.</p>
  <div class="table-wrap">
    <table class="resource-table">
      <thead>
        <tr>
          <th scope="col" data-i18n="team-col-file">File</th>
          <th scope="col" data-i18n="team-col-next">Next step</th>
          <th scope="col" data-i18n="team-col-due">Due</th>
          <th scope="col" data-i18n="team-col-worker">Social worker</th>
          <th scope="col" data-i18n="team-col-state">State</th>
        </tr>
      </thead>
      <tbody id="team-deadline-rows"></tbody>
    </table>
  </div>
  <p id="team-deadlines-empty" class="hint" hidden data-i18n="team-deadlines-empty">No deadline in the next 30 days, and none overdue.</p>
</section>

<section id="team-covers-card" class="card" hidden aria-labelledby="team-covers-title">
  <h2 id="team-covers-title" class="h-legend" data-i18n="team-covers-title">Cover during an absence</h2>
  <p id="team-covers-hint" class="hint" data-i18n="team-covers-hint">A colleague follows one file until a date, that day included; the next day the file closes to them by itself. The support plan never opens to them.</p>
  <div class="table-wrap">
    <table class="resource-table">
      <thead>
        <tr>
          <th scope="col" data-i18n="team-col-file">File</th>
          <th scope="col" data-i18n="team-col-owner">File of</th>
          <th scope="col" data-i18n="team-col-cover">Followed by</th>
          <th scope="col" data-i18n="team-col-until">Until</th>
          <th scope="col" data-i18n="team-col-actions">Actions</th>
        </tr>
      </thead>
      <tbody id="team-cover-rows"></tbody>
    </table>
  </div>
  <p id="team-covers-empty" class="hint" hidden data-i18n="team-covers-empty">No cover is running.</p>
  <form id="cover-form" hidden novalidate>
    <fieldset>
      <legend data-i18n="cover-give-legend">Give a colleague one file</legend>
      <div class="grid-3">
        <div class="field">
          <label for="cover-file" data-i18n="team-col-file">File</label>
          <select id="cover-file"></select>
        </div>
        <div class="field">
          <label for="cover-worker" data-i18n="cover-worker">Colleague</label>
          <select id="cover-worker"></select>
        </div>
        <div class="field">
          <label for="cover-until" data-i18n="cover-until">Until (that day included)</label>
          <input type="date" id="cover-until">
        </div>
      </div>
      <div class="actions">
        <button type="submit" id="cover-give" class="btn btn-primary" data-i18n="cover-give">Give the file</button>
        <p id="cover-status" class="status" role="status"></p>
      </div>
    </fieldset>
  </form>
</section>

<section id="committee-card" class="card" hidden aria-labelledby="committee-title">
  <h2 id="committee-title" class="h-legend" data-i18n="committee-title">The committee</h2>
  <div class="field">
    <label for="committee-session" data-i18n="committee-session">Session</label>
    <select id="committee-session"></select>
  </div>
  <p id="committee-none" class="hint" hidden data-i18n="committee-none">No session is set yet.</p>
  <form id="session-form" hidden novalidate>
    <fieldset>
      <legend data-i18n="session-add-legend">Set a session</legend>
      <div class="grid-2">
        <div class="field">
          <label for="session-date" data-i18n="session-date">Date</label>
          <input type="date" id="session-date">
        </div>
        <div class="field">
          <label for="session-place" data-i18n="session-place">Place</label>
          <input type="text" id="session-place" maxlength="200">
        </div>
      </div>
      <div class="actions">
        <button type="submit" id="session-add" class="btn" data-i18n="session-add">Set the session</button>
        <p id="session-status" class="status" role="status"></p>
      </div>
    </fieldset>
  </form>
  <div id="agenda-box" hidden>
    <h3 data-i18n="agenda-title">The agenda</h3>
    <p class="hint" data-i18n="agenda-hint">The signed reports the social workers put on this session's agenda, and nothing else of their files. Each report you open is recorded in the person's journal.</p>
    <div class="table-wrap">
      <table class="resource-table">
        <thead>
          <tr>
            <th scope="col" data-i18n="doc-agenda-col-number">No.</th>
            <th scope="col" data-i18n="team-col-file">File</th>
            <th scope="col" data-i18n="doc-agenda-col-version">Report</th>
            <th scope="col" data-i18n="team-col-worker">Social worker</th>
            <th scope="col" data-i18n="doc-agenda-col-fingerprint">Fingerprint</th>
            <th scope="col" data-i18n="team-col-actions">Actions</th>
          </tr>
        </thead>
        <tbody id="agenda-rows"></tbody>
      </table>
    </div>
    <p id="agenda-empty" class="hint" hidden data-i18n="doc-agenda-empty">No report has been put on this agenda yet.</p>
    <div class="actions">
      <button type="button" id="agenda-print" class="btn btn-primary" data-i18n="agenda-print">Print the agenda (PDF)</button>
      <p id="agenda-status" class="status" role="status"></p>
    </div>
  </div>
  <div id="mine-box" hidden>
    <h3 data-i18n="mine-title">Your reports on this agenda</h3>
    <ul id="mine-list" class="list"></ul>
    <p id="mine-empty" class="hint" hidden data-i18n="mine-empty">None yet. Put a report on an agenda from its review, once it is signed or sent.</p>
  </div>
</section>
`;
