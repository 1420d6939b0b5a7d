## Signaux collectifs : chiffres d'une période, l'écart d'individualisation, constats (jamais sur une seule personne)
signal-theme-housing = Logement
signal-theme-energy = Énergie
signal-theme-debt = Dettes
signal-theme-health = Santé
signal-theme-administration = Administration et accès numérique
signal-theme-work = Travail
signal-theme-income_adequacy = Suffisance du revenu
signal-theme-discrimination = Discrimination
signal-theme-other = Autre
field-theme = Thème
field-situations = Nombre de situations
field-format = Format du fichier
field-paths = Fichiers de signal
field-from = Du
field-to = Au
field-gap = Écart d'individualisation
field-signals = Chiffres du signal
what-observation = constat
what-signal-file = fichier de signal
error-observation-identifies = Ce constat nomme une personne du coffre ({$count} { $count ->
        [one] occurrence
       *[other] occurrences
    }) : retirez les noms, numéros de registre national, adresses et numéros de téléphone qu'il contient. Un constat n'identifie jamais personne.
error-signal-duplicate = Un de ces fichiers de signal fait déjà partie d'un autre que vous avez choisi : le fichier de chaque travailleur social ne compte qu'une fois.

## Signal collectif : le PDF
doc-signal-title = Signal collectif
doc-signal-period = Du { $from } au { $to }
doc-signal-intro = Ce que de nombreux dossiers montrent ensemble, à transmettre au conseil du CPAS, aux fédérations et à la société civile. Rien n'y identifie personne : ni noms, ni numéros, ni dates de naissance, ni adresses, ni références de dossier ; les nombres de 1 à 4 y figurent comme « moins de 5 », et quelques autres sont cachés pour qu'aucun ne puisse être déduit des totaux.
doc-signal-requests = Les demandes reçues pendant la période, et ce qu'il en est advenu
doc-signal-received-by-month = Demandes reçues, par mois
doc-signal-refusals = Refus, selon la condition non remplie
doc-signal-categories = Droits octroyés, par catégorie
doc-signal-deadlines = Les délais de la loi : décider dans les 30 jours, notifier dans les 8 jours
doc-signal-median-late = La moitié des décisions tardives est arrivée avec plus de { $days } { $days ->
        [one] jour
       *[other] jours
    } de retard.
doc-signal-reports = Visites à domicile et rapports sociaux
doc-signal-support = Accompagnement volontaire (seulement des nombres, jamais son contenu)
doc-signal-gap = Ce que coûte le taux cohabitant
doc-signal-gap-intro = Pour chaque droit octroyé au taux cohabitant : ce que la personne recevrait au taux isolé, avec ses seules ressources. La différence est l'écart d'individualisation. Une partie vient de la prise en compte des ressources d'un partenaire ou des parents (l'enquête sur les ressources) ; le reste vient du taux plus bas lui-même.
doc-signal-gap-monthly = L'écart par mois, tous ces droits ensemble
doc-signal-gap-period = L'écart sur la période
doc-signal-gap-means = dont l'enquête sur les ressources
doc-signal-gap-hidden = non montré (moins de 5 droits)
doc-signal-gap-by-month = L'écart, par mois
doc-signal-gap-method = Comment il est calculé : le calcul propre à chaque droit est refait à la même date avec les mêmes ressources, une fois au taux cohabitant avec les seules ressources de la personne (la part de l'enquête sur les ressources), une fois au taux isolé avec ses seules ressources (l'écart entier). Sur la période, chaque mois compte au prorata des jours où le droit a couru. Les montants sont arrondis à l'euro et ne sont pas montrés quand moins de 5 droits les forment.
doc-signal-observations = Ce que les travailleurs sociaux constatent
doc-signal-observation = { $theme }, du { $from } au { $to }, pour { $situations } { $situations ->
        [one] situation
       *[other] situations
    }
doc-signal-no-observations = Aucun constat n'a été noté pour cette période.
doc-signal-left-out = { $count } { $count ->
        [one] constat a été laissé
       *[other] constats ont été laissés
    } de côté parce { $count ->
        [one] qu'il nomme
       *[other] qu'ils nomment
    } une personne du coffre.
