# Tandem : messages de l'interface et du noyau, en français (Belgique).

## Fenêtre et barre du haut
app-title = Tandem
skip-to-content = Aller au contenu
topbar-language = Langue de Tandem
topbar-settings = Paramètres
topbar-lock = Verrouiller
topbar-lock-title = Verrouiller Tandem maintenant : votre phrase secrète sera nécessaire pour continuer
footer-visible = Tout ce qui est à l'écran peut être lu par la personne à côté de vous.
main-region = Personnes
list-region = Liste des personnes
# Windows only: shown in a message box when the WebView2 runtime is missing (before the vault opens).
webview-missing-title = Tandem ne peut pas ouvrir sa fenêtre
webview-missing-body = Tandem a besoin du Microsoft Edge WebView2 Runtime, absent de cet ordinateur. Windows 10 et 11 l'ont normalement.
    Demandez à votre service informatique de l'installer, ou installez-le vous-même depuis Microsoft : cherchez « WebView2 Runtime » et choisissez l'« Evergreen Bootstrapper » (sans droits d'administrateur).
    Votre coffre n'a pas été touché : Tandem l'ouvrira dès que WebView2 sera là.

## Premier démarrage
onb-title = Bienvenue dans Tandem
onb-damaged-1 = Un coffre se trouve dans ce dossier, mais son fichier de clés (keyslots.json) manque : Tandem ne peut pas l'ouvrir.
onb-damaged-2 = Rien n'est supprimé. Si vous avez une sauvegarde, restaurez-la ci-dessous avec la phrase secrète de son jour. Si vous créez un nouveau coffre, les anciennes données sont mises de côté dans un dossier « aside-… », où le fichier de clés, s'il est retrouvé, peut encore les ouvrir.
onb-intro-1 = Tandem vous aide à examiner le droit au revenu d'intégration avec la personne, uniquement sur la base des six conditions légales.
onb-intro-2 = Tout ce que vous encodez reste dans un coffre chiffré sur cet ordinateur portable. Rien n'est partagé ni envoyé nulle part.
onb-intro-3 = Pour commencer, indiquez qui vous êtes et choisissez une phrase secrète.
onb-profile-legend = Vous et votre CPAS
onb-passphrase-legend = Votre phrase secrète
onb-submit = Créer mon coffre
hint-optional-later = Facultatif : vous pourrez l'ajouter plus tard dans les paramètres.
hint-court-address = Nécessaire pour les lettres de décision : elles doivent indiquer que la personne peut introduire un recours auprès du tribunal du travail, avec son adresse. Vous pouvez aussi l'ajouter plus tard dans les paramètres.
hint-court-address-short = Nécessaire pour les lettres de décision : le recours est introduit auprès du tribunal du travail.
profile-language = Langue de travail
hint-profile-language = La langue habituelle des lettres et des rapports que vous rédigez.
hint-passphrase = Au moins 10 caractères. Une courte phrase facile à retenir convient bien. Personne ne pourra la retrouver pour vous : après cette étape, vous recevrez un code de récupération.
hint-passphrase-short = Au moins 10 caractères.
field-passphrase-repeat = Répétez la phrase secrète

## Code de récupération
recovery-title = Votre code de récupération
recovery-intro = Ce code est le seul moyen d'ouvrir votre coffre si vous oubliez votre phrase secrète. Tandem ne l'affichera plus jamais.
recovery-keep = Notez-le ou imprimez-le, et conservez-le en lieu sûr, loin de cet ordinateur, par exemple dans un tiroir fermé à clé.
recovery-print = Imprimer la fiche de récupération
recovery-confirm = Je l'ai noté ou imprimé
recovery-continue = Continuer
print-title = Tandem : fiche de récupération
print-label-ocmw = CPAS
print-label-worker = Assistant(e) social(e)
print-label-date = Date
print-label-code = Code de récupération
print-keep = Conservez cette fiche en lieu sûr, loin de l'ordinateur, par exemple dans un tiroir fermé à clé. Toute personne qui possède ce code et l'ordinateur peut ouvrir le coffre. Si vous perdez votre phrase secrète, ouvrez Tandem avec ce code, puis choisissez une nouvelle phrase secrète.

## Déverrouillage
unlock-title = Déverrouiller Tandem
unlock-intro = Votre coffre est verrouillé. Saisissez votre phrase secrète pour continuer.
unlock-submit = Déverrouiller
unlock-use-recovery = Phrase secrète perdue ? Utiliser le code de récupération
unlock-accept-seal = J'ai déplacé ce coffre moi-même sans son sceau : l'ouvrir quand même (ce sera inscrit au journal).
unlock-use-passphrase = Utiliser plutôt ma phrase secrète
unlock-recovery-hint = Tapez le code de votre fiche de récupération. Choisissez ensuite une nouvelle phrase secrète dans les paramètres.
field-recovery-code = Code de récupération
recovery-banner = Vous avez ouvert Tandem avec le code de récupération. Choisissez maintenant une nouvelle phrase secrète, pour pouvoir l'ouvrir normalement la prochaine fois.
recovery-banner-button = Choisir une nouvelle phrase secrète

## Personnes : liste
search-label = Rechercher une personne
search-placeholder = Nom ou prénom
new-person = Nouvelle personne
list-empty = Personne n'est encore enregistré. Commencez par « Nouvelle personne ».
list-no-match = Personne ne correspond à cette recherche.
list-count =
    { $count ->
        [0] Aucune personne trouvée
        [one] { $count } personne trouvée
        *[other] { $count } personnes trouvées
    }
list-more = { $shown } sur { $total } affichés. Affinez la recherche pour voir les autres.

## Personnes : formulaire
form-title-new = Nouvelle personne
form-intro = Seul le nom d'affichage est nécessaire. Un champ vide signifie « pas demandé » : c'est une réponse normale. Cochez « inconnu » si vous avez posé la question mais que la réponse n'est pas connue.
hint-display-name = Un prénom, des initiales ou un pseudonyme suffisent.
hint-nrn = 11 chiffres, comme sur le document d'identité.
placeholder-date = AAAA-MM-JJ
placeholder-nrn = AA.MM.JJ-XXX.CC
unknown-title = Demandé, mais la réponse n'est pas connue
person-save = Enregistrer
person-saved = Enregistré.
person-created = Enregistré. La personne figure maintenant dans la liste.
person-meta = Fiche créée le { $created } · modifiée le { $updated }
unsaved-text = Ce formulaire contient des modifications qui ne sont pas encore enregistrées.
unsaved-save = Les enregistrer
unsaved-discard = Les abandonner
unsaved-keep = Continuer à modifier

## Ménage
household-title = Ménage
household-intro = Qui vit avec la personne ? Une ligne par personne ; un prénom ou une description suffit.
household-empty = Aucun membre du ménage enregistré.
household-add = Ajouter un membre du ménage
household-remove = Retirer
household-member = Membre du ménage { $number }
field-household-cohabits = Vit sous le même toit
field-household-minor = Mineur(e)
relation-choose = Choisir…
choice-yes = oui
choice-no = non

## Paramètres
settings-title = Paramètres
settings-back = Retour
settings-back-title = Retour aux personnes (Échap)
settings-profile-legend = Votre profil
hint-auto-lock = Tandem se verrouille après ce nombre de minutes sans activité (de 1 à 120).
settings-save = Enregistrer les paramètres
settings-saved = Paramètres enregistrés.
settings-passphrase-legend = Changer la phrase secrète
settings-use-recovery = J'utilise mon code de récupération au lieu de la phrase secrète actuelle
field-current-passphrase = Phrase secrète actuelle
field-new-passphrase = Nouvelle phrase secrète
field-new-passphrase-repeat = Répétez la nouvelle phrase secrète
settings-passphrase-save = Changer la phrase secrète
settings-passphrase-saved = La phrase secrète a été changée. Utilisez désormais la nouvelle.
settings-audit-legend = Intégrité du journal
settings-audit-intro = Tandem tient un journal de chaque modification. Ce contrôle confirme que personne ne l'a altéré.
settings-verify = Vérifier l'intégrité
audit-ok =
    { $entries ->
        [one] Le journal est intact : { $entries } entrée vérifiée.
        *[other] Le journal est intact : { $entries } entrées vérifiées.
    }
audit-broken = Le journal est endommagé à partir de l'entrée { $id } ({ $reason }). Restaurez une sauvegarde ou contactez votre support.

## Noms des champs (aussi utilisés par le noyau dans les messages d'erreur)
field-display-name = Nom d'affichage
field-first-name = Prénom
field-last-name = Nom de famille
field-birth-date = Date de naissance
field-nrn = Numéro de registre national
field-address = Adresse
field-phone = Téléphone
field-email = E-mail
field-language = Langue
field-household-name = Nom
field-household-relation = Lien
field-worker-name = Votre nom
field-ocmw-name = Nom du CPAS
field-ocmw-address = Adresse du CPAS
field-labour-court-address = Adresse du tribunal du travail
field-passphrase = Phrase secrète
field-auto-lock-minutes = Délai de verrouillage automatique (minutes)

## Messages d'erreur
error-locked = Le coffre est verrouillé. Déverrouillez-le avec votre phrase secrète pour continuer.
error-vault-missing = Il n'y a pas encore de coffre dans ce dossier. Créez-en d'abord un.
error-vault-exists = Un coffre existe déjà dans ce dossier. Déverrouillez-le plutôt.
error-wrong-secret = Cette phrase secrète ou ce code de récupération n'est pas correct. Rien n'a été modifié : vérifiez la disposition du clavier et la touche de verrouillage des majuscules, puis réessayez.
revoke-legend = Si une phrase secrète ou un code de récupération a pu fuiter
revoke-hint = Un nouveau code de récupération remplace l'ancien sur cet ordinateur. Une nouvelle clé va plus loin : le coffre reçoit une nouvelle clé, et plus rien d'avant (sauvegardes, copies du fichier de clés) ne l'ouvre avec l'ancienne phrase ou l'ancien code ; une nouvelle sauvegarde est faite aussitôt.
revoke-remove-old = Avec la nouvelle clé, supprimer les sauvegardes plus anciennes
revoke-remove-old-hint = Elles s'ouvrent encore avec l'ancienne phrase secrète ou l'ancien code. Les sauvegardes copiées ailleurs (une clé USB) sont à supprimer vous-même.
revoke-new-code = Faire un nouveau code de récupération
revoke-rekey = Donner une nouvelle clé au coffre
revoke-code-hint = Notez ce nouveau code de récupération maintenant et gardez-le loin de l'ordinateur : il n'est montré qu'une fois. L'ancien n'ouvre plus le coffre.
revoke-rekeyed = Le coffre a une nouvelle clé et une nouvelle sauvegarde.
revoke-code-made = Un nouveau code de récupération a été fait.
document-check-ok = Ce document a été fait quand le journal s'arrêtait à l'entrée { $mark } ; le journal contient toujours cette entrée telle qu'elle était : l'historique dont il provient n'a pas été réécrit.
document-check-rewritten = Ce document a été fait quand le journal s'arrêtait à l'entrée { $mark } ; le journal ne contient plus cette entrée telle qu'elle était : l'historique a été réécrit après ce document.
document-check-no-mark = Ce fichier ne porte pas de marque du journal : il n'a pas été fait par cette version de Tandem, ou il a été modifié.
error-wrong-current-secret = Ce n'est pas la phrase secrète actuelle du coffre de cet ordinateur. Pour le remplacer par une sauvegarde, donnez sa phrase secrète actuelle.
error-vault-rolled-back = Ce coffre est plus ancien que lors de sa dernière fermeture : d'anciennes données y ont été remises ({ $detail }). Tandem ne l'ouvre pas, pour que rien de ce qui a été retiré ne revienne. Restaurez votre dernière sauvegarde (sur cet écran, « Restaurer une sauvegarde ») et prévenez la personne qui s'occupe de votre ordinateur.
error-vault-seal-missing = Le sceau conservé à côté de ce coffre (le fichier tandem.seal) manque, alors que le coffre en a un depuis le { $since }. Quelqu'un a peut-être remis une copie plus ancienne du coffre. Restaurez votre dernière sauvegarde (sur cet écran, « Restaurer une sauvegarde »). Seulement si vous avez déplacé le coffre vous-même sans ce fichier : ouvrez-le quand même ; ce sera inscrit au journal.
error-vault-in-use = Ce coffre est ouvert dans une autre fenêtre de Tandem ou dans tandem-cli sur cet ordinateur. Fermez-le ou verrouillez-le d'abord, puis réessayez. Rien n'a été modifié.
error-backup-format = Ce fichier n'est pas une sauvegarde Tandem que cette version peut lire ({ $detail }). Rien n'a été modifié.
error-passphrase-too-short = La phrase secrète doit compter au moins { $min } caractères.
error-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques.
error-required = { $field } : ce champ est obligatoire.
error-too-long = { $field } : c'est trop long, { $max } caractères au maximum.
error-invalid-date = { $field } : ce n'est pas une date valide. Utilisez la forme AAAA-MM-JJ.
error-date-in-future = { $field } : la date ne peut pas être dans le futur.
error-invalid-email = { $field } : cela ne ressemble pas à une adresse e-mail.
error-invalid-choice = { $field } : « { $value } » ne fait pas partie des choix.
error-out-of-range = { $field } : la valeur doit être comprise entre { $min } et { $max }.
error-invalid-input = Les données envoyées ne sont pas valides : { $detail }
error-nrn-characters = Numéro de registre national : seuls les chiffres, les séparateurs . - / et les espaces sont autorisés.
error-nrn-length =
    { $count ->
        [one] Numéro de registre national : il faut 11 chiffres, { $count } trouvé.
        *[other] Numéro de registre national : il faut 11 chiffres, { $count } trouvés.
    }
error-nrn-month = Numéro de registre national : le mois { $month } n'est pas possible (01–12, 00 s'il est inconnu, +20 ou +40 pour un numéro bis).
error-nrn-day = Numéro de registre national : le jour { $day } n'est pas possible.
error-nrn-checksum = Numéro de registre national : les chiffres de contrôle ne correspondent pas. Vérifiez le numéro sur le document d'identité.
error-not-found = Rien n'a été trouvé avec cet identifiant ({ $what } { $id }).
what-request = demande
what-person = personne
what-report = rapport social
what-plan = plan d'accompagnement
what-share = partage
what-right = droit
what-report-version = version du rapport
what-profile = profil
what-folder = dossier
what-file = fichier
what-end-of-the-right = fin du droit
what-document = document
what-decision = décision
what-consent = consentement
error-unknown-command = Commande inconnue : { $command }.
error-storage = Le coffre n'a pas pu être lu ou écrit ({ $detail }). Rien n'a été modifié.
error-vault-corrupt = Les fichiers du coffre sont endommagés ou incomplets ({ $detail }). Restaurez une sauvegarde ou contactez votre support.
error-team-store = Le serveur de l'équipe n'a pas pu être joint ou a refusé ceci ({ $detail }). Rien n'a été modifié ; réessayez ou adressez-vous à votre administrateur.
error-team-role = { $role ->
    [owner] Seul·e l'assistant·e social·e du dossier peut faire ceci.
    [lead] Seul·e le ou la responsable d'équipe peut faire ceci.
    [secretary] Seul·e le ou la secrétaire du comité peut faire ceci.
    [worker] Seul·e un·e assistant·e social·e de l'équipe peut faire ceci.
   *[team] Ceci ne fonctionne qu'en équipe (Paramètres, Travailler en équipe).
}

## Valeurs
unknown = inconnu
not-asked = pas demandé
relation-partner = partenaire
relation-parent = parent
relation-child = enfant
relation-other = autre
language-nl = Nederlands
language-fr = Français
language-de = Deutsch
language-en = English

