## Rights the person may be missing: the screener and where things stand
right-status-receives = Receives it
right-status-will_request = Will request it
right-status-requested = Requested
right-status-not_wanted = Does not want it
right-status-not_applicable = Not applicable
doc-export-table-rights_status = The rights we looked at together
doc-export-col-right_id = Right
doc-export-col-requested_on = Requested on
doc-export-col-event_on = Day of the event

# The screener on the person's page
rights-title = Rights to check
together-title-rights = Rights you may have
together-why-rights = We look at rights you may have besides your income, from what your file already says. Nothing here changes your income, and what you choose is up to you.
rights-intro = Rights that often go unclaimed, screened on what the file already holds. Where a fact is missing, the right says "possibly" and the one question that would settle it; nothing is asked by default.
rights-load = Show the rights to check
rights-sheet = Save the "Your rights" sheet
rights-status-label = Where things stand
rights-facts = Screened on { $date } from the file: { $facts }.
rights-fact-leefloon = leefloon since { $date }
rights-fact-no-leefloon = no running leefloon
rights-fact-age = { $age } years old
rights-fact-age-unknown = age not known
rights-fact-region-flanders = address in Flanders
rights-fact-region-wallonia = address in Wallonia
rights-fact-region-brussels = address in Brussels
rights-fact-region-german = address in the German-speaking Community
rights-fact-region-unknown = no postcode in the address
rights-group-check_arrived = { $count ->
    [one] Comes by itself: check that it arrived ({ $count } right)
   *[other] Come by themselves: check that they arrived ({ $count } rights)
}
rights-group-answer_letter = { $count ->
    [one] A letter comes: answer it ({ $count } right)
   *[other] A letter comes: answer it ({ $count } rights)
}
rights-group-request = { $count ->
    [one] To request ({ $count } right)
   *[other] To request ({ $count } rights)
}
rights-group-ask = { $count ->
    [one] Possibly: one question settles it ({ $count } right)
   *[other] Possibly: one question settles each ({ $count } rights)
}
rights-not-now = { $count ->
    [one] { $count } right does not apply on what the file shows.
   *[other] { $count } rights do not apply on what the file shows.
}
rights-question = The question: { $question }
rights-figure = { $text } (from { $date })
rights-figure-none = Amount not verified for today: ask the body that grants it.
rights-body = Granted by: { $body }.
rights-deadline-days = { $days ->
    [one] To request within { $days } day of the event.
   *[other] To request within { $days } days of the event.
}
rights-deadline-yearly = Yearly closing date: { $date } (month-day).
rights-verified-official = Rule read in the official source, checked on { $date }.
rights-verified-secondary = Rule read in a secondary source, checked on { $date }: confirm it on the official page.
rights-verified-unverified = Rule not verified (checked on { $date }): treat it as a lead, not as a fact.
rights-requested-on = requested on { $date }
rights-due-on = to request by { $date }
rights-requested-on-label = Requested on
rights-event-on-label = Day of the event the deadline runs from
rights-save = Record
rights-choose-status = Choose where things stand first.
rights-saved = Recorded: { $name }.
share-doc-kind-rights = "Your rights" sheet
# The sheet
doc-rights-title = Your rights to check
doc-rights-dated = Made on { $date }.
doc-rights-intro = Besides your income, these rights may be yours. Some come by themselves; for others a letter comes or you must ask. With each: who grants it, how and where to ask, and by when.
doc-rights-group-check_arrived = It should come by itself: check that it arrived
doc-rights-group-answer_letter = A letter will come: answer it
doc-rights-group-request = You can ask for it
doc-rights-group-ask = Perhaps: one question settles it
doc-rights-question = To know: { $question }
doc-rights-body = Granted by
doc-rights-figure = Amount or advantage
doc-rights-figure-from = { $text } (valid from { $date })
doc-rights-figure-none = Not verified for today: ask the body that grants it.
doc-rights-deadline = Deadline
doc-rights-deadline-days = { $days ->
    [one] within { $days } day of the event
   *[other] within { $days } days of the event
}
doc-rights-deadline-yearly = each year by { $date } (month-day)
doc-rights-status = Where it stands
doc-rights-due = to ask by { $date }
doc-rights-note = This sheet is made from what your file at the OCMW says. Rules and amounts change: the body that grants a right has the last word. Nothing on this sheet changes your income.
doc-rights-figure-from-old = { $text } (from { $date }; it may have changed since: ask for today's amount)
rights-figure-old = { $text } (from { $date }; may have changed since)
deadline-right = Request by { $date }: { $right }
rights-status-now = Where it stands: { $status } (recorded on { $date })
