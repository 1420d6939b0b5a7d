## Droits que la personne pourrait manquer : le dépistage et où en sont les choses
right-status-receives = Le reçoit
right-status-will_request = Va le demander
right-status-requested = Demandé
right-status-not_wanted = Ne le souhaite pas
right-status-not_applicable = Pas d'application
doc-export-table-rights_status = Les droits que nous avons examinés ensemble
doc-export-col-right_id = Droit
doc-export-col-requested_on = Demandé le
doc-export-col-event_on = Jour de l'événement

# Le dépistage sur la page de la personne
rights-title = Droits à vérifier
together-title-rights = Droits que vous avez peut-être
together-why-rights = Nous regardons les droits que vous avez peut-être en plus de votre revenu, à partir de ce que votre dossier contient déjà. Rien ici ne change votre revenu, et c'est vous qui choisissez.
rights-intro = Des droits souvent non demandés, vérifiés sur ce que le dossier contient déjà. S'il manque un fait, le droit indique « peut-être » et la seule question qui trancherait ; rien n'est demandé par défaut.
rights-load = Afficher les droits à vérifier
rights-sheet = Enregistrer la fiche « Vos droits »
rights-status-label = Où en sont les choses
rights-facts = Vérifié le { $date } à partir du dossier : { $facts }.
rights-fact-leefloon = revenu d'intégration depuis le { $date }
rights-fact-no-leefloon = pas de revenu d'intégration en cours
rights-fact-age = { $age } ans
rights-fact-age-unknown = âge inconnu
rights-fact-region-flanders = adresse en Flandre
rights-fact-region-wallonia = adresse en Wallonie
rights-fact-region-brussels = adresse à Bruxelles
rights-fact-region-german = adresse en Communauté germanophone
rights-fact-region-unknown = pas de code postal dans l'adresse
rights-group-check_arrived = { $count ->
    [one] Vient tout seul : vérifiez qu'il est arrivé ({ $count } droit)
   *[other] Viennent tout seuls : vérifiez qu'ils sont arrivés ({ $count } droits)
}
rights-group-answer_letter = { $count ->
    [one] Une lettre arrive : y répondre ({ $count } droit)
   *[other] Une lettre arrive : y répondre ({ $count } droits)
}
rights-group-request = { $count ->
    [one] À demander ({ $count } droit)
   *[other] À demander ({ $count } droits)
}
rights-group-ask = { $count ->
    [one] Peut-être : une question tranche ({ $count } droit)
   *[other] Peut-être : une question tranche chaque fois ({ $count } droits)
}
rights-not-now = { $count ->
    [one] { $count } droit ne s'applique pas selon le dossier.
   *[other] { $count } droits ne s'appliquent pas selon le dossier.
}
rights-question = La question : { $question }
rights-figure = { $text } (à partir du { $date })
rights-figure-none = Montant non vérifié pour aujourd'hui : demandez-le à l'organisme qui l'accorde.
rights-body = Accordé par : { $body }.
rights-deadline-days = { $days ->
    [one] À demander dans { $days } jour après l'événement.
   *[other] À demander dans les { $days } jours après l'événement.
}
rights-deadline-yearly = Date limite annuelle : { $date } (mois-jour).
rights-verified-official = Règle lue dans la source officielle, vérifiée le { $date }.
rights-verified-secondary = Règle lue dans une source secondaire, vérifiée le { $date } : à confirmer sur la page officielle.
rights-verified-unverified = Règle non vérifiée (le { $date }) : une piste, pas un fait.
rights-requested-on = demandé le { $date }
rights-due-on = à demander pour le { $date }
rights-requested-on-label = Demandé le
rights-event-on-label = Jour de l'événement à partir duquel le délai court
rights-save = Enregistrer
rights-choose-status = Choisissez d'abord où en sont les choses.
rights-saved = Enregistré : { $name }.
share-doc-kind-rights = Fiche « Vos droits »
# La fiche
doc-rights-title = Vos droits à vérifier
doc-rights-dated = Établie le { $date }.
doc-rights-intro = En plus de votre revenu, ces droits sont peut-être les vôtres. Certains viennent tout seuls ; pour d'autres, une lettre arrive ou vous devez les demander. Pour chacun : qui l'accorde, comment et où le demander, et pour quand.
doc-rights-group-check_arrived = Cela devrait venir tout seul : vérifiez que c'est arrivé
doc-rights-group-answer_letter = Une lettre va arriver : répondez-y
doc-rights-group-request = Vous pouvez le demander
doc-rights-group-ask = Peut-être : une question tranche
doc-rights-question = À savoir : { $question }
doc-rights-body = Accordé par
doc-rights-figure = Montant ou avantage
doc-rights-figure-from = { $text } (valable à partir du { $date })
doc-rights-figure-none = Non vérifié pour aujourd'hui : demandez-le à l'organisme qui l'accorde.
doc-rights-deadline = Délai
doc-rights-deadline-days = { $days ->
    [one] dans { $days } jour après l'événement
   *[other] dans les { $days } jours après l'événement
}
doc-rights-deadline-yearly = chaque année pour le { $date } (mois-jour)
doc-rights-status = Où en sont les choses
doc-rights-due = à demander pour le { $date }
doc-rights-note = Cette fiche est établie à partir de ce que contient votre dossier au CPAS. Les règles et les montants changent : l'organisme qui accorde un droit a le dernier mot. Rien sur cette fiche ne change votre revenu.
doc-rights-figure-from-old = { $text } (à partir du { $date } ; cela a pu changer depuis : demandez le montant d'aujourd'hui)
rights-figure-old = { $text } (à partir du { $date } ; a pu changer depuis)
deadline-right = À demander pour le { $date } : { $right }
rights-status-now = Où en sont les choses : { $status } (enregistré le { $date })
