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
