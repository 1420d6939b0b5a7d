# Aanvragen om een inkomen: de pagina van de aanvraag en de berichten van de kern erover.

## Startscherm: termijnen
deadlines-title = Termijnen in de komende 7 dagen
deadlines-intro = De beslissing moet vallen binnen 30 dagen na de aanvraag, de kennisgeving binnen 8 dagen na de beslissing.
deadlines-empty = In de komende 7 dagen vervalt geen termijn voor een beslissing of een kennisgeving.
deadline-decision = Beslissing uiterlijk op { $date }
deadline-notification = Kennisgeving uiterlijk op { $date }
due-days-left =
    { $days ->
        [0] vandaag
        [one] nog { $days } dag
        *[other] nog { $days } dagen
    }
due-today = vandaag
due-overdue =
    { $days ->
        [one] { $days } dag te laat
        *[other] { $days } dagen te laat
    }
due-overdue-plain = te laat

## Aanvragen van een persoon
requests-title = Aanvragen om een inkomen
requests-intro = Elke aanvraag wordt enkel op de zes wettelijke voorwaarden beoordeeld, van ontvangst tot beslissing.
requests-empty = Nog geen aanvraag geregistreerd.
request-new = Nieuwe aanvraag registreren
request-create-title = Nieuwe aanvraag
request-create-hint = Geef de persoon vandaag een ontvangstbewijs: de 30 dagen voor de beslissing lopen vanaf de datum van ontvangst.
request-create = Aanvraag registreren
request-create-cancel = Annuleren
request-kind-leefloon = Leefloon (recht op maatschappelijke integratie)
request-kind-equivalent = Equivalent leefloon (maatschappelijke dienstverlening)
request-kind-other = Andere aanvraag
request-status-open = lopend
request-status-decided = beslist
request-status-withdrawn = ingetrokken
request-received = ontvangen op { $date }
request-decision-due = beslissing uiterlijk op { $date }
request-notification-due = kennisgeving uiterlijk op { $date }

## Pagina van een aanvraag
req-back = Terug naar de persoon
req-back-title = Terug naar de persoon (Escape)
req-title-loading = Aanvraag om een inkomen
req-title = Aanvraag om een inkomen: { $name }
req-stance = Het recht wordt enkel op de zes wettelijke voorwaarden beoordeeld. De bestaansmiddelen worden nagegaan, de uitgaven nooit. Niets uit een vrijwillig begeleidingsplan speelt hier een rol.
req-unsaved-text = Sommige gegevens op deze pagina zijn nog niet opgeslagen.
req-unsaved-leave = Verlaten zonder opslaan
req-toc = Onderdelen van de aanvraag
req-header-title = De aanvraag
req-person = Persoon
req-status = Status
req-decision-due = Beslissing uiterlijk op
req-notification-due = Kennisgeving uiterlijk op
req-first-payment-due = Eerste betaling tegen
req-appeal-ends = Laatste dag om beroep in te stellen
req-notification-after = gekend zodra de beslissing geregistreerd is
req-clock-hint = De wet: een beslissing binnen 30 dagen na de aanvraag, ter kennis gebracht binnen 8 dagen na de beslissing; na een toekenning de eerste betaling binnen 15 dagen na de beslissing; beroep bij de arbeidsrechtbank binnen drie maanden na de kennisgeving (valt de laatste dag in een weekend of op een feestdag, dan schuift hij op naar de volgende werkdag).
not-recorded = niet geregistreerd
req-dates-legend = Procedure
req-receipt-hint = Elke aanvraag krijgt dezelfde dag een ontvangstbewijs.
req-hearing-hint = Art. 20: de persoon wordt schriftelijk meegedeeld dat ze vóór de beslissing door het comité gehoord kan worden, bijgestaan of vertegenwoordigd door iemand naar keuze.
req-dates-save = Datums opslaan
req-withdrawn-legend = Intrekking
req-withdrawn-hint = Alleen als de persoon de aanvraag zelf intrekt. Laat het anders leeg.
req-withdrawn-save = Datum van intrekking opslaan
req-saved = Opgeslagen.
req-added = Toegevoegd.
req-removed = Verwijderd.
remove = Verwijderen
choose = Kies…
not-yet = nog niet
hint-optional = Niet verplicht.
amount-hint = In euro, bijvoorbeeld 1234,56
amount-year-month = { $yearly } per jaar ({ $monthly } per maand)
error-amount-format = { $field }: typ een bedrag in euro, met hoogstens twee decimalen, bijvoorbeeld 1234,56.

