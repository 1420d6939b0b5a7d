## Kollektive Signale: Zahlen eines Zeitraums, die Individualisierungslücke, Feststellungen (nie über eine einzelne Person)
signal-theme-housing = Wohnen
signal-theme-energy = Energie
signal-theme-debt = Schulden
signal-theme-health = Gesundheit
signal-theme-administration = Verwaltung und digitaler Zugang
signal-theme-work = Arbeit
signal-theme-income_adequacy = Angemessenheit des Einkommens
signal-theme-discrimination = Diskriminierung
signal-theme-other = Anderes
field-theme = Thema
field-situations = Anzahl der Situationen
field-format = Dateiformat
field-paths = Signaldateien
field-from = Vom
field-to = Bis
field-gap = Individualisierungslücke
field-signals = Zahlen des Signals
what-observation = Feststellung
what-signal-file = Signaldatei
error-observation-identifies = Diese Feststellung nennt jemanden aus dem Tresor ({$count} { $count ->
        [one] Treffer
       *[other] Treffer
    }): Entfernen Sie die Namen, Nationalregisternummern, Adressen und Telefonnummern. Eine Feststellung identifiziert nie jemanden.
error-signal-duplicate = Eine dieser Signaldateien ist schon Teil einer anderen, die Sie gewählt haben: Die Datei jeder Sozialarbeiterin und jedes Sozialarbeiters zählt nur einmal.

## Kollektives Signal: das PDF
doc-signal-title = Kollektives Signal
doc-signal-period = Vom { $from } bis zum { $to }
doc-signal-intro = Was viele Akten zusammen zeigen, zur Weitergabe an den ÖSHZ-Rat, die Verbände und die Zivilgesellschaft. Nichts darin identifiziert jemanden: keine Namen, Nummern, Geburtsdaten, Adressen oder Aktenzeichen; Zahlen von 1 bis 4 stehen als „weniger als 5“ da, und einige weitere sind verborgen, damit keine aus den Summen erschlossen werden kann.
doc-signal-requests = Die im Zeitraum eingegangenen Anträge und was aus ihnen wurde
doc-signal-received-by-month = Eingegangene Anträge, nach Monat
doc-signal-refusals = Ablehnungen, nach der nicht erfüllten Bedingung
doc-signal-categories = Gewährte Rechte, nach Kategorie
doc-signal-deadlines = Die Fristen des Gesetzes: entscheiden binnen 30 Tagen, zustellen binnen 8 Tagen
doc-signal-median-late = Die Hälfte der verspäteten Entscheidungen kam mehr als { $days } { $days ->
        [one] Tag
       *[other] Tage
    } zu spät.
doc-signal-reports = Hausbesuche und Sozialberichte
doc-signal-support = Freiwillige Begleitung (nur Zahlen, nie ihr Inhalt)
doc-signal-gap = Was der Satz für Zusammenwohnende kostet
doc-signal-gap-intro = Für jedes zum Satz für Zusammenwohnende gewährte Recht: was die Person zum Satz für Alleinstehende mit nur ihren eigenen Existenzmitteln erhielte. Der Unterschied ist die Individualisierungslücke. Ein Teil davon kommt daher, dass die Existenzmittel eines Partners oder der Eltern angerechnet werden (die Existenzmittelprüfung); der Rest vom niedrigeren Satz selbst.
doc-signal-gap-monthly = Die Lücke pro Monat, alle diese Rechte zusammen
doc-signal-gap-period = Die Lücke über den Zeitraum
doc-signal-gap-means = davon durch die Existenzmittelprüfung
doc-signal-gap-hidden = nicht gezeigt (weniger als 5 Rechte)
doc-signal-gap-by-month = Die Lücke, nach Monat
doc-signal-gap-method = So wird sie berechnet: Die eigene Berechnung jedes Rechts wird am selben Datum mit denselben Existenzmitteln erneut ausgeführt, einmal zum Satz für Zusammenwohnende mit nur den eigenen Existenzmitteln der Person (der Teil der Existenzmittelprüfung), einmal zum Satz für Alleinstehende mit nur den eigenen Existenzmitteln (die ganze Lücke). Über den Zeitraum zählt jeder Monat anteilig nach den Tagen, an denen das Recht lief. Beträge sind auf den Euro gerundet und werden nicht gezeigt, wenn weniger als 5 Rechte sie bilden.
doc-signal-observations = Was die Sozialarbeiterinnen und Sozialarbeiter feststellen
doc-signal-observation = { $theme }, vom { $from } bis zum { $to }, zu { $situations } { $situations ->
        [one] Situation
       *[other] Situationen
    }
doc-signal-no-observations = Für diesen Zeitraum wurde keine Feststellung notiert.
doc-signal-left-out = { $count } { $count ->
        [one] Feststellung wurde
       *[other] Feststellungen wurden
    } weggelassen, weil sie jemanden aus dem Tresor { $count ->
        [one] nennt
       *[other] nennen
    }.
