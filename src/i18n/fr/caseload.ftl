# The caseload (home screen), its menu, and the codes of the file reference.
caseload-title = Mes dossiers
caseload-search-label = Chercher un dossier
caseload-search-hint = Par nom, numéro de dossier ou numéro de registre national (avec ou sans points ni tirets).
caseload-filters = Afficher
caseload-filter-all = Tous les dossiers
caseload-filter-overdue = En retard
caseload-filter-week = Cette semaine
caseload-filter-papers = En attente de pièces
caseload-stage-label = Étape
caseload-stage-any = Toutes les étapes
caseload-col-person = Personne
caseload-col-reference = Numéro de dossier
caseload-col-stage = Étape
caseload-col-next = Prochaine étape
caseload-col-date = Pour le
caseload-sort-by = Trier par { $column }
caseload-page = { $from }–{ $to } sur { $total }
caseload-prev = Précédents
caseload-next = Suivants
caseload-empty = Pas encore de dossier. Commencez par « Nouvelle personne ».
caseload-no-match = Aucun dossier ne correspond à cette recherche ou à ce choix.
caseload-upcoming = Prochains délais
caseload-no-date = pas de délai
caseload-waiting-papers = en attente de pièces
caseload-due-today = aujourd’hui
caseload-days-late = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
caseload-days-left = { $days ->
    [one] encore { $days } jour
   *[other] encore { $days } jours
}
caseload-overdue-count = { $count ->
    [0] Aucun délai n’est dépassé
    [one] { $count } dossier en retard
   *[other] { $count } dossiers en retard
}
caseload-home = Mes dossiers
caseload-menu = Plus
caseload-menu-label = Plus : délais, dossiers à effacer, transfert
caseload-menu-deadlines = Délais des 7 prochains jours
caseload-menu-retention = Dossiers à effacer
caseload-menu-import = Importer le transfert d’un collègue
caseload-back = Retour à mes dossiers
stage-intake = Demande
stage-inquiry = Enquête sociale
stage-read_together = Lu ensemble
stage-at_committee = Au CSSS
stage-decided = Décidé
stage-notified = Notifié
stage-running = Droit en cours
stage-review_due = Révision à faire
stage-closed = Clôturé
next-action-record_request = Enregistrer la demande
next-action-start_inquiry = Commencer l’enquête sociale
next-action-finish_inquiry = Terminer l’enquête sociale
next-action-send_to_committee = Envoyer le rapport au CSSS
next-action-record_decision = Noter la décision
next-action-notify = Notifier la décision
next-action-review = Révision annuelle
field-filter = Afficher
field-stage = Étape
field-sort = Tri
field-query = Recherche
field-offset = Début de la page
field-limit = Nombre par page
field-ocmw-code = Code du CPAS
field-worker-code = Votre code
codes-hint = Lettres et chiffres, 8 au plus. Ensemble, ils précèdent chaque nouveau numéro de dossier (par exemple GNT-AB-2025-00001) : deux assistants sociaux du même CPAS ne donnent jamais le même numéro. Les numéros existants restent tels quels.
error-invalid-code = { $field } : uniquement des lettres et des chiffres, { $max } au plus.
identity-title = Identité et ménage
doc-export-col-reference = Numéro de dossier
