# The team: the store, joining, cover grants, the lead's deadlines, the committee
team-role-worker = maatschappelijk werker
team-role-lead = teamverantwoordelijke
team-role-secretary = secretaris van het comité

# The store in the top bar, and Settings, Work in a team
store-vault = Persoonlijke kluis
store-team = Team { $team } · { $login } ({ $role })
team-settings-title = Werken in een team
team-now-vault = Uw dossiers staan in uw persoonlijke kluis, op deze laptop.
team-now-team = Uw dossiers staan op de teamserver van { $ocmw } ({ $server }); u werkt er als { $login }, { $role }.
team-now-unreachable = U werkt in het team van { $ocmw } ({ $server }) als { $login }, maar de server is nu niet bereikbaar. Niets valt terug op deze laptop: probeer opnieuw wanneer het kantoornetwerk er is.
team-join-intro = De beheerder van uw OCMW geeft u een eenmalige aanmeldcode. Plak die hier: Tandem toont waar ze naartoe leidt voor er iets verstuurd wordt. Zodra u toetreedt, staan uw dossiers op de server van het team; uw wachtzin opent Tandem nog altijd.
team-code = Aanmeldcode
team-read = Code lezen
team-ocmw = OCMW
team-server = Server
team-team = Team
team-login = Uw login
team-authority = Certificaat van het OCMW
team-preview-hint = Vergelijk de vingerafdruk met uw beheerder voor u toetreedt: hij bewijst dat de server van uw OCMW is.
team-enrol = Dit team vervoegen
team-leave-intro = Terug naar uw persoonlijke kluis: Tandem vergeet de link met de server van het team. Uw dossiers in het team blijven op de server, voor uw team; de dossiers van uw persoonlijke kluis komen terug.
team-leave = Terug naar mijn persoonlijke kluis
team-leave-confirm = Het team verlaten op deze laptop? Om terug te komen hebt u een nieuwe aanmeldcode van uw beheerder nodig.
team-leave-yes = Ja, terug naar mijn persoonlijke kluis
team-leave-no = In het team blijven

# The team room
team-button = Team
team-room-title = Team
team-deadlines-title = De termijnen van het team
team-deadlines-hint = Alleen dossierreferenties en data, voor de komende 30 dagen en wat verlopen is: u ziet geen naam en opent geen dossier.
team-deadlines-empty = Geen termijn in de komende 30 dagen, en geen enkele verlopen.
team-col-file = Dossier
team-col-next = Volgende stap
team-col-due = Tegen
team-col-worker = Maatschappelijk werker
team-col-state = Stand
team-col-owner = Dossier van
team-col-cover = Gevolgd door
team-col-until = Tot
team-col-actions = Acties
team-state-overdue = verlopen
team-state-due = deze week
team-state-later = later
team-stale = wordt bijgewerkt
team-covers-title = Vervanging tijdens een afwezigheid
team-covers-hint = Een collega volgt één dossier tot een datum, die dag inbegrepen; de dag erna sluit het dossier vanzelf voor hen. Het begeleidingsplan gaat nooit voor hen open.
team-covers-empty = Er loopt geen vervanging.
cover-give-legend = Een collega één dossier geven
cover-worker = Collega
cover-until = Tot (die dag inbegrepen)
cover-give = Het dossier geven
cover-given = { $worker } volgt het dossier tot { $date }.
cover-end = Nu beëindigen
cover-ended = De vervanging voor { $file } is beëindigd.
cover-banner = Dit is het dossier van { $owner }. U volgt het tijdens hun afwezigheid tot { $date }, die dag inbegrepen. Hun begeleidingsplan blijft bij hen.
committee-title = Het comité
committee-session = Zitting
committee-session-option = { $date } · { $place }
committee-none = Er is nog geen zitting vastgelegd.
session-add-legend = Een zitting vastleggen
session-date = Datum
session-place = Plaats
session-add = Zitting vastleggen
session-added = De zitting is vastgelegd.
agenda-title = De agenda
agenda-hint = De ondertekende verslagen die de maatschappelijk werkers op de agenda van deze zitting zetten, en niets anders uit hun dossiers. Elk verslag dat u opent, wordt in het logboek van de persoon genoteerd.
agenda-open = Verslag openen
agenda-print = Agenda afdrukken (pdf)
agenda-saved = De agenda is bewaard: { $path }
mine-title = Uw verslagen op deze agenda
mine-empty = Nog geen. Zet een verslag op een agenda vanuit de nalezing, zodra het ondertekend of verstuurd is.
mine-take-off = Van de agenda halen

# The report card: a frozen version on a session's agenda
report-agenda-session = Op de agenda van de zitting van het comité
report-agenda-put = Op de agenda zetten
report-agenda-done = Het verslag staat op de agenda van { $session }.
report-agenda-none = Er is nog geen zitting van het comité vastgelegd: de secretaris legt ze vast.

# Moving a file of the personal vault to the team
move-title = Dossiers in uw persoonlijke kluis
move-hint = Een dossier uit uw persoonlijke kluis gaat in zijn geheel naar het team (het begeleidingsplan blijft daar ook van u), één keer. Beide logboeken noteren het, en de kopie op deze laptop wordt afgesloten: ze blijft de bewaartermijn bewaard en komt daarna op de lijst om te wissen.
move-empty = Geen open dossier in uw persoonlijke kluis.
move-button = Dit dossier naar het team verhuizen
move-confirm = Ja, { $name } naar het team verhuizen
move-done = { $name } staat nu in het team; de kopie in uw persoonlijke kluis is afgesloten.
