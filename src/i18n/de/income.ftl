# Anträge auf ein Einkommen: die Seite des Antrags und die Meldungen des Kerns dazu.

## Startseite: Fristen
deadlines-title = Fristen in den nächsten 7 Tagen
deadlines-intro = Eine Entscheidung muss innerhalb von 30 Tagen nach dem Antrag fallen und innerhalb von 8 Tagen nach der Entscheidung zugestellt werden.
deadlines-empty = In den nächsten 7 Tagen ist keine Entscheidung und keine Zustellung fällig.
deadline-decision = Entscheidung spätestens am { $date }
deadline-notification = Zustellung spätestens am { $date }
due-days-left =
    { $days ->
        [0] heute
        [one] noch { $days } Tag
        *[other] noch { $days } Tage
    }
due-today = heute fällig
due-overdue =
    { $days ->
        [one] { $days } Tag überfällig
        *[other] { $days } Tage überfällig
    }
due-overdue-plain = überfällig

## Anträge einer Person
requests-title = Anträge auf ein Einkommen
requests-intro = Jeder Antrag wird ausschließlich anhand der sechs gesetzlichen Bedingungen geprüft, vom Eingang bis zur Entscheidung.
requests-empty = Noch kein Antrag erfasst.
request-new = Neuen Antrag erfassen
request-create-title = Neuer Antrag
request-create-hint = Geben Sie der Person heute eine Empfangsbestätigung: Die 30 Tage für die Entscheidung laufen ab dem Eingangsdatum.
request-create = Antrag erfassen
request-create-cancel = Abbrechen
request-kind-leefloon = Eingliederungseinkommen (Recht auf soziale Eingliederung)
request-kind-equivalent = Dem Eingliederungseinkommen gleichwertige Hilfe (Sozialhilfe)
request-kind-other = Anderer Antrag
request-status-open = offen
request-status-decided = entschieden
request-status-withdrawn = zurückgenommen
request-received = eingegangen am { $date }
request-decision-due = Entscheidung spätestens am { $date }
request-notification-due = Zustellung spätestens am { $date }

## Seite eines Antrags
req-back = Zurück zur Person
req-back-title = Zurück zur Person (Escape)
req-title-loading = Antrag auf ein Einkommen
req-title = Antrag auf ein Einkommen: { $name }
req-stance = Der Anspruch wird ausschließlich anhand der sechs gesetzlichen Bedingungen geprüft. Die Existenzmittel werden geprüft, die Ausgaben nie. Nichts aus einem freiwilligen Begleitplan spielt hier eine Rolle.
req-unsaved-text = Einige Angaben auf dieser Seite sind noch nicht gespeichert.
req-unsaved-leave = Ohne Speichern verlassen
req-toc = Teile des Antrags
req-header-title = Der Antrag
req-person = Person
req-status = Status
req-decision-due = Entscheidung spätestens am
req-notification-due = Zustellung spätestens am
req-first-payment-due = Erste Zahlung bis
req-appeal-ends = Letzter Tag für eine Beschwerde
req-notification-after = bekannt, sobald die Entscheidung erfasst ist
req-clock-hint = Das Gesetz: eine Entscheidung binnen 30 Tagen nach dem Antrag, zugestellt binnen 8 Tagen nach der Entscheidung; nach einer Gewährung die erste Zahlung binnen 15 Tagen nach der Entscheidung; eine Beschwerde beim Arbeitsgericht binnen drei Monaten nach der Zustellung (fällt der letzte Tag auf ein Wochenende oder einen Feiertag, verschiebt er sich auf den nächsten Werktag).
not-recorded = nicht erfasst
req-dates-legend = Verfahren
req-receipt-hint = Jeder Antrag erhält am selben Tag eine Empfangsbestätigung.
req-hearing-hint = Art. 20: Die Person wird schriftlich darauf hingewiesen, dass sie vor der Entscheidung vom Ausschuss angehört werden kann, begleitet oder vertreten durch eine Person ihrer Wahl.
req-dates-save = Daten speichern
req-withdrawn-legend = Rücknahme
req-withdrawn-hint = Nur wenn die Person den Antrag selbst zurücknimmt. Lassen Sie das Feld sonst leer.
req-withdrawn-save = Rücknahmedatum speichern
req-saved = Gespeichert.
req-added = Hinzugefügt.
req-removed = Entfernt.
remove = Entfernen
choose = Auswählen…
not-yet = noch nicht
hint-optional = Freiwillig.
amount-hint = In Euro, zum Beispiel 1234,56
amount-year-month = { $yearly } pro Jahr ({ $monthly } pro Monat)
error-amount-format = { $field }: Geben Sie einen Betrag in Euro ein, mit höchstens zwei Dezimalstellen, zum Beispiel 1234,56.

