# The team: the store, joining, cover grants, the lead's deadlines, the committee
team-role-worker = assistant·e social·e
team-role-lead = responsable d'équipe
team-role-secretary = secrétaire du comité

# The store in the top bar, and Settings, Work in a team
store-vault = Coffre personnel
store-team = Équipe { $team } · { $login } ({ $role })
team-settings-title = Travailler en équipe
team-now-vault = Vos dossiers sont dans votre coffre personnel, sur cet ordinateur.
team-now-team = Vos dossiers sont sur le serveur d'équipe de { $ocmw } ({ $server }) ; vous y travaillez en tant que { $login }, { $role }.
team-now-unreachable = Vous travaillez dans l'équipe de { $ocmw } ({ $server }) en tant que { $login }, mais le serveur est injoignable pour l'instant. Rien ne revient sur cet ordinateur : réessayez quand le réseau du bureau est là.
team-join-intro = L'administrateur de votre CPAS vous donne un code d'inscription à usage unique. Collez-le ici : Tandem montre où il mène avant que rien ne soit envoyé. Une fois l'équipe rejointe, vos dossiers sont sur le serveur de l'équipe ; votre phrase secrète ouvre toujours Tandem.
team-code = Code d'inscription
team-read = Lire le code
team-ocmw = CPAS
team-server = Serveur
team-team = Équipe
team-login = Votre identifiant
team-authority = Certificat du CPAS
team-preview-hint = Vérifiez l'empreinte avec votre administrateur avant de rejoindre l'équipe : elle prouve que le serveur est celui de votre CPAS.
team-enrol = Rejoindre cette équipe
team-leave-intro = Retour à votre coffre personnel : Tandem oublie le lien avec le serveur de l'équipe. Vos dossiers d'équipe restent sur le serveur, pour votre équipe ; les dossiers de votre coffre personnel reviennent.
team-leave = Retour à mon coffre personnel
team-leave-confirm = Quitter l'équipe sur cet ordinateur ? Pour revenir, il vous faudra un nouveau code d'inscription de votre administrateur.
team-leave-yes = Oui, retour à mon coffre personnel
team-leave-no = Rester dans l'équipe

# The team room
team-button = Équipe
team-room-title = Équipe
team-deadlines-title = Les échéances de l'équipe
team-deadlines-hint = Références de dossiers et dates seulement, pour les 30 prochains jours et ce qui est dépassé : vous ne voyez aucun nom et n'ouvrez aucun dossier.
team-deadlines-empty = Aucune échéance dans les 30 prochains jours, et aucune dépassée.
team-col-file = Dossier
team-col-next = Prochaine étape
team-col-due = Pour le
team-col-worker = Assistant·e social·e
team-col-state = État
team-col-owner = Dossier de
team-col-cover = Suivi par
team-col-until = Jusqu'au
team-col-actions = Actions
team-state-overdue = dépassée
team-state-due = cette semaine
team-state-later = plus tard
team-stale = en cours de mise à jour
team-covers-title = Remplacement pendant une absence
team-covers-hint = Un·e collègue suit un dossier jusqu'à une date, ce jour compris ; le lendemain, le dossier se ferme pour elle ou lui de lui-même. Le plan d'accompagnement ne s'ouvre jamais pour elle ou lui.
team-covers-empty = Aucun remplacement en cours.
cover-give-legend = Confier un dossier à un·e collègue
cover-worker = Collègue
cover-until = Jusqu'au (ce jour compris)
cover-give = Confier le dossier
cover-given = { $worker } suit le dossier jusqu'au { $date }.
cover-end = Terminer maintenant
cover-ended = Le remplacement pour { $file } est terminé.
cover-banner = Ce dossier est celui de { $owner }. Vous le suivez pendant son absence jusqu'au { $date }, ce jour compris. Son plan d'accompagnement reste avec elle ou lui.
committee-title = Le comité
committee-session = Séance
committee-session-option = { $date } · { $place }
committee-none = Aucune séance n'est encore fixée.
session-add-legend = Fixer une séance
session-date = Date
session-place = Lieu
session-add = Fixer la séance
session-added = La séance est fixée.
agenda-title = L'ordre du jour
agenda-hint = Les rapports signés que les assistant·es sociaux·ales ont inscrits à l'ordre du jour de cette séance, et rien d'autre de leurs dossiers. Chaque rapport que vous ouvrez est noté dans le journal de la personne.
agenda-open = Ouvrir le rapport
agenda-print = Imprimer l'ordre du jour (PDF)
agenda-saved = L'ordre du jour est enregistré : { $path }
mine-title = Vos rapports à cet ordre du jour
mine-empty = Aucun pour l'instant. Inscrivez un rapport à un ordre du jour depuis sa relecture, une fois signé ou envoyé.
mine-take-off = Retirer de l'ordre du jour

# The report card: a frozen version on a session's agenda
report-agenda-session = À l'ordre du jour de la séance du comité
report-agenda-put = Inscrire à l'ordre du jour
report-agenda-done = Le rapport est inscrit à l'ordre du jour du { $session }.
report-agenda-none = Aucune séance du comité n'est encore fixée : le ou la secrétaire les fixe.

# Moving a file of the personal vault to the team
move-title = Dossiers de votre coffre personnel
move-hint = Un dossier de votre coffre personnel passe à l'équipe en entier (son plan d'accompagnement y reste le vôtre), une seule fois. Les deux journaux le notent, et la copie sur cet ordinateur est clôturée : elle est gardée le délai de conservation, puis proposée à l'effacement.
move-empty = Aucun dossier ouvert dans votre coffre personnel.
move-button = Passer ce dossier à l'équipe
move-confirm = Oui, passer { $name } à l'équipe
move-done = { $name } est maintenant dans l'équipe ; la copie de votre coffre personnel est clôturée.