doc-signal-method-title = Méthode
doc-signal-method = Les nombres viennent des dossiers du travailleur social (ou de plusieurs, fusionnés) ; les décisions sont celles des demandes reçues pendant la période. Un nombre de 1 à 4 n'est jamais montré. Les nombres sont liés par des sommes (un total et ce qui le compose) ; là où un nombre caché pourrait en être déduit, le plus petit nombre à côté de lui est caché aussi, et un nombre caché est donné comme l'intervalle où il doit se trouver. Les fichiers fusionnés additionnent ces intervalles.
doc-signal-footer = Tandem · signal collectif · { $files } { $files ->
        [one] fichier
       *[other] fichiers fusionnés
    }
signal-count-requests-received = Demandes reçues
signal-count-requests-decided = Décidées
signal-count-requests-withdrawn = Retirées avant une décision
signal-count-requests-pending = Pas encore décidées
signal-count-decisions-granted = Octroyées
signal-count-decisions-partly-granted = Partiellement octroyées
signal-count-decisions-refused = Refusées
signal-count-decisions-within-30-days = Décidées dans les 30 jours
signal-count-decisions-late = Décidées en retard
signal-count-notifications-within-8-days = Notifiées dans les 8 jours
signal-count-notifications-late = Notifiées en retard
signal-count-notifications-not-recorded = Notification non notée
signal-count-refused-withdrawn = Demande retirée
signal-count-granted-cohabitant = Droits au taux cohabitant
signal-count-visits-announced = Visites à domicile annoncées
signal-count-visits-unannounced = Visites à domicile non annoncées
signal-count-reports-read-together = Rapports lus ensemble
signal-count-reports-cosigned = Cosignés par la personne
signal-count-reports-signed-on-paper = Signés sur papier
signal-count-reports-declined = Signature refusée par la personne
signal-count-reports-with-remarks = Avec les remarques de la personne
signal-count-support-wanted = Ont voulu un accompagnement
signal-count-support-not-now = Ont dit « pas maintenant »

## Signaux collectifs : l'écran
signals-button = Signaux
signals-title = Signaux collectifs
signals-back = Retour
signals-intro = Ce que vos dossiers montrent ensemble, à transmettre sans identifier personne. Les nombres de 1 à 4 ne sont jamais montrés, et quelques autres sont cachés pour qu'aucun ne puisse être déduit des totaux. Ce que vous voyez ici est exactement ce qui part dans les exports.
signals-period-legend = Période
signals-show = Afficher les chiffres
signals-requests = Les demandes reçues pendant la période
signals-refusals = Refus, selon la condition non remplie
signals-categories = Droits octroyés, par catégorie
signals-deadlines = Délais
signals-reports = Visites, rapports et accompagnement
signals-gap-title = Ce que coûte le taux cohabitant
signals-gap-rights = Droits au taux cohabitant
signals-gap-monthly = L'écart par mois (tous ces droits)
signals-gap-period = L'écart sur la période
signals-gap-means = dont l'enquête sur les ressources
signals-gap-hidden = non montré (moins de 5 droits)
signals-observations-title = Constats sur personne en particulier
signals-observations-intro = Ce que vous voyez à travers les dossiers : logement, énergie, administration… Écrivez-le sans noms, numéros ni adresses : Tandem compare le texte à toutes les personnes du coffre avant d'enregistrer.
signals-observations-none = Pas encore de constat pour cette période.
signals-observation-meta = { $theme } · du { $from } au { $to } · { $situations } { $situations ->
        [one] situation
       *[other] situations
    }
signals-observation-remove = Supprimer
signals-observation-save = Enregistrer le constat
signals-observation-check = Vérifier les noms et numéros
signals-observation-clean = Rien dans ce texte ne nomme une personne du coffre.
signals-observation-found = Retirez ces mots avant d'enregistrer : { $found }
signals-observation-saved = Constat enregistré.
signals-exports-title = Transmettre
signals-export-pdf = Enregistrer en PDF
signals-export-csv = Enregistrer en CSV
signals-export-json = Enregistrer le fichier de signal (à fusionner)
signals-saved = Enregistré sous { $path }
signal-fewer-than-5 = moins de 5
signal-between = entre { $min } et { $max }
signal-at-least = au moins { $min }
