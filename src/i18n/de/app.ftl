# Tandem: Meldungen der Benutzeroberfläche und des Kerns, auf Deutsch (Belgien).

## Fenster und obere Leiste
app-title = Tandem
skip-to-content = Zum Inhalt springen
topbar-language = Sprache von Tandem
topbar-settings = Einstellungen
topbar-lock = Sperren
topbar-lock-title = Tandem jetzt sperren: Zum Weiterarbeiten ist Ihre Passphrase nötig
footer-visible = Alles auf diesem Bildschirm kann die Person neben Ihnen mitlesen.
main-region = Personen
list-region = Liste der Personen
# Windows only: shown in a message box when the WebView2 runtime is missing (before the vault opens).
webview-missing-title = Tandem kann sein Fenster nicht öffnen
webview-missing-body = Tandem braucht die Microsoft Edge WebView2 Runtime, die auf diesem Computer fehlt. Windows 10 und 11 haben sie normalerweise.
    Bitten Sie Ihre IT-Abteilung, sie zu installieren, oder installieren Sie sie selbst bei Microsoft: suchen Sie „WebView2 Runtime“ und wählen Sie den „Evergreen Bootstrapper“ (ohne Administratorrechte).
    Ihr Tresor wurde nicht angerührt: Tandem öffnet ihn, sobald WebView2 da ist.

## Erster Start
onb-title = Willkommen bei Tandem
onb-damaged-1 = In diesem Ordner liegt ein Tresor, aber seine Schlüsseldatei (keyslots.json) fehlt: Tandem kann ihn nicht öffnen.
onb-damaged-2 = Es wird nichts gelöscht. Wenn Sie eine Sicherung haben, stellen Sie sie unten mit der Passphrase ihres Tages wieder her. Wenn Sie einen neuen Tresor anlegen, werden die alten Daten in einen Ordner „aside-…" verschoben, wo die Schlüsseldatei, falls sie gefunden wird, sie noch öffnen kann.
onb-intro-1 = Tandem hilft Ihnen, gemeinsam mit der Person den Anspruch auf das Eingliederungseinkommen zu prüfen, ausschließlich anhand der sechs gesetzlichen Bedingungen.
onb-intro-2 = Alles, was Sie erfassen, bleibt in einem verschlüsselten Tresor auf diesem Laptop. Nichts wird geteilt oder irgendwohin gesendet.
onb-intro-3 = Sagen Sie Tandem zuerst, wer Sie sind, und wählen Sie eine Passphrase.
onb-profile-legend = Über Sie und Ihr ÖSHZ
onb-passphrase-legend = Ihre Passphrase
onb-submit = Meinen Tresor anlegen
hint-optional-later = Freiwillig: Sie können es später in den Einstellungen ergänzen.
hint-court-address = Nötig für Entscheidungsschreiben: Darin muss stehen, dass die Person beim Arbeitsgericht Beschwerde einlegen kann, mit dessen Adresse. Sie können sie auch später in den Einstellungen ergänzen.
hint-court-address-short = Nötig für Entscheidungsschreiben: Eine Beschwerde geht an das Arbeitsgericht.
profile-language = Arbeitssprache
hint-profile-language = Die übliche Sprache der Schreiben und Berichte, die Sie verfassen.
hint-passphrase = Mindestens 10 Zeichen. Ein kurzer Satz, den Sie sich gut merken können, eignet sich gut. Niemand kann sie für Sie nachschlagen: Nach diesem Schritt erhalten Sie einen Wiederherstellungscode.
hint-passphrase-short = Mindestens 10 Zeichen.
field-passphrase-repeat = Passphrase wiederholen

## Wiederherstellungscode
recovery-title = Ihr Wiederherstellungscode
recovery-intro = Dieser Code ist der einzige Weg in Ihren Tresor, wenn Sie Ihre Passphrase vergessen. Tandem zeigt ihn nie wieder an.
recovery-keep = Schreiben Sie ihn auf oder drucken Sie ihn aus, und bewahren Sie ihn an einem sicheren Ort auf, getrennt von diesem Laptop, zum Beispiel in einer abgeschlossenen Schublade.
recovery-print = Wiederherstellungsblatt drucken
recovery-confirm = Ich habe ihn aufgeschrieben oder ausgedruckt
recovery-continue = Weiter
print-title = Tandem: Wiederherstellungsblatt
print-label-ocmw = ÖSHZ
print-label-worker = Sozialarbeiter(in)
print-label-date = Datum
print-label-code = Wiederherstellungscode
print-keep = Bewahren Sie dieses Blatt an einem sicheren Ort auf, getrennt vom Laptop, zum Beispiel in einer abgeschlossenen Schublade. Wer diesen Code und den Laptop hat, kann den Tresor öffnen. Wenn Sie Ihre Passphrase verlieren, öffnen Sie Tandem mit diesem Code und wählen Sie danach eine neue Passphrase.

