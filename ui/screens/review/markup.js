// Markup of the report review, read together and signed: inserted once into #screen-review at start (a module, as the CSP allows no fetch of templates).
export const markup = `
<div class="review-head">
  <button type="button" id="review-back" class="btn" data-i18n="review-back" data-i18n-title="review-back-title">Back to the request</button>
  <h1 id="review-title" tabindex="-1" data-i18n="review-title-loading">Social report</h1>
</div>

<div id="review-unsaved-bar" class="unsaved-bar" role="alert" hidden>
  <span data-i18n="review-unsaved-text">Some things on this screen are not saved yet.</span>
  <span class="unsaved-actions">
    <button type="button" id="review-unsaved-leave" class="btn btn-small" data-i18n="req-unsaved-leave">Leave without saving</button>
    <button type="button" id="review-unsaved-keep" class="btn btn-primary btn-small" data-i18n="unsaved-keep">Keep editing</button>
  </span>
</div>
<p id="review-load-error" class="form-error" role="alert"></p>

<div id="review-body" class="review-body" hidden>
  <div class="review-column">
    <p class="review-intro" data-i18n="review-intro">Read the report together, at your own pace. This is the text that goes to the committee, as it will be printed. Stop at anything that is unclear or not right: that is what this moment is for.</p>
    <p id="review-version" class="review-version"></p>
    <p id="review-frozen" class="notice review-frozen" tabindex="-1" hidden></p>

    <article id="review-document" class="reading" data-i18n-aria-label="review-document"></article>

    <section id="review-remarks-box" class="review-part" aria-labelledby="review-remarks-title">
      <h2 id="review-remarks-title" tabindex="-1" data-i18n="review-remarks-title">Remarks of the person</h2>
      <p class="review-text" data-i18n="review-remarks-intro">The person may add remarks in their own words.</p>
      <p id="review-remarks-current" class="review-state"></p>
      <div class="field">
        <label for="review-remarks" data-i18n="review-remarks-label">Remarks, in the person's own words</label>
        <textarea id="review-remarks" class="review-textarea" rows="8" spellcheck="false"></textarea>
        <p id="review-remarks-closed" class="hint" hidden data-i18n="review-remarks-closed">Remarks can be added until the person signs or declines to sign.</p>
      </div>
      <div class="actions">
        <button type="button" id="review-remarks-save" class="btn btn-primary" data-i18n="review-remarks-save">Save the remarks</button>
        <button type="button" id="review-no-remarks" class="btn" data-i18n="review-no-remarks">No remarks</button>
        <p id="review-remarks-status" class="status" role="status"></p>
      </div>
      <p id="review-remarks-error" class="form-error" role="alert"></p>
    </section>

    <section id="review-together-box" class="review-part" aria-labelledby="review-together-title">
      <h2 id="review-together-title" data-i18n="review-together-title">Read together</h2>
      <p class="review-text" data-i18n="review-together-intro">Reading together means that you went through the whole report side by side, and the person could ask about every part of it. Signing comes after this.</p>
      <div class="actions">
        <button type="button" id="review-read-together" class="btn btn-primary" data-i18n="review-read-together">We have read it together</button>
        <p id="review-read-status" class="status" role="status"></p>
      </div>
      <p id="review-read-state" class="review-state"></p>
      <p id="review-read-error" class="form-error" role="alert"></p>
    </section>
  </div>

  <section id="review-sign-box" class="review-part review-part-wide" aria-labelledby="review-sign-title">
    <h2 id="review-sign-title" tabindex="-1" data-i18n="review-sign-title">Signatures</h2>
    <p class="review-text" data-i18n="review-sign-intro">Signing is never required to send the report.</p>
    <p id="review-sign-wait" class="notice" hidden data-i18n="review-sign-wait">First read the report together; then you can sign.</p>
    <div class="pads">
      <section id="review-worker-box" class="pad-box" aria-labelledby="review-worker-title">
        <h3 id="review-worker-title" class="pad-title" tabindex="-1" data-i18n="review-sign-worker">The social worker</h3>
        <p id="sig-worker-state" class="review-state"></p>
        <div class="pad-frame">
          <canvas id="pad-worker" class="pad" role="img" width="600" height="200" aria-describedby="pad-hint-worker" data-i18n-aria-label="review-pad-worker"></canvas>
        </div>
        <p id="pad-hint-worker" class="hint" data-i18n="review-pad-hint">Without a mouse or a touch screen: sign on paper and choose "Signed on paper".</p>
        <div class="actions">
          <button type="button" id="sign-worker" class="btn btn-primary" aria-describedby="review-worker-title" data-i18n="review-sign">Sign</button>
          <button type="button" id="clear-worker" class="btn" aria-describedby="review-worker-title" data-i18n="review-clear">Clear</button>
          <button type="button" id="paper-worker" class="btn" aria-describedby="review-worker-title" data-i18n="review-paper">Signed on paper</button>
        </div>
        <p id="sign-worker-status" class="status" role="status"></p>
        <p id="sign-worker-error" class="form-error" role="alert"></p>
      </section>

      <section id="review-person-box" class="pad-box" aria-labelledby="review-person-title">
        <h3 id="review-person-title" class="pad-title" tabindex="-1" data-i18n="review-sign-person">The person</h3>
        <p id="sig-person-state" class="review-state"></p>
        <div class="pad-frame">
          <canvas id="pad-person" class="pad" role="img" width="600" height="200" aria-describedby="pad-hint-person" data-i18n-aria-label="review-pad-person"></canvas>
        </div>
        <p id="pad-hint-person" class="hint hint-person" data-i18n="review-pad-hint">Without a mouse or a touch screen: sign on paper and choose "Signed on paper".</p>
        <div class="actions">
          <button type="button" id="sign-person" class="btn btn-primary" aria-describedby="review-person-title" data-i18n="review-sign">Sign</button>
          <button type="button" id="clear-person" class="btn" aria-describedby="review-person-title" data-i18n="review-clear">Clear</button>
          <button type="button" id="paper-person" class="btn" aria-describedby="review-person-title" data-i18n="review-paper">Signed on paper</button>
        </div>
        <p id="sign-person-status" class="status" role="status"></p>
        <p id="sign-person-error" class="form-error" role="alert"></p>

        <div class="decline-box">
          <h4 id="review-decline-title" class="h-sub" data-i18n="review-decline-title">Declining to sign</h4>
          <p class="hint" data-i18n="review-decline-intro">The person may decline to sign. That is their right; the report records it, with their reason if they want to give one.</p>
          <div class="field">
            <label for="review-decline-reason" data-i18n="review-decline-reason">Reason, if the person wants to give one</label>
            <textarea id="review-decline-reason" rows="3" aria-describedby="review-decline-hint"></textarea>
            <p id="review-decline-hint" class="hint" data-i18n="hint-optional">Optional.</p>
          </div>
          <div class="actions">
            <button type="button" id="decline-person" class="btn" data-i18n="review-decline">The person declines to sign</button>
          </div>
        </div>
      </section>
    </div>
  </section>

  <div class="actions review-foot">
    <button type="button" id="review-back-end" class="btn" data-i18n="review-back">Back to the request</button>
  </div>
</div>
`;
