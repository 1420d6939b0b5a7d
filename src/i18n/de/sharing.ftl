# Weitergabe und Einsicht: Einwilligungen, die Prüfung der Weitergabe und ihr Register, die Kopie der Person, Übergabe, Abschluss und Löschung einer Akte; gemeinsam lesen.

## Weitergabe und Einsicht auf der Seite der Person
sharing-title = Weitergabe und Einsicht
sharing-intro = Nichts über die Person verlässt das ÖSHZ ohne ihre Einwilligung. Hier erfassen Sie, womit sie einverstanden ist und was weitergegeben wurde, und Sie geben ihr eine Kopie ihrer eigenen Akte.
consent-title = Einwilligungen der Person
consent-intro = Jede Einwilligung sagt, wer welche Teile der Akte erhalten darf und warum. Die Person kann sie jederzeit widerrufen, ohne einen Grund zu nennen.
consent-empty = Keine Einwilligung erfasst.
consent-recipient = { $organisation } ({ $role })
consent-purpose-shown = Zweck: { $purpose }
consent-covers = Umfasst: { $parts }
consent-given-on = erteilt am { $date }
consent-ends-on = endet am { $date }
consent-no-end = ohne Enddatum
consent-withdrawn-on = widerrufen am { $date }
consent-status-current = gültig
consent-status-withdrawn = widerrufen
consent-status-expired = abgelaufen
consent-status-not_yet = noch nicht gültig
consent-withdraw = Widerrufen
consent-withdrawn-done = Widerrufen ab { $date }: Auf Grundlage dieser Einwilligung geht nichts mehr an { $organisation }.
consent-add-legend = Eine neue Einwilligung erfassen
consent-role-hint = Zum Beispiel: Sozialarbeiter(in), Schuldnerberater(in), Arzt oder Ärztin.
consent-purpose-hint = Warum die Person einverstanden ist, in einfachen Worten: für welche Hilfe, mit welchem Ziel.
consent-ends-hint = Optional. Leer lassen, wenn die Einwilligung kein Enddatum hat: Die Person kann sie jederzeit widerrufen.
consent-give = Einwilligung erfassen
consent-given-done = Die Einwilligung ist erfasst.
consent-parts-required = Kreuzen Sie mindestens einen Teil der Akte an, den die Einwilligung umfasst.
part-identity = Identitätsangaben
part-household = Haushalt
part-income = Einkommen und Existenzmittel
part-report = Sozialbericht
part-plan = Begleitplan

## Weitergabe: Feldnamen (auch vom Kern in Fehlermeldungen verwendet)
field-recipient-organisation = Empfangende Organisation
field-recipient-role = Funktion der empfangenden Person
field-purpose = Zweck
field-covers = Umfasste Teile der Akte
field-given-on = Erteilt am
field-ends-on = Endet am
field-parts = Betroffene Teile der Akte
field-what = Was weitergegeben wurde
field-consent-id = Einwilligung
field-document = Dokument
field-document-kind = Art des Dokuments
field-document-id = Dokument
field-closed-on = Abgeschlossen am
field-retention-years = Abgeschlossene Akten aufbewahren (Jahre)
field-bundle = Übergabedatei
field-conditions-secrecy-bound = Empfänger an das Berufsgeheimnis gebunden, im selben Auftrag
field-conditions-necessary-only = nur das Notwendige
field-conditions-informed-consent = Person informiert und einverstanden

