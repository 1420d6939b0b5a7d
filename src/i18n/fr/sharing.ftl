# Partage et accès : consentements, le contrôle du partage et son registre, la copie de la personne, transmission, clôture et effacement d'un dossier ; lecture ensemble.

## Partage et accès sur la page de la personne
sharing-title = Partage et accès
sharing-intro = Rien de ce qui concerne la personne ne quitte le CPAS sans son consentement. Vous notez ici ce qu'elle a accepté et tout ce qui a été partagé, et vous lui remettez une copie de son propre dossier.
consent-title = Consentements de la personne
consent-intro = Chaque consentement indique qui peut recevoir quelles parties du dossier, et pourquoi. La personne peut le retirer à tout moment, sans donner de raison.
consent-empty = Aucun consentement enregistré.
consent-recipient = { $organisation } ({ $role })
consent-purpose-shown = Finalité : { $purpose }
consent-covers = Couvre : { $parts }
consent-given-on = donné le { $date }
consent-ends-on = prend fin le { $date }
consent-no-end = sans date de fin
consent-withdrawn-on = retiré le { $date }
consent-status-current = en cours
consent-status-withdrawn = retiré
consent-status-expired = expiré
consent-status-not_yet = pas encore en vigueur
consent-withdraw = Retirer
consent-withdrawn-done = Retiré à partir du { $date } : plus rien n'est transmis à { $organisation } sur la base de ce consentement.
consent-add-legend = Enregistrer un nouveau consentement
consent-role-hint = Par exemple : assistant social, médiateur de dettes, médecin.
consent-purpose-hint = Pourquoi la personne est d'accord, en mots simples : pour quelle aide, dans quel but.
consent-ends-hint = Facultatif. Laissez vide si le consentement n'a pas de date de fin : la personne peut toujours le retirer.
consent-give = Enregistrer le consentement
consent-given-done = Le consentement est enregistré.
consent-parts-required = Cochez au moins une partie du dossier couverte par le consentement.
part-identity = données d'identité
part-household = ménage
part-income = revenus et ressources
part-report = rapport social
part-plan = plan d'accompagnement

## Partage : noms des champs (aussi utilisés par le noyau dans les messages d'erreur)
field-recipient-organisation = Organisation destinataire
field-recipient-role = Fonction du destinataire
field-purpose = Finalité
field-covers = Parties du dossier couvertes
field-given-on = Donné le
field-ends-on = Prend fin le
field-parts = Parties du dossier concernées
field-what = Ce qui a été partagé
field-consent-id = Consentement
field-document = Document
field-document-kind = Type de document
field-document-id = Document
field-closed-on = Clôturé le
field-retention-years = Conservation des dossiers clôturés (années)
field-bundle = Fichier de transmission
field-conditions-secrecy-bound = destinataire tenu au secret professionnel, pour la même mission
field-conditions-necessary-only = uniquement ce qui est nécessaire
field-conditions-informed-consent = personne informée et d'accord