## Die sechs Bedingungen
conditions-title = Die sechs Bedingungen
conditions-intro = Die Person muss alle sechs gleichzeitig erfüllen. Für jede: Ihre Feststellung, in Ihren eigenen Worten, und worauf sie sich stützt.
condition-residence = Aufenthalt
condition-age = Alter
condition-nationality = Staatsangehörigkeit oder Aufenthaltsstatus
condition-resources = Unzureichende Existenzmittel
condition-work_readiness = Arbeitsbereitschaft
condition-other_benefits = Zuerst andere Leistungen
condition-residence-explain = Die Person wohnt tatsächlich in Belgien, gewöhnlich und dauerhaft, mit einem Aufenthaltsrecht. Eine Eintragung im Bevölkerungsregister ist nicht erforderlich.
condition-age-explain = Die Person ist volljährig, oder sie ist minderjährig und verheiratet, hat ein Kind zu Lasten oder ist schwanger.
condition-nationality-explain = Belgier, EU-Bürger oder Familienangehöriger mit einem Aufenthaltsrecht von mehr als drei Monaten, im Bevölkerungsregister eingetragener Ausländer, Staatenloser, anerkannter Flüchtling oder Person mit subsidiärem Schutz.
condition-resources-explain = Die Person hat keine ausreichenden Existenzmittel und kann sie weder beanspruchen noch aus eigener Kraft erlangen.
condition-work_readiness-explain = Die Person ist bereit zu arbeiten, es sei denn, gesundheitliche Gründe oder Billigkeitsgründe verhindern es.
condition-other_benefits-explain = Die Person macht zuerst die Rechte geltend, die ihr nach belgischem oder ausländischem Sozialrecht zustehen, und gegebenenfalls Unterhaltsansprüche.
finding-met = erfüllt
finding-not_met = nicht erfüllt
finding-to_check = noch zu prüfen
finding-none = noch keine Feststellung
explanation-hint = In Ihren eigenen Worten: was Sie gesehen oder gehört haben, und warum diese Feststellung.
condition-save = Feststellung speichern
field-detail-assimilation = Minderjährige Person, die einer volljährigen gleichgestellt ist
field-detail-group = Staatsangehörigkeit oder Aufenthaltsstatus
field-detail-obstacles = Was die Arbeit verhindert
assimilation-legend = Minderjährige Person, die einer volljährigen gleichgestellt ist
assimilation-none = trifft nicht zu
assimilation-hint = Nur für eine minderjährige Person: Eine dieser Situationen genügt.
proposal-label = Tandem schlägt vor:
proposal-use = Diesen Vorschlag übernehmen
proposal-used = Vorschlag übernommen: Speichern Sie die Feststellung, um ihn zu erfassen.
nationality-group-label = Gruppe
nationality-group-hint = Eine Person außerhalb dieser Gruppen wird nicht abgelehnt: Sie kann die dem Eingliederungseinkommen gleichwertige Hilfe erhalten.
group-belgian = Belgier
group-eu = EU-Bürger oder Familienangehöriger mit einem Aufenthaltsrecht von mehr als drei Monaten
group-population_register = Im Bevölkerungsregister eingetragener Ausländer
group-stateless = Staatenlos
group-refugee = Anerkannter Flüchtling
group-subsidiary_protection = Subsidiärer Schutz
group-other = Keine dieser Gruppen
routing-button = In gleichwertige Hilfe umwandeln
work-readiness-stance = Tandem erfasst nur, was die Arbeit verhindert. Es fragt nicht nach Verfügbarkeit, Bewerbungen oder „Bemühungen“.
obstacles-legend = Was die Arbeit verhindert, falls etwas
obstacles-hint = Kreuzen Sie nichts an, wenn nichts die Arbeit verhindert.
obstacle-health = Gesundheit
obstacle-disability = Behinderung
obstacle-care_duties = Betreuungspflichten
obstacle-studies = Studium (Billigkeitsgrund)
obstacle-other = ein anderer Grund (nennen Sie ihn in der Erläuterung)
evidence-title = Worauf sich die Feststellung stützt
evidence-empty = Kein Nachweis erfasst.
evidence-add-legend = Nachweis hinzufügen
evidence-add = Nachweis hinzufügen
evidence-document = eingesehenes Dokument
evidence-home_visit = Hausbesuch
evidence-statement = Erklärung der Person
evidence-official_source = amtliche Quelle
evidence-bank_statement = Kontoauszug
bank-reminder = Nur wenn die Existenzmittel nicht anders nachgewiesen werden können. Erfasst werden nur die Einkommenszeilen: nie Ausgaben.
evidence-bank-reason-shown = Warum ein Kontoauszug: { $reason }

