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

## Collectief signaal: de pdf
doc-signal-title = Collectief signaal
doc-signal-period = Van { $from } tot { $to }
doc-signal-intro = Wat veel dossiers samen tonen, om door te geven aan de OCMW-raad, de federaties en het middenveld. Niets hierin identificeert iemand: geen namen, nummers, geboortedata, adressen of dossiernummers; aantallen van 1 tot 4 staan er als "minder dan 5", en nog enkele andere zijn verborgen zodat geen enkel aantal uit de totalen af te leiden is.
doc-signal-requests = De aanvragen ontvangen in de periode, en wat ermee gebeurde
doc-signal-received-by-month = Ontvangen aanvragen, per maand
doc-signal-refusals = Weigeringen, volgens de voorwaarde die niet vervuld was
doc-signal-categories = Toegekende rechten, per categorie
doc-signal-deadlines = De termijnen van de wet: beslissen binnen 30 dagen, kennisgeven binnen 8 dagen
doc-signal-median-late = De helft van de laattijdige beslissingen kwam meer dan { $days } { $days ->
        [one] dag
       *[other] dagen
    } te laat.
doc-signal-reports = Huisbezoeken en sociale verslagen
doc-signal-support = Vrijwillige begeleiding (enkel aantallen, nooit de inhoud)
doc-signal-gap = Wat het samenwonendentarief kost
doc-signal-gap-intro = Voor elk recht toegekend als samenwonende: wat de persoon zou krijgen als alleenstaande, met alleen de eigen bestaansmiddelen. Het verschil is de individualiseringskloof. Een deel ervan komt doordat de bestaansmiddelen van een partner of ouders meetellen (het middelenonderzoek); de rest komt van het lagere bedrag zelf.
doc-signal-gap-monthly = De kloof per maand, al deze rechten samen
doc-signal-gap-period = De kloof over de periode
doc-signal-gap-means = waarvan door het middelenonderzoek
doc-signal-gap-hidden = niet getoond (minder dan 5 rechten)
doc-signal-gap-by-month = De kloof, per maand
doc-signal-gap-method = Hoe het berekend wordt: de eigen berekening van elk recht wordt opnieuw gemaakt op dezelfde datum met dezelfde bestaansmiddelen, eenmaal als samenwonende met alleen de eigen bestaansmiddelen van de persoon (het deel van het middelenonderzoek), eenmaal als alleenstaande met alleen de eigen bestaansmiddelen (de hele kloof). Over de periode telt elke maand naar rato van de dagen dat het recht liep. Bedragen zijn afgerond op de euro en worden niet getoond als minder dan 5 rechten ze vormen.
doc-signal-observations = Wat de maatschappelijk werkers vaststellen
doc-signal-observation = { $theme }, van { $from } tot { $to }, over { $situations } { $situations ->
        [one] situatie
       *[other] situaties
    }
doc-signal-no-observations = Voor deze periode werd geen vaststelling genoteerd.
doc-signal-left-out = { $count } { $count ->
        [one] vaststelling werd
       *[other] vaststellingen werden
    } weggelaten omdat ze iemand uit de kluis { $count ->
        [one] noemt
       *[other] noemen
    }.
doc-signal-method-title = Methode
doc-signal-method = De aantallen komen uit de dossiers van de maatschappelijk werker (of van meerdere, samengevoegd); de beslissingen zijn die over de aanvragen ontvangen in de periode. Een aantal van 1 tot 4 wordt nooit getoond. De aantallen hangen samen via sommen (een totaal en waaruit het bestaat); waar een verborgen aantal daaruit af te leiden zou zijn, wordt ook het kleinste aantal ernaast verborgen, en een verborgen aantal wordt gegeven als het bereik waarin het moet liggen. Samengevoegde bestanden tellen die bereiken op.
doc-signal-footer = Tandem · collectief signaal · { $files } { $files ->
        [one] bestand
       *[other] bestanden samengevoegd
    }
