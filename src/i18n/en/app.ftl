# Tandem: messages of the user interface and of the core, in English.

## Window and top bar
app-title = Tandem
skip-to-content = Skip to the content
topbar-language = Language of Tandem
topbar-settings = Settings
topbar-lock = Lock
topbar-lock-title = Lock Tandem now: your passphrase is needed to continue
footer-visible = Everything on this screen can be read by the person beside you.
main-region = Persons
list-region = List of persons
# Windows only: shown in a message box when the WebView2 runtime is missing (before the vault opens).
webview-missing-title = Tandem cannot open its window
webview-missing-body = Tandem needs the Microsoft Edge WebView2 Runtime, which is not on this computer. Windows 10 and 11 normally have it.
    Ask your IT department to install it, or install it yourself from Microsoft: search for "WebView2 Runtime" and choose the "Evergreen Bootstrapper" (it needs no administrator rights).
    Your vault was not touched: Tandem opens it once WebView2 is there.

## Onboarding
onb-title = Welcome to Tandem
onb-damaged-1 = A vault is in this folder, but its key file (keyslots.json) is missing: Tandem cannot open it.
onb-damaged-2 = Nothing is deleted. If you have a backup, restore it below with the passphrase of its day. If you start a new vault, the old data is moved aside into a folder named "aside-…", where the key file, if found, can still open it.
onb-intro-1 = Tandem helps you assess the right to the minimum income (leefloon) together with the person, on the six legal conditions only.
onb-intro-2 = Everything you record stays in an encrypted vault on this laptop. Nothing is shared or sent anywhere.
onb-intro-3 = To start, tell Tandem who you are and choose a passphrase.
onb-profile-legend = About you and your OCMW
onb-passphrase-legend = Your passphrase
onb-submit = Create my vault
hint-optional-later = Optional: you can add it later in the settings.
hint-court-address = Needed for decision letters: they must tell the person that they can appeal to the labour court, and give its address. You can also add it later in the settings.
hint-court-address-short = Needed for decision letters: an appeal goes to the labour court.
profile-language = Working language
hint-profile-language = The usual language of the letters and reports you prepare.
hint-passphrase = At least 10 characters. A short sentence you can remember works well. Nobody can look it up for you: after this step you receive a recovery code.
hint-passphrase-short = At least 10 characters.
field-passphrase-repeat = Repeat the passphrase

## Recovery code
recovery-title = Your recovery code
recovery-intro = This code is the only way into your vault if you forget your passphrase. Tandem will never show it again.
recovery-keep = Write it down or print it, and keep it in a safe place away from this laptop, for example in a locked drawer.
recovery-print = Print recovery sheet
recovery-confirm = I have written it down or printed it
recovery-continue = Continue
print-title = Tandem: recovery sheet
print-label-ocmw = OCMW
print-label-worker = Social worker
print-label-date = Date
print-label-code = Recovery code
print-keep = Keep this sheet in a safe place, away from the laptop, for example in a locked drawer. Anyone who has this code and the laptop can open the vault. If you lose your passphrase, open Tandem with this code and then choose a new passphrase.

## Unlock
unlock-title = Unlock Tandem
unlock-intro = Your vault is locked. Enter your passphrase to continue.
unlock-submit = Unlock
unlock-use-recovery = I lost my passphrase: use the recovery code
unlock-accept-seal = I moved this vault myself without its seal: open it anyway (this is written in the journal).
unlock-use-passphrase = Use my passphrase instead
unlock-recovery-hint = Type the code from your recovery sheet. Afterwards, choose a new passphrase in the settings.
field-recovery-code = Recovery code
recovery-banner = You opened Tandem with the recovery code. Choose a new passphrase now, so that you can open it normally next time.
recovery-banner-button = Choose a new passphrase

