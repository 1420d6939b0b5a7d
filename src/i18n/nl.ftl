# Tandem: berichten van de gebruikersinterface en van de kern, in het Nederlands (België).

## Venster en bovenbalk
app-title = Tandem
skip-to-content = Naar de inhoud
topbar-language = Taal van Tandem
topbar-settings = Instellingen
topbar-lock = Vergrendelen
topbar-lock-title = Tandem nu vergrendelen: je wachtzin is nodig om verder te gaan
footer-visible = Alles op dit scherm kan de persoon naast je meelezen.
main-region = Personen
list-region = Lijst van personen

## Eerste start
onb-title = Welkom bij Tandem
onb-intro-1 = Tandem helpt je om samen met de persoon het recht op leefloon te beoordelen, enkel op basis van de zes wettelijke voorwaarden.
onb-intro-2 = Alles wat je noteert, blijft in een versleutelde kluis op deze laptop. Niets wordt gedeeld of ergens naartoe gestuurd.
onb-intro-3 = Vertel Tandem eerst wie je bent en kies een wachtzin.
onb-profile-legend = Over jou en je OCMW
onb-passphrase-legend = Je wachtzin
onb-submit = Mijn kluis aanmaken
hint-optional-later = Niet verplicht: je kunt dit later aanvullen in de instellingen.
hint-court-address = Nodig voor beslissingsbrieven: die moeten vermelden dat de persoon beroep kan instellen bij de arbeidsrechtbank, met het adres ervan. Je kunt het ook later aanvullen in de instellingen.
hint-court-address-short = Nodig voor beslissingsbrieven: een beroep gaat naar de arbeidsrechtbank.
profile-language = Werktaal
hint-profile-language = De gewone taal van de brieven en verslagen die je opstelt.
hint-passphrase = Minstens 10 tekens. Een korte zin die je makkelijk onthoudt, werkt goed. Niemand kan hem voor je opzoeken: na deze stap krijg je een herstelcode.
hint-passphrase-short = Minstens 10 tekens.
field-passphrase-repeat = Herhaal de wachtzin

## Herstelcode
recovery-title = Je herstelcode
recovery-intro = Deze code is de enige manier om in je kluis te komen als je je wachtzin vergeet. Tandem toont hem nooit meer.
recovery-keep = Schrijf hem op of druk hem af, en bewaar hem op een veilige plek, weg van deze laptop, bijvoorbeeld in een afgesloten lade.
recovery-print = Herstelblad afdrukken
recovery-confirm = Ik heb hem opgeschreven of afgedrukt
recovery-continue = Verder
print-title = Tandem: herstelblad
print-label-ocmw = OCMW
print-label-worker = Maatschappelijk werker
print-label-date = Datum
print-label-code = Herstelcode
print-keep = Bewaar dit blad op een veilige plek, weg van de laptop, bijvoorbeeld in een afgesloten lade. Wie deze code en de laptop heeft, kan de kluis openen. Ben je je wachtzin kwijt, open Tandem dan met deze code en kies daarna een nieuwe wachtzin.

## Ontgrendelen
unlock-title = Tandem ontgrendelen
unlock-intro = Je kluis is vergrendeld. Geef je wachtzin in om verder te gaan.
unlock-submit = Ontgrendelen
unlock-use-recovery = Wachtzin kwijt? Gebruik de herstelcode
unlock-use-passphrase = Toch mijn wachtzin gebruiken
unlock-recovery-hint = Typ de code van je herstelblad. Kies daarna een nieuwe wachtzin in de instellingen.
field-recovery-code = Herstelcode
recovery-banner = Je hebt Tandem geopend met de herstelcode. Kies nu een nieuwe wachtzin, zodat je Tandem de volgende keer gewoon kunt openen.
recovery-banner-button = Nieuwe wachtzin kiezen

## Personen: lijst
search-label = Een persoon zoeken
search-placeholder = Naam of voornaam
new-person = Nieuwe persoon
list-empty = Er is nog niemand geregistreerd. Begin met "Nieuwe persoon".
list-no-match = Niemand gevonden voor deze zoekopdracht.
list-count = Gevonden: { $count }
list-more = { $shown } van { $total } getoond. Verfijn de zoekopdracht om de anderen te zien.

## Personen: formulier
form-title-new = Nieuwe persoon
form-intro = Alleen de weergavenaam is nodig. Een leeg veld betekent "niet gevraagd": dat is een normaal antwoord. Vink "onbekend" aan als je het gevraagd hebt, maar het antwoord niet gekend is.
hint-display-name = Een voornaam, initialen of een schuilnaam volstaat.
hint-nrn = 11 cijfers, zoals op het identiteitsdocument.
placeholder-date = JJJJ-MM-DD
placeholder-nrn = JJ.MM.DD-XXX.CC
unknown-title = Gevraagd, maar het antwoord is niet gekend
person-save = Opslaan
person-saved = Opgeslagen.
person-created = Opgeslagen. De persoon staat nu in de lijst.
person-meta = Aangemaakt { $created } · laatst gewijzigd { $updated }
unsaved-text = Dit formulier heeft wijzigingen die nog niet opgeslagen zijn.
unsaved-save = Opslaan
unsaved-discard = Wijzigingen verwerpen
unsaved-keep = Verder bewerken

