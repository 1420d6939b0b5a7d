## Samen lezen: de lijst van andere personen, de voettekst
others-open = Lijst van personen tonen
others-open-title = De lijst bleef dicht na het samen lezen: open ze pas als de persoon niet meer meeleest
footer-others = Dit scherm toont andere personen: laat de persoon naast je het niet meelezen.

## Datums
date-placeholder = dd/mm/jjjj
date-format-hint = Datum als dd/mm/jjjj, bijvoorbeeld 18/05/1993.
date-invalid = "{ $value }" is geen datum. Schrijf ze als dd/mm/jjjj, bijvoorbeeld 18/05/1993.
date-impossible = { $value } bestaat niet: kijk de dag en de maand na.
date-year = Schrijf het jaar met vier cijfers, bijvoorbeeld 1993.
date-too-early = Een datum voor 1900 kan niet.

## Sneltoetsen en hun overzicht
help-button = Sneltoetsen
help-title = Sneltoetsen
help-intro = Deze toetsen werken overal in Tandem. Het vraagteken opent dit overzicht, behalve terwijl je in een veld typt.
help-key-search = Een persoon zoeken
help-key-save = Het formulier opslaan waarin je werkt
help-key-print = Het getoonde document afdrukken (het verslag dat jullie lezen, of het document dat net opgeslagen is)
help-key-help = Dit overzicht tonen
help-key-escape = Dit overzicht sluiten, of teruggaan
help-close = Sluiten
keys-no-search = Zoeken kan op het beginscherm, met de lijst van personen.
keys-search-together = Tijdens het samen lezen blijft de lijst van personen dicht.
keys-no-save = Hier is niets op te slaan: zet de cursor in het formulier dat je wilt opslaan.
keys-no-print = Hier wordt geen document getoond om af te drukken.

## Mappen en bestanden kiezen (dialoogvensters van het systeem)
choose-folder = Map kiezen…
choose-file = Bestand kiezen…
document-copy = Kopie naar een map…
document-copied = Gekopieerd naar { $path }
choose-clear = Leegmaken
choose-failed = Het venster om te kiezen kon niet openen: { $detail }

## Lange uitleg, in te klappen
fold-hide = Uitleg verbergen
fold-show = Uitleg tonen

## Koppen
main-title = Personen
