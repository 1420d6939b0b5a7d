// Markup of the first-run screen (profile and passphrase): inserted once into #screen-onboarding at start (a module, as the CSP allows no fetch of templates).
export const markup = `
<div class="card">
  <h1 id="onb-title" tabindex="-1" data-i18n="onb-title">Welcome to Tandem</h1>
  <div id="onb-damaged" class="problem" role="alert" hidden>
    <p data-i18n="onb-damaged-1">A vault is in this folder, but its key file (keyslots.json) is missing: Tandem cannot open it.</p>
    <p data-i18n="onb-damaged-2">Nothing is deleted. If you have a backup, restore it below with the passphrase of its day. If you start a new vault, the old data is moved aside into a folder named "aside-…", where the key file, if found, can still open it.</p>
  </div>
  <p class="lead" data-i18n="onb-intro-1">Tandem helps you assess the right to the minimum income together with the person, on the six legal conditions only.</p>
  <p data-i18n="onb-intro-2">Everything you record stays in an encrypted vault on this laptop. Nothing is shared or sent anywhere.</p>
  <p data-i18n="onb-intro-3">To start, tell Tandem who you are and choose a passphrase.</p>

  <form id="onb-form" novalidate>
    <fieldset>
      <legend data-i18n="onb-profile-legend">About you and your OCMW</legend>
      <div class="field">
        <label for="onb-worker" data-i18n="field-worker-name">Your name</label>
        <input id="onb-worker" type="text" autocomplete="name" aria-required="true">
      </div>
      <div class="field">
        <label for="onb-ocmw" data-i18n="field-ocmw-name">OCMW name</label>
        <input id="onb-ocmw" type="text" autocomplete="organization" aria-required="true">
      </div>
      <div class="grid-2" role="group" aria-describedby="onb-codes-hint">
        <div class="field">
          <label for="onb-ocmw-code" data-i18n="field-ocmw-code">Code of the OCMW</label>
          <input id="onb-ocmw-code" type="text" class="mono input-code" maxlength="8" autocomplete="off" spellcheck="false" aria-describedby="onb-codes-hint">
        </div>
        <div class="field">
          <label for="onb-worker-code" data-i18n="field-worker-code">Your code</label>
          <input id="onb-worker-code" type="text" class="mono input-code" maxlength="8" autocomplete="off" spellcheck="false" aria-describedby="onb-codes-hint">
        </div>
      </div>
      <p id="onb-codes-hint" class="hint" data-i18n="codes-hint">Letters and digits, at most 8. Together they begin every new file reference.</p>
      <div class="field">
        <label for="onb-ocmw-address" data-i18n="field-ocmw-address">OCMW address</label>
        <textarea id="onb-ocmw-address" rows="3" aria-describedby="onb-ocmw-address-hint"></textarea>
        <p id="onb-ocmw-address-hint" class="hint" data-i18n="hint-optional-later">Optional: you can add it later in the settings.</p>
      </div>
      <div class="field">
        <label for="onb-court-address" data-i18n="field-labour-court-address">Address of the labour court</label>
        <textarea id="onb-court-address" rows="3" aria-describedby="onb-court-hint"></textarea>
        <p id="onb-court-hint" class="hint" data-i18n="hint-court-address">Needed for decision letters: they must tell the person they can appeal to the labour court, and give its address. You can add it later in the settings.</p>
      </div>
      <div class="field">
        <label for="onb-language" data-i18n="profile-language">Working language</label>
        <select id="onb-language" aria-describedby="onb-language-hint">
          <option value="nl" data-i18n="language-nl">Nederlands</option>
          <option value="fr" data-i18n="language-fr">Français</option>
          <option value="de" data-i18n="language-de">Deutsch</option>
          <option value="en" data-i18n="language-en">English</option>
        </select>
        <p id="onb-language-hint" class="hint" data-i18n="hint-profile-language">The usual language of the letters and reports you prepare.</p>
      </div>
    </fieldset>

    <fieldset>
      <legend data-i18n="onb-passphrase-legend">Your passphrase</legend>
      <p id="onb-passphrase-hint" class="hint" data-i18n="hint-passphrase">At least 10 characters. A short sentence you can remember works well. Nobody can look it up for you: after this step you receive a recovery code.</p>
      <div class="field">
        <label for="onb-passphrase" data-i18n="field-passphrase">Passphrase</label>
        <input id="onb-passphrase" type="password" autocomplete="new-password" aria-required="true" aria-describedby="onb-passphrase-hint">
      </div>
      <div class="field">
        <label for="onb-passphrase2" data-i18n="field-passphrase-repeat">Repeat the passphrase</label>
        <input id="onb-passphrase2" type="password" autocomplete="new-password" aria-required="true">
      </div>
    </fieldset>

    <div class="actions">
      <button type="submit" id="onb-submit" class="btn btn-primary" data-i18n="onb-submit">Create my vault</button>
    </div>
    <p id="onb-error" class="form-error" role="alert"></p>
  </form>
  <button type="button" id="onb-restore" class="btn-link" aria-expanded="false" aria-controls="onb-restore-box" data-i18n="onb-restore">Restore a backup instead</button>
  <div id="onb-restore-box" class="unlock-restore" hidden>
    <h2 id="onb-restore-title" tabindex="-1" data-i18n="restore-title">Restore a backup</h2>
    <p data-i18n="onb-restore-intro">For a new laptop: Tandem makes your vault from a backup file, for example on a USB stick. You need the passphrase that was valid on the day of the backup, or your recovery code.</p>
    <!-- The restore form of the settings is moved here (backups.js). -->
    <div id="onb-restore-slot"></div>
  </div>
</div>
`;