## Entsperren
unlock-title = Tandem entsperren
unlock-intro = Ihr Tresor ist gesperrt. Geben Sie Ihre Passphrase ein, um weiterzuarbeiten.
unlock-submit = Entsperren
unlock-use-recovery = Passphrase verloren? Wiederherstellungscode verwenden
unlock-accept-seal = Ich habe diesen Tresor selbst ohne sein Siegel verschoben: trotzdem öffnen (das wird im Protokoll vermerkt).
unlock-use-passphrase = Doch meine Passphrase verwenden
unlock-recovery-hint = Geben Sie den Code von Ihrem Wiederherstellungsblatt ein. Wählen Sie danach in den Einstellungen eine neue Passphrase.
field-recovery-code = Wiederherstellungscode
recovery-banner = Sie haben Tandem mit dem Wiederherstellungscode geöffnet. Wählen Sie jetzt eine neue Passphrase, damit Sie Tandem beim nächsten Mal normal öffnen können.
recovery-banner-button = Neue Passphrase wählen

## Personen: Liste
search-label = Person suchen
search-placeholder = Name oder Vorname
new-person = Neue Person
list-empty = Noch niemand erfasst. Beginnen Sie mit „Neue Person“.
list-no-match = Für diese Suche wurde niemand gefunden.
list-count =
    { $count ->
        [0] Niemand gefunden
        [one] { $count } Person gefunden
        *[other] { $count } Personen gefunden
    }
list-more = { $shown } von { $total } angezeigt. Verfeinern Sie die Suche, um die anderen zu sehen.

## Personen: Formular
form-title-new = Neue Person
form-intro = Nur der Anzeigename ist nötig. Ein leeres Feld bedeutet „nicht gefragt“: Das ist eine normale Antwort. Kreuzen Sie „unbekannt“ an, wenn Sie gefragt haben, die Antwort aber nicht bekannt ist.
hint-display-name = Ein Vorname, Initialen oder ein Pseudonym genügen.
hint-nrn = 11 Ziffern, wie auf dem Ausweisdokument.
placeholder-date = JJJJ-MM-TT
placeholder-nrn = JJ.MM.TT-XXX.PP
unknown-title = Gefragt, aber die Antwort ist nicht bekannt
person-save = Speichern
person-saved = Gespeichert.
person-created = Gespeichert. Die Person steht jetzt in der Liste.
person-meta = Angelegt { $created } · zuletzt geändert { $updated }
unsaved-text = Dieses Formular enthält Änderungen, die noch nicht gespeichert sind.
unsaved-save = Speichern
unsaved-discard = Verwerfen
unsaved-keep = Weiter bearbeiten

## Haushalt
household-title = Haushalt
household-intro = Wer lebt mit der Person zusammen? Eine Zeile pro Person; ein Vorname oder eine Beschreibung genügt.
household-empty = Keine Haushaltsmitglieder erfasst.
household-add = Haushaltsmitglied hinzufügen
household-remove = Entfernen
household-member = Haushaltsmitglied { $number }
field-household-cohabits = Lebt unter demselben Dach
field-household-minor = Minderjährig
relation-choose = Auswählen…
choice-yes = ja
choice-no = nein

## Einstellungen
settings-title = Einstellungen
settings-back = Zurück
settings-back-title = Zurück zu den Personen (Esc)
settings-profile-legend = Ihr Profil
hint-auto-lock = Tandem sperrt sich nach so vielen Minuten ohne Aktivität (1 bis 120).
settings-save = Einstellungen speichern
settings-saved = Einstellungen gespeichert.
settings-passphrase-legend = Passphrase ändern
settings-use-recovery = Ich verwende meinen Wiederherstellungscode statt der aktuellen Passphrase
field-current-passphrase = Aktuelle Passphrase
field-new-passphrase = Neue Passphrase
field-new-passphrase-repeat = Neue Passphrase wiederholen
settings-passphrase-save = Passphrase ändern
settings-passphrase-saved = Die Passphrase wurde geändert. Verwenden Sie ab jetzt die neue.
settings-audit-legend = Unversehrtheit des Protokolls
settings-audit-intro = Tandem führt ein Protokoll über jede Änderung. Diese Prüfung bestätigt, dass niemand es verändert hat.
settings-verify = Unversehrtheit prüfen
audit-ok =
    { $entries ->
        [one] Das Protokoll ist unversehrt: { $entries } Eintrag geprüft.
        *[other] Das Protokoll ist unversehrt: { $entries } Einträge geprüft.
    }