## Hausbesuche
visits-title = Hausbesuche
visits-reminder = Ein Hausbesuch wird angekündigt und betrifft nur Aufenthalt, Haushalt und Existenzmittel. Er dient nicht dazu, Besitz oder Ausgaben zu kontrollieren.
visits-empty = Kein Hausbesuch erfasst.
visit-add-legend = Einen Besuch erfassen
visit-announced = Der Besuch war angekündigt
purpose-residence = tatsächlicher Aufenthalt und Wohnung
purpose-household = Zusammensetzung des Haushalts
purpose-resources = Existenzmittel
visit-findings-hint = Nur was die Bedingungen erfordern: wo die Person wohnt, mit wem, und ihre Existenzmittel.
visit-add = Besuch hinzufügen
visit-was-announced = angekündigt
visit-unannounced = nicht angekündigt: { $reason }
visit-purposes-shown = Zweck: { $purposes }
visit-purpose-required = Kreuzen Sie mindestens einen Zweck des Besuchs an.

## Existenzmittel
resources-title = Existenzmittel
resources-stance = Hier wird nur Einkommen erfasst. Nach Ausgaben wird nie gefragt.
resources-caption = Einkommenszeilen
resources-in-calculation = In der Berechnung
resources-actions = Aktionen
resources-empty = Kein Einkommen erfasst.
resource-add-legend = Eine Einkommenszeile hinzufügen
resource-amount-label = Nettobetrag in Euro
resource-counted-hint = Das ÖSHZ kann den Teil der Existenzmittel dieser Person, der über dem Betrag der Kategorie 1 liegt, ganz oder teilweise anrechnen. Es ist Ihre Entscheidung: Begründen Sie sie. Standardmäßig wird er nicht angerechnet.
resource-motivation-hint = Pflicht, wenn Sie dieses Einkommen anrechnen.
resource-add = Zeile hinzufügen
resource-motivation-shown = Begründung: { $motivation }
sp-exemption = Die sozialberufliche Freistellung auf Arbeitseinkommen anwenden
sp-exemption-hint = Für eine Person, die eine Arbeit oder eine Ausbildung beginnt: Ein Teil des Arbeitseinkommens wird drei Jahre lang nicht angerechnet.

## Kategorie
category-title = Kategorie
category-proposed = Tandem schlägt vor:
category-choice = Gewählte Kategorie
category-reason-hint = Nötig, wenn Ihre Wahl vom Vorschlag abweicht. Sie erscheint in der Entscheidung.
category-save = Kategorie speichern
category-current = Gespeicherte Wahl: { $category }
category-not-saved = Noch keine Kategorie gespeichert: wählen Sie den Vorschlag oder eine andere; die Wahl wird sofort gespeichert.

## Berechnung
calculation-title = Berechnung
calculation-needs-category = Wählen Sie zuerst die Kategorie: Die Berechnung geht von ihr aus.
calculation-yearly = Eingliederungseinkommen pro Jahr
calculation-monthly = Pro Monat
calculation-row = Verwendete Betragstabelle
calculation-row-from = gültig ab { $date }
calculation-calculated = Berechneter Betrag
override-label = Von der Sozialarbeiterin oder dem Sozialarbeiter festgelegter Betrag:
override-legend = Einen anderen Betrag festlegen
override-hint = Nur mit einer schriftlichen Begründung. Der berechnete Betrag, dieser Betrag und die Begründung erscheinen alle im Bericht und in der Entscheidung.
override-amount-label = Jahresbetrag, in Euro
override-save = Diesen Betrag festlegen
override-remove = Entfernen: den berechneten Betrag verwenden