## De zes voorwaarden
conditions-title = De zes voorwaarden
conditions-intro = De persoon moet alle zes tegelijk vervullen. Per voorwaarde: je vaststelling, in je eigen woorden, en waarop ze steunt.
condition-residence = Verblijf
condition-age = Leeftijd
condition-nationality = Nationaliteit of verblijfsstatuut
condition-resources = Onvoldoende bestaansmiddelen
condition-work_readiness = Werkbereidheid
condition-other_benefits = Eerst andere uitkeringen
condition-residence-explain = De persoon woont werkelijk in België, gewoonlijk en bestendig, met een verblijfsrecht. Een inschrijving in het bevolkingsregister is niet vereist.
condition-age-explain = De persoon is meerderjarig, of is minderjarig en gehuwd, heeft een kind ten laste of is zwanger.
condition-nationality-explain = Belg, EU-burger of familielid met een verblijfsrecht van meer dan drie maanden, vreemdeling ingeschreven in het bevolkingsregister, staatloze, erkend vluchteling of subsidiair beschermde.
condition-resources-explain = De persoon heeft niet genoeg bestaansmiddelen en kan ze niet opeisen of door eigen inspanning verwerven.
condition-work_readiness-explain = De persoon is bereid om te werken, tenzij gezondheids- of billijkheidsredenen dat verhinderen.
condition-other_benefits-explain = De persoon doet eerst een beroep op de rechten die ze heeft volgens de Belgische of buitenlandse sociale wetgeving, en eventueel op onderhoudsgeld.
finding-met = vervuld
finding-not_met = niet vervuld
finding-to_check = nog na te gaan
finding-none = nog geen vaststelling
explanation-hint = In je eigen woorden: wat je gezien of gehoord hebt, en waarom deze vaststelling.
condition-save = Vaststelling opslaan
field-detail-assimilation = Minderjarige gelijkgesteld met een meerderjarige
field-detail-group = Nationaliteit of verblijfsstatuut
field-detail-obstacles = Wat werken verhindert
assimilation-legend = Minderjarige gelijkgesteld met een meerderjarige
assimilation-none = niet van toepassing
assimilation-hint = Alleen voor een minderjarige: één hiervan volstaat.
proposal-label = Tandem stelt voor:
proposal-use = Dit voorstel overnemen
proposal-used = Voorstel ingevuld: sla de vaststelling op om het te registreren.
nationality-group-label = Groep
nationality-group-hint = Een persoon buiten deze groepen wordt niet geweigerd: ze kan het equivalent leefloon krijgen.
group-belgian = Belg
group-eu = EU-burger of familielid met een verblijfsrecht van meer dan drie maanden
group-population_register = Vreemdeling ingeschreven in het bevolkingsregister
group-stateless = Staatloos
group-refugee = Erkend vluchteling
group-subsidiary_protection = Subsidiaire bescherming
group-other = Geen van deze
routing-button = Omzetten naar equivalent leefloon
work-readiness-stance = Tandem noteert enkel wat werken verhindert. Het vraagt niet naar beschikbaarheid, sollicitaties of "inspanningen".
obstacles-legend = Wat werken verhindert, als er iets is
obstacles-hint = Vink niets aan als niets werken verhindert.
obstacle-health = gezondheid
obstacle-disability = handicap
obstacle-care_duties = zorgtaken
obstacle-studies = studies (billijkheidsreden)
obstacle-other = een andere reden (zeg welke in de toelichting)
evidence-title = Waarop de vaststelling steunt
evidence-empty = Geen bewijs geregistreerd.
evidence-add-legend = Bewijs toevoegen
evidence-add = Bewijs toevoegen
evidence-document = document ingezien
evidence-home_visit = huisbezoek
evidence-statement = verklaring van de persoon
evidence-official_source = officiële bron
evidence-bank_statement = bankuittreksel
bank-reminder = Alleen als de bestaansmiddelen niet anders aangetoond kunnen worden. Enkel de inkomstenlijnen worden genoteerd: nooit uitgaven.
evidence-bank-reason-shown = Waarom een bankuittreksel: { $reason }

