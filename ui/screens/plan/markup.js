// Markup of the support plan page: inserted once into #screen-plan at start (a module, as the CSP allows no fetch of templates).
export const markup = `
<div class="plan-head">
  <button type="button" id="plan-back" class="btn btn-support" data-i18n="plan-back" data-i18n-title="plan-back-title">Back to the person</button>
  <h1 id="plan-title" tabindex="-1" data-i18n="plan-title-loading">Support plan</h1>
</div>
<p class="support-statement" data-i18n="support-statement">Support is voluntary. It is not a contract and has no effect on any income decision.</p>
<p class="why" data-i18n="together-why-plan">We only ask whether you want help. Help is your choice: it has no effect on your income, and you can stop at any time.</p>

<div id="plan-unsaved-bar" class="unsaved-bar" role="alert" hidden>
  <span data-i18n="plan-unsaved-text">Some entries on this page are not added yet.</span>
  <span class="unsaved-actions">
    <button type="button" id="plan-unsaved-leave" class="btn btn-small" data-i18n="req-unsaved-leave">Leave without saving</button>
    <button type="button" id="plan-unsaved-keep" class="btn btn-support-primary btn-small" data-i18n="unsaved-keep">Keep editing</button>
  </span>
</div>
<p id="plan-load-error" class="form-error" role="alert"></p>

<div id="plan-body" class="plan-body" hidden>
  <!-- Where the plan stands -->
  <div class="plan-state-box">
    <p id="plan-state" class="plan-state" tabindex="-1"></p>
    <p id="plan-opened" class="plan-opened"></p>
    <p id="plan-ended-note" class="plan-ended-note" hidden data-i18n="plan-ended-readonly">This plan has ended. It can be read, not changed. A new plan can be opened from the person's page if they wish.</p>
    <p id="plan-state-status" class="status" role="status"></p>
  </div>

  <!-- Goals, in the person's own words -->
  <section id="plan-goals" class="card plan-card" aria-labelledby="plan-goals-title">
    <h2 id="plan-goals-title" data-i18n="plan-goals-title">Goals, in the person's own words</h2>
    <p class="hint" data-i18n="plan-goals-intro">The person chooses the goals and says them in their own words: write them down as they are said. The person also says where each goal stands. No goal has to be reached.</p>
    <ul id="goal-list" class="item-list plan-list" aria-labelledby="plan-goals-title"></ul>
    <p id="goals-empty" class="empty-state" data-i18n="plan-goals-empty">No goal written down yet. That is fine: a plan can start with a conversation.</p>
    <p id="goal-list-status" class="status" role="status"></p>
    <p id="goal-list-error" class="form-error" role="alert"></p>

    <form id="goal-form" class="subform plan-add" novalidate aria-labelledby="goal-legend">
      <h3 id="goal-legend" class="h-sub" data-i18n="plan-goal-add-legend">Write down a goal</h3>
      <div class="field">
        <label for="goal-text" data-i18n="plan-goal-text">In the person's own words</label>
        <textarea id="goal-text" rows="3" aria-required="true" aria-describedby="goal-text-hint"></textarea>
        <p id="goal-text-hint" class="hint" data-i18n="plan-goal-text-hint">Exactly as the person says it, without rewording it.</p>
      </div>
      <div class="field field-narrow">
        <label for="goal-wished-date" data-i18n="plan-goal-wished-date">A date, only if the person wishes one</label>
        <input id="goal-wished-date" type="date" min="1900-01-01" aria-describedby="goal-wished-date-hint">
        <p id="goal-wished-date-hint" class="hint" data-i18n="hint-optional">Optional.</p>
      </div>
      <div class="actions">
        <button type="submit" id="goal-add" class="btn btn-support-primary" data-i18n="plan-goal-add">Add the goal</button>
        <p id="goal-status" class="status" role="status"></p>
      </div>
      <p id="goal-error" class="form-error" role="alert"></p>
    </form>
  </section>

  <!-- What the OCMW commits to do -->
  <section id="plan-commitments" class="card plan-card" aria-labelledby="plan-commitments-title">
    <h2 id="plan-commitments-title" data-i18n="plan-commitments-title">What the OCMW commits to do</h2>
    <p class="plan-stance" data-i18n="plan-commitments-stance">These are commitments of the OCMW to the person. The person has no obligations here: no tasks, no deadlines imposed on them, no evaluation.</p>
    <p id="plan-commitments-tick" class="hint" data-i18n="plan-commitments-tick">Tick a commitment when the OCMW has done it.</p>
    <ul id="commitment-list" class="item-list plan-list" aria-labelledby="plan-commitments-title"></ul>
    <p id="commitments-empty" class="empty-state" data-i18n="plan-commitments-empty">No commitment recorded yet.</p>
    <p id="commitment-list-status" class="status" role="status"></p>
    <p id="commitment-list-error" class="form-error" role="alert"></p>

    <form id="commitment-form" class="subform plan-add" novalidate aria-labelledby="commitment-legend">
      <h3 id="commitment-legend" class="h-sub" data-i18n="plan-commitment-add-legend">Add a commitment of the OCMW</h3>
      <div class="field">
        <label for="commitment-text" data-i18n="plan-commitment-text">What the OCMW will do</label>
        <textarea id="commitment-text" rows="2" aria-required="true" aria-describedby="commitment-text-hint"></textarea>
        <p id="commitment-text-hint" class="hint" data-i18n="plan-commitment-text-hint">For example: make an appointment, check a right, go along to a meeting.</p>
      </div>
      <div class="grid-2">
        <div class="field">
          <label for="commitment-who" data-i18n="plan-commitment-who">Who at the OCMW</label>
          <input id="commitment-who" type="text" autocomplete="off" aria-describedby="commitment-who-hint">
          <p id="commitment-who-hint" class="hint" data-i18n="hint-optional">Optional.</p>
        </div>
        <div class="field">
          <label for="commitment-by" data-i18n="plan-commitment-by">By when</label>
          <input id="commitment-by" type="date" min="1900-01-01" aria-describedby="commitment-by-hint">
          <p id="commitment-by-hint" class="hint" data-i18n="plan-commitment-by-hint">Optional. A date the OCMW sets for itself.</p>
        </div>
      </div>
      <div class="actions">
        <button type="submit" id="commitment-add" class="btn btn-support-primary" data-i18n="plan-commitment-add">Add the commitment</button>
        <p id="commitment-status" class="status" role="status"></p>
      </div>
      <p id="commitment-error" class="form-error" role="alert"></p>
    </form>
  </section>

  <!-- Meetings -->
  <section id="plan-meetings" class="card plan-card" aria-labelledby="plan-meetings-title">
    <h2 id="plan-meetings-title" data-i18n="plan-meetings-title">Meetings</h2>
    <p class="hint" data-i18n="plan-meetings-intro">After each meeting, a short note of what was agreed, written so that the person can read it. The newest meeting comes first.</p>

    <form id="meeting-form" class="subform plan-add plan-add-top" novalidate aria-labelledby="meeting-legend">
      <h3 id="meeting-legend" class="h-sub" data-i18n="plan-meeting-add-legend">Record a meeting</h3>
      <div class="field field-narrow">
        <label for="meeting-date" data-i18n="plan-meeting-date">Date of the meeting</label>
        <input id="meeting-date" type="date" min="1900-01-01" aria-required="true">
      </div>
      <div class="field">
        <label for="meeting-note" data-i18n="plan-meeting-note">What was agreed</label>
        <textarea id="meeting-note" rows="3" aria-describedby="meeting-note-hint"></textarea>
        <p id="meeting-note-hint" class="hint" data-i18n="plan-meeting-note-hint">A short note in plain words, written so that the person can read it.</p>
      </div>
      <div class="actions">
        <button type="submit" id="meeting-add" class="btn btn-support-primary" data-i18n="plan-meeting-add">Add the meeting</button>
        <p id="meeting-status" class="status" role="status"></p>
      </div>
      <p id="meeting-error" class="form-error" role="alert"></p>
    </form>

    <ul id="meeting-list" class="item-list plan-list" aria-labelledby="plan-meetings-title"></ul>
    <p id="meetings-empty" class="empty-state" data-i18n="plan-meetings-empty">No meeting recorded yet.</p>
  </section>

  <!-- Stop at any time -->
  <section id="plan-stop" class="card plan-card" aria-labelledby="plan-stop-title">
    <h2 id="plan-stop-title" data-i18n="plan-stop-title">Pause or stop, at any time</h2>
    <p class="plan-stance" data-i18n="plan-stop-intro">The person can pause or stop the support at any time, without giving a reason. This changes nothing to their income.</p>
    <div class="actions" role="group" aria-labelledby="plan-stop-title">
      <button type="button" id="plan-pause" class="btn btn-support" data-i18n="plan-pause">Pause the plan</button>
      <button type="button" id="plan-resume" class="btn btn-support-primary" hidden data-i18n="plan-resume">Resume the plan</button>
      <button type="button" id="plan-end" class="btn btn-support" aria-describedby="plan-end-hint" data-i18n="plan-end">End the plan</button>
    </div>
    <p id="plan-end-hint" class="hint" data-i18n="plan-end-hint">Ending needs no reason. The plan can still be read afterwards, and a new plan can be opened later if the person wishes.</p>
    <p id="plan-stop-status" class="status" role="status"></p>
    <p id="plan-stop-error" class="form-error" role="alert"></p>
  </section>

  <!-- The plan document -->
  <section id="plan-document" class="card plan-card" aria-labelledby="plan-document-title">
    <h2 id="plan-document-title" data-i18n="plan-document-title">The plan document</h2>
    <p class="hint" data-i18n="plan-document-hint">A PDF of the plan, to give to the person. It is saved in the Tandem folder of your Documents, where you can open and print it.</p>
    <div class="actions">
      <button type="button" id="plan-save-pdf" class="btn btn-support-primary" data-i18n="plan-save-pdf">Save the plan as PDF</button>
    </div>
    <p id="plan-status" class="status status-path" role="status"></p>
    <p id="plan-doc-error" class="form-error" role="alert"></p>
  </section>
</div>
`;
