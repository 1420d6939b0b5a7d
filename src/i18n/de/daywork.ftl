## Gemeinsam lesen: die Liste anderer Personen, die Fußzeile
others-open = Liste der Personen anzeigen
others-open-title = Die Liste blieb nach dem gemeinsamen Lesen geschlossen: Öffnen Sie sie erst, wenn die Person nicht mehr mitliest
footer-others = Dieser Bildschirm zeigt andere Personen: Lassen Sie die Person neben Ihnen nicht mitlesen.

## Daten
date-placeholder = TT.MM.JJJJ
date-format-hint = Datum als TT.MM.JJJJ, zum Beispiel 18.05.1993.
date-invalid = „{ $value }“ ist kein Datum. Schreiben Sie es als TT.MM.JJJJ, zum Beispiel 18.05.1993.
date-impossible = Den { $value } gibt es nicht: Prüfen Sie Tag und Monat.
date-year = Schreiben Sie das Jahr mit vier Ziffern, zum Beispiel 1993.
date-too-early = Ein Datum vor 1900 ist nicht möglich.

## Tastenkürzel und ihre Übersicht
help-button = Tastenkürzel
help-title = Tastenkürzel
help-intro = Diese Tasten funktionieren überall in Tandem. Das Fragezeichen öffnet diese Übersicht, außer während Sie in ein Feld schreiben.
help-key-search = Eine Person suchen
help-key-save = Das Formular speichern, in dem Sie arbeiten
help-key-print = Das angezeigte Dokument drucken (den gemeinsam gelesenen Bericht oder das gerade gespeicherte Dokument)
help-key-help = Diese Übersicht anzeigen
help-key-escape = Diese Übersicht schließen oder zurückgehen
help-close = Schließen
keys-no-search = Gesucht wird auf dem Startbildschirm, mit der Liste der Personen.
keys-search-together = Während des gemeinsamen Lesens bleibt die Liste der Personen geschlossen.
keys-no-save = Hier gibt es nichts zu speichern: Setzen Sie den Cursor in das Formular, das Sie speichern möchten.
keys-no-print = Hier wird kein Dokument zum Drucken angezeigt.

## Ordner und Dateien wählen (Dialoge des Systems)
choose-folder = Ordner wählen…
choose-file = Datei wählen…
document-copy = In einen Ordner kopieren…
document-copied = Kopiert nach { $path }
choose-clear = Leeren
choose-failed = Das Auswahlfenster konnte nicht geöffnet werden: { $detail }

## Lange Erklärungen, einklappbar
fold-hide = Erklärung ausblenden
fold-show = Erklärung anzeigen

## Headings
main-title = Personen
