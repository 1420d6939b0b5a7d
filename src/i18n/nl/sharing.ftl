# Delen en inzage: toestemmingen, de poort voor het delen en het register ervan, de eigen kopie van de persoon, overdracht, een dossier afsluiten en wissen; samen lezen.

## Delen en inzage op de pagina van de persoon
sharing-title = Delen en inzage
sharing-intro = Niets over de persoon verlaat het OCMW zonder diens toestemming. Hier noteer je waarmee de persoon instemde en alles wat gedeeld werd, en geef je de persoon een kopie van het eigen dossier.
consent-title = Toestemmingen van de persoon
consent-intro = Elke toestemming zegt wie welke delen van het dossier mag ontvangen, en waarom. De persoon kan ze op elk moment intrekken, zonder een reden te geven.
consent-empty = Geen toestemming geregistreerd.
consent-recipient = { $organisation } ({ $role })
consent-purpose-shown = Doel: { $purpose }
consent-covers = Geldt voor: { $parts }
consent-given-on = gegeven op { $date }
consent-ends-on = loopt af op { $date }
consent-no-end = geen einddatum
consent-withdrawn-on = ingetrokken op { $date }
consent-status-current = geldig
consent-status-withdrawn = ingetrokken
consent-status-expired = verlopen
consent-status-not_yet = nog niet ingegaan
consent-withdraw = Intrekken
consent-withdrawn-done = Ingetrokken vanaf { $date }: op basis van deze toestemming gaat niets meer naar { $organisation }.
consent-add-legend = Een nieuwe toestemming registreren
consent-role-hint = Bijvoorbeeld: maatschappelijk werker, schuldbemiddelaar, huisarts.
consent-purpose-hint = Waarom de persoon instemt, in gewone woorden: voor welke hulp, met welk doel.
consent-ends-hint = Niet verplicht. Laat leeg als de toestemming geen einddatum heeft: de persoon kan ze altijd intrekken.
consent-give = Toestemming registreren
consent-given-done = De toestemming is geregistreerd.
consent-parts-required = Vink minstens één deel van het dossier aan waarvoor de toestemming geldt.
part-identity = identiteitsgegevens
part-household = huishouden
part-income = inkomsten en bestaansmiddelen
part-report = sociaal verslag
part-plan = begeleidingsplan

## Delen: veldnamen (ook gebruikt door de kern in foutmeldingen)
field-recipient-organisation = Ontvangende organisatie
field-recipient-role = Functie van de ontvanger
field-purpose = Doel
field-covers = Delen van het dossier waarvoor ze geldt
field-given-on = Gegeven op
field-ends-on = Loopt af op
field-parts = Betrokken delen van het dossier
field-what = Wat gedeeld werd
field-consent-id = Toestemming
field-document = Document
field-document-kind = Soort document
field-document-id = Document
field-closed-on = Afgesloten op
field-retention-years = Afgesloten dossiers bewaren (jaren)
field-bundle = Overdrachtsbestand
field-conditions-secrecy-bound = ontvanger gebonden door het beroepsgeheim, voor dezelfde opdracht
field-conditions-necessary-only = enkel wat nodig is
field-conditions-informed-consent = persoon ingelicht en akkoord

## Iets delen
share-title = Iets delen
share-intro = Alleen op basis van een geldige toestemming van de persoon, en alleen als de drie voorwaarden van het gedeelde beroepsgeheim vervuld zijn. Alles wat gedeeld wordt, komt in het deelregister hieronder.
share-consent-label = Op basis van de toestemming van de persoon
share-consent-choose = Kies een toestemming…
share-consent-option = { $organisation } ({ $role }): { $purpose }
share-no-consent = Er is geen geldige toestemming. Registreer eerst de toestemming van de persoon.
share-consent-required = Kies de toestemming van de persoon waarop dit steunt. Zonder toestemming kan niets gedeeld worden.
share-covers = De toestemming geldt voor: { $parts }
share-doc-kind-label = Een document uit het dossier
share-doc-none = Geen document
share-doc-kind-report = Sociaal verslag
share-doc-kind-receipt = Ontvangstbewijs
share-doc-kind-decision = Beslissingsbrief
share-doc-kind-end = Brief over het einde van het recht
share-doc-kind-plan = Begeleidingsplan
share-doc-hint = Niet verplicht. De pdf wordt opgeslagen in de map Tandem in je Documenten, en de delen die erin staan, komen in het deelregister.
share-doc-which = Welk document
share-doc-empty = Er is nog geen zulk document in dit dossier.
share-doc-request = Aanvraag van { $date }: { $kind }
share-doc-plan = Begeleidingsplan geopend op { $date }
share-doc-required = Kies het document dat je deelt, of kies "Geen document".
share-what-hint = In enkele woorden: wat je doorgaf, en hoe (telefonisch, per brief, in een overleg). Niet nodig als je een document deelt.
secrecy-conditions-legend = De drie voorwaarden van het gedeelde beroepsgeheim
secrecy-conditions-hint = Vink elke voorwaarde alleen aan als ze klopt. Klopt er één niet, dan kan niets gedeeld worden.
cond-secrecy = De ontvanger is gebonden door het beroepsgeheim en werkt voor dezelfde opdracht voor deze persoon.
cond-necessary = Alleen wat nodig is voor die opdracht, wordt gedeeld.
cond-consent = De persoon werd ingelicht over wat gedeeld wordt, met wie en waarom, en stemt ermee in.
share-submit = Het delen registreren
share-recorded = Ingeschreven in het deelregister.
share-saved-as = Ingeschreven in het deelregister. Het document is opgeslagen als { $path }

