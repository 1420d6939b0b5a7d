# The team: the store, joining, cover grants, the lead's deadlines, the committee
team-role-worker = Sozialarbeiter/in
team-role-lead = Teamleitung
team-role-secretary = Sekretariat des Ausschusses

# The store in the top bar, and Settings, Work in a team
store-vault = Persönlicher Tresor
store-team = Team { $team } · { $login } ({ $role })
team-settings-title = Im Team arbeiten
team-now-vault = Ihre Akten sind in Ihrem persönlichen Tresor, auf diesem Laptop.
team-now-team = Ihre Akten sind auf dem Teamserver von { $ocmw } ({ $server }); Sie arbeiten dort als { $login }, { $role }.
team-now-unreachable = Sie arbeiten im Team von { $ocmw } ({ $server }) als { $login }, aber der Server ist gerade nicht erreichbar. Nichts fällt auf diesen Laptop zurück: Versuchen Sie es erneut, wenn das Büronetz da ist.
team-join-intro = Die Administration Ihres ÖSHZ gibt Ihnen einen einmaligen Anmeldecode. Fügen Sie ihn hier ein: Tandem zeigt, wohin er führt, bevor etwas gesendet wird. Sobald Sie beitreten, sind Ihre Akten auf dem Server des Teams; Ihr Kennsatz öffnet Tandem weiterhin.
team-code = Anmeldecode
team-read = Code lesen
team-ocmw = ÖSHZ
team-server = Server
team-team = Team
team-login = Ihre Anmeldung
team-authority = Zertifikat des ÖSHZ
team-preview-hint = Vergleichen Sie den Fingerabdruck mit Ihrer Administration, bevor Sie beitreten: Er beweist, dass der Server der Ihres ÖSHZ ist.
team-enrol = Diesem Team beitreten
team-leave-intro = Zurück zu Ihrem persönlichen Tresor: Tandem vergisst die Verbindung zum Server des Teams. Ihre Akten im Team bleiben auf dem Server, für Ihr Team; die Akten Ihres persönlichen Tresors kommen zurück.
team-leave = Zurück zu meinem persönlichen Tresor
team-leave-confirm = Das Team auf diesem Laptop verlassen? Um zurückzukommen, brauchen Sie einen neuen Anmeldecode Ihrer Administration.
team-leave-yes = Ja, zurück zu meinem persönlichen Tresor
team-leave-no = Im Team bleiben

# The team room
team-button = Team
team-room-title = Team
team-deadlines-title = Die Fristen des Teams
team-deadlines-hint = Nur Aktenzeichen und Daten, für die nächsten 30 Tage und was überfällig ist: Sie sehen keinen Namen und öffnen keine Akte.
team-deadlines-empty = Keine Frist in den nächsten 30 Tagen und keine überfällige.
team-col-file = Akte
team-col-next = Nächster Schritt
team-col-due = Bis
team-col-worker = Sozialarbeiter/in
team-col-state = Stand
team-col-owner = Akte von
team-col-cover = Betreut von
team-col-until = Bis
team-col-actions = Aktionen
team-state-overdue = überfällig
team-state-due = diese Woche
team-state-later = später
team-stale = wird aktualisiert
team-covers-title = Vertretung während einer Abwesenheit
team-covers-hint = Eine Kollegin oder ein Kollege betreut eine Akte bis zu einem Datum, diesen Tag eingeschlossen; am Tag danach schließt sich die Akte für sie oder ihn von selbst. Der Begleitplan öffnet sich nie für sie oder ihn.
team-covers-empty = Keine Vertretung läuft.
cover-give-legend = Einer Kollegin oder einem Kollegen eine Akte geben
cover-worker = Kollegin oder Kollege
cover-until = Bis (diesen Tag eingeschlossen)
cover-give = Die Akte geben
cover-given = { $worker } betreut die Akte bis zum { $date }.
cover-end = Jetzt beenden
cover-ended = Die Vertretung für { $file } ist beendet.
cover-banner = Dies ist die Akte von { $owner }. Sie betreuen sie während der Abwesenheit bis zum { $date }, diesen Tag eingeschlossen. Der Begleitplan bleibt bei { $owner }.
committee-title = Der Ausschuss
committee-session = Sitzung
committee-session-option = { $date } · { $place }
committee-none = Noch keine Sitzung festgelegt.
session-add-legend = Eine Sitzung festlegen
session-date = Datum
session-place = Ort
session-add = Sitzung festlegen
session-added = Die Sitzung ist festgelegt.
agenda-title = Die Tagesordnung
agenda-hint = Die unterschriebenen Berichte, die die Sozialarbeiterinnen und Sozialarbeiter auf die Tagesordnung dieser Sitzung gesetzt haben, und nichts anderes aus ihren Akten. Jeder Bericht, den Sie öffnen, wird im Protokoll der Person vermerkt.
agenda-open = Bericht öffnen
agenda-print = Tagesordnung drucken (PDF)
agenda-saved = Die Tagesordnung ist gespeichert: { $path }
mine-title = Ihre Berichte auf dieser Tagesordnung
mine-empty = Noch keine. Setzen Sie einen Bericht aus seiner Durchsicht auf eine Tagesordnung, sobald er unterschrieben oder verschickt ist.
mine-take-off = Von der Tagesordnung nehmen

# The report card: a frozen version on a session's agenda
report-agenda-session = Auf der Tagesordnung der Ausschusssitzung
report-agenda-put = Auf die Tagesordnung setzen
report-agenda-done = Der Bericht steht auf der Tagesordnung vom { $session }.
report-agenda-none = Noch keine Ausschusssitzung festgelegt: Das Sekretariat legt sie fest.

# Moving a file of the personal vault to the team
move-title = Akten Ihres persönlichen Tresors
move-hint = Eine Akte Ihres persönlichen Tresors geht als Ganzes ins Team (ihr Begleitplan bleibt dort ebenfalls Ihrer), einmal. Beide Protokolle vermerken es, und die Kopie auf diesem Laptop wird geschlossen: Sie wird die Aufbewahrungsfrist lang behalten und dann zum Löschen aufgeführt.
move-empty = Keine offene Akte in Ihrem persönlichen Tresor.
move-button = Diese Akte ins Team verschieben
move-confirm = Ja, { $name } ins Team verschieben
move-done = { $name } ist jetzt im Team; die Kopie in Ihrem persönlichen Tresor ist geschlossen.
