# De kortere aanvraagpagina: tegels per voorwaarde, bewaren terwijl u werkt, ongedaan maken, mee te brengen documenten.

cond-tiles-label = De zes voorwaarden: open er één
cond-tile-evidence = { $count ->
        [0] nog geen bewijs
        [one] 1 bewijsstuk
       *[other] { $count } bewijsstukken
    }
cond-tile-open = Openen
cond-close = Deze voorwaarde sluiten
autosave-hint = Elke wijziging wordt bewaard terwijl u werkt. Ongedaan maken zet de laatste terug.
save-state-idle = Alle wijzigingen bewaard
save-state-pending = Wijzigingen nog niet bewaard…
save-state-saving = Bezig met bewaren…
save-state-saved = Bewaard
save-state-error = Niet bewaard: zie het veld in het rood.
undo-button = Ongedaan maken: { $what }
undo-done = Ongedaan gemaakt: { $what }
undo-condition-set = de vaststelling over { $condition }
undo-evidence-add = het bewijs toegevoegd bij { $condition }
undo-evidence-remove = het bewijs verwijderd bij { $condition }
undo-visit-add = het toegevoegde huisbezoek
undo-visit-remove = het verwijderde huisbezoek
undo-resource-add = de toegevoegde inkomstenlijn
undo-resource-remove = de verwijderde inkomstenlijn
undo-category-set = de categorie
undo-income-override = het bedrag dat u zelf bepaalde
undo-request-update = de data van de procedure
error-nothing-to-undo = Er is geen wijziging van deze aanvraag meer om ongedaan te maken.

bring-title = Mee te brengen documenten
bring-intro = Opgemaakt uit de voorwaarden die nog na te gaan zijn. Geef de persoon het blad in haar of zijn taal: wat meegebracht wordt, kan aangevinkt worden.
bring-none = Elke voorwaarde heeft een vaststelling: er hoeft niets meer meegebracht te worden.
bring-lang = Taal van het blad
bring-lang-person = de taal van de persoon
bring-save = Het blad als pdf bewaren
share-doc-kind-to_bring = Mee te brengen documenten

bring-residence-identity = Uw identiteitskaart, of het document dat u het recht geeft in België te verblijven.
bring-residence-address = Waar u woont: uw huurcontract, of een briefje van wie u onderdak geeft. Een huisbezoek kan het ook tonen.
bring-age-birth = Een document met uw geboortedatum (uw identiteitskaart volstaat).
bring-age-minor = Als u jonger bent dan 18: wat u gelijkstelt met een meerderjarige (huwelijk, een kind ten laste, of een zwangerschap).
bring-age-married = Uw huwelijksakte.
bring-age-child = Een document waaruit blijkt dat een kind bij u woont en u ervoor zorgt.
bring-age-pregnant = Een medisch attest van uw zwangerschap.
bring-nationality-card = Uw identiteitskaart of verblijfskaart.
bring-nationality-protection = De beslissing die u erkent als vluchteling of u subsidiaire bescherming geeft.
bring-nationality-stateless = De beslissing die u erkent als staatloze.
bring-nationality-eu = Het document dat uw recht toont om meer dan drie maanden in België te verblijven.
bring-resources-income = Een bewijs van elk inkomen van de laatste drie maanden: loonfiches, afrekeningen van uitkeringen (werkloosheid, ziekte, pensioen), onderhoudsgeld dat u ontvangt.
bring-resources-partner = Dezelfde bewijzen voor uw echtgeno(o)t(e) of partner, als u samenwoont.
bring-resources-capital = Als u spaargeld of een eigendom hebt: het saldo van het spaargeld, of de akte of het kadastraal inkomen van het eigendom.
bring-work-any = Als iets u belet te werken (gezondheid, studies, zorg voor iemand): een document dat het toont. Anders niets.
bring-work-health = Een medisch attest over wat uw gezondheid toelaat.
bring-work-studies = Uw inschrijvingsbewijs voor uw studies.
bring-work-care = Een document over de zorg die u geeft (bijvoorbeeld aan een kind of een zieke verwant).
bring-benefits-letters = Brieven over andere uitkeringen die u ontvangt of aanvroeg (werkloosheid, ziekteverzekering, pensioen, tegemoetkoming voor personen met een handicap, kinderbijslag), weigeringen inbegrepen.
bring-benefits-maintenance = Als iemand u onderhoudsgeld verschuldigd is: het vonnis of de overeenkomst.
bring-note-registers = Wat de openbare registers al bevatten (het rijksregister, de Kruispuntbank van de Sociale Zekerheid), zoeken wij zelf op: dat hoeft u niet mee te brengen.
bring-note-expenses = Uw uitgaven worden nooit gevraagd. Rekeninguittreksels alleen als een inkomen niet op een andere manier te tonen is, en dan alleen de inkomstenlijnen.
bring-note-missing = Kunt u een document niet krijgen? Zeg het ons: we zoeken samen een andere manier.

doc-bring-title = Mee te brengen documenten
doc-bring-intro = Om over uw aanvraag te beslissen, moeten we de punten hieronder nog nagaan. Breng mee wat u hebt, zo mogelijk vóór { $date }. U kunt aanvinken wat u meebrengt.
doc-bring-nothing = We hebben alles wat nodig is om uw aanvraag te bekijken: u hoeft niets meer mee te brengen.

# The person's export: the undo table of a request.
doc-export-table-income_undo = Wijzigingen die ongedaan gemaakt kunnen worden
doc-export-col-before = Wat de wijziging verving