## Huisbezoeken
visits-title = Huisbezoeken
visits-reminder = Een huisbezoek wordt aangekondigd en kijkt alleen naar verblijf, gezinssamenstelling en bestaansmiddelen. Het dient niet om bezittingen of uitgaven te controleren.
visits-empty = Geen huisbezoek geregistreerd.
visit-add-legend = Een bezoek registreren
visit-announced = Het bezoek was aangekondigd
purpose-residence = werkelijk verblijf en huisvesting
purpose-household = gezinssamenstelling
purpose-resources = bestaansmiddelen
visit-findings-hint = Alleen wat de voorwaarden nodig hebben: waar de persoon woont, met wie, en haar bestaansmiddelen.
visit-add = Bezoek toevoegen
visit-was-announced = aangekondigd
visit-unannounced = niet aangekondigd: { $reason }
visit-purposes-shown = Doel: { $purposes }
visit-purpose-required = Vink minstens één doel van het bezoek aan.

## Bestaansmiddelen
resources-title = Bestaansmiddelen
resources-stance = Hier wordt alleen inkomen genoteerd. Naar uitgaven wordt nooit gevraagd.
resources-caption = Inkomstenlijnen
resources-in-calculation = In de berekening
resources-actions = Acties
resources-empty = Geen inkomen geregistreerd.
resource-add-legend = Een inkomstenlijn toevoegen
resource-amount-label = Nettobedrag in euro
resource-counted-hint = Het OCMW mag het deel van de bestaansmiddelen van deze persoon boven het bedrag van categorie 1 geheel of gedeeltelijk meetellen. Het is jouw keuze: zeg waarom. Standaard telt het niet mee.
resource-motivation-hint = Verplicht als je dit inkomen meetelt.
resource-add = Lijn toevoegen
resource-motivation-shown = Motivering: { $motivation }
sp-exemption = De socio-professionele vrijstelling op inkomsten uit arbeid toepassen
sp-exemption-hint = Voor een persoon die begint te werken of een opleiding start: een deel van het arbeidsinkomen telt niet mee, gedurende drie jaar.

## Categorie
category-title = Categorie
category-proposed = Tandem stelt voor:
category-choice = Gekozen categorie
category-reason-hint = Nodig als je keuze afwijkt van het voorstel. Ze komt in de beslissing.
category-save = Categorie opslaan
category-current = Opgeslagen keuze: { $category }
category-not-saved = Nog geen categorie opgeslagen: kies het voorstel of een andere; de keuze wordt meteen bewaard.

## Berekening
calculation-title = Berekening
calculation-needs-category = Kies eerst de categorie: de berekening vertrekt daarvan.
calculation-yearly = Leefloon per jaar
calculation-monthly = Per maand
calculation-row = Gebruikte bedragentabel
calculation-row-from = geldig vanaf { $date }
calculation-calculated = Berekend bedrag
override-label = Bedrag vastgelegd door de maatschappelijk werker:
override-legend = Een ander bedrag vastleggen
override-hint = Alleen met een schriftelijke motivering. Het berekende bedrag, dit bedrag en de motivering komen allemaal in het verslag en de beslissing.
override-amount-label = Bedrag per jaar, in euro
override-save = Dit bedrag vastleggen
override-remove = Verwijderen: het berekende bedrag gebruiken

