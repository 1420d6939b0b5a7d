# The shorter request page: condition tiles, saving as you go, undo, documents to bring.

cond-tiles-label = The six conditions: open one
cond-tile-evidence = { $count ->
        [0] no evidence yet
        [one] 1 piece of evidence
       *[other] { $count } pieces of evidence
    }
cond-tile-open = Open
cond-close = Close this condition
autosave-hint = Every change is saved as you make it. Undo puts back the last one.
save-state-idle = All changes saved
save-state-pending = Changes not saved yet…
save-state-saving = Saving…
save-state-saved = Saved
save-state-error = Not saved: see the field marked in red.
undo-button = Undo: { $what }
undo-done = Undone: { $what }
undo-condition-set = the finding on { $condition }
undo-evidence-add = the evidence added to { $condition }
undo-evidence-remove = the evidence removed from { $condition }
undo-visit-add = the home visit added
undo-visit-remove = the home visit removed
undo-resource-add = the income line added
undo-resource-remove = the income line removed
undo-category-set = the category
undo-income-override = the amount set by you
undo-request-update = the dates of the procedure
error-nothing-to-undo = There is no change of this request left to undo.

bring-title = Documents to bring
bring-intro = Made from the conditions still to check. Give the person the sheet in their language: they can tick what they bring.
bring-none = Every condition has a finding: there is nothing more to bring.
bring-lang = Language of the sheet
bring-lang-person = the person's language
bring-save = Save the sheet as PDF
share-doc-kind-to_bring = Documents to bring

bring-residence-identity = Your identity card, or the document that gives you the right to stay in Belgium.
bring-residence-address = Where you live: your lease, or a note from the person who houses you. A home visit can show it too.
bring-age-birth = A document with your date of birth (your identity card is enough).
bring-age-minor = If you are under 18: what makes you equal to an adult (marriage, a child in your care, or a pregnancy).
bring-age-married = Your marriage certificate.
bring-age-child = A document showing that a child lives with you in your care.
bring-age-pregnant = A medical certificate of your pregnancy.
bring-nationality-card = Your identity card or residence card.
bring-nationality-protection = The decision that recognises you as a refugee or grants you subsidiary protection.
bring-nationality-stateless = The decision that recognises you as stateless.
bring-nationality-eu = The document that shows your right to stay in Belgium for more than three months.
bring-resources-income = Proof of each income of the last three months: pay slips, statements of benefits (unemployment, sickness, pension), maintenance you receive.
bring-resources-partner = The same proofs for your spouse or partner, if you live together.
bring-resources-capital = If you have savings or property: the balance of the savings, or the deed or cadastral income of the property.
bring-work-any = If something prevents you from working (health, studies, care of someone): a document that shows it. Otherwise nothing.
bring-work-health = A medical certificate about what your health allows.
bring-work-studies = Your certificate of enrolment in your studies.
bring-work-care = A document showing the care you give (for example to a child or a sick relative).
bring-benefits-letters = Letters about other benefits you receive or asked for (unemployment, sickness insurance, pension, disability allowance, child benefit), refusals included.
bring-benefits-maintenance = If someone owes you maintenance: the judgment or the agreement.
bring-note-registers = We look up ourselves what the public registers already hold (the national register, the Crossroads Bank for Social Security): you do not need to bring it.
bring-note-expenses = Your expenses are never asked. Bank statements only if an income cannot be shown another way, and then only the income lines.
bring-note-missing = If you cannot get a document, tell us: we look for another way together.

doc-bring-title = Documents to bring
doc-bring-intro = To decide on your request, we still need to check the points below. Please bring what you have, if possible before { $date }. You can tick what you bring.
doc-bring-nothing = We have everything we need to look at your request: there is nothing more to bring.

# The person's export: the undo table of a request.
doc-export-table-income_undo = Changes that can be undone
doc-export-col-before = What the change replaced
