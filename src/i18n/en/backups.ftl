## Backups and restore (settings, and the unlock screen)
backups-title = Backups
backups-intro = Tandem makes a backup by itself when the vault closes after changes, and once a day while it is open. The last ones are kept on this laptop.
backups-intro-secret = Backups stay encrypted. A backup opens only with the passphrase that was valid on the day it was made, or with your recovery code. So keep your recovery sheet, also after you change the passphrase.
backups-list-title = Automatic backups
backups-folder = Folder: { $folder }
backups-empty = There is no automatic backup yet. The first one is made when the vault closes after a change.
backups-option = { $date } ({ $size })
backups-last-error = The last automatic backup failed ({ $detail }). Check that the disk has free space left, and make a backup to a folder now.
backup-size-mb = { $size } MB
backup-size-kb = { $size } kB
hint-backups-keep = When there are more, the oldest are removed first (1 to 100).
backups-keep-save = Save this number
backups-keep-saved = Saved. Automatic backups kept: { $keep }.
backup-now-title = Back up now to a folder
hint-backup-folder = For example a USB stick: choose the folder with the button. Leave it empty to use the folder of the automatic backups.
backup-now = Back up now
backup-progress-label = Progress of the backup
backup-running = Backing up: { $percent }
backup-saved = Backup saved as { $path } ({ $size }).
backup-folder-missing = This folder cannot be found: { $folder }. Check the path, and that the USB stick is plugged in.
restore-title = Restore a backup
restore-intro = For a vault that is damaged or no longer opens, or to go back to an earlier state. The backup replaces the current vault; the current vault is kept aside, never deleted.
restore-choose = Automatic backups
restore-choose-none = Choose a backup…
hint-restore-choose = Choosing one fills in the backup file below.
hint-restore-path = The backup file (it ends in .tandem-backup), for example on a USB stick: choose it with the button.
restore-use-recovery = I use my recovery code instead of the passphrase
restore-pass-label = Passphrase of the day of the backup
hint-restore-pass = The passphrase that was valid on the day the backup was made: it may differ from today's.
restore-current-label = Today's passphrase of the vault on this laptop
restore-current-hint = The vault on this laptop is replaced: only the person who can open it today may do so.
hint-restore-code = The code on your recovery sheet: it stays the same when you change the passphrase.
restore-start = Restore this backup…
restore-confirm-title = Replace the current vault by this backup?
restore-confirm-made = This backup was made on { $date }.
restore-confirm-replace = Everything in Tandem now is replaced by the content of the backup. What was recorded after the backup was made will no longer be in Tandem.
restore-confirm-kept = Nothing is deleted: the current vault is kept aside, in a folder named before-restore-… beside the vault.
restore-confirm-secret = The passphrase needed is the one that was valid on the day the backup was made (or your recovery code), not necessarily today's.
restore-confirm = Replace the vault by this backup
restore-cancel = Cancel
restore-running = Checking the backup and restoring it…
restore-done =
    { $entries ->
        [one] The backup has been restored and the vault is open. { $entries } journal entry checked.
        *[other] The backup has been restored and the vault is open. { $entries } journal entries checked.
    }
restore-done-kept = The previous vault was kept in { $path }.
restore-done-nothing-kept = There was no previous vault to keep.
restore-vault-closed = To restore, Tandem closed the vault: it is locked now. Unlock it with your current passphrase, or try the restore again.
unlock-restore = Restore a backup
unlock-restore-intro = Only for a vault that no longer opens. You need the passphrase that was valid on the day of the backup, or your recovery code.
onb-restore = Restore a backup instead
onb-restore-intro = For a new laptop: Tandem makes your vault from a backup file, for example on a USB stick. You need the passphrase that was valid on the day of the backup, or your recovery code.
onb-restore-confirm-title = Make a new vault on this laptop from this backup?
onb-restore-confirm-new = Tandem makes a new vault on this laptop with the content of the backup. There is no vault here yet, so nothing is replaced. The vault then opens with the same passphrase or recovery code as the backup.
onb-restore-confirm = Make the vault from this backup
restore-banner-close = Close this message

## Backups: field labels (also used by the core in error messages)
field-backups-keep = Automatic backups to keep
field-folder = Folder
field-path = Backup file

