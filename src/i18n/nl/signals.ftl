## Collectieve signalen: cijfers van een periode, de individualiseringskloof, vaststellingen (nooit over één persoon)
signal-theme-housing = Wonen
signal-theme-energy = Energie
signal-theme-debt = Schulden
signal-theme-health = Gezondheid
signal-theme-administration = Administratie en digitale toegang
signal-theme-work = Werk
signal-theme-income_adequacy = Toereikendheid van het inkomen
signal-theme-discrimination = Discriminatie
signal-theme-other = Andere
field-theme = Thema
field-situations = Aantal situaties
field-format = Bestandsformaat
field-paths = Signaalbestanden
field-from = Van
field-to = Tot
field-gap = Individualiseringskloof
field-signals = Cijfers van het signaal
what-observation = vaststelling
what-signal-file = signaalbestand
error-observation-identifies = Deze vaststelling noemt iemand uit de kluis ({$count} { $count ->
        [one] treffer
       *[other] treffers
    }): haal de namen, rijksregisternummers, adressen en telefoonnummers eruit. Een vaststelling identificeert nooit iemand.
error-signal-duplicate = Een van deze signaalbestanden zit al in een ander bestand dat je koos: het bestand van elke maatschappelijk werker telt maar één keer.