## Deelregister
log-title = Deelregister
log-intro = Alles wat uit dit dossier gedeeld werd, het recentste eerst. De persoon mag dit register altijd inkijken.
log-empty = Uit dit dossier werd nog niets gedeeld.
log-recipient = Ontvanger
log-what = Wat
log-kind = Hoe
log-worker = Door
log-fingerprint = Vingerafdruk: { $sha }
share-kind-copy = informatie doorgegeven
share-kind-document = document
share-kind-handover = overdracht van het dossier

## De eigen kopie van de persoon (inzagerecht)
export-title = Een kopie voor de persoon
export-intro = De persoon heeft het recht het eigen dossier in te zien en er een kopie van te krijgen. Dit slaat alles op wat Tandem over de persoon bewaart: een pdf om te lezen en een gegevensbestand om te bewaren of mee te nemen. Er is geen toestemming voor nodig.
export-button = Een kopie maken voor de persoon
export-saved-pdf = Leesbare kopie opgeslagen als { $path }
export-saved-json = Gegevensbestand opgeslagen als { $path }

## Overdracht aan een collega
handover-title = Overdragen aan een collega
handover-intro = Gaat het dossier van de persoon naar een collega met een eigen Tandem, dan gaat het hele dossier mee als één versleuteld bestand. Daarvoor is een geldige toestemming nodig die alle delen van het dossier dekt, en de drie voorwaarden.
handover-needs-all = Voor een overdracht is een toestemming nodig die alle delen van het dossier dekt.
handover-pass-hint = Minstens 12 tekens, alleen voor deze overdracht gekozen. Het is niet je eigen wachtzin.
handover-submit = Het overdrachtsbestand maken
handover-saved-as = Overdrachtsbestand opgeslagen als { $path }
handover-tell-passphrase = Geef het bestand aan je collega en bezorg de wachtzin via een ander kanaal: telefonisch of persoonlijk, nooit in dezelfde e-mail of op dezelfde usb-stick.

## Het dossier afsluiten
file-title = Het dossier afsluiten
file-intro = Als de hulp stopt, sluit je het dossier af. Een afgesloten dossier wordt bewaard gedurende de termijn uit de instellingen en verschijnt daarna op het startscherm om gewist te worden. Heropen het als de persoon terugkomt.
file-open = Dit dossier is open.
file-closed = Afgesloten op { $closed }, bewaard tot { $until }.
file-close = Dossier afsluiten
file-reopen = Dossier heropenen
person-closed-on = dossier afgesloten op { $date }
hint-retention-years = Een afgesloten dossier wordt zoveel jaar na de afsluiting bewaard (1 tot 30) en verschijnt daarna op het startscherm om gewist te worden.

## Startscherm: een overdracht importeren, dossiers met verstreken bewaartermijn
import-title = Een overdracht importeren
import-intro = Een collega droeg het dossier van een persoon aan jou over: kies het overdrachtsbestand dat je kreeg en typ de wachtzin die je via een ander kanaal kreeg.
import-pass-hint = De wachtzin van deze overdracht, van je collega.
import-submit = Het dossier importeren
import-file-required = Kies eerst het overdrachtsbestand.
import-read-failed = Het bestand kon niet gelezen worden. Kies het opnieuw.
import-done = Geïmporteerd. Het dossier van de persoon is geopend.
retention-title = Dossiers met verstreken bewaartermijn
retention-intro = Deze dossiers zijn afgesloten en hun bewaartermijn is voorbij. Wis ze een voor een: dan blijft er niets over de persoon in de kluis.
retention-empty = Geen enkel dossier heeft een verstreken bewaartermijn.
retention-line = Afgesloten op { $closed }, bewaard tot { $until }
retention-erase = Wissen…
retention-confirm-text = Het dossier van { $name } definitief wissen? Alles over deze persoon wordt uit de kluis verwijderd. Dit kan niet ongedaan gemaakt worden.
retention-erase-confirm = Definitief wissen
retention-erase-cancel = Bewaren
retention-erased = Het dossier is gewist. Er blijft niets over deze persoon in de kluis.