## Persons: list
search-label = Search a person
search-placeholder = Name or first name
new-person = New person
list-empty = Nobody is recorded yet. Use "New person" to start.
list-no-match = Nobody found for this search.
list-count =
    { $count ->
        [0] Nobody found
        [one] { $count } person found
        *[other] { $count } persons found
    }
list-more = { $shown } of { $total } shown. Refine the search to see the others.

## Persons: form
form-title-new = New person
form-intro = Only the display name is needed. An empty field means "not asked": that is a normal answer. Tick "unknown" when you asked but the answer is not known.
hint-display-name = A first name, initials or an alias is fine.
hint-nrn = 11 digits, as on the identity document.
placeholder-date = YYYY-MM-DD
placeholder-nrn = YY.MM.DD-XXX.CC
unknown-title = Asked, but the answer is not known
person-save = Save
person-saved = Saved.
person-created = Saved. The person is now in the list.
person-meta = Created { $created } · last changed { $updated }
unsaved-text = This form has changes that are not saved yet.
unsaved-save = Save them
unsaved-discard = Discard them
unsaved-keep = Keep editing

## Household
household-title = Household
household-intro = Who lives with the person? One row per person; a first name or a description is enough.
household-empty = No household members recorded.
household-add = Add a household member
household-remove = Remove
household-member = Household member { $number }
field-household-cohabits = Lives under the same roof
field-household-minor = Minor
relation-choose = Choose…
choice-yes = yes
choice-no = no

## Settings
settings-title = Settings
settings-back = Back
settings-back-title = Back to the persons (Escape)
settings-profile-legend = Your profile
hint-auto-lock = Tandem locks itself after this many minutes without activity (1 to 120).
settings-save = Save the settings
settings-saved = Settings saved.
settings-passphrase-legend = Change the passphrase
settings-use-recovery = I use my recovery code instead of the current passphrase
field-current-passphrase = Current passphrase
field-new-passphrase = New passphrase
field-new-passphrase-repeat = Repeat the new passphrase
settings-passphrase-save = Change the passphrase
settings-passphrase-saved = The passphrase has been changed. Use the new one from now on.
settings-audit-legend = Journal integrity
settings-audit-intro = Tandem keeps a journal of every change. This check confirms that nobody has altered it.
settings-verify = Check integrity
audit-ok =
    { $entries ->
        [one] The journal is intact: { $entries } entry checked.
        *[other] The journal is intact: { $entries } entries checked.
    }
audit-broken = The journal is damaged from entry { $id } on ({ $reason }). Restore a backup or contact your support.

## Field labels (also used by the core in error messages)
field-display-name = Display name
field-first-name = First name
field-last-name = Last name
field-birth-date = Date of birth
field-nrn = National register number
field-address = Address
field-phone = Phone
field-email = E-mail
field-language = Language
field-household-name = Name
field-household-relation = Relation
field-worker-name = Your name
field-ocmw-name = OCMW name
field-ocmw-address = OCMW address
field-labour-court-address = Address of the labour court
field-passphrase = Passphrase
field-auto-lock-minutes = Auto-lock delay (minutes)