signal-count-requests-received = Ontvangen aanvragen
signal-count-requests-decided = Beslist
signal-count-requests-withdrawn = Ingetrokken vóór een beslissing
signal-count-requests-pending = Nog niet beslist
signal-count-decisions-granted = Toegekend
signal-count-decisions-partly-granted = Gedeeltelijk toegekend
signal-count-decisions-refused = Geweigerd
signal-count-decisions-within-30-days = Beslist binnen 30 dagen
signal-count-decisions-late = Te laat beslist
signal-count-notifications-within-8-days = Kennisgegeven binnen 8 dagen
signal-count-notifications-late = Te laat kennisgegeven
signal-count-notifications-not-recorded = Kennisgeving niet genoteerd
signal-count-refused-withdrawn = Aanvraag ingetrokken
signal-count-granted-cohabitant = Rechten als samenwonende
signal-count-visits-announced = Aangekondigde huisbezoeken
signal-count-visits-unannounced = Niet-aangekondigde huisbezoeken
signal-count-reports-read-together = Verslagen samen gelezen
signal-count-reports-cosigned = Mee ondertekend door de persoon
signal-count-reports-signed-on-paper = Op papier ondertekend
signal-count-reports-declined = Ondertekenen geweigerd door de persoon
signal-count-reports-with-remarks = Met opmerkingen van de persoon
signal-count-support-wanted = Wilden begeleiding
signal-count-support-not-now = Zeiden "nu niet"

## Collectieve signalen: het scherm
signals-button = Signalen
signals-title = Collectieve signalen
signals-back = Terug
signals-intro = Wat je dossiers samen tonen, om door te geven zonder iemand te identificeren. Aantallen van 1 tot 4 worden nooit getoond, en nog enkele andere zijn verborgen zodat geen enkel aantal uit de totalen af te leiden is. Wat je hier ziet, is precies wat in de exports vertrekt.
signals-period-legend = Periode
signals-show = Toon de cijfers
signals-requests = De aanvragen ontvangen in de periode
signals-refusals = Weigeringen, volgens de voorwaarde die niet vervuld was
signals-categories = Toegekende rechten, per categorie
signals-deadlines = Termijnen
signals-reports = Bezoeken, verslagen en begeleiding
signals-gap-title = Wat het samenwonendentarief kost
signals-gap-rights = Rechten als samenwonende
signals-gap-monthly = De kloof per maand (al deze rechten)
signals-gap-period = De kloof over de periode
signals-gap-means = waarvan door het middelenonderzoek
signals-gap-hidden = niet getoond (minder dan 5 rechten)
signals-observations-title = Vaststellingen over niemand in het bijzonder
signals-observations-intro = Wat je over dossiers heen ziet: wonen, energie, administratie… Schrijf het zonder namen, nummers of adressen: Tandem vergelijkt de tekst met iedereen in de kluis voor hij bewaart.
signals-observations-none = Nog geen vaststelling voor deze periode.
signals-observation-meta = { $theme } · { $from } tot { $to } · { $situations } { $situations ->
        [one] situatie
       *[other] situaties
    }
signals-observation-remove = Verwijderen
signals-observation-save = Vaststelling bewaren
signals-observation-check = Nakijken op namen en nummers
signals-observation-clean = Niets in deze tekst noemt iemand uit de kluis.
signals-observation-found = Haal deze woorden weg voor je bewaart: { $found }
signals-observation-saved = Vaststelling bewaard.
signals-exports-title = Doorgeven
signals-export-pdf = Bewaren als pdf
signals-export-csv = Bewaren als csv
signals-export-json = Signaalbestand bewaren (om samen te voegen)
signals-saved = Bewaard als { $path }
signal-fewer-than-5 = minder dan 5
signal-between = tussen { $min } en { $max }
signal-at-least = minstens { $min }