audit-broken = Das Protokoll ist ab Eintrag { $id } beschädigt ({ $reason }). Stellen Sie eine Sicherung wieder her oder wenden Sie sich an Ihren Support.

## Feldnamen (auch vom Kern in Fehlermeldungen verwendet)
field-display-name = Anzeigename
field-first-name = Vorname
field-last-name = Nachname
field-birth-date = Geburtsdatum
field-nrn = Nationalregisternummer
field-address = Adresse
field-phone = Telefon
field-email = E-Mail
field-language = Sprache
field-household-name = Name
field-household-relation = Beziehung
field-worker-name = Ihr Name
field-ocmw-name = Name des ÖSHZ
field-ocmw-address = Adresse des ÖSHZ
field-labour-court-address = Adresse des Arbeitsgerichts
field-passphrase = Passphrase
field-auto-lock-minutes = Zeit bis zur automatischen Sperre (Minuten)

## Fehlermeldungen
error-locked = Der Tresor ist gesperrt. Entsperren Sie ihn mit Ihrer Passphrase, um weiterzuarbeiten.
error-vault-missing = In diesem Ordner gibt es noch keinen Tresor. Legen Sie zuerst einen an.
error-vault-exists = In diesem Ordner gibt es bereits einen Tresor. Entsperren Sie ihn stattdessen.
error-wrong-secret = Diese Passphrase oder dieser Wiederherstellungscode ist nicht richtig. Es wurde nichts geändert: Prüfen Sie die Tastaturbelegung und die Feststelltaste, und versuchen Sie es erneut.
revoke-legend = Wenn eine Passphrase oder ein Wiederherstellungscode bekannt geworden sein könnte
revoke-hint = Ein neuer Wiederherstellungscode ersetzt den alten auf diesem Laptop. Ein neuer Schlüssel geht weiter: der Tresor erhält einen neuen Schlüssel, sodass nichts von vorher (Sicherungen, Kopien der Schlüsseldatei) ihn mit der alten Passphrase oder dem alten Code öffnet; sofort wird eine neue Sicherung erstellt.
revoke-remove-old = Mit dem neuen Schlüssel die älteren Sicherungen entfernen
revoke-remove-old-hint = Sie öffnen sich noch mit der alten Passphrase oder dem alten Code. Sicherungen, die Sie anderswo aufbewahren (ein USB-Stick), müssen Sie selbst entfernen.
revoke-new-code = Einen neuen Wiederherstellungscode erstellen
revoke-rekey = Dem Tresor einen neuen Schlüssel geben
revoke-code-hint = Schreiben Sie diesen neuen Wiederherstellungscode jetzt auf und bewahren Sie ihn fern vom Laptop auf: er wird nur einmal angezeigt. Der alte öffnet den Tresor nicht mehr.
revoke-rekeyed = Der Tresor hat einen neuen Schlüssel und eine neue Sicherung.
revoke-code-made = Ein neuer Wiederherstellungscode wurde erstellt.
document-check-ok = Dieses Dokument wurde erstellt, als das Protokoll bei Eintrag { $mark } endete; das Protokoll enthält diesen Eintrag noch unverändert: der Verlauf, aus dem es erstellt wurde, wurde nicht umgeschrieben.
document-check-rewritten = Dieses Dokument wurde erstellt, als das Protokoll bei Eintrag { $mark } endete; das Protokoll enthält diesen Eintrag nicht mehr unverändert: der Verlauf wurde nach diesem Dokument umgeschrieben.
document-check-no-mark = Diese Datei trägt kein Protokollzeichen: sie wurde nicht von dieser Version von Tandem erstellt, oder sie wurde verändert.
error-wrong-current-secret = Das ist nicht die aktuelle Passphrase des Tresors auf diesem Laptop. Um ihn durch eine Sicherung zu ersetzen, geben Sie seine aktuelle Passphrase an.
error-vault-rolled-back = Dieser Tresor ist älter als bei seinem letzten Schließen: alte Daten wurden zurückgespielt ({ $detail }). Tandem öffnet ihn nicht, damit nichts Widerrufenes zurückkommt. Stellen Sie Ihre letzte Sicherung wieder her (auf diesem Bildschirm, „Sicherung wiederherstellen") und informieren Sie die Person, die sich um Ihren Laptop kümmert.
error-vault-seal-missing = Das Siegel neben diesem Tresor (die Datei tandem.seal) fehlt, obwohl der Tresor seit dem { $since } eines hat. Vielleicht hat jemand eine ältere Kopie des Tresors zurückgelegt. Stellen Sie Ihre letzte Sicherung wieder her (auf diesem Bildschirm, „Sicherung wiederherstellen“). Nur wenn Sie den Tresor selbst ohne diese Datei verschoben haben: Öffnen Sie ihn trotzdem; das wird im Protokoll vermerkt.
error-vault-in-use = Dieser Tresor ist in einem anderen Tandem-Fenster oder in tandem-cli auf diesem Computer geöffnet. Schließen oder sperren Sie ihn dort zuerst und versuchen Sie es erneut. Es wurde nichts geändert.
error-backup-format = Diese Datei ist keine Tandem-Sicherung, die diese Version lesen kann ({ $detail }). Es wurde nichts geändert.
error-passphrase-too-short = Die Passphrase muss mindestens { $min } Zeichen haben.
error-passphrase-mismatch = Die beiden Passphrasen sind nicht gleich.
error-required = { $field } ist erforderlich.
error-too-long = { $field } ist zu lang: höchstens { $max } Zeichen.
error-invalid-date = { $field } ist kein gültiges Datum. Verwenden Sie die Form JJJJ-MM-TT.
error-date-in-future = { $field } darf nicht in der Zukunft liegen.
error-invalid-email = { $field } sieht nicht wie eine E-Mail-Adresse aus.
error-invalid-choice = { $field }: „{ $value }“ ist keine der Auswahlmöglichkeiten.
error-out-of-range = { $field } muss zwischen { $min } und { $max } liegen.
error-invalid-input = Die gesendeten Daten sind nicht gültig: { $detail }
error-nrn-characters = Nationalregisternummer: Nur Ziffern, die Trennzeichen . - / und Leerzeichen sind erlaubt.
error-nrn-length =
    { $count ->
        [one] Nationalregisternummer: 11 Ziffern sind nötig, { $count } gefunden.
        *[other] Nationalregisternummer: 11 Ziffern sind nötig, { $count } gefunden.
    }
error-nrn-month = Nationalregisternummer: Monat { $month } ist nicht möglich (01–12, 00 wenn unbekannt, +20 oder +40 für eine Bis-Nummer).
error-nrn-day = Nationalregisternummer: Tag { $day } ist nicht möglich.
error-nrn-checksum = Nationalregisternummer: Die Prüfziffern stimmen nicht. Prüfen Sie die Nummer auf dem Ausweisdokument.
error-not-found = Mit dieser Kennung wurde nichts gefunden ({ $what } { $id }).
what-request = Antrag
what-person = Person
what-report = Sozialbericht
what-plan = Begleitplan
what-share = Weitergabe
what-right = Recht
what-report-version = Version des Berichts
what-profile = Profil
what-folder = Ordner
what-file = Datei
what-end-of-the-right = Ende des Rechts
what-document = Dokument
what-decision = Entscheidung
what-consent = Einwilligung
error-unknown-command = Unbekannter Befehl: { $command }.
error-storage = Der Tresor konnte nicht gelesen oder geschrieben werden ({ $detail }). Es wurde nichts geändert.
error-vault-corrupt = Die Dateien des Tresors sind beschädigt oder unvollständig ({ $detail }). Stellen Sie eine Sicherung wieder her oder wenden Sie sich an Ihren Support.
error-team-store = Der Teamserver war nicht erreichbar oder hat dies abgelehnt ({ $detail }). Es wurde nichts geändert; versuchen Sie es erneut oder wenden Sie sich an Ihre Administration.
error-team-role = { $role ->
    [owner] Nur die Sozialarbeiterin oder der Sozialarbeiter der Akte kann dies tun.
    [lead] Nur die Teamleitung kann dies tun.
    [secretary] Nur das Sekretariat des Ausschusses kann dies tun.
    [worker] Nur eine Sozialarbeiterin oder ein Sozialarbeiter des Teams kann dies tun.
   *[team] Dies geht nur im Team (Einstellungen, Im Team arbeiten).
}

## Werte
unknown = unbekannt
not-asked = nicht gefragt
relation-partner = Partner(in)
relation-parent = Elternteil
relation-child = Kind
relation-other = andere Beziehung
language-nl = Nederlands
language-fr = Français
language-de = Deutsch
language-en = English