## Entscheidung
decision-title = Entscheidung
decision-intro = Erfassen Sie hier, was der Ausschuss entschieden hat. Eine Ablehnung kann sich nur auf eine der sechs Bedingungen stützen oder auf die Rücknahme des Antrags.
decision-recorded = Entscheidung erfasst
decision-amount-label = Jahresbetrag, in Euro
decision-amount-hint = Berechnet: { $amount } pro Jahr.
decision-amount-hint-override = Von der Sozialarbeiterin oder dem Sozialarbeiter festgelegt: { $amount } pro Jahr.
decision-grounds-hint = Mit den Worten des Ausschusses: die rechtlichen und tatsächlichen Gründe, auch für diese Kategorie.
decision-save = Entscheidung erfassen
outcome-granted = Gewährung
outcome-partly_granted = teilweise Gewährung
outcome-refused = Ablehnung
refusal-withdrawn = Der Antrag wurde zurückgenommen
refusal-hint = Nur eine als „nicht erfüllt“ festgestellte Bedingung oder die Rücknahme des Antrags.
notified-registered_letter = Einschreiben
notified-handed_over = Aushändigung gegen Empfangsbestätigung
decision-summary-outcome = Entscheidung vom { $date }: { $outcome }
decision-summary-ground = Grund: { $ground }
decision-summary-category = Kategorie: { $category }
decision-summary-amount = Betrag: { $amount }
decision-summary-start = Ab dem { $date }
decision-summary-grounds = Gründe: { $grounds }
decision-summary-letter-sent = Entscheidungsbrief verschickt am { $date }.
decision-summary-notified = Zugestellt am { $date } per { $how }
decision-summary-not-notified = Noch nicht zugestellt.

## Einkommensantrag: Meldungen des Kerns
error-refusal-ground = Eine Ablehnung kann sich nur auf eine der sechs Bedingungen stützen, die als „nicht erfüllt“ festgestellt wurde, oder auf die Rücknahme des Antrags.
error-refusal-nationality = Eine Person außerhalb dieser Gruppen wird nicht abgelehnt: Ändern Sie den Antrag in eine dem Eingliederungseinkommen gleichwertige Hilfe (Sozialhilfe, Gesetz vom 8. Juli 1976).
error-no-amount-row = Für den { $date } sind keine Beträge bekannt. Fügen Sie in den Einstellungen die an diesem Datum gültigen Beträge hinzu.
error-no-sp-exemption = Für den { $date } ist kein Betrag der sozialberuflichen Freistellung bekannt. Fügen Sie ihn in den Einstellungen hinzu.
error-date-order = { $field } darf nicht vor { $other } liegen.
error-reason-required = { $field }: Hier ist eine schriftliche Begründung nötig.
field-received-on = Eingangsdatum
field-kind = Art des Antrags
field-other-label = Bezeichnung
field-received-by = Entgegengenommen von
field-receipt-given-on = Empfangsbestätigung ausgehändigt am
field-hearing-notice-given-on = Hinweis auf das Anhörungsrecht ausgehändigt am
field-withdrawn-on = Zurückgenommen am
field-condition = Bedingung
field-finding = Feststellung
field-explanation = Erläuterung
field-detail = Einzelheiten
field-evidence-kind = Art des Nachweises
field-description = Beschreibung
field-seen-on = Datum
field-bank-reason = Warum die Existenzmittel nicht anders nachgewiesen werden konnten
field-visited-on = Datum des Besuchs
field-unannounced-reason = Warum der Besuch nicht angekündigt war
field-purposes = Zweck des Besuchs
field-findings = Was festgestellt wurde
field-amount-cents = Betrag
field-period = Zeitraum
field-whose = Einkommen von
field-resource-kind = Art des Einkommens
field-counted = Dieses Einkommen anrechnen
field-motivation = Begründung
field-category = Kategorie
field-reason = Grund
field-yearly-cents = Jahresbetrag
field-decided-on = Datum der Entscheidung
field-outcome = Entscheidung
field-start-on = Beginn
field-grounds = Gründe
field-refusal-condition = Ablehnungsgrund
field-notified-on = Zugestellt am
field-notified-how = Zugestellt per
field-valid-from = Gültig ab
field-date = Datum
field-request-id = Antrag
field-member = Welche Person
field-months = In wie vielen Monaten des Jahres
field-counted-yearly-cents = Nur so viel pro Jahr anrechnen (Euro)
field-legal-ground = Rechtsgrundlage der Freistellung
field-unbuilt = Unbebautes Grundstück
field-share-percent = Anteil am Miteigentum (%)
field-sold-on = Datum des Verkaufs oder der Schenkung
field-sold-right = Was verkauft oder verschenkt wurde
field-deductions-cents = Damit getilgte Schulden und Freibeträge (Euro)
field-sp-shortage-months = Monate zum Betrag für einen Mangelberuf
field-sp-months-elsewhere = Anderswo genutzte Monate
field-sp-months-used = Genutzte Monate der sozialberuflichen Freistellung
field-amount-motivation = Warum der Ausschuss einen anderen als den berechneten Betrag gewährt
field-resources = Einkommenszeilen
field-household-in-care = Zu Lasten der Person
resource-group-income = Einkommen
resource-group-capital = Kapital und Eigentum
resource-group-exempt = Nie angerechnet
resource-member-hint = Ein Name oder Initialen. Die Zeilen derselben Person werden zusammengezählt; zwei Elternteile sind zwei Personen.
resource-months-all = jeden Monat
resource-months-hint = Für ein Einkommen von nur wenigen Monaten (eine Arbeit von sechs Monaten). Die sozialberufliche Freistellung folgt diesen Monaten.
resource-months-shown =
    { $months ->
        [one] { $months } Monat
        *[other] { $months } Monate
    }
