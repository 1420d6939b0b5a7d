# The caseload (home screen), its menu, and the codes of the file reference.
caseload-title = Mijn dossiers
caseload-search-label = Zoek een dossier
caseload-search-hint = Op naam, dossiernummer of rijksregisternummer (met of zonder puntjes en streepjes).
caseload-filters = Toon
caseload-filter-all = Alle dossiers
caseload-filter-overdue = Te laat
caseload-filter-week = Deze week
caseload-filter-papers = Wacht op stukken
caseload-stage-label = Fase
caseload-stage-any = Alle fasen
caseload-col-person = Persoon
caseload-col-reference = Dossiernummer
caseload-col-stage = Fase
caseload-col-next = Volgende stap
caseload-col-date = Tegen
caseload-sort-by = Sorteer op { $column }
caseload-page = { $from }–{ $to } van { $total }
caseload-prev = Vorige
caseload-next = Volgende
caseload-empty = Nog geen dossiers. Begin met “Nieuwe persoon”.
caseload-no-match = Geen dossier past bij deze zoekopdracht of deze keuze.
caseload-upcoming = Volgende termijnen
caseload-no-date = geen termijn
caseload-waiting-papers = wacht op stukken
caseload-due-today = vandaag
caseload-days-late = { $days ->
    [one] { $days } dag te laat
   *[other] { $days } dagen te laat
}
caseload-days-left = { $days ->
    [one] nog { $days } dag
   *[other] nog { $days } dagen
}
caseload-overdue-count = { $count ->
    [0] Geen enkele termijn is verstreken
    [one] { $count } dossier te laat
   *[other] { $count } dossiers te laat
}
caseload-home = Mijn dossiers
caseload-menu = Meer
caseload-menu-label = Meer: termijnen, dossiers te wissen, overdracht
caseload-menu-deadlines = Termijnen van de komende 7 dagen
caseload-menu-retention = Dossiers om te wissen
caseload-menu-import = Overdracht van een collega importeren
caseload-back = Terug naar mijn dossiers
stage-intake = Aanvraag
stage-inquiry = Sociaal onderzoek
stage-read_together = Samen gelezen
stage-at_committee = Bij het BCSD
stage-decided = Beslist
stage-notified = Kennisgegeven
stage-running = Lopend recht
stage-review_due = Herziening nodig
stage-closed = Afgesloten
next-action-record_request = Aanvraag registreren
next-action-start_inquiry = Sociaal onderzoek starten
next-action-finish_inquiry = Sociaal onderzoek afronden
next-action-send_to_committee = Verslag naar het BCSD sturen
next-action-record_decision = Beslissing noteren
next-action-notify = Beslissing ter kennis brengen
next-action-review = Jaarlijkse herziening
field-filter = Toon
field-stage = Fase
field-sort = Sorteren
field-query = Zoeken
field-offset = Begin van de pagina
field-limit = Aantal per pagina
field-ocmw-code = Code van het OCMW
field-worker-code = Jouw code
codes-hint = Letters en cijfers, hoogstens 8. Samen staan ze voor elk nieuw dossiernummer (bijvoorbeeld GNT-AB-2025-00001), zodat twee maatschappelijk werkers van hetzelfde OCMW nooit hetzelfde nummer geven. Bestaande nummers blijven zoals ze zijn.
error-invalid-code = { $field }: alleen letters en cijfers, hoogstens { $max }.
identity-title = Identiteit en gezin
doc-export-col-reference = Dossiernummer
