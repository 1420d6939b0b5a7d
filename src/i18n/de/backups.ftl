## Sicherungen und Wiederherstellung (Einstellungen und Entsperrbildschirm)
backups-title = Sicherungen
backups-intro = Tandem erstellt selbst eine Sicherung, wenn der Tresor nach Änderungen geschlossen wird, und einmal täglich, solange er geöffnet ist. Die letzten werden auf diesem Laptop aufbewahrt.
backups-intro-secret = Sicherungen bleiben verschlüsselt. Eine Sicherung lässt sich nur mit der Passphrase öffnen, die am Tag ihrer Erstellung galt, oder mit Ihrem Wiederherstellungscode. Bewahren Sie Ihr Wiederherstellungsblatt deshalb gut auf, auch nachdem Sie die Passphrase geändert haben.
backups-list-title = Automatische Sicherungen
backups-folder = Ordner: { $folder }
backups-empty = Es gibt noch keine automatische Sicherung. Die erste wird erstellt, wenn der Tresor nach einer Änderung geschlossen wird.
backups-option = { $date } ({ $size })
backups-last-error = Die letzte automatische Sicherung ist fehlgeschlagen ({ $detail }). Prüfen Sie, ob auf dem Datenträger noch Platz frei ist, und erstellen Sie jetzt eine Sicherung in einem Ordner.
backup-size-mb = { $size } MB
backup-size-kb = { $size } kB
hint-backups-keep = Sind es mehr, werden die ältesten zuerst entfernt (1 bis 100).
backups-keep-save = Diese Anzahl speichern
backups-keep-saved = Gespeichert. Aufbewahrte automatische Sicherungen: { $keep }.
backup-now-title = Jetzt in einen Ordner sichern
hint-backup-folder = Zum Beispiel ein USB-Stick: Wählen Sie den Ordner mit der Schaltfläche. Lassen Sie das Feld leer, um den Ordner der automatischen Sicherungen zu verwenden.
backup-now = Jetzt sichern
backup-progress-label = Fortschritt der Sicherung
backup-running = Sicherung läuft: { $percent }
backup-saved = Sicherung gespeichert unter { $path } ({ $size }).
backup-folder-missing = Dieser Ordner wurde nicht gefunden: { $folder }. Prüfen Sie den Pfad und ob der USB-Stick eingesteckt ist.
restore-title = Eine Sicherung wiederherstellen
restore-intro = Für einen Tresor, der beschädigt ist oder sich nicht mehr öffnen lässt, oder um zu einem früheren Stand zurückzukehren. Die Sicherung ersetzt den aktuellen Tresor; dieser wird beiseitegelegt, nie gelöscht.
restore-choose = Automatische Sicherungen
restore-choose-none = Sicherung wählen…
hint-restore-choose = Die Auswahl füllt die Sicherungsdatei unten aus.
hint-restore-path = Die Datei der Sicherung (sie endet auf .tandem-backup), zum Beispiel auf einem USB-Stick: Wählen Sie sie mit der Schaltfläche.
restore-use-recovery = Ich verwende meinen Wiederherstellungscode statt der Passphrase
restore-pass-label = Passphrase vom Tag der Sicherung
hint-restore-pass = Die Passphrase, die am Tag der Sicherung galt – nicht unbedingt die heutige.
restore-current-label = Die aktuelle Passphrase des Tresors auf diesem Laptop
restore-current-hint = Der Tresor auf diesem Laptop wird ersetzt: nur wer ihn heute öffnen kann, darf das tun.
hint-restore-code = Der Code auf Ihrem Wiederherstellungsblatt: Er bleibt gleich, wenn Sie die Passphrase ändern.
restore-start = Diese Sicherung wiederherstellen…
restore-confirm-title = Den aktuellen Tresor durch diese Sicherung ersetzen?
restore-confirm-made = Diese Sicherung wurde am { $date } erstellt.
restore-confirm-replace = Alles, was jetzt in Tandem steht, wird durch den Inhalt der Sicherung ersetzt. Was nach der Sicherung erfasst wurde, ist danach nicht mehr in Tandem.
restore-confirm-kept = Es wird nichts gelöscht: Der aktuelle Tresor wird beiseitegelegt, in einem Ordner namens before-restore-… neben dem Tresor.
restore-confirm-secret = Nötig ist die Passphrase, die am Tag der Sicherung galt (oder Ihr Wiederherstellungscode), nicht unbedingt die heutige.
restore-confirm = Tresor durch diese Sicherung ersetzen
restore-cancel = Abbrechen
restore-running = Die Sicherung wird geprüft und wiederhergestellt…
restore-done =
    { $entries ->
        [one] Die Sicherung wurde wiederhergestellt und der Tresor ist geöffnet. { $entries } Protokolleintrag geprüft.
        *[other] Die Sicherung wurde wiederhergestellt und der Tresor ist geöffnet. { $entries } Protokolleinträge geprüft.
    }
restore-done-kept = Der bisherige Tresor wurde in { $path } aufbewahrt.
restore-done-nothing-kept = Ein bisheriger Tresor war nicht vorhanden.
restore-vault-closed = Für die Wiederherstellung hat Tandem den Tresor geschlossen: Er ist jetzt gesperrt. Entsperren Sie ihn mit Ihrer aktuellen Passphrase, oder versuchen Sie die Wiederherstellung erneut.
unlock-restore = Eine Sicherung wiederherstellen
unlock-restore-intro = Nur für einen Tresor, der sich nicht mehr öffnen lässt. Sie brauchen die Passphrase, die am Tag der Sicherung galt, oder Ihren Wiederherstellungscode.
onb-restore = Stattdessen eine Sicherung wiederherstellen
onb-restore-intro = Für einen neuen Laptop: Tandem legt Ihren Tresor aus einer Sicherungsdatei an, zum Beispiel auf einem USB-Stick. Sie brauchen die Passphrase, die am Tag der Sicherung galt, oder Ihren Wiederherstellungscode.
onb-restore-confirm-title = Einen neuen Tresor auf diesem Laptop aus dieser Sicherung anlegen?
onb-restore-confirm-new = Tandem legt auf diesem Laptop einen neuen Tresor mit dem Inhalt der Sicherung an. Hier gibt es noch keinen Tresor, es wird also nichts ersetzt. Der Tresor öffnet sich danach mit derselben Passphrase oder demselben Wiederherstellungscode wie die Sicherung.
onb-restore-confirm = Tresor aus dieser Sicherung anlegen
restore-banner-close = Diese Meldung schließen

## Sicherungen: Feldnamen (auch vom Kern in Fehlermeldungen verwendet)
field-backups-keep = Anzahl der aufbewahrten automatischen Sicherungen
field-folder = Ordner
field-path = Sicherungsdatei