## Etwas weitergeben
share-title = Etwas weitergeben
share-intro = Nur auf Grundlage einer gültigen Einwilligung der Person und nur, wenn die drei Bedingungen des geteilten Berufsgeheimnisses erfüllt sind. Jede Weitergabe wird unten im Weitergaberegister eingetragen.
share-consent-label = Auf Grundlage der Einwilligung der Person
share-consent-choose = Einwilligung auswählen…
share-consent-option = { $organisation } ({ $role }): { $purpose }
share-no-consent = Es gibt keine gültige Einwilligung. Erfassen Sie zuerst die Einwilligung der Person.
share-consent-required = Wählen Sie die Einwilligung der Person, auf der dies beruht. Ohne Einwilligung kann nichts weitergegeben werden.
share-covers = Die Einwilligung umfasst: { $parts }
share-doc-kind-label = Ein Dokument aus der Akte
share-doc-none = Kein Dokument
share-doc-kind-report = Sozialbericht
share-doc-kind-receipt = Empfangsbestätigung
share-doc-kind-decision = Entscheidungsschreiben
share-doc-kind-end = Schreiben über das Ende des Rechts
share-doc-kind-plan = Begleitplan
share-doc-hint = Optional. Das PDF wird im Ordner Tandem in Ihren Dokumenten gespeichert, und die Teile, die es enthält, werden im Register eingetragen.
share-doc-which = Welches
share-doc-empty = Diese Akte enthält noch kein solches Dokument.
share-doc-request = Antrag vom { $date }: { $kind }
share-doc-plan = Begleitplan eröffnet am { $date }
share-doc-required = Wählen Sie das Dokument, das Sie weitergeben, oder wählen Sie „Kein Dokument“.
share-what-hint = In wenigen Worten: was Sie weitergegeben haben und wie (telefonisch, per Brief, in einer Besprechung). Nicht nötig, wenn Sie ein Dokument weitergeben.
secrecy-conditions-legend = Die drei Bedingungen des geteilten Berufsgeheimnisses
secrecy-conditions-hint = Kreuzen Sie jede Bedingung nur an, wenn sie zutrifft. Trifft eine nicht zu, kann nichts weitergegeben werden.
cond-secrecy = Die empfangende Person unterliegt dem Berufsgeheimnis und arbeitet im selben Auftrag für diese Person.
cond-necessary = Es wird nur weitergegeben, was für diesen Auftrag notwendig ist.
cond-consent = Die Person wurde informiert, was an wen und warum weitergegeben wird, und ist einverstanden.
share-submit = Weitergabe erfassen
share-recorded = Im Weitergaberegister eingetragen.
share-saved-as = Im Weitergaberegister eingetragen. Das Dokument ist gespeichert unter { $path }

## Weitergaberegister
log-title = Weitergaberegister
log-intro = Alles, was aus dieser Akte weitergegeben wurde, das Neueste zuerst. Die Person kann dieses Register jederzeit einsehen.
log-empty = Aus dieser Akte wurde nichts weitergegeben.
log-recipient = Empfänger
log-what = Was
log-kind = Wie
log-worker = Von
log-fingerprint = Fingerabdruck: { $sha }
share-kind-copy = Information weitergegeben
share-kind-document = Dokument
share-kind-handover = Übergabe der Akte

## Die Kopie der Person (Recht auf Einsicht)
export-title = Eine Kopie für die Person
export-intro = Die Person hat das Recht, ihre Akte einzusehen und eine Kopie davon zu erhalten. Damit wird alles gespeichert, was Tandem über sie enthält: ein PDF zum Lesen und eine Datendatei zum Aufbewahren oder Mitnehmen. Eine Einwilligung ist nicht nötig.
export-button = Eine Kopie für die Person erstellen
export-saved-pdf = Lesbare Kopie gespeichert unter { $path }
export-saved-json = Datendatei gespeichert unter { $path }

## Übergabe an eine Kollegin oder einen Kollegen
handover-title = An eine Kollegin oder einen Kollegen übergeben
handover-intro = Wenn die Akte der Person an eine Kollegin oder einen Kollegen mit eigenem Tandem geht, wird die ganze Akte als eine verschlüsselte Datei übergeben. Dafür sind eine gültige Einwilligung, die alle Teile der Akte umfasst, und die drei Bedingungen nötig.
handover-needs-all = Für eine Übergabe ist eine Einwilligung nötig, die alle Teile der Akte umfasst.
handover-pass-hint = Mindestens 12 Zeichen, nur für diese Übergabe gewählt. Es ist nicht Ihre eigene Passphrase.
handover-submit = Übergabedatei erstellen
handover-saved-as = Übergabedatei gespeichert unter { $path }
handover-tell-passphrase = Geben Sie die Datei Ihrer Kollegin oder Ihrem Kollegen und teilen Sie die Passphrase auf einem anderen Weg mit: telefonisch oder persönlich, nie in derselben E-Mail oder auf demselben USB-Stick.

