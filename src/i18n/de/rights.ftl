## Rechte, die der Person vielleicht entgehen: die Prüfung und der Stand
right-status-receives = Erhält es
right-status-will_request = Wird es beantragen
right-status-requested = Beantragt
right-status-not_wanted = Möchte es nicht
right-status-not_applicable = Trifft nicht zu
doc-export-table-rights_status = Die Rechte, die wir gemeinsam angesehen haben
doc-export-col-right_id = Recht
doc-export-col-requested_on = Beantragt am
doc-export-col-event_on = Tag des Ereignisses

# Die Prüfung auf der Seite der Person
rights-title = Zu prüfende Rechte
together-title-rights = Rechte, die Sie vielleicht haben
together-why-rights = Wir sehen uns Rechte an, die Sie neben Ihrem Einkommen vielleicht haben, anhand dessen, was schon in Ihrer Akte steht. Nichts hier ändert Ihr Einkommen, und Sie entscheiden selbst.
rights-intro = Rechte, die oft nicht in Anspruch genommen werden, geprüft anhand dessen, was die Akte schon enthält. Fehlt eine Angabe, steht dort „vielleicht“ mit der einen Frage, die es klärt; standardmäßig wird nichts gefragt.
rights-load = Zu prüfende Rechte zeigen
rights-sheet = Blatt „Ihre Rechte“ speichern
rights-status-label = Stand
rights-facts = Geprüft am { $date } anhand der Akte: { $facts }.
rights-fact-leefloon = Eingliederungseinkommen seit dem { $date }
rights-fact-no-leefloon = kein laufendes Eingliederungseinkommen
rights-fact-age = { $age } Jahre alt
rights-fact-age-unknown = Alter unbekannt
rights-fact-region-flanders = Adresse in Flandern
rights-fact-region-wallonia = Adresse in der Wallonie
rights-fact-region-brussels = Adresse in Brüssel
rights-fact-region-german = Adresse in der Deutschsprachigen Gemeinschaft
rights-fact-region-unknown = keine Postleitzahl in der Adresse
rights-group-check_arrived = { $count ->
    [one] Kommt von selbst: prüfen, ob es angekommen ist ({ $count } Recht)
   *[other] Kommen von selbst: prüfen, ob sie angekommen sind ({ $count } Rechte)
}
rights-group-answer_letter = { $count ->
    [one] Ein Brief kommt: ihn beantworten ({ $count } Recht)
   *[other] Ein Brief kommt: ihn beantworten ({ $count } Rechte)
}
rights-group-request = { $count ->
    [one] Zu beantragen ({ $count } Recht)
   *[other] Zu beantragen ({ $count } Rechte)
}
rights-group-ask = { $count ->
    [one] Vielleicht: eine Frage klärt es ({ $count } Recht)
   *[other] Vielleicht: jeweils eine Frage klärt es ({ $count } Rechte)
}
rights-not-now = { $count ->
    [one] { $count } Recht trifft laut Akte nicht zu.
   *[other] { $count } Rechte treffen laut Akte nicht zu.
}
rights-question = Die Frage: { $question }
rights-figure = { $text } (ab dem { $date })
rights-figure-none = Betrag für heute nicht geprüft: fragen Sie bei der Stelle nach, die es gewährt.
rights-body = Gewährt von: { $body }.
rights-deadline-days = { $days ->
    [one] Innerhalb von { $days } Tag nach dem Ereignis zu beantragen.
   *[other] Innerhalb von { $days } Tagen nach dem Ereignis zu beantragen.
}
rights-deadline-yearly = Jährliche Frist: { $date } (Monat-Tag).
rights-verified-official = Regel in der amtlichen Quelle gelesen, geprüft am { $date }.
rights-verified-secondary = Regel in einer abgeleiteten Quelle gelesen, geprüft am { $date }: auf der amtlichen Seite bestätigen.
rights-verified-unverified = Regel nicht geprüft (am { $date }): ein Hinweis, keine Tatsache.
rights-requested-on = beantragt am { $date }
rights-due-on = zu beantragen bis zum { $date }
rights-requested-on-label = Beantragt am
rights-event-on-label = Tag des Ereignisses, ab dem die Frist läuft
rights-save = Erfassen
rights-choose-status = Wählen Sie zuerst den Stand.
rights-saved = Erfasst: { $name }.
share-doc-kind-rights = Blatt „Ihre Rechte“
# Das Blatt
doc-rights-title = Ihre zu prüfenden Rechte
doc-rights-dated = Erstellt am { $date }.
doc-rights-intro = Neben Ihrem Einkommen stehen Ihnen vielleicht diese Rechte zu. Manche kommen von selbst; für andere kommt ein Brief oder Sie müssen sie beantragen. Bei jedem: wer es gewährt, wie und wo Sie es beantragen und bis wann.
doc-rights-group-check_arrived = Das sollte von selbst kommen: prüfen Sie, ob es angekommen ist
doc-rights-group-answer_letter = Ein Brief wird kommen: beantworten Sie ihn
doc-rights-group-request = Sie können es beantragen
doc-rights-group-ask = Vielleicht: eine Frage klärt es
doc-rights-question = Zu klären: { $question }
doc-rights-body = Gewährt von
doc-rights-figure = Betrag oder Vorteil
doc-rights-figure-from = { $text } (gültig ab dem { $date })
doc-rights-figure-none = Für heute nicht geprüft: fragen Sie bei der Stelle nach, die es gewährt.
doc-rights-deadline = Frist
doc-rights-deadline-days = { $days ->
    [one] innerhalb von { $days } Tag nach dem Ereignis
   *[other] innerhalb von { $days } Tagen nach dem Ereignis
}
doc-rights-deadline-yearly = jedes Jahr bis zum { $date } (Monat-Tag)
doc-rights-status = Stand
doc-rights-due = zu beantragen bis zum { $date }
doc-rights-note = Dieses Blatt beruht auf dem, was in Ihrer Akte beim ÖSHZ steht. Regeln und Beträge ändern sich: Die Stelle, die ein Recht gewährt, hat das letzte Wort. Nichts auf diesem Blatt ändert Ihr Einkommen.
doc-rights-figure-from-old = { $text } (ab dem { $date }; das kann sich seitdem geändert haben: fragen Sie nach dem heutigen Betrag)
rights-figure-old = { $text } (ab dem { $date }; kann sich seitdem geändert haben)
deadline-right = Zu beantragen bis zum { $date }: { $right }
rights-status-now = Stand: { $status } (erfasst am { $date })
