# La page de demande plus courte : tuiles par condition, enregistrement au fil du travail, annulation, documents à apporter.

cond-tiles-label = Les six conditions : ouvrez-en une
cond-tile-evidence = { $count ->
        [0] pas encore de preuve
        [one] 1 pièce justificative
       *[other] { $count } pièces justificatives
    }
cond-tile-open = Ouvrir
cond-close = Fermer cette condition
autosave-hint = Chaque modification est enregistrée au fil du travail. Annuler remet la dernière.
save-state-idle = Toutes les modifications sont enregistrées
save-state-pending = Modifications pas encore enregistrées…
save-state-saving = Enregistrement…
save-state-saved = Enregistré
save-state-error = Pas enregistré : voyez le champ marqué en rouge.
undo-button = Annuler : { $what }
undo-done = Annulé : { $what }
undo-condition-set = le constat sur { $condition }
undo-evidence-add = la preuve ajoutée à { $condition }
undo-evidence-remove = la preuve retirée de { $condition }
undo-visit-add = la visite à domicile ajoutée
undo-visit-remove = la visite à domicile retirée
undo-resource-add = la ligne de revenu ajoutée
undo-resource-remove = la ligne de revenu retirée
undo-category-set = la catégorie
undo-income-override = le montant fixé par vous
undo-request-update = les dates de la procédure
error-nothing-to-undo = Il ne reste aucune modification de cette demande à annuler.

bring-title = Documents à apporter
bring-intro = Établi à partir des conditions encore à vérifier. Donnez la feuille à la personne dans sa langue : elle peut cocher ce qu'elle apporte.
bring-none = Chaque condition a un constat : il n'y a plus rien à apporter.
bring-lang = Langue de la feuille
bring-lang-person = la langue de la personne
bring-save = Enregistrer la feuille en PDF
share-doc-kind-to_bring = Documents à apporter

bring-residence-identity = Votre carte d'identité, ou le document qui vous donne le droit de séjourner en Belgique.
bring-residence-address = Où vous habitez : votre bail, ou un mot de la personne qui vous héberge. Une visite à domicile peut aussi le montrer.
bring-age-birth = Un document avec votre date de naissance (votre carte d'identité suffit).
bring-age-minor = Si vous avez moins de 18 ans : ce qui vous assimile à un majeur (mariage, un enfant à charge, ou une grossesse).
bring-age-married = Votre acte de mariage.
bring-age-child = Un document qui montre qu'un enfant vit avec vous et que vous en avez la charge.
bring-age-pregnant = Un certificat médical de votre grossesse.
bring-nationality-card = Votre carte d'identité ou votre carte de séjour.
bring-nationality-protection = La décision qui vous reconnaît réfugié ou vous accorde la protection subsidiaire.
bring-nationality-stateless = La décision qui vous reconnaît apatride.
bring-nationality-eu = Le document qui montre votre droit de séjour en Belgique de plus de trois mois.
bring-resources-income = Une preuve de chaque revenu des trois derniers mois : fiches de paie, décomptes d'allocations (chômage, maladie, pension), pension alimentaire que vous recevez.
bring-resources-partner = Les mêmes preuves pour votre conjoint ou partenaire, si vous vivez ensemble.
bring-resources-capital = Si vous avez une épargne ou un bien : le solde de l'épargne, ou l'acte ou le revenu cadastral du bien.
bring-work-any = Si quelque chose vous empêche de travailler (santé, études, soins à quelqu'un) : un document qui le montre. Sinon rien.
bring-work-health = Un certificat médical sur ce que votre santé permet.
bring-work-studies = Votre attestation d'inscription à vos études.
bring-work-care = Un document sur les soins que vous donnez (par exemple à un enfant ou à un proche malade).
bring-benefits-letters = Les lettres sur d'autres prestations que vous recevez ou avez demandées (chômage, assurance maladie, pension, allocation aux personnes handicapées, allocations familiales), refus compris.
bring-benefits-maintenance = Si quelqu'un vous doit une pension alimentaire : le jugement ou la convention.
bring-note-registers = Ce que les registres publics contiennent déjà (le registre national, la Banque Carrefour de la Sécurité Sociale), nous le consultons nous-mêmes : vous ne devez pas l'apporter.
bring-note-expenses = Vos dépenses ne sont jamais demandées. Des extraits de compte seulement si un revenu ne peut pas être montré autrement, et alors seulement les lignes de revenus.
bring-note-missing = Vous ne pouvez pas obtenir un document ? Dites-le-nous : nous cherchons ensemble une autre façon.

doc-bring-title = Documents à apporter
doc-bring-intro = Pour décider de votre demande, nous devons encore vérifier les points ci-dessous. Apportez ce que vous avez, si possible avant le { $date }. Vous pouvez cocher ce que vous apportez.
doc-bring-nothing = Nous avons tout ce qu'il faut pour examiner votre demande : vous n'avez plus rien à apporter.

# The person's export: the undo table of a request.
doc-export-table-income_undo = Modifications qui peuvent être annulées
doc-export-col-before = Ce que la modification a remplacé
