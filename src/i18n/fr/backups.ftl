## Sauvegardes et restauration (paramètres, et l'écran de déverrouillage)
backups-title = Sauvegardes
backups-intro = Tandem fait lui-même une sauvegarde quand le coffre se ferme après des modifications, et une fois par jour tant qu'il est ouvert. Les dernières sont conservées sur cet ordinateur.
backups-intro-secret = Les sauvegardes restent chiffrées. Une sauvegarde ne s'ouvre qu'avec la phrase secrète valable le jour où elle a été faite, ou avec votre code de récupération. Conservez donc bien votre fiche de récupération, même après avoir changé de phrase secrète.
backups-list-title = Sauvegardes automatiques
backups-folder = Dossier : { $folder }
backups-empty = Il n'y a pas encore de sauvegarde automatique. La première est faite quand le coffre se ferme après une modification.
backups-option = { $date } ({ $size })
backups-last-error = La dernière sauvegarde automatique a échoué ({ $detail }). Vérifiez qu'il reste de la place libre sur le disque, et faites maintenant une sauvegarde dans un dossier.
backup-size-mb = { $size } Mo
backup-size-kb = { $size } ko
hint-backups-keep = Au-delà, les plus anciennes sont supprimées en premier (de 1 à 100).
backups-keep-save = Enregistrer ce nombre
backups-keep-saved = Enregistré. Sauvegardes automatiques conservées : { $keep }.
backup-now-title = Sauvegarder maintenant dans un dossier
hint-backup-folder = Par exemple une clé USB : choisissez le dossier avec le bouton. Laissez le champ vide pour utiliser le dossier des sauvegardes automatiques.
backup-now = Sauvegarder maintenant
backup-progress-label = Progression de la sauvegarde
backup-running = Sauvegarde en cours : { $percent }
backup-saved = Sauvegarde enregistrée sous { $path } ({ $size }).
backup-folder-missing = Ce dossier est introuvable : { $folder }. Vérifiez le chemin, et que la clé USB est bien branchée.
restore-title = Restaurer une sauvegarde
restore-intro = Pour un coffre endommagé ou qui ne s'ouvre plus, ou pour revenir à un état antérieur. La sauvegarde remplace le coffre actuel ; celui-ci est mis de côté, jamais supprimé.
restore-choose = Sauvegardes automatiques
restore-choose-none = Choisissez une sauvegarde…
hint-restore-choose = En choisir une remplit le fichier de sauvegarde ci-dessous.
hint-restore-path = Le fichier de la sauvegarde (il se termine par .tandem-backup), par exemple sur une clé USB : choisissez-le avec le bouton.
restore-use-recovery = J'utilise mon code de récupération au lieu de la phrase secrète
restore-pass-label = Phrase secrète du jour de la sauvegarde
hint-restore-pass = La phrase secrète valable le jour où la sauvegarde a été faite : elle peut différer de celle d'aujourd'hui.
restore-current-label = La phrase secrète actuelle du coffre de cet ordinateur
restore-current-hint = Le coffre de cet ordinateur est remplacé : seule la personne qui peut l'ouvrir aujourd'hui peut le faire.
hint-restore-code = Le code de votre fiche de récupération : il reste le même quand vous changez de phrase secrète.
restore-start = Restaurer cette sauvegarde…
restore-confirm-title = Remplacer le coffre actuel par cette sauvegarde ?
restore-confirm-made = Cette sauvegarde a été faite le { $date }.
restore-confirm-replace = Tout ce qui se trouve maintenant dans Tandem est remplacé par le contenu de la sauvegarde. Ce qui a été encodé après la sauvegarde ne sera plus dans Tandem.
restore-confirm-kept = Rien n'est supprimé : le coffre actuel est mis de côté, dans un dossier nommé before-restore-… à côté du coffre.
restore-confirm-secret = Il faut la phrase secrète valable le jour où la sauvegarde a été faite (ou votre code de récupération), pas forcément celle d'aujourd'hui.
restore-confirm = Remplacer le coffre par cette sauvegarde
restore-cancel = Annuler
restore-running = Vérification et restauration de la sauvegarde…
restore-done =
    { $entries ->
        [one] La sauvegarde a été restaurée et le coffre est ouvert. { $entries } entrée du journal vérifiée.
        *[other] La sauvegarde a été restaurée et le coffre est ouvert. { $entries } entrées du journal vérifiées.
    }
restore-done-kept = L'ancien coffre a été conservé dans { $path }.
restore-done-nothing-kept = Il n'y avait pas d'ancien coffre à conserver.
restore-vault-closed = Pour restaurer, Tandem a fermé le coffre : il est maintenant verrouillé. Déverrouillez-le avec votre phrase secrète actuelle, ou réessayez la restauration.
unlock-restore = Restaurer une sauvegarde
unlock-restore-intro = Uniquement pour un coffre qui ne s'ouvre plus. Il vous faut la phrase secrète valable le jour de la sauvegarde, ou votre code de récupération.
onb-restore = Restaurer plutôt une sauvegarde
onb-restore-intro = Pour un nouvel ordinateur portable : Tandem crée votre coffre à partir d'un fichier de sauvegarde, par exemple sur une clé USB. Il vous faut la phrase secrète valable le jour de la sauvegarde, ou votre code de récupération.
onb-restore-confirm-title = Créer un nouveau coffre sur cet ordinateur portable à partir de cette sauvegarde ?
onb-restore-confirm-new = Tandem crée un nouveau coffre sur cet ordinateur portable avec le contenu de la sauvegarde. Il n'y a pas encore de coffre ici : rien n'est remplacé. Le coffre s'ouvre ensuite avec la même phrase secrète ou le même code de récupération que la sauvegarde.
onb-restore-confirm = Créer le coffre à partir de cette sauvegarde
restore-banner-close = Fermer ce message

## Sauvegardes : noms des champs (aussi utilisés par le noyau dans les messages d'erreur)
field-backups-keep = Nombre de sauvegardes automatiques à conserver
field-folder = Dossier
field-path = Fichier de sauvegarde

