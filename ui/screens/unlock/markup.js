// Markup of the unlock screen: inserted once into #screen-unlock at start (a module, as the CSP allows no fetch of templates).
export const markup = `
<div class="card card-narrow">
  <h1 id="unlock-title" tabindex="-1" data-i18n="unlock-title">Unlock Tandem</h1>
  <p data-i18n="unlock-intro">Your vault is locked. Enter your passphrase to continue.</p>
  <form id="unlock-form" novalidate>
    <div class="field" id="unlock-passphrase-field">
      <label for="unlock-passphrase" data-i18n="field-passphrase">Passphrase</label>
      <input id="unlock-passphrase" type="password" autocomplete="current-password" aria-describedby="unlock-error">
    </div>
    <div class="field" id="unlock-recovery-field" hidden>
      <label for="unlock-recovery" data-i18n="field-recovery-code">Recovery code</label>
      <input id="unlock-recovery" type="text" class="mono" autocomplete="off" spellcheck="false" autocapitalize="characters" aria-describedby="unlock-recovery-hint unlock-error">
      <p id="unlock-recovery-hint" class="hint" data-i18n="unlock-recovery-hint">Type the code from your recovery sheet. Afterwards, choose a new passphrase in the settings.</p>
    </div>
    <div class="check-line" id="unlock-accept-seal-field" hidden>
      <input id="unlock-accept-seal" type="checkbox">
      <label for="unlock-accept-seal" data-i18n="unlock-accept-seal">I moved this vault myself without its seal: open it anyway (this is written in the journal).</label>
    </div>
    <div class="actions">
      <button type="submit" id="unlock-submit" class="btn btn-primary" data-i18n="unlock-submit">Unlock</button>
    </div>
    <p id="unlock-error" class="form-error" role="alert"></p>
    <button type="button" id="unlock-use-recovery" class="btn-link" data-i18n="unlock-use-recovery">I lost my passphrase: use the recovery code</button>
  </form>
  <button type="button" id="unlock-restore" class="btn-link" aria-expanded="false" aria-controls="unlock-restore-box" data-i18n="unlock-restore">Restore a backup</button>
  <div id="unlock-restore-box" class="unlock-restore" hidden>
    <h2 id="unlock-restore-title" tabindex="-1" data-i18n="restore-title">Restore a backup</h2>
    <p data-i18n="unlock-restore-intro">Only for a vault that no longer opens. You need the passphrase that was valid on the day of the backup, or your recovery code.</p>
    <!-- The restore form of the settings is moved here (backups.js). -->
    <div id="unlock-restore-slot"></div>
  </div>
</div>
`;
