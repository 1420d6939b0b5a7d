// Markup of the settings (profile, auto-lock, passphrase, backups, amounts, journal): inserted once into #screen-settings at start (a module, as the CSP allows no fetch of templates).
export const markup = `
<div class="settings-head">
  <button type="button" id="set-back" class="btn" data-i18n="settings-back" data-i18n-title="settings-back-title">Back</button>
  <h1 id="settings-title" tabindex="-1" data-i18n="settings-title">Settings</h1>
</div>

<form id="settings-form" class="card" novalidate>
  <fieldset>
    <legend data-i18n="settings-profile-legend">Your profile</legend>
    <div class="grid-2">
      <div class="field">
        <label for="set-worker" data-i18n="field-worker-name">Your name</label>
        <input id="set-worker" type="text" autocomplete="name" aria-required="true">
      </div>
      <div class="field">
        <label for="set-ocmw" data-i18n="field-ocmw-name">OCMW name</label>
        <input id="set-ocmw" type="text" autocomplete="organization" aria-required="true">
      </div>
      <div class="field">
        <label for="set-ocmw-code" data-i18n="field-ocmw-code">Code of the OCMW</label>
        <input id="set-ocmw-code" type="text" class="mono input-code" maxlength="8" autocomplete="off" spellcheck="false" aria-describedby="set-codes-hint">
      </div>
      <div class="field">
        <label for="set-worker-code" data-i18n="field-worker-code">Your code</label>
        <input id="set-worker-code" type="text" class="mono input-code" maxlength="8" autocomplete="off" spellcheck="false" aria-describedby="set-codes-hint">
        <p id="set-codes-hint" class="hint" data-i18n="codes-hint">Letters and digits, at most 8. Together they begin every new file reference.</p>
      </div>
      <div class="field">
        <label for="set-ocmw-address" data-i18n="field-ocmw-address">OCMW address</label>
        <textarea id="set-ocmw-address" rows="3"></textarea>
      </div>
      <div class="field">
        <label for="set-court-address" data-i18n="field-labour-court-address">Address of the labour court</label>
        <textarea id="set-court-address" rows="3" aria-describedby="set-court-hint"></textarea>
        <p id="set-court-hint" class="hint" data-i18n="hint-court-address-short">Needed for decision letters: the appeal goes to the labour court.</p>
      </div>
      <fieldset class="field letters-box" aria-describedby="set-letters-hint">
        <legend class="legend-small" data-i18n="letters-settings-title">Decision letters</legend>
        <p id="set-letters-hint" class="hint" data-i18n="letters-settings-hint">A decision letter must name the body that decided, be signed as your OCMW's rules require, and say how often the leefloon is paid.</p>
        <div class="grid-3">
          <div class="field">
            <label for="set-ocmw-phone" data-i18n="field-ocmw-phone">Phone of the social service</label>
            <input id="set-ocmw-phone" type="tel" autocomplete="off">
          </div>
          <div class="field">
            <label for="set-ocmw-email" data-i18n="field-ocmw-email">E-mail of the social service</label>
            <input id="set-ocmw-email" type="email" autocomplete="off">
          </div>
          <div class="field">
            <label for="set-ocmw-hours" data-i18n="field-ocmw-hours">Opening hours</label>
            <input id="set-ocmw-hours" type="text" autocomplete="off">
          </div>
        </div>
        <div class="grid-2">
          <div class="field">
            <label for="set-body" data-i18n="field-deciding-body">Body that decides</label>
            <select id="set-body" data-vocabulary="deciding_bodies">
              <option value="" data-i18n="body-choose">Choose…</option>
            </select>
          </div>
          <div class="field" id="set-body-name-field" hidden>
            <label for="set-body-name" data-i18n="field-deciding-body-name">Name of the body</label>
            <input id="set-body-name" type="text" autocomplete="off">
          </div>
        </div>
        <div class="grid-2">
          <div class="field">
            <label for="set-sign1-name" data-i18n="field-signatory-1-name">First signatory: name</label>
            <input id="set-sign1-name" type="text" autocomplete="off">
          </div>
          <div class="field">
            <label for="set-sign1-role" data-i18n="field-signatory-1-role">First signatory: role</label>
            <select id="set-sign1-role">
              <option value="" data-i18n="body-choose">Choose…</option>
            </select>
          </div>
          <div class="field">
            <label for="set-sign2-name" data-i18n="field-signatory-2-name">Second signatory: name</label>
            <input id="set-sign2-name" type="text" autocomplete="off">
          </div>
          <div class="field">
            <label for="set-sign2-role" data-i18n="field-signatory-2-role">Second signatory: role</label>
            <select id="set-sign2-role">
              <option value="" data-i18n="body-choose">Choose…</option>
            </select>
          </div>
        </div>
        <div class="field">
          <label for="set-payment" data-i18n="field-payment-frequency">The leefloon is paid</label>
          <select id="set-payment" data-vocabulary="payment_frequencies">
            <option value="" data-i18n="body-choose">Choose…</option>
          </select>
        </div>
      </fieldset>
      <div class="field">
        <label for="set-language" data-i18n="profile-language">Working language</label>
        <select id="set-language" aria-describedby="set-language-hint">
          <option value="nl" data-i18n="language-nl">Nederlands</option>
          <option value="fr" data-i18n="language-fr">Français</option>
          <option value="de" data-i18n="language-de">Deutsch</option>
          <option value="en" data-i18n="language-en">English</option>
        </select>
        <p id="set-language-hint" class="hint" data-i18n="hint-profile-language">The usual language of the letters and reports you prepare.</p>
      </div>
      <div class="field">
        <label for="set-autolock" data-i18n="field-auto-lock-minutes">Lock automatically after (minutes)</label>
        <input id="set-autolock" type="number" min="1" max="120" step="1" inputmode="numeric" aria-describedby="set-autolock-hint">
        <p id="set-autolock-hint" class="hint" data-i18n="hint-auto-lock">Tandem locks itself after this many minutes without activity (1 to 120).</p>
      </div>
      <div class="field">
        <label for="settings-retention-years" data-i18n="field-retention-years">Keep closed files for (years)</label>
        <input id="settings-retention-years" type="number" min="1" max="30" step="1" inputmode="numeric" aria-describedby="settings-retention-years-hint">
        <p id="settings-retention-years-hint" class="hint" data-i18n="hint-retention-years">A closed file is kept this many years after it was closed (1 to 30), then listed on the home screen to be erased.</p>
      </div>
    </div>
    <div class="actions">
      <button type="submit" id="set-save" class="btn btn-primary" data-i18n="settings-save">Save settings</button>
      <p id="set-status" class="status" role="status"></p>
    </div>
    <p id="set-error" class="form-error" role="alert"></p>
  </fieldset>
</form>

<form id="passphrase-form" class="card" novalidate>
  <fieldset>
    <legend data-i18n="settings-passphrase-legend">Change the passphrase</legend>
    <div class="check-line">
      <input type="checkbox" id="set-use-recovery">
      <label for="set-use-recovery" data-i18n="settings-use-recovery">I use my recovery code instead of the current passphrase</label>
    </div>
    <div class="grid-3">
      <div class="field">
        <label for="set-current-passphrase" id="set-current-label" data-i18n="field-current-passphrase">Current passphrase</label>
        <input id="set-current-passphrase" type="password" autocomplete="current-password">
      </div>
      <div class="field">
        <label for="set-new-passphrase" data-i18n="field-new-passphrase">New passphrase</label>
        <input id="set-new-passphrase" type="password" autocomplete="new-password" aria-describedby="set-new-passphrase-hint">
      </div>
      <div class="field">
        <label for="set-new-passphrase2" data-i18n="field-new-passphrase-repeat">Repeat the new passphrase</label>
        <input id="set-new-passphrase2" type="password" autocomplete="new-password">
      </div>
    </div>
    <p id="set-new-passphrase-hint" class="hint" data-i18n="hint-passphrase-short">At least 10 characters.</p>
    <div class="actions">
      <button type="submit" id="set-passphrase-save" class="btn btn-primary" data-i18n="settings-passphrase-save">Change the passphrase</button>
      <p id="set-passphrase-status" class="status" role="status"></p>
    </div>
    <p id="set-passphrase-error" class="form-error" role="alert"></p>
  </fieldset>
</form>

<!-- A leaked secret: a new recovery code, or a full re-key (settings.js). -->
<form id="revoke-form" class="card" novalidate>
  <fieldset>
    <legend data-i18n="revoke-legend">If a passphrase or recovery code may have leaked</legend>
    <p class="hint" data-i18n="revoke-hint">A new recovery code replaces the old one on this laptop. A re-key goes further: the vault gets a new key, so that nothing made before (backups, copies of the key file) opens it with the old passphrase or code; a new backup is made at once.</p>
    <div class="field">
      <label for="revoke-pass" data-i18n="field-current-passphrase">Current passphrase</label>
      <input id="revoke-pass" type="password" autocomplete="current-password" aria-required="true">
    </div>
    <div class="check-line">
      <input type="checkbox" id="revoke-remove-old" aria-describedby="revoke-remove-old-hint">
      <label for="revoke-remove-old" data-i18n="revoke-remove-old">With the re-key, remove the older backups</label>
    </div>
    <p id="revoke-remove-old-hint" class="hint" data-i18n="revoke-remove-old-hint">They still open with the old passphrase or recovery code. Backups you copied elsewhere (a USB stick) must be removed by hand.</p>
    <div class="actions">
      <button type="button" id="revoke-new-code" class="btn" data-i18n="revoke-new-code">Issue a new recovery code</button>
      <button type="button" id="revoke-rekey" class="btn btn-danger" data-i18n="revoke-rekey">Re-key the vault</button>
      <p id="revoke-status" class="status" role="status"></p>
    </div>
    <p id="revoke-code" class="recovery-code" hidden></p>
    <p id="revoke-code-hint" class="notice" hidden data-i18n="revoke-code-hint">Write this new recovery code down now and keep it away from the laptop: it is shown only once. The old one no longer opens the vault.</p>
    <p id="revoke-error" class="form-error" role="alert"></p>
  </fieldset>
</form>

<!-- Work in a team: the enrolment code read, then joined; back to the personal vault (team.js). -->
<section id="team-card" class="card" aria-labelledby="team-title">
  <h2 id="team-title" class="h-legend" data-i18n="team-settings-title">Work in a team</h2>
  <p id="team-now" class="status" role="status"></p>
  <div id="team-join" hidden>
    <p class="hint" data-i18n="team-join-intro">Your OCMW's administrator gives you a one-time enrolment code. Paste it here: Tandem shows where it leads before anything is sent. Once you join, your files are on the team's server; your passphrase still opens Tandem.</p>
    <div class="field">
      <label for="team-code" data-i18n="team-code">Enrolment code</label>
      <textarea id="team-code" rows="3" class="mono" spellcheck="false" autocomplete="off"></textarea>
    </div>
    <div class="actions">
      <button type="button" id="team-read" class="btn" data-i18n="team-read">Read the code</button>
    </div>
    <dl id="team-preview" class="team-facts" hidden>
      <dt data-i18n="team-ocmw">OCMW</dt><dd id="team-preview-ocmw"></dd>
      <dt data-i18n="team-server">Server</dt><dd id="team-preview-server"></dd>
      <dt data-i18n="team-team">Team</dt><dd id="team-preview-team"></dd>
      <dt data-i18n="team-login">Your login</dt><dd id="team-preview-login"></dd>
      <dt data-i18n="team-authority">Certificate of the OCMW</dt><dd id="team-preview-authority" class="mono"></dd>
    </dl>
    <p id="team-preview-hint" class="hint" hidden data-i18n="team-preview-hint">Check the fingerprint with your administrator before you join: it proves the server is your OCMW's.</p>
    <div class="actions">
      <button type="button" id="team-enrol" class="btn btn-primary" hidden data-i18n="team-enrol">Join this team</button>
    </div>
  </div>
  <div id="team-leave-box" hidden>
    <p class="hint" data-i18n="team-leave-intro">Back to your personal vault: Tandem forgets the link to the team's server. Your files in the team stay on the server, for your team; the files of your personal vault come back.</p>
    <div class="actions">
      <button type="button" id="team-leave" class="btn" data-i18n="team-leave">Back to my personal vault</button>
    </div>
    <div id="team-leave-confirm" hidden>
      <p class="notice" data-i18n="team-leave-confirm">Leave the team on this laptop? To come back you need a new enrolment code from your administrator.</p>
      <div class="actions">
        <button type="button" id="team-leave-yes" class="btn btn-danger" data-i18n="team-leave-yes">Yes, back to my personal vault</button>
        <button type="button" id="team-leave-no" class="btn" data-i18n="team-leave-no">Stay in the team</button>
      </div>
    </div>
  </div>
  <p id="team-error" class="form-error" role="alert"></p>
</section>

<!-- Backups: the automatic ones, how many are kept, one now to a folder (backups.js). -->
<section id="backups" class="card" aria-labelledby="backups-title">
  <h2 id="backups-title" class="h-legend" data-i18n="backups-title">Backups</h2>
  <p data-i18n="backups-intro">Tandem makes a backup by itself when the vault closes after changes, and once a day while it is open. The last ones are kept on this laptop.</p>
  <p data-i18n="backups-intro-secret">Backups stay encrypted. A backup opens only with the passphrase that was valid on the day it was made, or with your recovery code. So keep your recovery sheet, also after you change the passphrase.</p>
  <p id="backups-warning" class="notice" hidden></p>

  <h3 id="backups-list-title" class="h-sub" data-i18n="backups-list-title">Automatic backups</h3>
  <p id="backups-folder" class="hint status-path"></p>
  <ul id="backups-list" class="item-list backups-list" aria-labelledby="backups-list-title"></ul>
  <p id="backups-empty" class="empty-state" hidden data-i18n="backups-empty">There is no automatic backup yet. The first one is made when the vault closes after a change.</p>
  <p id="backups-list-error" class="form-error" role="alert"></p>

  <form id="backups-keep-form" class="backups-part" novalidate>
    <div class="field field-short">
      <label for="settings-backups-keep" data-i18n="field-backups-keep">Automatic backups to keep</label>
      <input id="settings-backups-keep" type="number" min="1" max="100" step="1" inputmode="numeric" aria-describedby="settings-backups-keep-hint">
      <p id="settings-backups-keep-hint" class="hint" data-i18n="hint-backups-keep">When there are more, the oldest are removed first (1 to 100).</p>
    </div>
    <div class="actions">
      <button type="submit" id="backups-keep-save" class="btn" data-i18n="backups-keep-save">Save this number</button>
      <p id="backups-keep-status" class="status" role="status" tabindex="-1"></p>
    </div>
    <p id="backups-keep-error" class="form-error" role="alert"></p>
  </form>

  <form id="backup-form" class="backups-part" novalidate aria-labelledby="backup-now-title">
    <h3 id="backup-now-title" class="h-sub" data-i18n="backup-now-title">Back up now to a folder</h3>
    <div class="field">
      <label for="backup-folder" data-i18n="field-folder">Folder</label>
      <input id="backup-folder" type="text" class="mono" autocomplete="off" spellcheck="false" aria-describedby="backup-folder-hint" data-choose="folder">
      <p id="backup-folder-hint" class="hint" data-i18n="hint-backup-folder">For example a USB stick, such as /media/… or E:\\. Leave it empty to use the folder of the automatic backups.</p>
    </div>
    <div class="actions">
      <button type="submit" id="backup-now" class="btn btn-primary" data-i18n="backup-now">Back up now</button>
      <progress id="backup-progress" class="backup-progress" max="100" value="0" hidden data-i18n-aria-label="backup-progress-label"></progress>
    </div>
    <p id="backup-status" class="status status-path" role="status" tabindex="-1"></p>
    <p id="backup-error" class="form-error" role="alert" tabindex="-1"></p>
  </form>
</section>

<!-- Restore: the form lives here, and moves to the unlock screen when it is asked for there (backups.js). -->
<section id="restore-card" class="card" aria-labelledby="restore-title">
  <h2 id="restore-title" class="h-legend" data-i18n="restore-title">Restore a backup</h2>
  <div id="restore-slot">
    <form id="restore-form" class="restore-form" novalidate data-i18n-aria-label="restore-title">
      <p id="restore-intro" class="hint" data-i18n="restore-intro">For a vault that is damaged or no longer opens, or to go back to an earlier state. The backup replaces the current vault; the current vault is kept aside, never deleted.</p>
      <div class="field" id="restore-choose-field" hidden>
        <label for="restore-choose" data-i18n="restore-choose">Automatic backups</label>
        <select id="restore-choose" aria-describedby="restore-choose-hint"></select>
        <p id="restore-choose-hint" class="hint" data-i18n="hint-restore-choose">Choosing one fills in the backup file below.</p>
      </div>
      <div class="field">
        <label for="restore-path" data-i18n="field-path">Backup file</label>
        <input id="restore-path" type="text" class="mono" autocomplete="off" spellcheck="false" aria-required="true" aria-describedby="restore-path-hint" data-choose="file" data-choose-ext="tandem-backup">
        <p id="restore-path-hint" class="hint" data-i18n="hint-restore-path">The full path of the file (it ends in .tandem-backup), for example on a USB stick.</p>
      </div>
      <div class="check-line">
        <input type="checkbox" id="restore-use-recovery">
        <label for="restore-use-recovery" data-i18n="restore-use-recovery">I use my recovery code instead of the passphrase</label>
      </div>
      <div class="field">
        <label for="restore-pass" id="restore-pass-label" data-i18n="restore-pass-label">Passphrase of the day of the backup</label>
        <input id="restore-pass" type="password" autocomplete="off" aria-required="true" aria-describedby="restore-pass-hint">
        <p id="restore-pass-hint" class="hint" data-i18n="hint-restore-pass">The passphrase that was valid on the day the backup was made: it may differ from today's.</p>
      </div>
      <div class="field" id="restore-current-field" hidden>
        <label for="restore-current-pass" data-i18n="restore-current-label">Today's passphrase of the vault on this laptop</label>
        <input id="restore-current-pass" type="password" autocomplete="off" aria-required="true" aria-describedby="restore-current-hint">
        <p id="restore-current-hint" class="hint" data-i18n="restore-current-hint">The vault on this laptop is replaced: only the person who can open it today may do so.</p>
      </div>
      <div class="actions">
        <button type="submit" id="restore-start" class="btn" data-i18n="restore-start">Restore this backup…</button>
      </div>
      <div id="restore-confirm-box" class="restore-confirm" role="group" aria-labelledby="restore-confirm-title" hidden>
        <p id="restore-confirm-title" class="restore-confirm-title" tabindex="-1" data-i18n="restore-confirm-title">Replace the current vault by this backup?</p>
        <ul class="restore-confirm-points">
          <li id="restore-confirm-made" hidden></li>
          <li id="restore-confirm-new" hidden data-i18n="onb-restore-confirm-new">Tandem makes a new vault on this laptop with the content of the backup. There is no vault here yet, so nothing is replaced. The vault then opens with the same passphrase or recovery code as the backup.</li>
          <li id="restore-confirm-replace" data-i18n="restore-confirm-replace">Everything in Tandem now is replaced by the content of the backup. What was recorded after the backup was made will no longer be in Tandem.</li>
          <li id="restore-confirm-kept" data-i18n="restore-confirm-kept">Nothing is deleted: the current vault is kept aside, in a folder named before-restore-… beside the vault.</li>
          <li data-i18n="restore-confirm-secret">The passphrase needed is the one that was valid on the day the backup was made (or your recovery code), not necessarily today's.</li>
        </ul>
        <div class="actions">
          <button type="button" id="restore-confirm" class="btn btn-danger" aria-describedby="restore-confirm-title" data-i18n="restore-confirm">Replace the vault by this backup</button>
          <button type="button" id="restore-cancel" class="btn" data-i18n="restore-cancel">Cancel</button>
        </div>
      </div>
      <p id="restore-status" class="status status-path" role="status" tabindex="-1"></p>
      <p id="restore-error" class="form-error" role="alert" tabindex="-1"></p>
    </form>
  </div>
</section>

<form id="amounts-form" class="card" novalidate>
  <h2 class="h-legend" data-i18n="amounts-legend">Leefloon amounts</h2>
  <p class="hint" data-i18n="amounts-intro">The amounts are indexed every year or two. Each row is valid from its date until the next row; the calculation always says which row it used. Add a row when new amounts are published.</p>
  <div class="table-wrap">
    <table id="amounts-table" class="resource-table">
      <thead>
        <tr>
          <th scope="col" data-i18n="field-valid-from">Valid from</th>
          <th scope="col" data-i18n="category-cohabitant">cohabitant</th>
          <th scope="col" data-i18n="category-single">single</th>
          <th scope="col" data-i18n="category-family">family in charge</th>
          <th scope="col" data-i18n="amounts-sp">Socio-professional exemption (a month)</th>
          <th scope="col" data-i18n="amounts-sp-shortage">Shortage occupation (a month)</th>
          <th scope="col" data-i18n="amounts-source">Source</th>
        </tr>
      </thead>
      <tbody id="amounts-rows"></tbody>
    </table>
  </div>
  <fieldset>
    <legend data-i18n="amounts-add-legend">Add the amounts of a new indexation (a year)</legend>
    <div class="grid-2">
      <div class="field">
        <label for="amounts-from" data-i18n="field-valid-from">Valid from</label>
        <input type="date" id="amounts-from">
      </div>
      <div class="field">
        <label for="amounts-source-input" data-i18n="amounts-source">Source</label>
        <input type="text" id="amounts-source-input" maxlength="500">
      </div>
      <div class="field">
        <label for="amounts-cohabitant" data-i18n="amounts-cohabitant-year">Cohabitant, in euros a year</label>
        <input type="text" id="amounts-cohabitant" inputmode="decimal">
      </div>
      <div class="field">
        <label for="amounts-single" data-i18n="amounts-single-year">Single, in euros a year</label>
        <input type="text" id="amounts-single" inputmode="decimal">
      </div>
      <div class="field">
        <label for="amounts-family" data-i18n="amounts-family-year">Family in charge, in euros a year</label>
        <input type="text" id="amounts-family" inputmode="decimal">
      </div>
      <div class="field">
        <label for="amounts-sp-input" data-i18n="amounts-sp">Socio-professional exemption (a month)</label>
        <input type="text" id="amounts-sp-input" inputmode="decimal">
      </div>
      <div class="field">
        <label for="amounts-sp-shortage-input" data-i18n="amounts-sp-shortage">Shortage occupation (a month)</label>
        <input type="text" id="amounts-sp-shortage-input" inputmode="decimal">
      </div>
    </div>
    <div class="actions">
      <button type="submit" id="amounts-add" class="btn btn-primary" data-i18n="amounts-add">Add these amounts</button>
      <p id="amounts-status" class="status" role="status"></p>
    </div>
    <p id="amounts-error" class="form-error" role="alert"></p>
  </fieldset>
</form>

<div class="card">
  <h2 class="h-legend" data-i18n="settings-audit-legend">Journal integrity</h2>
  <p class="hint" data-i18n="settings-audit-intro">Tandem keeps a journal of every change. This check confirms that nobody has altered it.</p>
  <div class="actions">
    <button type="button" id="set-verify" class="btn" data-i18n="settings-verify">Check integrity</button>
    <p id="set-verify-result" class="status" role="status"></p>
  </div>
</div>
`;
