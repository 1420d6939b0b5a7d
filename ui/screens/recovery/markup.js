// Markup of the recovery code shown once: inserted once into #screen-recovery at start (a module, as the CSP allows no fetch of templates).
export const markup = `
<div class="card">
  <h1 id="recovery-title" tabindex="-1" data-i18n="recovery-title">Your recovery code</h1>
  <p class="lead" data-i18n="recovery-intro">This code is the only way into your vault if you forget your passphrase. Tandem will never show it again.</p>
  <p id="recovery-code" class="recovery-code" aria-describedby="recovery-title"></p>
  <p data-i18n="recovery-keep">Write it down or print it, and keep it in a safe place away from this laptop, for example in a locked drawer.</p>
  <div class="actions">
    <button type="button" id="recovery-print" class="btn" data-i18n="recovery-print">Print recovery sheet</button>
  </div>
  <div class="check-line">
    <input type="checkbox" id="recovery-confirm">
    <label for="recovery-confirm" data-i18n="recovery-confirm">I have written it down or printed it</label>
  </div>
  <div class="actions">
    <button type="button" id="recovery-continue" class="btn btn-primary" disabled data-i18n="recovery-continue">Continue</button>
  </div>
</div>
`;