## Samen lezen: de persoon leest het eigen dossier mee naast de maatschappelijk werker
together-toggle = Samen lezen
together-toggle-title = Dit dossier samen met de persoon lezen: grote letters, gewone woorden, niets over iemand anders
together-banner-title = Samen lezen
together-banner-text = U leest uw eigen dossier, samen met uw maatschappelijk werker. Alles in dit dossier mag u zien. Er staat niets over iemand anders op het scherm.
together-leave = Stoppen met samen lezen
together-why-identity = We vragen dit om te weten wie u bent en hoe we u kunnen bereiken. Alleen een naam is nodig: de rest mag u geven of niet.
together-why-household = We vragen wie er bij u woont, omdat de wet daarnaar kijkt: het bepaalt welk bedrag voor u geldt.
together-why-request = We noteren de datum van uw aanvraag, omdat die de termijn doet lopen: het OCMW moet binnen 30 dagen beslissen en u de beslissing binnen 8 dagen daarna laten weten.
together-why-conditions = We overlopen deze zes punten, omdat de wet ze oplegt voor het leefloon. Naar niets anders kijken we.
together-why-resources = We vragen naar uw inkomsten, omdat ze meetellen voor het bedrag. Naar uw uitgaven wordt nooit gevraagd.
together-why-report = We schrijven dit verslag, omdat het comité op basis ervan beslist. U leest het eerst, u mag uw eigen opmerkingen toevoegen, en u kiest zelf of u het ondertekent.
together-why-plan = We vragen alleen of u hulp wilt. Dat kiest u: het heeft geen invloed op uw inkomen, en u kunt altijd stoppen.
together-why-sharing = We tonen dit, zodat u weet waar uw gegevens naartoe gaan. Niets over u verlaat het OCMW zonder uw toestemming, en u kunt een toestemming altijd intrekken.
together-title-household = Wie er bij u woont
together-title-requests = Uw aanvragen om een inkomen
together-title-support = Hulp, als u dat wilt
together-title-sharing = Wie uw gegevens mag zien
together-title-conditions = Waar de wet naar kijkt
together-title-resources = Uw inkomsten
together-title-category = Welk bedrag voor u geldt
together-title-calculation = Hoe het bedrag berekend wordt
together-title-report = Het verslag over uw aanvraag

## Delen, overdracht en bewaring: berichten van de kern
error-consent-missing = Er is geen toestemming van de persoon voor deze ontvanger en dit doel. Registreer eerst de toestemming van de persoon: zonder toestemming kan niets gedeeld worden.
error-consent-withdrawn = De persoon heeft deze toestemming ingetrokken: op basis ervan kan niets meer gedeeld worden. Stemt de persoon opnieuw in, registreer dan een nieuwe toestemming.
error-consent-expired = Deze toestemming geldt vandaag niet: ze is afgelopen of nog niet ingegaan. Overloop de data met de persoon en registreer een nieuwe toestemming als de persoon akkoord gaat.
error-consent-scope = De toestemming van de persoon geldt niet voor { $parts }. Deel alleen wat de toestemming dekt, of vraag het de persoon en registreer een nieuwe toestemming die het omvat.
error-share-conditions = Er werd niets gedeeld: de voorwaarde "{ $field }" is niet bevestigd. Het gedeelde beroepsgeheim vraagt alle drie de voorwaarden. Vink ze alleen aan als ze klopt; klopt ze niet, dan is delen niet mogelijk.
error-handover-wrong = Dit overdrachtsbestand kan niet geopend worden: de wachtzin klopt niet, of het bestand is beschadigd of gewijzigd. Er werd niets geïmporteerd. Controleer de wachtzin met je collega, of vraag het bestand opnieuw.
error-handover-format = Dit is geen overdrachtsbestand van Tandem, of het werd gemaakt met een nieuwere versie van Tandem. Er werd niets geïmporteerd. Vraag je collega het juiste bestand, of werk Tandem bij.
error-handover-duplicate = Deze overdracht werd al in deze kluis geïmporteerd. Er werd niets een tweede keer geïmporteerd: zoek de persoon op in de lijst.
error-file-not-closed = Dit dossier is niet afgesloten. Alleen een afgesloten dossier met een verstreken bewaartermijn kan gewist worden: sluit het eerst af.
error-retention-running = Dit dossier moet bewaard worden tot { $date }. Het kan pas na die datum gewist worden.
error-closed-before-activity = Het dossier toont activiteit tot { $date }: het kan niet op een vroegere datum afgesloten worden, want de bewaartermijn loopt vanaf de afsluiting.
error-right-ended = Dit recht is beëindigd op { $date }. Een nieuwe aanvraag opent een nieuw recht.
error-right-running = In dit dossier loopt nog een recht: beëindig het eerst (bij de aanvraag, "Het recht beëindigen"); de bewaartermijn loopt vanaf de afsluiting.

