# The caseload (home screen), its menu, and the codes of the file reference.
caseload-title = Meine Akten
caseload-search-label = Eine Akte suchen
caseload-search-hint = Nach Name, Aktenzeichen oder Nationalregisternummer (mit oder ohne Punkte und Striche).
caseload-filters = Zeigen
caseload-filter-all = Alle Akten
caseload-filter-overdue = Überfällig
caseload-filter-week = Diese Woche
caseload-filter-papers = Wartet auf Unterlagen
caseload-stage-label = Stufe
caseload-stage-any = Alle Stufen
caseload-col-person = Person
caseload-col-reference = Aktenzeichen
caseload-col-stage = Stufe
caseload-col-next = Nächster Schritt
caseload-col-date = Bis
caseload-sort-by = Nach { $column } sortieren
caseload-page = { $from }–{ $to } von { $total }
caseload-prev = Zurück
caseload-next = Weiter
caseload-empty = Noch keine Akten. Beginnen Sie mit „Neue Person“.
caseload-no-match = Keine Akte passt zu dieser Suche oder Auswahl.
caseload-upcoming = Nächste Fristen
caseload-no-date = keine Frist
caseload-waiting-papers = wartet auf Unterlagen
caseload-due-today = heute
caseload-days-late = { $days ->
    [one] { $days } Tag überfällig
   *[other] { $days } Tage überfällig
}
caseload-days-left = { $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
}
caseload-overdue-count = { $count ->
    [0] Keine Frist ist überschritten
    [one] { $count } Akte überfällig
   *[other] { $count } Akten überfällig
}
caseload-home = Meine Akten
caseload-menu = Mehr
caseload-menu-label = Mehr: Fristen, zu löschende Akten, Übergabe
caseload-menu-deadlines = Fristen der nächsten 7 Tage
caseload-menu-retention = Zu löschende Akten
caseload-menu-import = Übergabe eines Kollegen importieren
caseload-back = Zurück zu meinen Akten
stage-intake = Antrag
stage-inquiry = Sozialuntersuchung
stage-read_together = Gemeinsam gelesen
stage-at_committee = Beim Sonderausschuss
stage-decided = Entschieden
stage-notified = Zugestellt
stage-running = Laufendes Recht
stage-review_due = Überprüfung fällig
stage-closed = Abgeschlossen
next-action-record_request = Antrag erfassen
next-action-start_inquiry = Sozialuntersuchung beginnen
next-action-finish_inquiry = Sozialuntersuchung abschließen
next-action-send_to_committee = Bericht an den Sonderausschuss senden
next-action-record_decision = Entscheidung erfassen
next-action-notify = Entscheidung zustellen
next-action-review = Jährliche Überprüfung
field-filter = Zeigen
field-stage = Stufe
field-sort = Sortierung
field-query = Suche
field-offset = Beginn der Seite
field-limit = Anzahl pro Seite
field-ocmw-code = Kürzel des ÖSHZ
field-worker-code = Ihr Kürzel
codes-hint = Buchstaben und Ziffern, höchstens 8. Zusammen stehen sie vor jedem neuen Aktenzeichen (zum Beispiel GNT-AB-2025-00001), damit zwei Sozialarbeiter desselben ÖSHZ nie dasselbe Zeichen vergeben. Bestehende Zeichen bleiben, wie sie sind.
error-invalid-code = { $field }: nur Buchstaben und Ziffern, höchstens { $max }.
identity-title = Identität und Haushalt
doc-export-col-reference = Aktenzeichen
