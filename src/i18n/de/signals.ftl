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