## Beslissing
decision-title = Beslissing
decision-intro = Registreer hier wat het comité besliste. Een weigering kan alleen steunen op een van de zes voorwaarden, of op de intrekking van de aanvraag.
decision-recorded = Beslissing geregistreerd
decision-amount-label = Bedrag per jaar, in euro
decision-amount-hint = Berekend: { $amount } per jaar.
decision-amount-hint-override = Vastgelegd door de maatschappelijk werker: { $amount } per jaar.
decision-grounds-hint = In de woorden van het comité: de juridische en feitelijke motieven, ook waarom deze categorie.
decision-save = Beslissing registreren
outcome-granted = toekenning
outcome-partly_granted = gedeeltelijke toekenning
outcome-refused = weigering
refusal-withdrawn = De aanvraag werd ingetrokken
refusal-hint = Alleen een voorwaarde die "niet vervuld" is, of de intrekking van de aanvraag.
notified-registered_letter = aangetekende brief
notified-handed_over = overhandigd tegen ontvangstbewijs
decision-summary-outcome = Beslissing van { $date }: { $outcome }
decision-summary-ground = Grond: { $ground }
decision-summary-category = Categorie: { $category }
decision-summary-amount = Bedrag: { $amount }
decision-summary-start = Vanaf { $date }
decision-summary-grounds = Motieven: { $grounds }
decision-summary-letter-sent = Beslissingsbrief verstuurd op { $date }.
decision-summary-notified = Ter kennis gebracht op { $date } via { $how }
decision-summary-not-notified = Nog niet ter kennis gebracht.

## Aanvraag om een inkomen: berichten van de kern
error-refusal-ground = Een weigering kan alleen steunen op een van de zes voorwaarden, vastgesteld als "niet vervuld", of op de intrekking van de aanvraag.
error-refusal-nationality = Een persoon buiten deze groepen wordt niet geweigerd: zet de aanvraag om naar het equivalent leefloon (maatschappelijke dienstverlening, wet van 8 juli 1976).
error-no-amount-row = Er zijn geen bedragen gekend voor { $date }. Voeg in de instellingen de bedragen toe die op die datum gelden.
error-no-sp-exemption = Er is geen bedrag van de socio-professionele vrijstelling gekend voor { $date }. Voeg het toe in de instellingen.
error-date-order = { $field } kan niet vóór { $other } liggen.
error-reason-required = { $field }: hier is een schriftelijke motivering nodig.
field-received-on = Datum van ontvangst
field-kind = Soort aanvraag
field-other-label = Benaming
field-received-by = Ontvangen door
field-receipt-given-on = Ontvangstbewijs overhandigd op
field-hearing-notice-given-on = Informatie over het hoorrecht overhandigd op
field-withdrawn-on = Ingetrokken op
field-condition = Voorwaarde
field-finding = Vaststelling
field-explanation = Toelichting
field-detail = Details
field-evidence-kind = Soort bewijs
field-description = Omschrijving
field-seen-on = Datum
field-bank-reason = Waarom de bestaansmiddelen niet anders aangetoond konden worden
field-visited-on = Datum van het bezoek
field-unannounced-reason = Waarom het bezoek niet aangekondigd was
field-purposes = Doel van het bezoek
field-findings = Wat werd vastgesteld
field-amount-cents = Bedrag
field-period = Periode
field-whose = Inkomen van
field-resource-kind = Soort inkomen
field-counted = Dit inkomen meetellen
field-motivation = Motivering
field-category = Categorie
field-reason = Reden
field-yearly-cents = Bedrag per jaar
field-decided-on = Datum van de beslissing
field-outcome = Beslissing
field-start-on = Begindatum
field-grounds = Motieven
field-refusal-condition = Grond van de weigering
field-notified-on = Ter kennis gebracht op
field-notified-how = Ter kennis gebracht via
field-valid-from = Geldig vanaf
field-date = Datum
field-request-id = Aanvraag
field-member = Welke persoon
field-months = In hoeveel maanden van het jaar
field-counted-yearly-cents = Alleen zoveel per jaar meetellen (euro)
field-legal-ground = Rechtsgrond van de vrijstelling
field-unbuilt = Onbebouwde grond
field-share-percent = Aandeel in onverdeeldheid (%)
field-sold-on = Datum van de verkoop of schenking
field-sold-right = Wat werd verkocht of geschonken
field-deductions-cents = Schulden die ermee afbetaald werden, en abattementen (euro)
field-sp-shortage-months = Maanden aan het bedrag voor een knelpuntberoep
field-sp-months-elsewhere = Elders gebruikte maanden
field-sp-months-used = Gebruikte maanden socio-professionele vrijstelling
field-amount-motivation = Waarom het comité een ander bedrag toekent dan het berekende
field-resources = Inkomstenlijnen
field-household-in-care = Ten laste van de persoon
resource-group-income = Inkomsten
resource-group-capital = Kapitaal en eigendommen
resource-group-exempt = Telt nooit mee
resource-member-hint = Een naam of initialen. De lijnen van dezelfde persoon worden samengeteld; twee ouders zijn twee personen.
resource-months-all = elke maand
resource-months-hint = Voor een inkomen van maar enkele maanden (een job van zes maanden). De socio-professionele vrijstelling volgt deze maanden.
resource-months-shown =
    { $months ->
        [one] { $months } maand
        *[other] { $months } maanden
    }