## Partager quelque chose
share-title = Partager quelque chose
share-intro = Uniquement sur la base d'un consentement en cours de la personne, et seulement si les trois conditions du secret professionnel partagé sont remplies. Chaque partage est inscrit dans le registre des partages ci-dessous.
share-consent-label = Sur la base du consentement de la personne
share-consent-choose = Choisir un consentement…
share-consent-option = { $organisation } ({ $role }) : { $purpose }
share-no-consent = Il n'y a aucun consentement en cours. Enregistrez d'abord le consentement de la personne.
share-consent-required = Choisissez le consentement de la personne sur lequel cela repose. Sans consentement, rien ne peut être partagé.
share-covers = Le consentement couvre : { $parts }
share-doc-kind-label = Un document du dossier
share-doc-none = Aucun document
share-doc-kind-report = Rapport social
share-doc-kind-receipt = Accusé de réception
share-doc-kind-decision = Lettre de décision
share-doc-kind-end = Lettre de fin du droit
share-doc-kind-plan = Plan d'accompagnement
share-doc-hint = Facultatif. Le PDF est enregistré dans le dossier Tandem de vos Documents, et les parties qu'il contient sont inscrites dans le registre.
share-doc-which = Lequel
share-doc-empty = Ce dossier ne contient pas encore ce document.
share-doc-request = Demande du { $date } : { $kind }
share-doc-plan = Plan d'accompagnement ouvert le { $date }
share-doc-required = Choisissez le document à partager, ou choisissez « Aucun document ».
share-what-hint = En quelques mots : ce que vous avez transmis, et comment (par téléphone, par courrier, lors d'une réunion). Inutile si vous partagez un document.
secrecy-conditions-legend = Les trois conditions du secret professionnel partagé
secrecy-conditions-hint = Ne cochez chaque condition que si elle est vraie. Si l'une d'elles ne l'est pas, rien ne peut être partagé.
cond-secrecy = Le destinataire est tenu au secret professionnel et travaille pour la même mission auprès de cette personne.
cond-necessary = Seul ce qui est nécessaire à cette mission est partagé.
cond-consent = La personne a été informée de ce qui est partagé, avec qui et pourquoi, et elle est d'accord.
share-submit = Enregistrer le partage
share-recorded = Inscrit dans le registre des partages.
share-saved-as = Inscrit dans le registre des partages. Le document est enregistré sous { $path }

## Registre des partages
log-title = Registre des partages
log-intro = Tout ce qui a été partagé à partir de ce dossier, le plus récent d'abord. La personne peut consulter ce registre à tout moment.
log-empty = Rien n'a été partagé à partir de ce dossier.
log-recipient = Destinataire
log-what = Quoi
log-kind = Comment
log-worker = Par
log-fingerprint = Empreinte : { $sha }
share-kind-copy = information transmise
share-kind-document = document
share-kind-handover = transmission du dossier

## La copie de la personne (droit d'accès)
export-title = Une copie pour la personne
export-intro = La personne a le droit de consulter son dossier et d'en recevoir une copie. Ceci enregistre tout ce que Tandem contient à son sujet : un PDF à lire et un fichier de données à conserver ou à emporter ailleurs. Aucun consentement n'est nécessaire.
export-button = Faire une copie pour la personne
export-saved-pdf = Copie lisible enregistrée sous { $path }
export-saved-json = Fichier de données enregistré sous { $path }

## Transmission à un collègue
handover-title = Transmettre à un collègue
handover-intro = Lorsque le dossier de la personne passe à un collègue qui a son propre Tandem, tout le dossier part sous la forme d'un seul fichier chiffré. Il faut pour cela un consentement en cours qui couvre toutes les parties du dossier, et les trois conditions.
handover-needs-all = Une transmission nécessite un consentement qui couvre toutes les parties du dossier.
handover-pass-hint = Au moins 12 caractères, choisie uniquement pour cette transmission. Ce n'est pas votre propre phrase secrète.
handover-submit = Créer le fichier de transmission
handover-saved-as = Fichier de transmission enregistré sous { $path }
handover-tell-passphrase = Remettez le fichier à votre collègue, et communiquez-lui la phrase secrète par un autre canal : par téléphone ou en personne, jamais dans le même e-mail ni sur la même clé USB.

## Clôturer le dossier
file-title = Clôturer le dossier
file-intro = Quand l'aide prend fin, clôturez le dossier. Un dossier clôturé est conservé pendant la durée fixée dans les paramètres, puis apparaît sur l'écran d'accueil pour être effacé. Rouvrez-le si la personne revient.
file-open = Ce dossier est ouvert.
file-closed = Clôturé le { $closed }, conservé jusqu'au { $until }.
file-close = Clôturer le dossier
file-reopen = Rouvrir le dossier
person-closed-on = dossier clôturé le { $date }
hint-retention-years = Un dossier clôturé est conservé ce nombre d'années après sa clôture (1 à 30), puis apparaît sur l'écran d'accueil pour être effacé.

## Accueil : importer une transmission, dossiers dont le délai de conservation est dépassé
import-title = Importer une transmission
import-intro = Un collègue vous a transmis le dossier d'une personne : choisissez le fichier de transmission reçu et tapez la phrase secrète qu'il vous a communiquée par un autre canal.
import-pass-hint = La phrase secrète de cette transmission, reçue de votre collègue.
import-submit = Importer le dossier
import-file-required = Choisissez d'abord le fichier de transmission.
import-read-failed = Le fichier n'a pas pu être lu. Choisissez-le à nouveau.
import-done = Importé. Le dossier de la personne est ouvert.
retention-title = Dossiers dont le délai de conservation est dépassé
retention-intro = Ces dossiers ont été clôturés et leur délai de conservation est écoulé. Effacez-les un par un : il ne reste alors plus rien de la personne dans le coffre.
retention-empty = Aucun dossier n'a dépassé son délai de conservation.
retention-line = Clôturé le { $closed }, conservé jusqu'au { $until }
retention-erase = Effacer…
retention-confirm-text = Effacer définitivement le dossier de { $name } ? Tout ce qui concerne cette personne est supprimé du coffre. C'est irréversible.
retention-erase-confirm = Effacer définitivement
retention-erase-cancel = Le garder
retention-erased = Le dossier a été effacé. Plus rien ne reste de cette personne dans le coffre.

## Lire ensemble : la personne lit son propre dossier à côté du travailleur social
together-toggle = Lire ensemble
together-toggle-title = Lire ce dossier avec la personne : grands caractères, mots simples, rien sur personne d'autre
together-banner-title = Lire ensemble
together-banner-text = Vous lisez votre propre dossier, avec votre assistant social. Vous pouvez voir tout ce que contient ce dossier. Rien à l'écran ne concerne une autre personne.
together-leave = Quitter la lecture ensemble
together-why-identity = Nous vous demandons cela pour savoir qui vous êtes et comment vous joindre. Seul un nom est nécessaire : le reste, vous pouvez le donner ou non.
together-why-household = Nous demandons qui vit avec vous, parce que la loi en tient compte : cela détermine le montant qui vous revient.
together-why-request = Nous notons la date de votre demande, parce qu'elle fait courir le délai : le CPAS doit décider dans les 30 jours, puis vous communiquer la décision dans les 8 jours.
together-why-conditions = Nous passons en revue ces six points, parce que la loi les fixe pour le revenu d'intégration. Nous ne regardons rien d'autre.
together-why-resources = Nous vous interrogeons sur vos revenus, parce qu'ils comptent pour le montant. Vos dépenses ne sont jamais demandées.
together-why-report = Nous rédigeons ce rapport, parce que le comité décide sur cette base. Vous le lisez d'abord, vous pouvez ajouter vos propres remarques, et vous choisissez de le signer ou non.
together-why-plan = Nous vous demandons seulement si vous souhaitez de l'aide. C'est votre choix : cela n'a aucun effet sur votre revenu, et vous pouvez arrêter à tout moment.
together-why-sharing = Nous vous montrons ceci pour que vous sachiez où vont vos informations. Rien de ce qui vous concerne ne quitte le CPAS sans votre consentement, et vous pouvez retirer un consentement à tout moment.
together-title-household = Qui vit avec vous
together-title-requests = Vos demandes de revenu
together-title-support = De l'aide, si vous le souhaitez
together-title-sharing = Qui peut voir vos informations
together-title-conditions = Ce que la loi regarde
together-title-resources = Vos revenus
together-title-category = Quel montant vous revient
together-title-calculation = Comment le montant est calculé
together-title-report = Le rapport sur votre demande

## Partage, transmission et conservation : messages du noyau
error-consent-missing = Il n'y a pas de consentement de la personne pour ce destinataire et cette finalité. Enregistrez d'abord son consentement : sans lui, rien ne peut être partagé.
error-consent-withdrawn = La personne a retiré ce consentement : plus rien ne peut être partagé sur cette base. Si la personne est à nouveau d'accord, enregistrez un nouveau consentement.
error-consent-expired = Ce consentement n'est pas valable aujourd'hui : il a pris fin, ou il n'est pas encore en vigueur. Vérifiez les dates avec la personne, et enregistrez un nouveau consentement si elle est d'accord.
error-consent-scope = Le consentement de la personne ne couvre pas { $parts }. Ne partagez que ce que le consentement couvre, ou demandez-le à la personne et enregistrez un nouveau consentement qui l'inclut.
error-share-conditions = Rien n'a été partagé : la condition « { $field } » n'est pas confirmée. Le secret professionnel partagé exige les trois conditions. Ne la cochez que si elle est vraie ; sinon, le partage n'est pas possible.
error-handover-wrong = Ce fichier de transmission ne peut pas être ouvert : la phrase secrète est incorrecte, ou le fichier est endommagé ou a été modifié. Rien n'a été importé. Vérifiez la phrase secrète avec votre collègue, ou demandez-lui à nouveau le fichier.
error-handover-format = Ce n'est pas un fichier de transmission de Tandem, ou il a été créé par une version plus récente de Tandem. Rien n'a été importé. Demandez le bon fichier à votre collègue, ou mettez Tandem à jour.
error-handover-duplicate = Cette transmission a déjà été importée dans ce coffre. Rien n'a été importé une deuxième fois : cherchez la personne dans la liste.
error-file-not-closed = Ce dossier n'est pas clôturé. Seul un dossier clôturé dont le délai de conservation est écoulé peut être effacé : clôturez-le d'abord.
error-retention-running = Ce dossier doit être conservé jusqu'au { $date }. Il ne peut être effacé qu'après cette date.
error-closed-before-activity = Le dossier montre une activité jusqu'au { $date } : il ne peut pas être clôturé à une date antérieure, car le délai de conservation court à partir de la clôture.
error-right-ended = Ce droit a pris fin le { $date }. Une nouvelle demande ouvre un nouveau droit.
error-right-running = Un droit est encore en cours dans ce dossier : mettez-y fin d'abord (dans la demande, « Mettre fin au droit ») ; le délai de conservation court à partir de la clôture.

