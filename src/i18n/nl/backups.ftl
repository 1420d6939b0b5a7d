## Back-ups en terugzetten (instellingen, en het ontgrendelscherm)
backups-title = Back-ups
backups-intro = Tandem maakt zelf een back-up wanneer de kluis na wijzigingen sluit, en eenmaal per dag zolang hij open is. De laatste worden op deze laptop bewaard.
backups-intro-secret = Back-ups blijven versleuteld. Een back-up opent alleen met de wachtzin die geldig was op de dag waarop hij gemaakt werd, of met je herstelcode. Bewaar je herstelblad dus goed, ook nadat je de wachtzin hebt gewijzigd.
backups-list-title = Automatische back-ups
backups-folder = Map: { $folder }
backups-empty = Er is nog geen automatische back-up. De eerste wordt gemaakt wanneer de kluis na een wijziging sluit.
backups-option = { $date } ({ $size })
backups-last-error = De laatste automatische back-up is mislukt ({ $detail }). Controleer of er nog vrije ruimte op de schijf is, en maak nu een back-up naar een map.
backup-size-mb = { $size } MB
backup-size-kb = { $size } kB
hint-backups-keep = Zijn er meer, dan worden de oudste eerst verwijderd (1 tot 100).
backups-keep-save = Dit aantal opslaan
backups-keep-saved = Opgeslagen. Bewaarde automatische back-ups: { $keep }.
backup-now-title = Nu een back-up maken naar een map
hint-backup-folder = Bijvoorbeeld een USB-stick: kies de map met de knop. Laat het veld leeg om de map van de automatische back-ups te gebruiken.
backup-now = Nu een back-up maken
backup-progress-label = Voortgang van de back-up
backup-running = Back-up bezig: { $percent }
backup-saved = Back-up opgeslagen als { $path } ({ $size }).
backup-folder-missing = Deze map is niet gevonden: { $folder }. Controleer het pad, en of de USB-stick ingeplugd is.
restore-title = Een back-up terugzetten
restore-intro = Voor een kluis die beschadigd is of niet meer opent, of om terug te gaan naar een vroegere toestand. De back-up vervangt de huidige kluis; de huidige kluis wordt opzijgezet, nooit gewist.
restore-choose = Automatische back-ups
restore-choose-none = Kies een back-up…
hint-restore-choose = Als je er een kiest, wordt het back-upbestand hieronder ingevuld.
hint-restore-path = Het bestand van de back-up (het eindigt op .tandem-backup), bijvoorbeeld op een USB-stick: kies het met de knop.
restore-use-recovery = Ik gebruik mijn herstelcode in plaats van de wachtzin
restore-pass-label = Wachtzin van de dag van de back-up
hint-restore-pass = De wachtzin die geldig was op de dag waarop de back-up gemaakt werd: die kan verschillen van de huidige.
restore-current-label = De huidige wachtzin van de kluis op deze laptop
restore-current-hint = De kluis op deze laptop wordt vervangen: enkel wie ze vandaag kan openen, mag dat doen.
hint-restore-code = De code op je herstelblad: die blijft dezelfde wanneer je de wachtzin wijzigt.
restore-start = Deze back-up terugzetten…
restore-confirm-title = De huidige kluis vervangen door deze back-up?
restore-confirm-made = Deze back-up werd gemaakt op { $date }.
restore-confirm-replace = Alles wat nu in Tandem staat, wordt vervangen door de inhoud van de back-up. Wat na het maken van de back-up werd ingevoerd, staat daarna niet meer in Tandem.
restore-confirm-kept = Er wordt niets gewist: de huidige kluis wordt opzijgezet, in een map met de naam before-restore-… naast de kluis.
restore-confirm-secret = Je hebt de wachtzin nodig die geldig was op de dag waarop de back-up gemaakt werd (of je herstelcode), niet noodzakelijk die van vandaag.
restore-confirm = De kluis vervangen door deze back-up
restore-cancel = Annuleren
restore-running = De back-up wordt gecontroleerd en teruggezet…
restore-done =
    { $entries ->
        [one] De back-up is teruggezet en de kluis is open. { $entries } vermelding in het logboek gecontroleerd.
        *[other] De back-up is teruggezet en de kluis is open. { $entries } vermeldingen in het logboek gecontroleerd.
    }
restore-done-kept = De vorige kluis is bewaard in { $path }.
restore-done-nothing-kept = Er was geen vorige kluis om te bewaren.
restore-vault-closed = Om terug te zetten heeft Tandem de kluis gesloten: hij is nu vergrendeld. Ontgrendel hem met je huidige wachtzin, of probeer opnieuw terug te zetten.
unlock-restore = Een back-up terugzetten
unlock-restore-intro = Alleen voor een kluis die niet meer opent. Je hebt de wachtzin nodig die geldig was op de dag van de back-up, of je herstelcode.
onb-restore = Liever een back-up terugzetten
onb-restore-intro = Voor een nieuwe laptop: Tandem maakt je kluis van een back-upbestand, bijvoorbeeld op een USB-stick. Je hebt de wachtzin nodig die geldig was op de dag van de back-up, of je herstelcode.
onb-restore-confirm-title = Een nieuwe kluis op deze laptop maken van deze back-up?
onb-restore-confirm-new = Tandem maakt een nieuwe kluis op deze laptop met de inhoud van de back-up. Er is hier nog geen kluis, dus er wordt niets vervangen. De kluis opent daarna met dezelfde wachtzin of herstelcode als de back-up.
onb-restore-confirm = De kluis maken van deze back-up
restore-banner-close = Dit bericht sluiten

## Back-ups: veldnamen (ook gebruikt door de kern in foutmeldingen)
field-backups-keep = Aantal automatische back-ups om te bewaren
field-folder = Map
field-path = Back-upbestand

