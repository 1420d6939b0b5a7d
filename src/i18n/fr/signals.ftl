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