resource-counted-part-hint = Freiwillig: Leer lassen, um den ganzen Teil über dem Betrag der Kategorie 1 anzurechnen.
resource-amount-capital = Kapital in Euro
resource-amount-cadastral = Katastereinkommen (nicht indexiert), Euro pro Jahr
resource-amount-sale = Verkehrswert beim Verkauf oder bei der Schenkung, Euro
sp-shortage-hint = Drei Monate, einmalig, für eine Arbeit von mindestens drei Monaten in einem Mangelberuf.
sp-months-used = In dieser Akte genutzt: { $file } Monate; anderswo: { $elsewhere }; von { $total } in sechs Jahren.
category-cohabitant = zusammenwohnend
category-single = alleinstehend
category-family = mit Familie zu Lasten
resource-kind-wages = Lohn
resource-kind-benefit = Arbeitslosengeld oder andere Leistung
resource-kind-maintenance = Erhaltener Unterhalt
resource-kind-property = Einkünfte aus Vermögen
resource-kind-family_allowance = Familienleistungen
resource-kind-study_grant = Studienbeihilfe
resource-kind-ocmw_aid = Hilfe des ÖSHZ
resource-kind-gift = Gelegentliches Geschenk
resource-kind-other = Anderes Einkommen
resource-kind-maintenance_children = Erhaltener Unterhalt für ein Kind
resource-kind-family_allowance_applicant = Familienleistungen, die eine andere Person im Haushalt für die antragstellende Person erhält
resource-kind-leefloon = Eingliederungseinkommen
resource-kind-exempt_other = Anderes freigestelltes Einkommen
resource-kind-savings = Ersparnisse und anderes Kapital
resource-kind-real_estate = Immobilien (Katastereinkommen)
resource-kind-property_sale = Verkaufte oder verschenkte Güter
resource-kind-wages-explain = Nettolohn aus Arbeit sowie Vergütungen für eine Berufsausbildung.
resource-kind-benefit-explain = Arbeitslosigkeit, Krankheit, Invalidität, Pension oder jede andere Leistung.
resource-kind-maintenance-explain = Unterhaltszahlungen, die die Person für sich selbst erhält: Sie werden angerechnet.
resource-kind-maintenance_children-explain = Unterhaltszahlungen für ein Kind, das die Person erzieht und zu Lasten hat: freigestellt, nie angerechnet.
resource-kind-property-explain = Miete und andere Einkünfte aus Vermögen. Bei einer vermieteten Immobilie erfassen Sie die Miete hier nur, wenn sie höher ist als das Katastereinkommen mal 3; andernfalls erfassen Sie das Katastereinkommen.
resource-kind-family_allowance-explain = Familienleistungen für die Kinder, die die Person erzieht: freigestellt, nie angerechnet.
resource-kind-family_allowance_applicant-explain = Familienleistungen, die ein Elternteil oder eine andere Person im Haushalt für die antragstellende Person erhält (ohne Zuschläge). Vor dem 1. März 2026 freigestellt; seitdem Teil der Existenzmittel dieser Person.
resource-kind-study_grant-explain = Studienbeihilfen: freigestellt, nie angerechnet.
resource-kind-ocmw_aid-explain = Hilfe des ÖSHZ: freigestellt, nie angerechnet.
resource-kind-gift-explain = Gelegentliche Geschenke: freigestellt, nie angerechnet.
resource-kind-leefloon-explain = Ein Eingliederungseinkommen, das jemand im Haushalt erhält: nie angerechnet.
resource-kind-exempt_other-explain = Ein anderes gesetzlich freigestelltes Einkommen: Nennen Sie die Rechtsgrundlage. Erfasst, nie angerechnet.
resource-kind-savings-explain = Das Kapital selbst (Konten, Ersparnisse, Aktien), nicht seine Zinsen: Bis € 6.200 wird nichts angerechnet, darüber 6 %, und über € 12.500 10 % pro Jahr.
resource-kind-real_estate-explain = Das Katastereinkommen (nicht indexiert) der Immobilien im Eigentum oder im Nießbrauch, auch der Wohnung, in der die Person selbst lebt.
resource-kind-property_sale-explain = Güter, die in den zehn Jahren vor dem Antrag verkauft oder verschenkt wurden: ihr Verkehrswert zu diesem Zeitpunkt.
resource-kind-other-explain = Jedes andere Einkommen.
whose-applicant = die antragstellende Person
whose-partner = der Partner oder die Partnerin
whose-parent = ein Elternteil
whose-adult_child = ein volljähriges Kind
whose-other = eine andere Person im Haushalt
whose-maintenance_debtor = ein anderes volljähriges Familienmitglied (Großeltern, Schwiegerfamilie…)
sold-right-full = das volle Eigentum
sold-right-usufruct = ein Nießbrauch
sold-right-bare_ownership = ein bloßes Eigentum
capital-savings = Ersparnisse ({ $whose })
capital-sales = Verkaufte oder verschenkte Güter ({ $whose })
period-month = pro Monat
period-year = pro Jahr
step-amount-row = Beträge gültig ab { $valid_from }: { $category }, { $amount } pro Jahr.
step-resource-income = { $kind } ({ $whose }): { $amount } { $period }, also { $yearly } pro Jahr.
step-resource-income-months = { $kind } ({ $whose }): { $amount } { $period } während { $months ->
        [one] { $months } Monat
       *[other] { $months } Monaten
    }, also { $yearly } pro Jahr.
