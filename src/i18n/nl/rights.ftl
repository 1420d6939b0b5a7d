## Rechten die de persoon misschien mist: de screening en waar het staat
right-status-receives = Ontvangt het
right-status-will_request = Zal het aanvragen
right-status-requested = Aangevraagd
right-status-not_wanted = Wil het niet
right-status-not_applicable = Niet van toepassing
doc-export-table-rights_status = De rechten die we samen bekeken
doc-export-col-right_id = Recht
doc-export-col-requested_on = Aangevraagd op
doc-export-col-event_on = Dag van de gebeurtenis

# De screening op de pagina van de persoon
rights-title = Rechten om na te gaan
together-title-rights = Rechten die u misschien hebt
together-why-rights = We kijken naar rechten die u misschien hebt naast uw inkomen, op basis van wat al in uw dossier staat. Niets hier verandert uw inkomen, en wat u kiest, beslist u zelf.
rights-intro = Rechten die vaak niet worden opgenomen, nagegaan op wat het dossier al bevat. Ontbreekt een gegeven, dan staat er "misschien" met de ene vraag die het beslecht; standaard wordt niets gevraagd.
rights-load = Toon de rechten om na te gaan
rights-sheet = Bewaar het blad "Uw rechten"
rights-status-label = Waar het staat
rights-facts = Nagegaan op { $date } uit het dossier: { $facts }.
rights-fact-leefloon = leefloon sinds { $date }
rights-fact-no-leefloon = geen lopend leefloon
rights-fact-age = { $age } jaar
rights-fact-age-unknown = leeftijd niet gekend
rights-fact-region-flanders = adres in Vlaanderen
rights-fact-region-wallonia = adres in Wallonië
rights-fact-region-brussels = adres in Brussel
rights-fact-region-german = adres in de Duitstalige Gemeenschap
rights-fact-region-unknown = geen postcode in het adres
rights-group-check_arrived = { $count ->
    [one] Komt vanzelf: ga na of het er is ({ $count } recht)
   *[other] Komen vanzelf: ga na of ze er zijn ({ $count } rechten)
}
rights-group-answer_letter = { $count ->
    [one] Er komt een brief: beantwoord hem ({ $count } recht)
   *[other] Er komt een brief: beantwoord hem ({ $count } rechten)
}
rights-group-request = { $count ->
    [one] Aan te vragen ({ $count } recht)
   *[other] Aan te vragen ({ $count } rechten)
}
rights-group-ask = { $count ->
    [one] Misschien: één vraag beslecht het ({ $count } recht)
   *[other] Misschien: telkens één vraag beslecht het ({ $count } rechten)
}
rights-not-now = { $count ->
    [one] { $count } recht is niet van toepassing volgens het dossier.
   *[other] { $count } rechten zijn niet van toepassing volgens het dossier.
}
rights-question = De vraag: { $question }
rights-figure = { $text } (vanaf { $date })
rights-figure-none = Bedrag niet nagekeken voor vandaag: vraag het aan wie het toekent.
rights-body = Toegekend door: { $body }.
rights-deadline-days = { $days ->
    [one] Aan te vragen binnen { $days } dag na de gebeurtenis.
   *[other] Aan te vragen binnen { $days } dagen na de gebeurtenis.
}
rights-deadline-yearly = Jaarlijkse uiterste datum: { $date } (maand-dag).
rights-verified-official = Regel gelezen in de officiële bron, nagekeken op { $date }.
rights-verified-secondary = Regel gelezen in een afgeleide bron, nagekeken op { $date }: bevestig hem op de officiële pagina.
rights-verified-unverified = Regel niet nagekeken (op { $date }): een spoor, geen vaststaand feit.
rights-requested-on = aangevraagd op { $date }
rights-due-on = aan te vragen tegen { $date }
rights-requested-on-label = Aangevraagd op
rights-event-on-label = Dag van de gebeurtenis waarvan de termijn loopt
rights-save = Opnemen
rights-choose-status = Kies eerst waar het staat.
rights-saved = Opgenomen: { $name }.
share-doc-kind-rights = Blad "Uw rechten"
# Het blad
doc-rights-title = Uw rechten om na te gaan
doc-rights-dated = Gemaakt op { $date }.
doc-rights-intro = Naast uw inkomen hebt u misschien recht op het volgende. Sommige rechten komen vanzelf; voor andere komt een brief of moet u het vragen. Bij elk: wie het toekent, hoe en waar u het vraagt, en tegen wanneer.
doc-rights-group-check_arrived = Dit komt normaal vanzelf: ga na of het er is
doc-rights-group-answer_letter = Er komt een brief: beantwoord hem
doc-rights-group-request = U kunt het aanvragen
doc-rights-group-ask = Misschien: één vraag beslecht het
doc-rights-question = Te weten: { $question }
doc-rights-body = Toegekend door
doc-rights-figure = Bedrag of voordeel
doc-rights-figure-from = { $text } (geldig vanaf { $date })
doc-rights-figure-none = Niet nagekeken voor vandaag: vraag het aan wie het toekent.
doc-rights-deadline = Termijn
doc-rights-deadline-days = { $days ->
    [one] binnen { $days } dag na de gebeurtenis
   *[other] binnen { $days } dagen na de gebeurtenis
}
doc-rights-deadline-yearly = elk jaar tegen { $date } (maand-dag)
doc-rights-status = Waar het staat
doc-rights-due = aan te vragen tegen { $date }
doc-rights-note = Dit blad is gemaakt op basis van wat in uw dossier bij het OCMW staat. Regels en bedragen veranderen: wie een recht toekent, heeft het laatste woord. Niets op dit blad verandert uw inkomen.
doc-rights-figure-from-old = { $text } (vanaf { $date }; dit kan intussen veranderd zijn: vraag het bedrag van vandaag)
rights-figure-old = { $text } (vanaf { $date }; kan intussen veranderd zijn)
deadline-right = Aan te vragen tegen { $date }: { $right }
rights-status-now = Waar het staat: { $status } (opgenomen op { $date })
