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
# Windows only: shown in a message box when the WebView2 runtime is missing (before the vault opens).
webview-missing-title = Tandem kan zijn venster niet openen
webview-missing-body = Tandem heeft de Microsoft Edge WebView2 Runtime nodig, en die staat niet op deze computer. Windows 10 en 11 hebben die normaal al.
    Vraag je IT-dienst om hem te installeren, of installeer hem zelf bij Microsoft: zoek "WebView2 Runtime" en kies de "Evergreen Bootstrapper" (daarvoor zijn geen beheerdersrechten nodig).
    Je kluis is niet aangeraakt: Tandem opent hem zodra WebView2 er is.

## Eerste start
onb-title = Welkom bij Tandem
onb-damaged-1 = Er staat een kluis in deze map, maar het sleutelbestand (keyslots.json) ontbreekt: Tandem kan ze niet openen.
onb-damaged-2 = Er wordt niets verwijderd. Hebt u een back-up, zet die dan hieronder terug met de wachtzin van die dag. Begint u een nieuwe kluis, dan worden de oude gegevens opzij gezet in een map "aside-…", waar het sleutelbestand, als het teruggevonden wordt, ze nog kan openen.
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
unlock-accept-seal = Ik heb deze kluis zelf zonder haar verzegeling verplaatst: toch openen (dat wordt in het logboek geschreven).
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
list-count =
    { $count ->
        [0] Niemand gevonden
        [one] { $count } persoon gevonden
        *[other] { $count } personen gevonden
    }
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
audit-ok =
    { $entries ->
        [one] Het logboek is intact: { $entries } vermelding gecontroleerd.
        *[other] Het logboek is intact: { $entries } vermeldingen gecontroleerd.
    }
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
revoke-legend = Als een wachtzin of herstelcode uitgelekt kan zijn
revoke-hint = Een nieuwe herstelcode vervangt de oude op deze laptop. Een nieuwe sleutel gaat verder: de kluis krijgt een nieuwe sleutel, zodat niets van vroeger (back-ups, kopieën van het sleutelbestand) ze nog opent met de oude wachtzin of code; er wordt meteen een nieuwe back-up gemaakt.
revoke-remove-old = Bij de nieuwe sleutel de oudere back-ups verwijderen
revoke-remove-old-hint = Die openen nog met de oude wachtzin of herstelcode. Back-ups die u elders bewaart (een USB-stick) moet u zelf verwijderen.
revoke-new-code = Een nieuwe herstelcode maken
revoke-rekey = De kluis een nieuwe sleutel geven
revoke-code-hint = Schrijf deze nieuwe herstelcode nu op en bewaar ze weg van de laptop: ze wordt maar één keer getoond. De oude opent de kluis niet meer.
revoke-rekeyed = De kluis heeft een nieuwe sleutel en een nieuwe back-up.
revoke-code-made = Er is een nieuwe herstelcode gemaakt.
document-check-ok = Dit document werd gemaakt toen het logboek eindigde bij { $mark }; het logboek bevat die regel nog zoals hij was: de geschiedenis waaruit het gemaakt werd, is niet herschreven.
document-check-rewritten = Dit document werd gemaakt toen het logboek eindigde bij { $mark }; het logboek bevat die regel niet meer zoals hij was: de geschiedenis werd herschreven nadat dit document gemaakt werd.
document-check-no-mark = Dit bestand draagt geen logboekmerk: het werd niet door deze versie van Tandem gemaakt, of het werd gewijzigd.
error-wrong-current-secret = Dit is niet de huidige wachtzin van de kluis op deze laptop. Om ze door een back-up te vervangen, geeft u haar huidige wachtzin.
error-vault-rolled-back = Deze kluis is ouder dan toen ze het laatst gesloten werd: er werden oude gegevens in teruggezet ({ $detail }). Tandem opent ze niet, zodat niets wat ingetrokken werd terugkomt. Zet uw laatste back-up terug (op dit scherm, "Een back-up terugzetten") en verwittig wie voor uw laptop zorgt.
error-vault-seal-missing = De verzegeling naast deze kluis (het bestand tandem.seal) ontbreekt, terwijl de kluis er sinds { $since } een heeft. Misschien heeft iemand een oudere kopie van de kluis teruggezet. Zet uw laatste back-up terug (op dit scherm, "Een back-up terugzetten"). Alleen als u de kluis zelf zonder dat bestand verplaatst hebt: open ze toch; dat wordt in het logboek geschreven.
error-vault-in-use = Deze kluis is open in een ander Tandem-venster of in tandem-cli op deze computer. Sluit of vergrendel hem daar eerst en probeer opnieuw. Er is niets gewijzigd.
error-backup-format = Dit bestand is geen Tandem-back-up die deze versie kan lezen ({ $detail }). Er is niets gewijzigd.
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
error-nrn-length =
    { $count ->
        [one] Rijksregisternummer: er zijn 11 cijfers nodig, er is er { $count } gevonden.
        *[other] Rijksregisternummer: er zijn 11 cijfers nodig, er zijn er { $count } gevonden.
    }
error-nrn-month = Rijksregisternummer: maand { $month } is niet mogelijk (01–12, 00 als ze onbekend is, +20 of +40 voor een bisnummer).
error-nrn-day = Rijksregisternummer: dag { $day } is niet mogelijk.
error-nrn-checksum = Rijksregisternummer: de controlecijfers kloppen niet. Controleer het nummer op het identiteitsdocument.
error-not-found = Niets gevonden met deze identificatie ({ $what } { $id }).
what-request = aanvraag
what-person = persoon
what-report = sociaal verslag
what-plan = begeleidingsplan
what-share = deling
what-right = recht
what-report-version = versie van het verslag
what-profile = profiel
what-folder = map
what-file = bestand
what-end-of-the-right = einde van het recht
what-document = document
what-decision = beslissing
what-consent = toestemming
error-unknown-command = Onbekende opdracht: { $command }.
error-storage = De kluis kon niet gelezen of geschreven worden ({ $detail }). Er is niets gewijzigd.
error-vault-corrupt = De bestanden van de kluis zijn beschadigd of onvolledig ({ $detail }). Zet een back-up terug of neem contact op met je helpdesk.
error-team-store = De teamserver was niet bereikbaar of weigerde dit ({ $detail }). Er is niets gewijzigd; probeer opnieuw of vraag het aan je beheerder.
error-team-role = { $role ->
    [owner] Alleen de eigen maatschappelijk werker van het dossier kan dit doen.
    [lead] Alleen de teamverantwoordelijke kan dit doen.
    [secretary] Alleen de secretaris van het comité kan dit doen.
    [worker] Alleen een maatschappelijk werker van het team kan dit doen.
   *[team] Dit werkt alleen in een team (Instellingen, Werken in een team).
}

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

