# Die kürzere Antragsseite: Kacheln je Voraussetzung, Speichern beim Arbeiten, Rückgängig, mitzubringende Unterlagen.

cond-tiles-label = Die sechs Voraussetzungen: eine öffnen
cond-tile-evidence = { $count ->
        [0] noch kein Nachweis
        [one] 1 Nachweis
       *[other] { $count } Nachweise
    }
cond-tile-open = Öffnen
cond-close = Diese Voraussetzung schließen
autosave-hint = Jede Änderung wird beim Arbeiten gespeichert. Rückgängig setzt die letzte zurück.
save-state-idle = Alle Änderungen gespeichert
save-state-pending = Änderungen noch nicht gespeichert…
save-state-saving = Wird gespeichert…
save-state-saved = Gespeichert
save-state-error = Nicht gespeichert: siehe das rot markierte Feld.
undo-button = Rückgängig: { $what }
undo-done = Rückgängig gemacht: { $what }
undo-condition-set = die Feststellung zu { $condition }
undo-evidence-add = der Nachweis bei { $condition }
undo-evidence-remove = der entfernte Nachweis bei { $condition }
undo-visit-add = der hinzugefügte Hausbesuch
undo-visit-remove = der entfernte Hausbesuch
undo-resource-add = die hinzugefügte Einkommenszeile
undo-resource-remove = die entfernte Einkommenszeile
undo-category-set = die Kategorie
undo-income-override = der von Ihnen festgelegte Betrag
undo-request-update = die Daten des Verfahrens
error-nothing-to-undo = Es gibt keine Änderung dieses Antrags mehr, die rückgängig gemacht werden kann.

bring-title = Mitzubringende Unterlagen
bring-intro = Erstellt aus den noch zu prüfenden Voraussetzungen. Geben Sie der Person das Blatt in ihrer Sprache: sie kann abhaken, was sie mitbringt.
bring-none = Jede Voraussetzung hat eine Feststellung: es ist nichts mehr mitzubringen.
bring-lang = Sprache des Blattes
bring-lang-person = die Sprache der Person
bring-save = Das Blatt als PDF speichern
share-doc-kind-to_bring = Mitzubringende Unterlagen

bring-residence-identity = Ihr Personalausweis oder das Dokument, das Ihnen den Aufenthalt in Belgien erlaubt.
bring-residence-address = Wo Sie wohnen: Ihr Mietvertrag oder eine Notiz der Person, bei der Sie wohnen. Ein Hausbesuch kann es auch zeigen.
bring-age-birth = Ein Dokument mit Ihrem Geburtsdatum (Ihr Personalausweis genügt).
bring-age-minor = Wenn Sie unter 18 sind: was Sie einem Volljährigen gleichstellt (Heirat, ein Kind zu Lasten oder eine Schwangerschaft).
bring-age-married = Ihre Heiratsurkunde.
bring-age-child = Ein Dokument, das zeigt, dass ein Kind bei Ihnen lebt und Sie für es sorgen.
bring-age-pregnant = Ein ärztliches Attest über Ihre Schwangerschaft.
bring-nationality-card = Ihr Personalausweis oder Ihre Aufenthaltskarte.
bring-nationality-protection = Die Entscheidung, die Sie als Flüchtling anerkennt oder Ihnen subsidiären Schutz gewährt.
bring-nationality-stateless = Die Entscheidung, die Sie als Staatenlosen anerkennt.
bring-nationality-eu = Das Dokument, das Ihr Recht auf einen Aufenthalt von mehr als drei Monaten in Belgien zeigt.
bring-resources-income = Einen Nachweis jedes Einkommens der letzten drei Monate: Lohnzettel, Abrechnungen von Leistungen (Arbeitslosigkeit, Krankheit, Pension), Unterhalt, den Sie erhalten.
bring-resources-partner = Dieselben Nachweise für Ihren Ehe- oder Lebenspartner, wenn Sie zusammenleben.
bring-resources-capital = Wenn Sie Ersparnisse oder ein Eigentum haben: den Stand der Ersparnisse oder die Urkunde oder das Katastereinkommen des Eigentums.
bring-work-any = Wenn Sie etwas am Arbeiten hindert (Gesundheit, Studium, Pflege eines Menschen): ein Dokument, das es zeigt. Sonst nichts.
bring-work-health = Ein ärztliches Attest darüber, was Ihre Gesundheit erlaubt.
bring-work-studies = Ihre Einschreibungsbescheinigung für Ihr Studium.
bring-work-care = Ein Dokument über die Pflege, die Sie leisten (zum Beispiel für ein Kind oder einen kranken Angehörigen).
bring-benefits-letters = Briefe über andere Leistungen, die Sie erhalten oder beantragt haben (Arbeitslosigkeit, Krankenversicherung, Pension, Beihilfe für Personen mit Behinderung, Kindergeld), Ablehnungen eingeschlossen.
bring-benefits-maintenance = Wenn Ihnen jemand Unterhalt schuldet: das Urteil oder die Vereinbarung.
bring-note-registers = Was die öffentlichen Register schon enthalten (das Nationalregister, die Zentrale Datenbank der sozialen Sicherheit), sehen wir selbst nach: das müssen Sie nicht mitbringen.
bring-note-expenses = Ihre Ausgaben werden nie erfragt. Kontoauszüge nur, wenn ein Einkommen nicht anders nachzuweisen ist, und dann nur die Einkommenszeilen.
bring-note-missing = Können Sie ein Dokument nicht bekommen? Sagen Sie es uns: wir suchen gemeinsam einen anderen Weg.

doc-bring-title = Mitzubringende Unterlagen
doc-bring-intro = Um über Ihren Antrag zu entscheiden, müssen wir die folgenden Punkte noch prüfen. Bringen Sie mit, was Sie haben, möglichst vor dem { $date }. Sie können abhaken, was Sie mitbringen.
doc-bring-nothing = Wir haben alles, was wir brauchen, um Ihren Antrag zu prüfen: Sie müssen nichts mehr mitbringen.

# The person's export: the undo table of a request.
doc-export-table-income_undo = Änderungen, die rückgängig gemacht werden können
doc-export-col-before = Was die Änderung ersetzt hat
