## Lire ensemble : la liste des autres personnes, le pied de page
others-open = Afficher la liste des personnes
others-open-title = La liste est restée fermée après la lecture ensemble : ouvrez-la quand la personne ne lit plus avec vous
footer-others = Cet écran montre d'autres personnes : ne le laissez pas lire par la personne à côté de vous.

## Dates
date-placeholder = jj/mm/aaaa
date-format-hint = Date au format jj/mm/aaaa, par exemple 18/05/1993.
date-invalid = « { $value } » n'est pas une date. Écrivez-la au format jj/mm/aaaa, par exemple 18/05/1993.
date-impossible = Le { $value } n'existe pas : vérifiez le jour et le mois.
date-year = Écrivez l'année en quatre chiffres, par exemple 1993.
date-too-early = Une date antérieure à 1900 n'est pas acceptée.

## Raccourcis clavier et leur aide
help-button = Raccourcis clavier
help-title = Raccourcis clavier
help-intro = Ces touches fonctionnent partout dans Tandem. Le point d'interrogation ouvre cette aide, sauf pendant la saisie dans un champ.
help-key-search = Rechercher une personne
help-key-save = Enregistrer le formulaire en cours
help-key-print = Imprimer le document affiché (le rapport lu ensemble, ou le document qui vient d'être enregistré)
help-key-help = Afficher cette aide
help-key-escape = Fermer cette aide, ou revenir en arrière
help-close = Fermer
keys-no-search = La recherche se fait sur l'écran d'accueil, avec la liste des personnes.
keys-search-together = Pendant la lecture ensemble, la liste des personnes reste fermée.
keys-no-save = Rien à enregistrer ici : placez le curseur dans le formulaire à enregistrer.
keys-no-print = Aucun document n'est affiché ici pour l'impression.

## Choisir un dossier ou un fichier (fenêtres du système)
choose-folder = Choisir un dossier…
choose-file = Choisir un fichier…
document-copy = Copier vers un dossier…
document-copied = Copié vers { $path }
choose-clear = Effacer
choose-failed = La fenêtre de choix n'a pas pu s'ouvrir : { $detail }

## Longues explications, repliables
fold-hide = Masquer l'explication
fold-show = Afficher l'explication

## Headings
main-title = Personnes