step-resource-exempt = { $kind } ({ $whose }): { $amount }. Nicht angerechnet: Diese Art von Einkommen ist freigestellt (Art. 22 §1 des Königlichen Erlasses vom 11. Juli 2002).
step-resource-exempt-other = { $kind } ({ $whose }): { $amount }. Nicht angerechnet, freigestellt aufgrund von: { $ground }
step-resource-leefloon = Eingliederungseinkommen ({ $whose }): { $amount }. Nie angerechnet.
step-resource-never = { $kind } ({ $whose }): nicht angerechnet. Die Existenzmittel anderer Personen, die mit der antragstellenden Person zusammenleben (ein Bruder oder eine Schwester, ein Freund, ein minderjähriges Kind), werden nie angerechnet (Art. 34).
step-resource-never-before-reform = { $kind } ({ $whose }): nicht angerechnet. Vor dem 1. März 2026 konnten nur die Existenzmittel eines Partners oder einer Partnerin, der Eltern und der volljährigen Kinder angerechnet werden (Art. 34).
step-resource-savings = Ersparnisse und anderes Kapital ({ $whose }): { $amount }.
step-resource-real-estate = Bebaute Immobilie ({ $whose }): Katastereinkommen (nicht indexiert) { $amount } pro Jahr, Anteil { $share } %.
step-resource-land = Unbebautes Grundstück ({ $whose }): Katastereinkommen (nicht indexiert) { $amount } pro Jahr, Anteil { $share } %.
step-resource-sale = Verkaufte oder verschenkte Güter ({ $whose }): Verkehrswert { $amount }, Anteil { $share } %.
step-sale = Verkauf oder Schenkung vom { $date }: { $value } × { $share } % × { $right } ({ $right_percent } %) = { $counted_value }, minus { $deductions } an damit getilgten Schulden und Freibeträgen: { $net } wird als Kapital angerechnet (Art. 28-32). Die eigenen Freibeträge des Erlasses für einen Verkauf wurden in den Quellen von Tandem nicht gefunden: Geben Sie die zutreffenden selbst als Abzüge ein.
step-sale-too-old = Verkauf oder Schenkung vom { $date }: mehr als zehn Jahre vor dem Antrag, nicht angerechnet (Art. 28).
step-capital = { $what }: { $capital }. Bis { $free } wird nichts angerechnet; 6 % von { $first_part } zwischen { $free } und { $second } und 10 % von { $second_part } darüber: { $amount } pro Jahr (Art. 27).
step-real-estate-built = Bebaute Immobilie ({ $whose }): Katastereinkommen { $cadastral } minus die freigestellten { $free } (€ 750 plus € 125 für jedes der { $children } Kinder zu Lasten, multipliziert mit dem Anteil), das Ganze mal 3: { $amount } pro Jahr (Art. 25). Hypothekenzinsen können unter Bedingungen abgezogen werden, die Tandem nicht prüfen konnte: Wenn das zutrifft, legen Sie den Betrag selbst mit einer Begründung fest.
step-real-estate-unbuilt = Unbebautes Grundstück ({ $whose }): Katastereinkommen { $cadastral } minus die freigestellten { $free } (€ 30 multipliziert mit dem Anteil), das Ganze mal 3: { $amount } pro Jahr (Art. 25).
step-person-applicant = Existenzmittel ({ $whose }): { $total } pro Jahr. Sie werden angerechnet.
step-person-partner-full = Existenzmittel ({ $whose }): { $total } pro Jahr. In Kategorie 3 werden die Existenzmittel eines Partners oder einer Partnerin vollständig angerechnet (Art. 34).
step-person-partner-above = Existenzmittel ({ $whose }): { $total } pro Jahr. Nur der Teil über dem Betrag der Kategorie 1 ({ $cat1 }) wird angerechnet (Art. 34): { $above }.
step-person-relative-not-chosen = Existenzmittel ({ $whose }): { $total } pro Jahr; der Teil über dem Betrag der Kategorie 1 ({ $cat1 }) beträgt { $above }. Nicht angerechnet: Das ÖSHZ kann ihn anrechnen (Art. 34) und hat sich nicht dafür entschieden.
step-person-relative-not-chosen-reform = Existenzmittel ({ $whose }): { $total } pro Jahr; der Teil über dem Betrag der Kategorie 1 ({ $cat1 }) beträgt { $above }. Nicht angerechnet. Seit dem 1. März 2026 (Königlicher Erlass vom 7. Januar 2026) beschreibt die föderale Verwaltung die Anrechnung dieser Existenzmittel als Pflicht; der Text des Erlasses wurde in den Quellen von Tandem nicht gefunden, daher bleibt die Entscheidung bei Ihnen, und die Nichtanrechnung ist die für die Person günstigste Auslegung.
step-person-relative-below = Existenzmittel ({ $whose }): { $total } pro Jahr, nicht über dem Betrag der Kategorie 1 ({ $cat1 }): Davon kann nichts angerechnet werden (Art. 34).
step-person-relative-wholly = Existenzmittel ({ $whose }): { $total } pro Jahr; der Teil über dem Betrag der Kategorie 1 ({ $cat1 }), also { $above }, wird nach Entscheidung des ÖSHZ angerechnet (Art. 34). Begründung: { $motivation }
step-person-relative-partly = Existenzmittel ({ $whose }): { $total } pro Jahr; der Teil über dem Betrag der Kategorie 1 ({ $cat1 }) beträgt { $above }, davon werden { $part } nach Entscheidung des ÖSHZ angerechnet (Art. 34). Begründung: { $motivation }
step-sp-exemption = Sozialberufliche Freistellung auf das Arbeitseinkommen der antragstellenden Person (Art. 35): { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } × { $per_month } = minus { $amount } pro Jahr. Bereits genutzte Monate: { $used } von { $total }; mit diesen: { $after }.
step-sp-exemption-shortage = Sozialberufliche Freistellung auf das Arbeitseinkommen der antragstellenden Person (Art. 35): { $shortage } Monate zum Betrag für einen Mangelberuf ({ $high }) und die übrigen zu { $per_month }, insgesamt { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    }: minus { $amount } pro Jahr. Bereits genutzte Monate: { $used } von { $total }; mit diesen: { $after }.
step-sp-exemption-used-up = Sozialberufliche Freistellung (Art. 35): Die { $total } Monate wurden genutzt ({ $used }), es bleibt also keiner übrig.
warning-single-partner = Existenzmittel eines Partners oder einer Partnerin sind erfasst, aber die Kategorie ist „alleinstehend“: Wer mit einem Partner oder einer Partnerin zusammenlebt, fällt in Kategorie 1 (zusammenwohnend) oder 3 (mit einem minderjährigen Kind zu Lasten). Prüfen Sie die Kategorie. Hier werden die Existenzmittel des Partners oder der Partnerin wie in Kategorie 1 angerechnet.
warning-amounts-old = Die neuesten Beträge in der Tabelle gelten ab { $valid_from }, mehr als ein Jahr vor diesem Datum: Prüfen Sie, ob keine Indexierung fehlt (Einstellungen, Beträge).
step-countable = Angerechnete Existenzmittel: { $amount } pro Jahr.
step-general-exemption = Allgemeine Freistellung für die Kategorie { $category }: minus { $amount } pro Jahr, weil die Existenzmittel unter dem Betrag der Kategorie liegen.
step-general-exemption-none = Keine allgemeine Freistellung: Die Existenzmittel liegen nicht unter dem Betrag der Kategorie.
step-result = Eingliederungseinkommen: { $category_amount } minus { $countable } = { $yearly } pro Jahr, also { $monthly } pro Monat.
step-result-zero = Die angerechneten Existenzmittel erreichen den Betrag der Kategorie: Es ist kein Eingliederungseinkommen geschuldet.
step-override = Von der Sozialarbeiterin oder dem Sozialarbeiter festgelegter Betrag: { $yearly } pro Jahr ({ $monthly } pro Monat). Begründung: { $motivation }
resource-why-counted = angerechnet
resource-why-exempt = freigestellt: nie angerechnet
resource-why-never = nie angerechnet (andere Person im Haushalt)
resource-why-not-chosen = nicht angerechnet (Ermessensentscheidung)
resource-why-chosen = nach Ermessen angerechnet
resource-why-above-cat1 = über dem Betrag der Kategorie 1 angerechnet
resource-why-leefloon = nie angerechnet (Eingliederungseinkommen)
category-why-family = Mindestens ein unverheirateter Minderjähriger lebt bei der Person und ist zu ihren Lasten ({ $names }). Bei geteiltem Sorgerecht zählt auch ein Kind, das sich regelmäßig bei der Person aufhält, auch wenn nicht ununterbrochen (Tandem hat die Quelle dieser Regel in Primabook nicht gefunden: Prüfen Sie sie).
category-why-partner = Ein Partner oder eine Partnerin lebt unter demselben Dach ({ $names }).
category-why-single = Niemand ist als mit der Person zusammenlebend erfasst.
category-why-others = Andere Personen leben unter demselben Dach ({ $names }), aber kein Partner. Zusammenleben gilt nur dann als Zusammenwohnen, wenn die Haushaltsangelegenheiten hauptsächlich gemeinsam geregelt werden: Prüfen Sie das und ändern Sie gegebenenfalls die Kategorie mit einer Begründung.
category-why-unknown = Für { $names } ist nicht erfasst, ob sie mit der Person zusammenleben.
age-proposal-adult = Am Datum des Antrags { $age } Jahre alt: volljährig.
age-proposal-minor = Am Datum des Antrags { $age } Jahre alt: minderjährig. Die Bedingung ist erfüllt, wenn die Person verheiratet ist, ein Kind zu Lasten hat oder schwanger ist.
age-proposal-assimilated = Minderjährige Person, die einer volljährigen gleichgestellt ist ({ $case }).
age-proposal-unknown = Das Geburtsdatum ist nicht erfasst: Prüfen Sie das Alter.
assimilation-married_minor = verheiratet
assimilation-child_in_care = ein Kind zu Lasten
assimilation-pregnant = schwanger
nationality-route-equivalent = Diese Person gehört nicht zu den Gruppen des Gesetzes vom 26. Mai 2002. Sie wird nicht abgelehnt: Nach einer Sozialuntersuchung kann sie die dem Eingliederungseinkommen gleichwertige Hilfe erhalten (Sozialhilfe, Gesetz vom 8. Juli 1976).