## Die Akte abschließen
file-title = Die Akte abschließen
file-intro = Wenn die Hilfe endet, schließen Sie die Akte ab. Eine abgeschlossene Akte wird für die in den Einstellungen festgelegte Dauer aufbewahrt und erscheint danach auf dem Startbildschirm, um gelöscht zu werden. Öffnen Sie sie wieder, wenn die Person zurückkommt.
file-open = Diese Akte ist offen.
file-closed = Abgeschlossen am { $closed }, aufbewahrt bis zum { $until }.
file-close = Akte abschließen
file-reopen = Akte wieder öffnen
person-closed-on = Akte abgeschlossen am { $date }
hint-retention-years = Eine abgeschlossene Akte wird so viele Jahre nach dem Abschluss aufbewahrt (1 bis 30) und erscheint danach auf dem Startbildschirm, um gelöscht zu werden.

## Startbildschirm: eine Übergabe importieren, Akten mit abgelaufener Aufbewahrungsfrist
import-title = Eine Übergabe importieren
import-intro = Eine Kollegin oder ein Kollege hat Ihnen die Akte einer Person übergeben: Wählen Sie die erhaltene Übergabedatei und geben Sie die Passphrase ein, die Ihnen auf einem anderen Weg mitgeteilt wurde.
import-pass-hint = Die Passphrase dieser Übergabe, von Ihrer Kollegin oder Ihrem Kollegen.
import-submit = Die Akte importieren
import-file-required = Wählen Sie zuerst die Übergabedatei.
import-read-failed = Die Datei konnte nicht gelesen werden. Wählen Sie sie erneut.
import-done = Importiert. Die Akte der Person ist geöffnet.
retention-title = Akten mit abgelaufener Aufbewahrungsfrist
retention-intro = Diese Akten wurden abgeschlossen und ihre Aufbewahrungsfrist ist abgelaufen. Löschen Sie sie einzeln: Danach bleibt nichts über die Person im Tresor.
retention-empty = Keine Akte hat ihre Aufbewahrungsfrist überschritten.
retention-line = Abgeschlossen am { $closed }, aufbewahrt bis zum { $until }
retention-erase = Löschen…
retention-confirm-text = Die Akte von { $name } endgültig löschen? Alles über diese Person wird aus dem Tresor entfernt. Das kann nicht rückgängig gemacht werden.
retention-erase-confirm = Endgültig löschen
retention-erase-cancel = Behalten
retention-erased = Die Akte wurde gelöscht. Über diese Person bleibt nichts im Tresor.

## Gemeinsam lesen: Die Person liest ihre eigene Akte neben der Fachkraft mit
together-toggle = Gemeinsam lesen
together-toggle-title = Diese Akte gemeinsam mit der Person lesen: große Schrift, einfache Worte, nichts über andere Personen
together-banner-title = Gemeinsam lesen
together-banner-text = Sie lesen Ihre eigene Akte, gemeinsam mit Ihrer Sozialarbeiterin oder Ihrem Sozialarbeiter. Sie können alles in dieser Akte sehen. Nichts auf dem Bildschirm betrifft eine andere Person.
together-leave = Gemeinsames Lesen beenden
together-why-identity = Wir fragen das, um zu wissen, wer Sie sind und wie wir Sie erreichen. Nur ein Name ist nötig: Den Rest können Sie angeben oder nicht.
together-why-household = Wir fragen, wer mit Ihnen zusammenlebt, weil das Gesetz darauf schaut: Davon hängt ab, welcher Betrag für Sie gilt.
together-why-request = Wir notieren das Datum Ihres Antrags, weil damit die Frist beginnt: Das ÖSHZ muss innerhalb von 30 Tagen entscheiden und Ihnen die Entscheidung innerhalb von 8 Tagen danach mitteilen.
together-why-conditions = Wir gehen diese sechs Punkte durch, weil das Gesetz sie für das Eingliederungseinkommen vorsieht. Auf nichts anderes schauen wir.
together-why-resources = Wir fragen nach Ihrem Einkommen, weil es für den Betrag zählt. Nach Ihren Ausgaben wird nie gefragt.
together-why-report = Wir schreiben diesen Bericht, weil der Ausschuss auf seiner Grundlage entscheidet. Sie lesen ihn zuerst, Sie können eigene Anmerkungen hinzufügen, und Sie entscheiden, ob Sie ihn unterschreiben.
together-why-plan = Wir fragen nur, ob Sie Hilfe möchten. Das entscheiden Sie: Es hat keinen Einfluss auf Ihr Einkommen, und Sie können jederzeit aufhören.
together-why-sharing = Wir zeigen Ihnen das, damit Sie wissen, wohin Ihre Angaben gehen. Nichts über Sie verlässt das ÖSHZ ohne Ihre Einwilligung, und Sie können eine Einwilligung jederzeit widerrufen.
together-title-household = Wer mit Ihnen zusammenlebt
together-title-requests = Ihre Anträge auf ein Einkommen
together-title-support = Hilfe, wenn Sie es wünschen
together-title-sharing = Wer Ihre Angaben sehen darf
together-title-conditions = Worauf das Gesetz schaut
together-title-resources = Ihr Einkommen
together-title-category = Welcher Betrag für Sie gilt
together-title-calculation = Wie der Betrag berechnet wird
together-title-report = Der Bericht über Ihren Antrag

