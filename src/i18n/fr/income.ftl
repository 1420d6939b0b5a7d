# Demandes de revenu : la page de la demande et les messages du noyau qui la concernent.

## Accueil : échéances
deadlines-title = Échéances des 7 prochains jours
deadlines-intro = Une décision doit être prise dans les 30 jours de la demande, et notifiée dans les 8 jours de la décision.
deadlines-empty = Aucune décision ni notification n'est attendue dans les 7 prochains jours.
deadline-decision = Décision au plus tard le { $date }
deadline-notification = Notification au plus tard le { $date }
due-days-left =
    { $days ->
        [0] aujourd'hui
        [one] encore { $days } jour
        *[other] encore { $days } jours
    }
due-today = aujourd'hui
due-overdue =
    { $days ->
        [one] { $days } jour de retard
        *[other] { $days } jours de retard
    }
due-overdue-plain = en retard

## Demandes d'une personne
requests-title = Demandes de revenu
requests-intro = Chaque demande est examinée uniquement sur les six conditions légales, de la réception à la décision.
requests-empty = Aucune demande enregistrée.
request-new = Enregistrer une nouvelle demande
request-create-title = Nouvelle demande
request-create-hint = Remettez aujourd'hui un accusé de réception à la personne : les 30 jours pour la décision courent à partir de la date de réception.
request-create = Enregistrer la demande
request-create-cancel = Annuler
request-kind-leefloon = Revenu d'intégration (droit à l'intégration sociale)
request-kind-equivalent = Aide équivalente au revenu d'intégration (aide sociale)
request-kind-other = Autre demande
request-status-open = en cours
request-status-decided = décision prise
request-status-withdrawn = retirée
request-received = reçue le { $date }
request-decision-due = décision au plus tard le { $date }
request-notification-due = notification au plus tard le { $date }

## Page d'une demande
req-back = Retour à la personne
req-back-title = Retour à la personne (Échap)
req-title-loading = Demande de revenu
req-title = Demande de revenu : { $name }
req-stance = Le droit est examiné uniquement sur les six conditions légales. Les ressources sont vérifiées, les dépenses jamais. Rien d'un plan d'accompagnement volontaire ne joue un rôle ici.
req-unsaved-text = Certaines données de cette page ne sont pas encore enregistrées.
req-unsaved-leave = Quitter sans enregistrer
req-toc = Parties de la demande
req-header-title = La demande
req-person = Personne
req-status = État
req-decision-due = Décision au plus tard le
req-notification-due = Notification au plus tard le
req-first-payment-due = Premier paiement pour le
req-appeal-ends = Dernier jour pour un recours
req-notification-after = connue dès que la décision est enregistrée
req-clock-hint = La loi : une décision dans les 30 jours de la demande, notifiée dans les 8 jours de la décision ; après un octroi, le premier paiement dans les 15 jours de la décision ; un recours au tribunal du travail dans les trois mois de la notification (un dernier jour tombant un week-end ou un jour férié est reporté au jour ouvrable suivant).
not-recorded = non enregistré
req-dates-legend = Procédure
req-receipt-hint = Chaque demande reçoit un accusé de réception le jour même.
req-hearing-hint = Art. 20 : la personne est informée par écrit qu'elle peut être entendue par le comité avant la décision, assistée ou représentée par la personne de son choix.
req-dates-save = Enregistrer les dates
req-withdrawn-legend = Retrait
req-withdrawn-hint = Uniquement si la personne retire elle-même sa demande. Sinon, laissez vide.
req-withdrawn-save = Enregistrer la date de retrait
req-saved = Enregistré.
req-added = Ajouté.
req-removed = Supprimé.
remove = Supprimer
choose = Choisir…
not-yet = pas encore
hint-optional = Facultatif.
amount-hint = En euros, par exemple 1234,56
amount-year-month = { $yearly } par an ({ $monthly } par mois)
error-amount-format = { $field } : tapez un montant en euros, avec deux décimales au plus, par exemple 1234,56.