resource-counted-part-hint = Niet verplicht: laat leeg om het hele deel boven het bedrag van categorie 1 mee te tellen.
resource-amount-capital = Kapitaal in euro
resource-amount-cadastral = Kadastraal inkomen (niet geïndexeerd), euro per jaar
resource-amount-sale = Verkoopwaarde bij de verkoop of schenking, euro
sp-shortage-hint = Drie maanden, eenmalig, voor een job van minstens drie maanden in een knelpuntberoep.
sp-months-used = Gebruikt in dit dossier: { $file } maanden; elders: { $elsewhere }; van de { $total } in zes jaar.
category-cohabitant = samenwonende
category-single = alleenstaande
category-family = persoon met gezin ten laste
resource-kind-wages = Loon
resource-kind-benefit = Werkloosheids- of andere uitkering
resource-kind-maintenance = Ontvangen onderhoudsgeld
resource-kind-property = Inkomsten uit eigendommen
resource-kind-family_allowance = Gezinsbijslag
resource-kind-study_grant = Studietoelage
resource-kind-ocmw_aid = Steun van het OCMW
resource-kind-gift = Occasionele gift
resource-kind-other = Ander inkomen
resource-kind-maintenance_children = Ontvangen onderhoudsgeld voor een kind
resource-kind-family_allowance_applicant = Gezinsbijslag die een huisgenoot voor de aanvrager ontvangt
resource-kind-leefloon = Leefloon
resource-kind-exempt_other = Ander vrijgesteld inkomen
resource-kind-savings = Spaargeld en ander kapitaal
resource-kind-real_estate = Onroerend goed (kadastraal inkomen)
resource-kind-property_sale = Verkochte of weggeschonken goederen
resource-kind-wages-explain = Nettoloon uit arbeid, en vergoedingen voor een beroepsopleiding.
resource-kind-benefit-explain = Werkloosheid, ziekte, invaliditeit, pensioen of elke andere uitkering.
resource-kind-maintenance-explain = Onderhoudsgeld dat de persoon voor zichzelf ontvangt: het telt mee.
resource-kind-maintenance_children-explain = Onderhoudsgeld ontvangen voor een kind dat de persoon opvoedt en ten laste heeft: vrijgesteld, telt nooit mee.
resource-kind-property-explain = Huur en andere inkomsten uit eigendommen. Voor een verhuurd goed noteer je de huur hier alleen als die hoger is dan het kadastraal inkomen maal 3; noteer anders het kadastraal inkomen.
resource-kind-family_allowance-explain = Gezinsbijslag voor de kinderen die de persoon opvoedt: vrijgesteld, telt nooit mee.
resource-kind-family_allowance_applicant-explain = Gezinsbijslag die een ouder of een andere huisgenoot voor de aanvrager ontvangt (zonder toeslagen). Vrijgesteld vóór 1 maart 2026; sindsdien een deel van de bestaansmiddelen van die huisgenoot.
resource-kind-study_grant-explain = Studietoelagen: vrijgesteld, tellen nooit mee.
resource-kind-ocmw_aid-explain = Steun van het OCMW: vrijgesteld, telt nooit mee.
resource-kind-gift-explain = Occasionele giften: vrijgesteld, tellen nooit mee.
resource-kind-leefloon-explain = Een leefloon dat iemand in het huishouden ontvangt: telt nooit mee.
resource-kind-exempt_other-explain = Een ander inkomen dat wettelijk vrijgesteld is: vermeld de rechtsgrond. Wordt genoteerd, telt nooit mee.
resource-kind-savings-explain = Het kapitaal zelf (rekeningen, spaargeld, aandelen), niet de interesten ervan: tot € 6.200 telt niets mee, daarboven 6 %, en boven € 12.500 10 % per jaar.
resource-kind-real_estate-explain = Het kadastraal inkomen (niet geïndexeerd) van onroerende goederen in eigendom of in vruchtgebruik, ook van de woning waar de persoon zelf woont.
resource-kind-property_sale-explain = Goederen die in de tien jaar vóór de aanvraag verkocht of weggeschonken werden: hun verkoopwaarde op dat moment.
resource-kind-other-explain = Elk ander inkomen.
whose-applicant = de aanvrager
whose-partner = de partner
whose-parent = een ouder
whose-adult_child = een meerderjarig kind
whose-other = iemand anders die er woont
whose-maintenance_debtor = een ander meerderjarig familielid (grootouder, schoonfamilie…)
sold-right-full = de volle eigendom
sold-right-usufruct = een vruchtgebruik
sold-right-bare_ownership = een naakte eigendom
capital-savings = Spaargeld van { $whose }
capital-sales = Verkochte of weggeschonken goederen van { $whose }
period-month = per maand
period-year = per jaar
step-amount-row = Bedragen geldig vanaf { $valid_from }: { $category }, { $amount } per jaar.
step-resource-income = { $kind } van { $whose }: { $amount } { $period }, dat is { $yearly } per jaar.
step-resource-income-months = { $kind } van { $whose }: { $amount } { $period } gedurende { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    }, dat is { $yearly } per jaar.
step-resource-exempt = { $kind } van { $whose }: { $amount }. Telt niet mee: dit soort inkomen is vrijgesteld (art. 22 §1 van het koninklijk besluit van 11 juli 2002).
step-resource-exempt-other = { $kind } van { $whose }: { $amount }. Telt niet mee, vrijgesteld op grond van: { $ground }
step-resource-leefloon = Leefloon van { $whose }: { $amount }. Telt nooit mee.
step-resource-never = { $kind } van { $whose }: telt niet mee. De bestaansmiddelen van andere huisgenoten van de aanvrager (een broer of zus, een vriend, een minderjarig kind) tellen nooit mee (art. 34).
step-resource-never-before-reform = { $kind } van { $whose }: telt niet mee. Vóór 1 maart 2026 konden alleen de bestaansmiddelen van een partner, de ouders en de meerderjarige kinderen meetellen (art. 34).
step-resource-savings = Spaargeld en ander kapitaal van { $whose }: { $amount }.
step-resource-real-estate = Bebouwd onroerend goed van { $whose }: kadastraal inkomen (niet geïndexeerd) { $amount } per jaar, aandeel { $share } %.
step-resource-land = Onbebouwde grond van { $whose }: kadastraal inkomen (niet geïndexeerd) { $amount } per jaar, aandeel { $share } %.
step-resource-sale = Verkochte of weggeschonken goederen van { $whose }: verkoopwaarde { $amount }, aandeel { $share } %.
step-sale = Verkoop of schenking van { $date }: { $value } × { $share } % × { $right } ({ $right_percent } %) = { $counted_value }, min { $deductions } aan schulden die ermee afbetaald werden en abattementen: { $net } telt mee als kapitaal (art. 28-32). De abattementen die het besluit zelf voor een verkoop voorziet, werden niet gevonden in de bronnen van Tandem: vul de abattementen die van toepassing zijn zelf in bij de aftrek.
step-sale-too-old = Verkoop of schenking van { $date }: meer dan tien jaar vóór de aanvraag, telt niet mee (art. 28).
step-capital = { $what }: { $capital }. Tot { $free } telt niets mee; 6 % van { $first_part } tussen { $free } en { $second }, en 10 % van { $second_part } daarboven: { $amount } per jaar (art. 27).
step-real-estate-built = Bebouwd onroerend goed van { $whose }: kadastraal inkomen { $cadastral } min de vrijgestelde { $free } (€ 750 plus € 125 voor elk van de { $children } kinderen ten laste, maal het aandeel), maal 3: { $amount } per jaar (art. 25). Hypothecaire interesten mogen afgetrokken worden onder voorwaarden die Tandem niet kon nagaan: als dat van toepassing is, leg het bedrag dan zelf vast met een motivering.
step-real-estate-unbuilt = Onbebouwde grond van { $whose }: kadastraal inkomen { $cadastral } min de vrijgestelde { $free } (€ 30 maal het aandeel), maal 3: { $amount } per jaar (art. 25).
step-person-applicant = Bestaansmiddelen van { $whose }: { $total } per jaar. Ze tellen mee.
step-person-partner-full = Bestaansmiddelen van { $whose }: { $total } per jaar. In categorie 3 tellen de bestaansmiddelen van een partner volledig mee (art. 34).
step-person-partner-above = Bestaansmiddelen van { $whose }: { $total } per jaar. Alleen het deel boven het bedrag van categorie 1 ({ $cat1 }) telt mee (art. 34): { $above }.
step-person-relative-not-chosen = Bestaansmiddelen van { $whose }: { $total } per jaar; het deel boven het bedrag van categorie 1 ({ $cat1 }) is { $above }. Telt niet mee: het OCMW mag het meetellen (art. 34) en heeft daar niet voor gekozen.
step-person-relative-not-chosen-reform = Bestaansmiddelen van { $whose }: { $total } per jaar; het deel boven het bedrag van categorie 1 ({ $cat1 }) is { $above }. Telt niet mee. Sinds 1 maart 2026 (koninklijk besluit van 7 januari 2026) beschrijft de federale administratie het meetellen van deze bestaansmiddelen als een verplichting; de tekst van het besluit werd niet gevonden in de bronnen van Tandem, dus de keuze blijft bij jou, en niet meetellen is de lezing die het gunstigst is voor de persoon.
step-person-relative-below = Bestaansmiddelen van { $whose }: { $total } per jaar, niet boven het bedrag van categorie 1 ({ $cat1 }): er kan niets van meetellen (art. 34).
step-person-relative-wholly = Bestaansmiddelen van { $whose }: { $total } per jaar; het deel boven het bedrag van categorie 1 ({ $cat1 }), { $above }, telt mee door de keuze van het OCMW (art. 34). Motivering: { $motivation }
step-person-relative-partly = Bestaansmiddelen van { $whose }: { $total } per jaar; het deel boven het bedrag van categorie 1 ({ $cat1 }) is { $above }, waarvan { $part } meetelt door de keuze van het OCMW (art. 34). Motivering: { $motivation }
step-sp-exemption = Socio-professionele vrijstelling op de inkomsten uit arbeid van de aanvrager (art. 35): { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    } × { $per_month } = min { $amount } per jaar. Eerder gebruikte maanden: { $used } van { $total }; met deze erbij: { $after }.
step-sp-exemption-shortage = Socio-professionele vrijstelling op de inkomsten uit arbeid van de aanvrager (art. 35): { $shortage } maanden aan het bedrag voor een knelpuntberoep ({ $high }) en de andere aan { $per_month }, { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    } in totaal: min { $amount } per jaar. Eerder gebruikte maanden: { $used } van { $total }; met deze erbij: { $after }.
step-sp-exemption-used-up = Socio-professionele vrijstelling (art. 35): de { $total } maanden zijn gebruikt ({ $used }), er blijft er dus geen over.
warning-single-partner = De bestaansmiddelen van een partner zijn geregistreerd, maar de categorie is alleenstaande: wie met een partner samenwoont, valt in categorie 1 (samenwonende) of 3 (met een minderjarig kind ten laste). Controleer de categorie. Hier tellen de bestaansmiddelen van de partner mee zoals in categorie 1.
warning-amounts-old = De recentste bedragen in de tabel gelden vanaf { $valid_from }, meer dan een jaar vóór deze datum: controleer of er geen indexering ontbreekt (Instellingen, bedragen).
step-countable = Bestaansmiddelen die meetellen: { $amount } per jaar.
step-general-exemption = Algemene vrijstelling voor de categorie { $category }: min { $amount } per jaar, omdat de bestaansmiddelen lager zijn dan het bedrag van de categorie.
step-general-exemption-none = Geen algemene vrijstelling: de bestaansmiddelen zijn niet lager dan het bedrag van de categorie.
step-result = Leefloon: { $category_amount } min { $countable } = { $yearly } per jaar, of { $monthly } per maand.
step-result-zero = De bestaansmiddelen die meetellen, bereiken het bedrag van de categorie: er is geen leefloon verschuldigd.
step-override = Bedrag vastgelegd door de maatschappelijk werker: { $yearly } per jaar ({ $monthly } per maand). Motivering: { $motivation }
resource-why-counted = telt mee
resource-why-exempt = vrijgesteld: telt nooit mee
resource-why-never = telt nooit mee (andere huisgenoot)
resource-why-not-chosen = telt niet mee (keuze van de maatschappelijk werker)
resource-why-chosen = telt mee door keuze
resource-why-above-cat1 = telt mee boven het bedrag van categorie 1
resource-why-leefloon = telt nooit mee (leefloon)
category-why-family = Minstens één ongehuwde minderjarige woont bij de persoon en is te haren laste ({ $names }). Bij co-ouderschap telt ook een kind mee dat regelmatig bij de persoon verblijft, ook al is dat niet ononderbroken (Tandem vond de bron van deze regel niet in Primabook: ga ze na).
category-why-partner = Er woont een partner onder hetzelfde dak ({ $names }).
category-why-single = Er is niemand geregistreerd die bij de persoon woont.
category-why-others = Er wonen anderen onder hetzelfde dak ({ $names }), maar geen partner. Samenwonen telt pas als samenwoning wanneer de huishoudelijke zaken hoofdzakelijk gemeenschappelijk geregeld worden: ga dat na, en wijzig de categorie met een motivering als dat zo is.
category-why-unknown = Voor { $names } is niet geregistreerd of ze bij de persoon wonen.
age-proposal-adult = { $age } jaar op de datum van de aanvraag: meerderjarig.
age-proposal-minor = { $age } jaar op de datum van de aanvraag: minderjarig. De voorwaarde is vervuld als de persoon gehuwd is, een kind ten laste heeft of zwanger is.
age-proposal-assimilated = Minderjarige die gelijkgesteld wordt met een meerderjarige ({ $case }).
age-proposal-unknown = De geboortedatum is niet geregistreerd: controleer de leeftijd.
assimilation-married_minor = gehuwd
assimilation-child_in_care = een kind ten laste
assimilation-pregnant = zwanger
nationality-route-equivalent = Deze persoon valt buiten de groepen van de wet van 26 mei 2002. Ze wordt niet geweigerd: na een sociaal onderzoek kan ze het equivalent leefloon krijgen (maatschappelijke dienstverlening, wet van 8 juli 1976).