## Weitergabe, Übergabe und Aufbewahrung: Meldungen des Kerns
error-consent-missing = Es gibt keine Einwilligung der Person für diesen Empfänger und diesen Zweck. Erfassen Sie zuerst die Einwilligung der Person: Ohne sie kann nichts weitergegeben werden.
error-consent-withdrawn = Die Person hat diese Einwilligung widerrufen: Auf ihrer Grundlage kann nichts mehr weitergegeben werden. Wenn die Person wieder einverstanden ist, erfassen Sie eine neue Einwilligung.
error-consent-expired = Diese Einwilligung gilt heute nicht: Sie ist abgelaufen oder noch nicht gültig. Prüfen Sie die Daten mit der Person und erfassen Sie eine neue Einwilligung, wenn sie einverstanden ist.
error-consent-scope = Die Einwilligung der Person umfasst nicht { $parts }. Geben Sie nur weiter, was die Einwilligung umfasst, oder fragen Sie die Person und erfassen Sie eine neue Einwilligung, die es einschließt.
error-share-conditions = Es wurde nichts weitergegeben: Die Bedingung „{ $field }“ ist nicht bestätigt. Das geteilte Berufsgeheimnis verlangt alle drei Bedingungen. Kreuzen Sie sie nur an, wenn sie zutrifft; sonst ist keine Weitergabe möglich.
error-handover-wrong = Diese Übergabedatei kann nicht geöffnet werden: Die Passphrase ist falsch, oder die Datei ist beschädigt oder wurde verändert. Es wurde nichts importiert. Prüfen Sie die Passphrase mit Ihrer Kollegin oder Ihrem Kollegen, oder fordern Sie die Datei erneut an.
error-handover-format = Dies ist keine Tandem-Übergabedatei, oder sie wurde mit einer neueren Version von Tandem erstellt. Es wurde nichts importiert. Bitten Sie Ihre Kollegin oder Ihren Kollegen um die richtige Datei, oder aktualisieren Sie Tandem.
error-handover-duplicate = Diese Übergabe wurde bereits in diesen Tresor importiert. Es wurde nichts ein zweites Mal importiert: Suchen Sie die Person in der Liste.
error-file-not-closed = Diese Akte ist nicht abgeschlossen. Nur eine abgeschlossene Akte mit abgelaufener Aufbewahrungsfrist kann gelöscht werden: Schließen Sie sie zuerst ab.
error-retention-running = Diese Akte muss bis zum { $date } aufbewahrt werden. Sie kann erst nach diesem Datum gelöscht werden.
error-closed-before-activity = Die Akte zeigt Aktivität bis zum { $date }: Sie kann nicht zu einem früheren Datum abgeschlossen werden, denn die Aufbewahrungsfrist läuft ab dem Abschluss.
error-right-ended = Dieses Recht endete am { $date }. Ein neuer Antrag eröffnet ein neues Recht.
error-right-running = In dieser Akte läuft noch ein Recht: Beenden Sie es zuerst (beim Antrag, „Das Recht beenden“); die Aufbewahrungsfrist läuft ab dem Abschluss.