doc-signal-method-title = Methode
doc-signal-method = Die Zahlen stammen aus den Akten der Sozialarbeiterin oder des Sozialarbeiters (oder mehrerer, zusammengeführt); die Entscheidungen sind die zu den im Zeitraum eingegangenen Anträgen. Eine Zahl von 1 bis 4 wird nie gezeigt. Die Zahlen hängen über Summen zusammen (eine Summe und woraus sie besteht); wo eine verborgene Zahl daraus erschlossen werden könnte, wird auch die kleinste Zahl daneben verborgen, und eine verborgene Zahl wird als der Bereich angegeben, in dem sie liegen muss. Zusammengeführte Dateien addieren diese Bereiche.
doc-signal-footer = Tandem · kollektives Signal · { $files } { $files ->
        [one] Datei
       *[other] Dateien zusammengeführt
    }
signal-count-requests-received = Eingegangene Anträge
signal-count-requests-decided = Entschieden
signal-count-requests-withdrawn = Vor einer Entscheidung zurückgezogen
signal-count-requests-pending = Noch nicht entschieden
signal-count-decisions-granted = Gewährt
signal-count-decisions-partly-granted = Teilweise gewährt
signal-count-decisions-refused = Abgelehnt
signal-count-decisions-within-30-days = Binnen 30 Tagen entschieden
signal-count-decisions-late = Verspätet entschieden
signal-count-notifications-within-8-days = Binnen 8 Tagen zugestellt
signal-count-notifications-late = Verspätet zugestellt
signal-count-notifications-not-recorded = Zustellung nicht notiert
signal-count-refused-withdrawn = Antrag zurückgezogen
signal-count-granted-cohabitant = Rechte zum Satz für Zusammenwohnende
signal-count-visits-announced = Angekündigte Hausbesuche
signal-count-visits-unannounced = Nicht angekündigte Hausbesuche
signal-count-reports-read-together = Gemeinsam gelesene Berichte
signal-count-reports-cosigned = Von der Person mitunterzeichnet
signal-count-reports-signed-on-paper = Auf Papier unterzeichnet
signal-count-reports-declined = Unterschrift von der Person verweigert
signal-count-reports-with-remarks = Mit Anmerkungen der Person
signal-count-support-wanted = Wollten Begleitung
signal-count-support-not-now = Sagten „jetzt nicht“

## Kollektive Signale: der Bildschirm
signals-button = Signale
signals-title = Kollektive Signale
signals-back = Zurück
signals-intro = Was Ihre Akten zusammen zeigen, zur Weitergabe, ohne jemanden zu identifizieren. Zahlen von 1 bis 4 werden nie gezeigt, und einige weitere sind verborgen, damit keine aus den Summen erschlossen werden kann. Was Sie hier sehen, ist genau das, was in den Exporten hinausgeht.
signals-period-legend = Zeitraum
signals-show = Zahlen anzeigen
signals-requests = Die im Zeitraum eingegangenen Anträge
signals-refusals = Ablehnungen, nach der nicht erfüllten Bedingung
signals-categories = Gewährte Rechte, nach Kategorie
signals-deadlines = Fristen
signals-reports = Besuche, Berichte und Begleitung
signals-gap-title = Was der Satz für Zusammenwohnende kostet
signals-gap-rights = Rechte zum Satz für Zusammenwohnende
signals-gap-monthly = Die Lücke pro Monat (alle diese Rechte)
signals-gap-period = Die Lücke über den Zeitraum
signals-gap-means = davon durch die Existenzmittelprüfung
signals-gap-hidden = nicht gezeigt (weniger als 5 Rechte)
signals-observations-title = Feststellungen über niemanden im Besonderen
signals-observations-intro = Was Sie über Akten hinweg sehen: Wohnen, Energie, Verwaltung… Schreiben Sie es ohne Namen, Nummern oder Adressen: Tandem vergleicht den Text vor dem Speichern mit allen Personen im Tresor.
signals-observations-none = Noch keine Feststellung für diesen Zeitraum.
signals-observation-meta = { $theme } · vom { $from } bis zum { $to } · { $situations } { $situations ->
        [one] Situation
       *[other] Situationen
    }
signals-observation-remove = Entfernen
signals-observation-save = Feststellung speichern
signals-observation-check = Auf Namen und Nummern prüfen
signals-observation-clean = Nichts in diesem Text nennt jemanden aus dem Tresor.
signals-observation-found = Entfernen Sie diese Wörter vor dem Speichern: { $found }
signals-observation-saved = Feststellung gespeichert.
signals-exports-title = Weitergeben
signals-export-pdf = Als PDF speichern
signals-export-csv = Als CSV speichern
signals-export-json = Signaldatei speichern (zum Zusammenführen)
signals-saved = Gespeichert als { $path }
signal-fewer-than-5 = weniger als 5
signal-between = zwischen { $min } und { $max }
signal-at-least = mindestens { $min }
