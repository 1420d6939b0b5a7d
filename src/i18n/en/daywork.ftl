## Together mode: the list of other persons, the footer
others-open = Show the list of persons
others-open-title = The list stayed closed after reading together: open it once the person no longer reads along
footer-others = This screen shows other persons: do not let the person beside you read it.

## Dates
date-placeholder = dd/mm/yyyy
date-format-hint = Date as dd/mm/yyyy, for example 18/05/1993.
date-invalid = "{ $value }" is not a date. Write it as dd/mm/yyyy, for example 18/05/1993.
date-impossible = { $value } does not exist: check the day and the month.
date-year = Write the year in four digits, for example 1993.
date-too-early = A date before 1900 is not accepted.

## Keyboard shortcuts and their overview
help-button = Keyboard shortcuts
help-title = Keyboard shortcuts
help-intro = These keys work everywhere in Tandem. The question mark opens this overview, except while you type in a field.
help-key-search = Search a person
help-key-save = Save the form you are working in
help-key-print = Print the document shown (the report read together, or the document just saved)
help-key-help = Show this overview
help-key-escape = Close this overview, or go back
help-close = Close
keys-no-search = Search is on the home screen, with the list of persons.
keys-search-together = While reading together, the list of persons stays closed.
keys-no-save = Nothing to save here: put the cursor in the form you want to save.
keys-no-print = No document is shown here to print.

## Choosing a folder or a file (the system's dialogs)
choose-folder = Choose a folder…
choose-file = Choose a file…
document-copy = Copy to a folder…
document-copied = Copied to { $path }
choose-clear = Clear
choose-failed = The window to choose could not open: { $detail }

## Long explanations, foldable
fold-hide = Hide the explanation
fold-show = Show the explanation

## Headings
main-title = Persons