## Huishouden
household-title = Huishouden
household-intro = Wie woont er samen met de persoon? Eén rij per persoon; een voornaam of een omschrijving volstaat.
household-empty = Geen leden van het huishouden geregistreerd.
household-add = Lid van het huishouden toevoegen
household-remove = Verwijderen
household-member = Lid van het huishouden { $number }
field-household-cohabits = Woont onder hetzelfde dak
field-household-minor = Minderjarig
relation-choose = Kies…
choice-yes = ja
choice-no = nee

## Instellingen
settings-title = Instellingen
settings-back = Terug
settings-back-title = Terug naar de personen (Escape)
settings-profile-legend = Je profiel
hint-auto-lock = Tandem vergrendelt zichzelf na zoveel minuten zonder activiteit (1 tot 120).
settings-save = Instellingen opslaan
settings-saved = Instellingen opgeslagen.
settings-passphrase-legend = Wachtzin wijzigen
settings-use-recovery = Ik gebruik mijn herstelcode in plaats van de huidige wachtzin
field-current-passphrase = Huidige wachtzin
field-new-passphrase = Nieuwe wachtzin
field-new-passphrase-repeat = Herhaal de nieuwe wachtzin
settings-passphrase-save = Wachtzin wijzigen
settings-passphrase-saved = De wachtzin is gewijzigd. Gebruik vanaf nu de nieuwe.
settings-audit-legend = Integriteit van het logboek
settings-audit-intro = Tandem houdt een logboek bij van elke wijziging. Deze controle bevestigt dat niemand het heeft aangepast.
settings-verify = Integriteit controleren
audit-ok = Het logboek is intact: { $entries } vermeldingen gecontroleerd.
audit-broken = Het logboek is beschadigd vanaf vermelding { $id } ({ $reason }). Zet een back-up terug of neem contact op met je helpdesk.

## Veldnamen (ook gebruikt door de kern in foutmeldingen)
field-display-name = Weergavenaam
field-first-name = Voornaam
field-last-name = Familienaam
field-birth-date = Geboortedatum
field-nrn = Rijksregisternummer
field-address = Adres
field-phone = Telefoon
field-email = E-mail
field-language = Taal
field-household-name = Naam
field-household-relation = Relatie
field-worker-name = Je naam
field-ocmw-name = Naam van het OCMW
field-ocmw-address = Adres van het OCMW
field-labour-court-address = Adres van de arbeidsrechtbank
field-passphrase = Wachtzin
field-auto-lock-minutes = Tijd tot automatisch vergrendelen (minuten)

## Foutmeldingen
error-locked = De kluis is vergrendeld. Ontgrendel hem met je wachtzin om verder te gaan.
error-vault-missing = Er is nog geen kluis in deze map. Maak er eerst een aan.
error-vault-exists = Er is al een kluis in deze map. Ontgrendel die kluis.
error-wrong-secret = Deze wachtzin of herstelcode klopt niet. Er is niets gewijzigd: controleer de toetsenbordindeling en Caps Lock, en probeer opnieuw.
error-passphrase-too-short = De wachtzin moet minstens { $min } tekens hebben.
error-passphrase-mismatch = De twee wachtzinnen zijn niet dezelfde.
error-required = { $field } is verplicht.
error-too-long = { $field } is te lang: hoogstens { $max } tekens.
error-invalid-date = { $field } is geen geldige datum. Gebruik de vorm JJJJ-MM-DD.
error-date-in-future = { $field } kan niet in de toekomst liggen.
error-invalid-email = { $field } lijkt geen e-mailadres.
error-invalid-choice = { $field }: "{ $value }" is geen van de keuzes.
error-out-of-range = { $field } moet tussen { $min } en { $max } liggen.
error-invalid-input = De verstuurde gegevens zijn niet geldig: { $detail }
error-nrn-characters = Rijksregisternummer: alleen cijfers en de scheidingstekens . - / en spaties zijn toegelaten.
error-nrn-length = Rijksregisternummer: er zijn 11 cijfers nodig, { $count } gevonden.
error-nrn-month = Rijksregisternummer: maand { $month } is niet mogelijk (01–12, 00 als ze onbekend is, +20 of +40 voor een bisnummer).
error-nrn-day = Rijksregisternummer: dag { $day } is niet mogelijk.
error-nrn-checksum = Rijksregisternummer: de controlecijfers kloppen niet. Controleer het nummer op het identiteitsdocument.
error-not-found = Niets gevonden met deze identificatie ({ $what } { $id }).
error-unknown-command = Onbekende opdracht: { $command }.
error-storage = De kluis kon niet gelezen of geschreven worden ({ $detail }). Er is niets gewijzigd.
error-vault-corrupt = De bestanden van de kluis zijn beschadigd of onvolledig ({ $detail }). Zet een back-up terug of neem contact op met je helpdesk.

## Waarden
unknown = onbekend
not-asked = niet gevraagd
relation-partner = partner
relation-parent = ouder
relation-child = kind
relation-other = andere
language-nl = Nederlands
language-fr = Français
language-de = Deutsch
language-en = English
