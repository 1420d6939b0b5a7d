## Collective signals: figures of a period, the individualisation gap, observations (never about one person)
signal-theme-housing = Housing
signal-theme-energy = Energy
signal-theme-debt = Debt
signal-theme-health = Health
signal-theme-administration = Administration and digital access
signal-theme-work = Work
signal-theme-income_adequacy = Income adequacy
signal-theme-discrimination = Discrimination
signal-theme-other = Other
field-theme = Theme
field-situations = Number of situations
field-format = File format
field-paths = Signal files
field-from = From
field-to = To
field-gap = Individualisation gap
field-signals = Signal figures
what-observation = observation
what-signal-file = signal file
error-observation-identifies = This observation names someone of the vault ({$count} { $count ->
        [one] match
       *[other] matches
    }): remove the names, national register numbers, addresses and phone numbers it contains. An observation never identifies anyone.
error-signal-duplicate = One of these signal files is already part of another one you chose: each worker's file is counted only once.

## Collective signal: the PDF
doc-signal-title = Collective signal
doc-signal-period = From { $from } to { $to }
doc-signal-intro = What many files show together, to pass on to the OCMW council, the federations and civil society. Nothing in it identifies anyone: no names, numbers, dates of birth, addresses or file references; counts from 1 to 4 are shown as "fewer than 5", and a few more are hidden so that none can be worked out from the totals.
doc-signal-requests = The requests received in the period, and what became of them
doc-signal-received-by-month = Requests received, by month
doc-signal-refusals = Refusals, by the condition found not met
doc-signal-categories = Rights granted, by category
doc-signal-deadlines = The deadlines of the law: decide within 30 days, notify within 8 days
doc-signal-median-late = Half of the late decisions came more than { $days } { $days ->
        [one] day
       *[other] days
    } late.
doc-signal-reports = Home visits and social reports
doc-signal-support = Voluntary support (counts only, never its content)
doc-signal-gap = The cost of the cohabitant rate
doc-signal-gap-intro = For each right granted at the cohabitant rate: what the person would receive at the single rate, with their own resources only. The difference is the individualisation gap. Part of it comes from counting a partner's or parents' resources (the means test); the rest from the lower rate itself.
doc-signal-gap-monthly = The gap, a month, all these rights together
doc-signal-gap-period = The gap over the period
doc-signal-gap-means = of which the means test
doc-signal-gap-hidden = not shown (fewer than 5 rights)
doc-signal-gap-by-month = The gap, by month
doc-signal-gap-method = How it is computed: each right's own calculation is run again on the same date and resources, once at the cohabitant rate with only the person's own resources (the means-test part), once at the single rate with only their own resources (the whole gap). Over the period, each month counts pro rata of the days the right ran. Amounts are rounded to the euro, and not shown when fewer than 5 rights make them.
doc-signal-observations = What the social workers observe
doc-signal-observation = { $theme }, { $from } to { $to }, about { $situations } { $situations ->
        [one] situation
       *[other] situations
    }
doc-signal-no-observations = No observation was recorded for this period.
doc-signal-left-out = { $count } { $count ->
        [one] observation was
       *[other] observations were
    } left out because { $count ->
        [one] it names
       *[other] they name
    } someone of the vault.
doc-signal-method-title = Method
doc-signal-method = Counts come from the files of the social worker (or of several, merged); decisions are those of the requests received in the period. A count from 1 to 4 is never shown. The counts are tied by sums (a total and what makes it up); where a hidden count could be worked out from them, the smallest count beside it is hidden too, and a hidden count is given as the range it must lie in. Merged files add up these ranges.
doc-signal-footer = Tandem · collective signal · { $files } { $files ->
        [one] file
       *[other] files merged
    }
signal-count-requests-received = Requests received
signal-count-requests-decided = Decided
signal-count-requests-withdrawn = Withdrawn before a decision
signal-count-requests-pending = Not decided yet
signal-count-decisions-granted = Granted
signal-count-decisions-partly-granted = Partly granted
signal-count-decisions-refused = Refused
signal-count-decisions-within-30-days = Decided within 30 days
signal-count-decisions-late = Decided late
signal-count-notifications-within-8-days = Notified within 8 days
signal-count-notifications-late = Notified late
signal-count-notifications-not-recorded = Notification not recorded
signal-count-refused-withdrawn = Request withdrawn
signal-count-granted-cohabitant = Rights at the cohabitant rate
signal-count-visits-announced = Home visits announced
signal-count-visits-unannounced = Home visits not announced
signal-count-reports-read-together = Reports read together
signal-count-reports-cosigned = Co-signed by the person
signal-count-reports-signed-on-paper = Signed on paper
signal-count-reports-declined = Signing declined by the person
signal-count-reports-with-remarks = With the person's remarks
signal-count-support-wanted = Wanted support
signal-count-support-not-now = Said "not now"

## Collective signals: the screen
signals-button = Signals
signals-title = Collective signals
signals-back = Back
signals-intro = What your files show together, to pass on without identifying anyone. Counts from 1 to 4 are never shown, and a few more are hidden so that none can be worked out from the totals. What you see here is exactly what leaves in the exports.
signals-period-legend = Period
signals-show = Show the figures
signals-requests = The requests received in the period
signals-refusals = Refusals, by the condition found not met
signals-categories = Rights granted, by category
signals-deadlines = Deadlines
signals-reports = Visits, reports and support
signals-gap-title = The cost of the cohabitant rate
signals-gap-rights = Rights at the cohabitant rate
signals-gap-monthly = The gap, a month (all these rights)
signals-gap-period = The gap over the period
signals-gap-means = of which the means test
signals-gap-hidden = not shown (fewer than 5 rights)
signals-observations-title = Observations about no one in particular
signals-observations-intro = What you see across files: housing, energy, administration… Write it without names, numbers or addresses: Tandem checks the text against everyone in the vault before saving.
signals-observations-none = No observation for this period yet.
signals-observation-meta = { $theme } · { $from } to { $to } · { $situations } { $situations ->
        [one] situation
       *[other] situations
    }
signals-observation-remove = Remove
signals-observation-save = Save the observation
signals-observation-check = Check for names and numbers
signals-observation-clean = Nothing in this text names someone of the vault.
signals-observation-found = Remove these words before saving: { $found }
signals-observation-saved = Observation saved.
signals-exports-title = Pass it on
signals-export-pdf = Save as PDF
signals-export-csv = Save as CSV
signals-export-json = Save the signal file (to merge)
signals-saved = Saved as { $path }
signal-fewer-than-5 = fewer than 5
signal-between = between { $min } and { $max }
signal-at-least = at least { $min }