## Les six conditions
conditions-title = Les six conditions
conditions-intro = La personne doit remplir les six en même temps. Pour chacune : votre constat, avec vos propres mots, et ce sur quoi il repose.
condition-residence = Résidence
condition-age = Âge
condition-nationality = Nationalité ou statut de séjour
condition-resources = Ressources insuffisantes
condition-work_readiness = Disposition au travail
condition-other_benefits = D'abord les autres prestations
condition-residence-explain = La personne réside effectivement en Belgique, de manière habituelle et permanente, avec un droit de séjour. L'inscription au registre de la population n'est pas exigée.
condition-age-explain = La personne est majeure, ou bien mineure et mariée, ayant un enfant à charge ou enceinte.
condition-nationality-explain = Belge, citoyen de l'UE ou membre de sa famille avec un droit de séjour de plus de trois mois, étranger inscrit au registre de la population, apatride, réfugié reconnu ou bénéficiaire de la protection subsidiaire.
condition-resources-explain = La personne n'a pas de ressources suffisantes et ne peut ni y prétendre ni se les procurer par ses propres efforts.
condition-work_readiness-explain = La personne est disposée à travailler, sauf si des raisons de santé ou d'équité l'en empêchent.
condition-other_benefits-explain = La personne fait d'abord valoir les droits dont elle bénéficie en vertu de la législation sociale belge ou étrangère, et éventuellement les pensions alimentaires.
finding-met = remplie
finding-not_met = non remplie
finding-to_check = à vérifier
finding-none = pas encore de constat
explanation-hint = Avec vos propres mots : ce que vous avez vu ou entendu, et pourquoi ce constat.
condition-save = Enregistrer le constat
field-detail-assimilation = Mineur assimilé à une personne majeure
field-detail-group = Nationalité ou statut de séjour
field-detail-obstacles = Ce qui empêche de travailler
assimilation-legend = Mineur assimilé à une personne majeure
assimilation-none = sans objet
assimilation-hint = Uniquement pour une personne mineure : une seule de ces situations suffit.
proposal-label = Tandem propose :
proposal-use = Reprendre cette proposition
proposal-used = Proposition reprise : enregistrez le constat pour la garder.
nationality-group-label = Groupe
nationality-group-hint = Une personne hors de ces groupes n'est pas refusée : elle peut recevoir l'aide équivalente au revenu d'intégration.
group-belgian = Belge
group-eu = Citoyen de l'UE ou membre de sa famille avec un droit de séjour de plus de trois mois
group-population_register = Étranger inscrit au registre de la population
group-stateless = Apatride
group-refugee = Réfugié reconnu
group-subsidiary_protection = Protection subsidiaire
group-other = Aucun de ces groupes
routing-button = Transformer en aide équivalente au revenu d'intégration
work-readiness-stance = Tandem note uniquement ce qui empêche de travailler. Il ne demande rien sur la disponibilité, les candidatures ou les « efforts ».
obstacles-legend = Ce qui empêche de travailler, s'il y a lieu
obstacles-hint = Ne cochez rien si rien n'empêche de travailler.
obstacle-health = santé
obstacle-disability = handicap
obstacle-care_duties = tâches de soins
obstacle-studies = études (raison d'équité)
obstacle-other = une autre raison (précisez-la dans l'explication)
evidence-title = Sur quoi repose le constat
evidence-empty = Aucune preuve enregistrée.
evidence-add-legend = Ajouter une preuve
evidence-add = Ajouter la preuve
evidence-document = document consulté
evidence-home_visit = visite à domicile
evidence-statement = déclaration de la personne
evidence-official_source = source officielle
evidence-bank_statement = extrait de compte
bank-reminder = Uniquement si les ressources ne peuvent pas être établies autrement. Seules les lignes de revenus sont notées : jamais les dépenses.
evidence-bank-reason-shown = Pourquoi un extrait de compte : { $reason }

## Visites à domicile
visits-title = Visites à domicile
visits-reminder = Une visite à domicile est annoncée et porte uniquement sur la résidence, la composition du ménage et les ressources. Elle ne sert pas à inspecter les biens ni les dépenses.
visits-empty = Aucune visite à domicile enregistrée.
visit-add-legend = Enregistrer une visite
visit-announced = La visite a été annoncée
purpose-residence = résidence effective et logement
purpose-household = composition du ménage
purpose-resources = ressources
visit-findings-hint = Uniquement ce que les conditions demandent : où la personne vit, avec qui, et ses ressources.
visit-add = Ajouter la visite
visit-was-announced = annoncée
visit-unannounced = non annoncée : { $reason }
visit-purposes-shown = Objet : { $purposes }
visit-purpose-required = Cochez au moins un objet de la visite.

## Ressources
resources-title = Ressources
resources-stance = Seuls les revenus sont notés ici. Les dépenses ne sont jamais demandées.
resources-caption = Lignes de revenus
resources-in-calculation = Dans le calcul
resources-actions = Actions
resources-empty = Aucun revenu enregistré.
resource-add-legend = Ajouter une ligne de revenu
resource-amount-label = Montant net en euros
resource-counted-hint = Le CPAS peut prendre en compte, en tout ou en partie, la part des ressources de cette personne qui dépasse le montant de la catégorie 1. C'est votre choix : dites pourquoi. Par défaut, elle n'est pas prise en compte.
resource-motivation-hint = Obligatoire si vous comptez ce revenu.
resource-add = Ajouter la ligne
resource-motivation-shown = Motivation : { $motivation }
sp-exemption = Appliquer l'immunisation socioprofessionnelle sur les revenus du travail
sp-exemption-hint = Pour une personne qui commence à travailler ou une formation : une partie des revenus du travail n'est pas prise en compte, pendant trois ans.

## Catégorie
category-title = Catégorie
category-proposed = Tandem propose :
category-choice = Catégorie choisie
category-reason-hint = Nécessaire si votre choix diffère de la proposition. Elle figure dans la décision.
category-save = Enregistrer la catégorie
category-current = Choix enregistré : { $category }
category-not-saved = Aucune catégorie enregistrée : choisissez la proposition ou une autre ; le choix est enregistré aussitôt.

## Calcul
calculation-title = Calcul
calculation-needs-category = Choisissez d'abord la catégorie : le calcul en dépend.
calculation-yearly = Revenu d'intégration par an
calculation-monthly = Par mois
calculation-row = Barème utilisé
calculation-row-from = valable à partir du { $date }
calculation-calculated = Montant calculé
override-label = Montant fixé par l'assistant(e) social(e) :
override-legend = Fixer un autre montant
override-hint = Uniquement avec une motivation écrite. Le montant calculé, ce montant et la motivation figurent tous dans le rapport et la décision.
override-amount-label = Montant annuel, en euros
override-save = Fixer ce montant
override-remove = Supprimer : utiliser le montant calculé

## Décision
decision-title = Décision
decision-intro = Enregistrez ici ce que le comité a décidé. Un refus ne peut reposer que sur l'une des six conditions, ou sur le retrait de la demande.
decision-recorded = Décision enregistrée
decision-amount-label = Montant annuel, en euros
decision-amount-hint = Calculé : { $amount } par an.
decision-amount-hint-override = Fixé par l'assistant(e) social(e) : { $amount } par an.
decision-grounds-hint = Avec les mots du comité : les motifs de droit et de fait, y compris le choix de la catégorie.
decision-save = Enregistrer la décision
outcome-granted = octroi
outcome-partly_granted = octroi partiel
outcome-refused = refus
refusal-withdrawn = La demande a été retirée
refusal-hint = Uniquement une condition constatée « non remplie », ou le retrait de la demande.
notified-registered_letter = lettre recommandée
notified-handed_over = remise contre accusé de réception
decision-summary-outcome = Décision du { $date } : { $outcome }
decision-summary-ground = Motif : { $ground }
decision-summary-category = Catégorie : { $category }
decision-summary-amount = Montant : { $amount }
decision-summary-start = À partir du { $date }
decision-summary-grounds = Motifs : { $grounds }
decision-summary-letter-sent = Lettre de décision envoyée le { $date }.
decision-summary-notified = Notifiée le { $date } par { $how }
decision-summary-not-notified = Pas encore notifiée.

## Demande de revenu : messages du noyau
error-refusal-ground = Un refus ne peut reposer que sur l'une des six conditions, constatée « non remplie », ou sur le retrait de la demande.
error-refusal-nationality = Une personne hors de ces groupes n'est pas refusée : transformez la demande en aide équivalente au revenu d'intégration (aide sociale, loi du 8 juillet 1976).
error-no-amount-row = Aucun montant n'est connu pour le { $date }. Ajoutez dans les paramètres les montants en vigueur à cette date.
error-no-sp-exemption = Aucun montant d'immunisation socioprofessionnelle n'est connu pour le { $date }. Ajoutez-le dans les paramètres.
error-date-order = { $field } : la date ne peut pas précéder { $other }.
error-reason-required = { $field } : une justification écrite est nécessaire ici.
field-received-on = Date de réception
field-kind = Type de demande
field-other-label = Intitulé
field-received-by = Reçue par
field-receipt-given-on = Accusé de réception remis le
field-hearing-notice-given-on = Information sur le droit d'être entendu remise le
field-withdrawn-on = Retirée le
field-condition = Condition
field-finding = Constat
field-explanation = Explication
field-detail = Détails
field-evidence-kind = Type de preuve
field-description = Description
field-seen-on = Date
field-bank-reason = Pourquoi les ressources ne pouvaient pas être établies autrement
field-visited-on = Date de la visite
field-unannounced-reason = Pourquoi la visite n'a pas été annoncée
field-purposes = Objet de la visite
field-findings = Ce qui a été constaté
field-amount-cents = Montant
field-period = Période
field-whose = Revenu de
field-resource-kind = Type de revenu
field-counted = Compter ce revenu
field-motivation = Motivation
field-category = Catégorie
field-reason = Justification
field-yearly-cents = Montant annuel
field-decided-on = Date de la décision
field-outcome = Décision
field-start-on = Date de début
field-grounds = Motifs
field-refusal-condition = Motif du refus
field-notified-on = Notifiée le
field-notified-how = Notifiée par
field-valid-from = Valable à partir du
field-date = Date
field-request-id = Demande
field-member = Quelle personne
field-months = Pendant combien de mois de l'année
field-counted-yearly-cents = Ne compter que ce montant par an (euros)
field-legal-ground = Base légale de l'exonération
field-unbuilt = Terrain non bâti
field-share-percent = Part en indivision (%)
field-sold-on = Date de la vente ou de la donation
field-sold-right = Ce qui a été vendu ou donné
field-deductions-cents = Dettes remboursées avec le produit, et abattements (euros)
field-sp-shortage-months = Mois au montant pour un métier en pénurie
field-sp-months-elsewhere = Mois utilisés ailleurs
field-sp-months-used = Mois d'immunisation socioprofessionnelle utilisés
field-amount-motivation = Pourquoi le comité octroie un autre montant que le montant calculé
field-resources = Lignes de revenus
field-household-in-care = À charge de la personne
resource-group-income = Revenus
resource-group-capital = Capitaux et biens
resource-group-exempt = Jamais pris en compte
resource-member-hint = Un nom ou des initiales. Les lignes d'une même personne sont additionnées ; deux parents sont deux personnes.
resource-months-all = chaque mois
resource-months-hint = Pour un revenu de quelques mois seulement (un emploi de six mois). L'immunisation socioprofessionnelle suit ces mois.
resource-months-shown =
    { $months ->
        [one] { $months } mois
        *[other] { $months } mois
    }
resource-counted-part-hint = Facultatif : laissez vide pour compter toute la partie au-delà du montant de la catégorie 1.
resource-amount-capital = Capital en euros
resource-amount-cadastral = Revenu cadastral (non indexé), euros par an
resource-amount-sale = Valeur vénale lors de la vente ou de la donation, euros
sp-shortage-hint = Trois mois, une seule fois, pour un emploi d'au moins trois mois dans un métier en pénurie.
sp-months-used = Utilisés dans ce dossier : { $file } mois ; ailleurs : { $elsewhere } ; sur { $total } en six ans.
category-cohabitant = cohabitant
category-single = isolé
category-family = famille à charge
resource-kind-wages = Salaire
resource-kind-benefit = Allocation de chômage ou autre allocation
resource-kind-maintenance = Pension alimentaire perçue
resource-kind-property = Revenus de biens
resource-kind-family_allowance = Allocations familiales
resource-kind-study_grant = Bourse d'études
resource-kind-ocmw_aid = Aide du CPAS
resource-kind-gift = Don occasionnel
resource-kind-other = Autre revenu
resource-kind-maintenance_children = Pension alimentaire perçue pour un enfant
resource-kind-family_allowance_applicant = Allocations familiales qu'un cohabitant perçoit pour la personne demandeuse
resource-kind-leefloon = Revenu d'intégration
resource-kind-exempt_other = Autre revenu exonéré
resource-kind-savings = Épargne et autres capitaux
resource-kind-real_estate = Biens immobiliers (revenu cadastral)
resource-kind-property_sale = Biens vendus ou donnés
resource-kind-wages-explain = Salaire net du travail, et allocations de formation professionnelle.
resource-kind-benefit-explain = Chômage, maladie, invalidité, pension ou toute autre allocation.
resource-kind-maintenance-explain = Pension alimentaire que la personne perçoit pour elle-même : elle est prise en compte.
resource-kind-maintenance_children-explain = Pension alimentaire perçue pour un enfant que la personne élève et a à sa charge : exonérée, jamais prise en compte.
resource-kind-property-explain = Loyers et autres revenus de biens. Pour un bien donné en location, notez le loyer ici uniquement s'il est supérieur au revenu cadastral multiplié par 3 ; sinon, notez le revenu cadastral.
resource-kind-family_allowance-explain = Allocations familiales pour les enfants que la personne élève : exonérées, jamais prises en compte.
resource-kind-family_allowance_applicant-explain = Allocations familiales qu'un parent ou un autre cohabitant perçoit pour la personne demandeuse (sans suppléments). Exonérées avant le 1er mars 2026 ; depuis, elles font partie des ressources de ce cohabitant.
resource-kind-study_grant-explain = Bourses d'études : exonérées, jamais prises en compte.
resource-kind-ocmw_aid-explain = Aide du CPAS : exonérée, jamais prise en compte.
resource-kind-gift-explain = Dons occasionnels : exonérés, jamais pris en compte.
resource-kind-leefloon-explain = Un revenu d'intégration que perçoit une personne du ménage : jamais pris en compte.
resource-kind-exempt_other-explain = Un autre revenu exonéré par la loi : indiquez la base légale. Noté, jamais pris en compte.
resource-kind-savings-explain = Le capital lui-même (comptes, épargne, actions), pas ses intérêts : jusqu'à 6 200 €, rien n'est pris en compte ; au-delà, 6 %, et au-delà de 12 500 €, 10 % par an.
resource-kind-real_estate-explain = Le revenu cadastral (non indexé) des biens immobiliers en propriété ou en usufruit, y compris le logement où vit la personne.
resource-kind-property_sale-explain = Biens vendus ou donnés dans les dix ans précédant la demande : leur valeur vénale à ce moment-là.
resource-kind-other-explain = Tout autre revenu.
whose-applicant = la personne demandeuse
whose-partner = le ou la partenaire
whose-parent = un parent
whose-adult_child = un enfant majeur
whose-other = une autre personne qui vit là
whose-maintenance_debtor = un autre membre majeur de la famille (grand-parent, belle-famille…)
sold-right-full = la pleine propriété
sold-right-usufruct = un usufruit
sold-right-bare_ownership = une nue-propriété
capital-savings = Épargne ({ $whose })
capital-sales = Biens vendus ou donnés ({ $whose })
period-month = par mois
period-year = par an
step-amount-row = Montants valables à partir du { $valid_from } : { $category }, { $amount } par an.
step-resource-income = { $kind } ({ $whose }) : { $amount } { $period }, soit { $yearly } par an.
step-resource-income-months = { $kind } ({ $whose }) : { $amount } { $period } pendant { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    }, soit { $yearly } par an.
step-resource-exempt = { $kind } ({ $whose }) : { $amount }. Non pris en compte : ce type de revenu est exonéré (art. 22, §1er de l'arrêté royal du 11 juillet 2002).
step-resource-exempt-other = { $kind } ({ $whose }) : { $amount }. Non pris en compte, exonéré sur la base suivante : { $ground }
step-resource-leefloon = Revenu d'intégration ({ $whose }) : { $amount }. Jamais pris en compte.
step-resource-never = { $kind } ({ $whose }) : non pris en compte. Les ressources des autres personnes qui vivent avec la personne demandeuse (un frère ou une sœur, un ami, un enfant mineur) ne sont jamais prises en compte (art. 34).
step-resource-never-before-reform = { $kind } ({ $whose }) : non pris en compte. Avant le 1er mars 2026, seules les ressources d'un ou d'une partenaire, des parents et des enfants majeurs pouvaient être prises en compte (art. 34).
step-resource-savings = Épargne et autres capitaux ({ $whose }) : { $amount }.
step-resource-real-estate = Bien immobilier bâti ({ $whose }) : revenu cadastral (non indexé) { $amount } par an, part { $share } %.
step-resource-land = Terrain non bâti ({ $whose }) : revenu cadastral (non indexé) { $amount } par an, part { $share } %.
step-resource-sale = Biens vendus ou donnés ({ $whose }) : valeur vénale { $amount }, part { $share } %.
step-sale = Vente ou donation du { $date } : { $value } × { $share } % × { $right } ({ $right_percent } %) = { $counted_value }, moins { $deductions } de dettes remboursées avec le produit et d'abattements : { $net } est pris en compte comme capital (art. 28-32). Les abattements prévus par l'arrêté lui-même pour une vente n'ont pas été trouvés dans les sources de Tandem : encodez ceux qui s'appliquent comme déductions.
step-sale-too-old = Vente ou donation du { $date } : plus de dix ans avant la demande, non prise en compte (art. 28).
step-capital = { $what } : { $capital }. Jusqu'à { $free }, rien n'est pris en compte ; 6 % des { $first_part } entre { $free } et { $second }, et 10 % des { $second_part } au-delà : { $amount } par an (art. 27).
step-real-estate-built = Bien immobilier bâti ({ $whose }) : revenu cadastral { $cadastral } moins les { $free } exonérés (750 € plus 125 € pour chacun des { $children } enfants à charge, multipliés par la part), le tout multiplié par 3 : { $amount } par an (art. 25). Les intérêts hypothécaires peuvent être déduits à des conditions que Tandem n'a pas pu vérifier : si c'est le cas, fixez vous-même le montant avec une motivation.
step-real-estate-unbuilt = Terrain non bâti ({ $whose }) : revenu cadastral { $cadastral } moins les { $free } exonérés (30 € multipliés par la part), le tout multiplié par 3 : { $amount } par an (art. 25).
step-person-applicant = Ressources ({ $whose }) : { $total } par an. Elles sont prises en compte.
step-person-partner-full = Ressources ({ $whose }) : { $total } par an. En catégorie 3, les ressources d'un ou d'une partenaire sont prises en compte entièrement (art. 34).
step-person-partner-above = Ressources ({ $whose }) : { $total } par an. Seule la partie au-delà du montant de la catégorie 1 ({ $cat1 }) est prise en compte (art. 34) : { $above }.
step-person-relative-not-chosen = Ressources ({ $whose }) : { $total } par an ; la partie au-delà du montant de la catégorie 1 ({ $cat1 }) est de { $above }. Non prise en compte : le CPAS peut la prendre en compte (art. 34) et ne l'a pas choisi.
step-person-relative-not-chosen-reform = Ressources ({ $whose }) : { $total } par an ; la partie au-delà du montant de la catégorie 1 ({ $cat1 }) est de { $above }. Non prise en compte. Depuis le 1er mars 2026 (arrêté royal du 7 janvier 2026), l'administration fédérale présente la prise en compte de ces ressources comme une obligation ; le texte de l'arrêté n'a pas été trouvé dans les sources de Tandem : le choix vous revient donc, et ne pas les prendre en compte est la lecture la plus favorable à la personne.
step-person-relative-below = Ressources ({ $whose }) : { $total } par an, pas au-delà du montant de la catégorie 1 ({ $cat1 }) : rien ne peut en être pris en compte (art. 34).
step-person-relative-wholly = Ressources ({ $whose }) : { $total } par an ; la partie au-delà du montant de la catégorie 1 ({ $cat1 }), soit { $above }, est prise en compte par choix du CPAS (art. 34). Motivation : { $motivation }
step-person-relative-partly = Ressources ({ $whose }) : { $total } par an ; la partie au-delà du montant de la catégorie 1 ({ $cat1 }) est de { $above }, dont { $part } est pris en compte par choix du CPAS (art. 34). Motivation : { $motivation }
step-sp-exemption = Immunisation socioprofessionnelle sur les revenus du travail de la personne demandeuse (art. 35) : { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } × { $per_month } = moins { $amount } par an. Mois déjà utilisés : { $used } sur { $total } ; avec ceux-ci : { $after }.
step-sp-exemption-shortage = Immunisation socioprofessionnelle sur les revenus du travail de la personne demandeuse (art. 35) : { $shortage } mois au montant pour un métier en pénurie ({ $high }) et les autres à { $per_month }, { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } au total : moins { $amount } par an. Mois déjà utilisés : { $used } sur { $total } ; avec ceux-ci : { $after }.
step-sp-exemption-used-up = Immunisation socioprofessionnelle (art. 35) : les { $total } mois ont été utilisés ({ $used }), il n'en reste donc aucun.
warning-single-partner = Des ressources d'un ou d'une partenaire sont enregistrées, mais la catégorie est « isolé » : vivre avec un ou une partenaire mène à la catégorie 1 (cohabitant) ou 3 (avec un enfant mineur à charge). Vérifiez la catégorie. Ici, les ressources du ou de la partenaire sont prises en compte comme en catégorie 1.
warning-amounts-old = Les montants les plus récents du barème s'appliquent à partir du { $valid_from }, plus d'un an avant cette date : vérifiez qu'aucune indexation ne manque (Paramètres, montants).
step-countable = Ressources prises en compte : { $amount } par an.
step-general-exemption = Immunisation générale pour la catégorie { $category } : moins { $amount } par an, parce que les ressources sont inférieures au montant de la catégorie.
step-general-exemption-none = Pas d'immunisation générale : les ressources ne sont pas inférieures au montant de la catégorie.
step-result = Revenu d'intégration : { $category_amount } moins { $countable } = { $yearly } par an, soit { $monthly } par mois.
step-result-zero = Les ressources prises en compte atteignent le montant de la catégorie : aucun revenu d'intégration n'est dû.
step-override = Montant fixé par l'assistant(e) social(e) : { $yearly } par an ({ $monthly } par mois). Motivation : { $motivation }
resource-why-counted = pris en compte
resource-why-exempt = exonéré : jamais pris en compte
resource-why-never = jamais pris en compte (autre cohabitant)
resource-why-not-chosen = non pris en compte (choix de l'assistant(e) social(e))
resource-why-chosen = pris en compte par choix
resource-why-above-cat1 = pris en compte au-delà du montant de la catégorie 1
resource-why-leefloon = jamais pris en compte (revenu d'intégration)
category-why-family = Au moins un mineur non marié vit avec la personne et est à sa charge ({ $names }). En cas d'hébergement alterné, un enfant qui séjourne régulièrement chez la personne, même si ce n'est pas de façon ininterrompue, compte aussi (Tandem n'a pas trouvé la source de cette règle dans Primabook : vérifiez-la).
category-why-partner = Un ou une partenaire vit sous le même toit ({ $names }).
category-why-single = Personne n'est enregistré comme vivant avec la personne.
category-why-others = D'autres personnes vivent sous le même toit ({ $names }), mais pas de partenaire. Vivre ensemble n'est une cohabitation que si les questions ménagères sont réglées principalement en commun : vérifiez-le et, si c'est le cas, changez la catégorie en la justifiant.
category-why-unknown = Pour { $names }, il n'est pas enregistré si ces personnes vivent avec la personne.
age-proposal-adult = { $age } ans à la date de la demande : majeur(e).
age-proposal-minor = { $age } ans à la date de la demande : mineur(e). La condition est remplie si la personne est mariée, a un enfant à charge ou est enceinte.
age-proposal-assimilated = Mineur(e) assimilé(e) à une personne majeure ({ $case }).
age-proposal-unknown = La date de naissance n'est pas enregistrée : vérifiez l'âge.
assimilation-married_minor = marié(e)
assimilation-child_in_care = un enfant à charge
assimilation-pregnant = enceinte
nationality-route-equivalent = Cette personne ne fait pas partie des groupes de la loi du 26 mai 2002. Elle n'est pas refusée : après une enquête sociale, elle peut recevoir l'aide équivalente au revenu d'intégration (aide sociale, loi du 8 juillet 1976).