## Errors (from the core, and a few checked in the window)
error-locked = The vault is locked. Unlock it with your passphrase to continue.
error-vault-missing = There is no vault in this folder yet. Create one first.
error-vault-exists = A vault already exists in this folder. Unlock it instead.
error-wrong-secret = This passphrase or recovery code is not correct. Nothing was changed: check the keyboard layout and Caps Lock, and try again.
revoke-legend = If a passphrase or recovery code may have leaked
revoke-hint = A new recovery code replaces the old one on this laptop. A re-key goes further: the vault gets a new key, so that nothing made before (backups, copies of the key file) opens it with the old passphrase or code; a new backup is made at once.
revoke-remove-old = With the re-key, remove the older backups
revoke-remove-old-hint = They still open with the old passphrase or recovery code. Backups you copied elsewhere (a USB stick) must be removed by hand.
revoke-new-code = Issue a new recovery code
revoke-rekey = Re-key the vault
revoke-code-hint = Write this new recovery code down now and keep it away from the laptop: it is shown only once. The old one no longer opens the vault.
revoke-rekeyed = The vault has a new key and a new backup.
revoke-code-made = A new recovery code was made.
document-check-ok = This document was made when the journal ended at entry { $mark }; the journal still holds that entry as it was: the history it was made from has not been rewritten.
document-check-rewritten = This document was made when the journal ended at entry { $mark }; the journal no longer holds that entry as it was: the history was rewritten after this document was made.
document-check-no-mark = This file carries no journal mark: it was not made by this version of Tandem, or it was changed.
error-wrong-current-secret = This is not the current passphrase of the vault on this laptop. To replace it with a backup, give its current passphrase.
error-vault-rolled-back = This vault is older than when it was last closed: old data was put back in it ({ $detail }). Tandem does not open it, so that nothing withdrawn comes back. Restore your latest backup (on this screen, "Restore a backup"), and tell whoever looks after your laptop.
error-vault-seal-missing = The seal kept beside this vault (the file tandem.seal) is missing, although the vault has had one since { $since }. Someone may have put back an older copy of the vault. Restore your latest backup (on this screen, "Restore a backup"). Only if you moved the vault yourself without that file, open it anyway: this is written in the journal.
error-vault-in-use = This vault is open in another Tandem window or in tandem-cli on this computer. Close it there first (or lock it), then try again. Nothing was changed.
error-backup-format = This file is not a Tandem backup that this version can read ({ $detail }). Nothing was changed.
error-passphrase-too-short = The passphrase must have at least { $min } characters.
error-passphrase-mismatch = The two passphrases are not the same.
error-required = { $field } is required.
error-too-long = { $field } is too long: at most { $max } characters.
error-invalid-date = { $field } is not a valid date. Use the form YYYY-MM-DD.
error-date-in-future = { $field } cannot be in the future.
error-invalid-email = { $field } does not look like an e-mail address.
error-invalid-choice = { $field }: "{ $value }" is not one of the choices.
error-out-of-range = { $field } must be between { $min } and { $max }.
error-invalid-input = The data sent is not valid: { $detail }
error-nrn-characters = National register number: only digits and the separators . - / and spaces are allowed.
error-nrn-length =
    { $count ->
        [one] National register number: 11 digits are needed, { $count } found.
        *[other] National register number: 11 digits are needed, { $count } found.
    }
error-nrn-month = National register number: month { $month } is not possible (01–12, 00 if unknown, +20 or +40 for a bis number).
error-nrn-day = National register number: day { $day } is not possible.
error-nrn-checksum = National register number: the check digits do not match. Check the number on the identity document.
error-not-found = Nothing found with this identifier ({ $what } { $id }).
what-request = request
what-person = person
what-report = social report
what-plan = support plan
what-share = share
what-right = right
what-report-version = version of the report
what-profile = profile
what-folder = folder
what-file = file
what-end-of-the-right = end of the right
what-document = document
what-decision = decision
what-consent = consent
error-unknown-command = Unknown command: { $command }.
error-storage = The vault could not be read or written ({ $detail }). Nothing was changed.
error-vault-corrupt = The vault files are damaged or incomplete ({ $detail }). Restore a backup or contact your support.
error-team-store = The team server could not be reached or refused this ({ $detail }). Nothing was changed; try again, or ask your administrator.
error-team-role = { $role ->
    [owner] Only the file's own social worker can do this.
    [lead] Only the team lead can do this.
    [secretary] Only the committee's secretary can do this.
    [worker] Only a social worker of the team can do this.
   *[team] This works in a team only (Settings, Work in a team).
}

## Values
unknown = unknown
not-asked = not asked
relation-partner = partner
relation-parent = parent
relation-child = child
relation-other = other
language-nl = Nederlands
language-fr = Français
language-de = Deutsch
language-en = English

