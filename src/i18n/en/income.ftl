# Requests for an income: the request page and the messages of the core about it.

## Home: deadlines
deadlines-title = Deadlines in the next 7 days
deadlines-intro = A decision is due within 30 days of the request, and its notification within 8 days of the decision.
deadlines-empty = No decision or notification is due in the next 7 days.
deadline-decision = Decision due by { $date }
deadline-notification = Notification due by { $date }
due-days-left =
    { $days ->
        [0] today
        [one] { $days } day left
        *[other] { $days } days left
    }
due-today = due today
due-overdue =
    { $days ->
        [one] { $days } day overdue
        *[other] { $days } days overdue
    }
due-overdue-plain = overdue

## Requests of a person
requests-title = Requests for an income
requests-intro = Each request is assessed on the six legal conditions only, from receipt to decision.
requests-empty = No request recorded yet.
request-new = Record a new request
request-create-title = New request
request-create-hint = Give the person an acknowledgement of receipt today: the 30 days for the decision start from the date received.
request-create = Record the request
request-create-cancel = Cancel
request-kind-leefloon = Leefloon (right to social integration)
request-kind-equivalent = Equivalent leefloon (social aid)
request-kind-other = Other request
request-status-open = open
request-status-decided = decided
request-status-withdrawn = withdrawn
request-received = received on { $date }
request-decision-due = decision by { $date }
request-notification-due = notify by { $date }

## Request page
req-back = Back to the person
req-back-title = Back to the person (Escape)
req-title-loading = Request for an income
req-title = Request for an income: { $name }
req-stance = The right is assessed on the six legal conditions only. Resources are checked, expenses never. Nothing from a voluntary support plan plays any role here.
req-unsaved-text = Some entries on this page are not saved yet.
req-unsaved-leave = Leave without saving
req-toc = Parts of the request
req-header-title = The request
req-person = Person
req-status = Status
req-decision-due = Decision due by
req-notification-due = Notification due by
req-first-payment-due = First payment due
req-appeal-ends = Last day to appeal
req-notification-after = known once the decision is recorded
req-clock-hint = The law: a decision within 30 days of the request, notified within 8 days of the decision; after a grant, the first payment within 15 days of the decision; an appeal to the labour court within three months of the notification (a last day on a weekend or public holiday moves to the next working day).
not-recorded = not recorded
req-dates-legend = Procedure
req-receipt-hint = An acknowledgement of receipt is due for every request, on the day.
req-hearing-hint = Art. 20: the person is told in writing that they may be heard by the committee before the decision, assisted or represented by someone of their choice.
req-dates-save = Save the dates
req-withdrawn-legend = Withdrawal
req-withdrawn-hint = Only when the person withdraws the request themselves. Leave it empty otherwise.
req-withdrawn-save = Save the withdrawal date
req-saved = Saved.
req-added = Added.
req-removed = Removed.
remove = Remove
choose = Choose…
not-yet = not yet
hint-optional = Optional.
amount-hint = In euros, for example 1234.56
amount-year-month = { $yearly } a year ({ $monthly } a month)
error-amount-format = { $field }: type an amount in euros, with at most two decimals, for example 1234.56.

## The six conditions
conditions-title = The six conditions
conditions-intro = The person must meet all six at once. For each one: your finding, in your own words, and what it rests on.
condition-residence = Residence
condition-age = Age
condition-nationality = Nationality or residence status
condition-resources = Insufficient resources
condition-work_readiness = Work readiness
condition-other_benefits = Other benefits first
condition-residence-explain = The person actually lives in Belgium, habitually and permanently, with a right to stay. Being on the population register is not required.
condition-age-explain = The person is an adult, or a minor who is married, has a child in their care, or is pregnant.
condition-nationality-explain = Belgian, EU citizen or family member with a right of stay over three months, foreigner on the population register, stateless, recognised refugee, or subsidiary protection.
condition-resources-explain = The person does not have enough resources, and cannot claim them or obtain them by their own effort.
condition-work_readiness-explain = The person is ready to work, unless health or equity reasons prevent it.
condition-other_benefits-explain = The person first claims the rights they have under Belgian or foreign social legislation, and possibly maintenance.
finding-met = met
finding-not_met = not met
finding-to_check = to check
finding-none = no finding yet
explanation-hint = In your own words: what you saw or heard, and why this finding.
condition-save = Save the finding
field-detail-assimilation = Minor treated as an adult
field-detail-group = Nationality or residence status
field-detail-obstacles = What prevents work
assimilation-legend = Minor treated as an adult
assimilation-none = not applicable
assimilation-hint = Only for a minor: one of these is enough.
proposal-label = Tandem proposes:
proposal-use = Use this proposal
proposal-used = Proposal filled in: save the finding to record it.
nationality-group-label = Group
nationality-group-hint = A person outside these groups is not refused: they can receive the equivalent leefloon.
group-belgian = Belgian
group-eu = EU citizen or family member with a right of stay over three months
group-population_register = Foreigner on the population register
group-stateless = Stateless
group-refugee = Recognised refugee
group-subsidiary_protection = Subsidiary protection
group-other = None of these
routing-button = Change to the equivalent leefloon
work-readiness-stance = Tandem records only what prevents work. It does not ask about availability, job applications or "efforts".
obstacles-legend = What prevents work, if anything
obstacles-hint = Tick nothing when nothing prevents work.
obstacle-health = health
obstacle-disability = disability
obstacle-care_duties = care duties
obstacle-studies = studies (equity reason)
obstacle-other = another reason (say which in the explanation)
evidence-title = What the finding rests on
evidence-empty = No evidence recorded.
evidence-add-legend = Add evidence
evidence-add = Add the evidence
evidence-document = document seen
evidence-home_visit = home visit
evidence-statement = statement of the person
evidence-official_source = official source
evidence-bank_statement = bank statement
bank-reminder = Only when resources cannot be shown otherwise. Only the income lines are recorded: never expenses.
evidence-bank-reason-shown = Why a bank statement: { $reason }

## Home visits
visits-title = Home visits
visits-reminder = A home visit is announced and looks only at residence, household and resources. It is not for inspecting belongings or expenses.
visits-empty = No home visit recorded.
visit-add-legend = Record a visit
visit-announced = The visit was announced
purpose-residence = actual residence and housing
purpose-household = household composition
purpose-resources = resources
visit-findings-hint = Only what the conditions need: where the person lives, with whom, and their resources.
visit-add = Add the visit
visit-was-announced = announced
visit-unannounced = not announced: { $reason }
visit-purposes-shown = Purpose: { $purposes }
visit-purpose-required = Tick at least one purpose of the visit.

## Resources
resources-title = Resources
resources-stance = Only income is recorded here. Expenses are never asked.
resources-caption = Income lines
resources-in-calculation = In the calculation
resources-actions = Actions
resources-empty = No income recorded.
resource-add-legend = Add an income line
resource-amount-label = Net amount in euros
resource-counted-hint = The OCMW may count the part of this person's resources above the category 1 amount, wholly or partly. It is your choice: say why. Not counting is the default.
resource-motivation-hint = Required when you count this income.
resource-add = Add the line
resource-motivation-shown = Motivation: { $motivation }
sp-exemption = Apply the socio-professional exemption on earned income
sp-exemption-hint = For a person who starts working or a training: part of the earned income is not counted, for three years.

## Category
category-title = Category
category-proposed = Tandem proposes:
category-choice = Category chosen
category-reason-hint = Needed when your choice differs from the proposal. It appears in the decision.
category-save = Save the category
category-current = Saved choice: { $category }
category-not-saved = No category saved yet: choose the proposal or another one; the choice is saved at once.

## Calculation
calculation-title = Calculation
calculation-needs-category = Choose the category first: the calculation starts from it.
calculation-yearly = Leefloon per year
calculation-monthly = Per month
calculation-row = Amounts table used
calculation-row-from = valid from { $date }
calculation-calculated = Calculated amount
override-label = Amount set by the worker:
override-legend = Set another amount
override-hint = Only with a written motivation. The calculated amount, this amount and the motivation all appear in the report and the decision.
override-amount-label = Amount per year, in euros
override-save = Set this amount
override-remove = Remove it: use the calculated amount

## Decision
decision-title = Decision
decision-intro = Record here what the committee decided. A refusal can only rest on one of the six conditions, or on the request being withdrawn.
decision-recorded = Decision recorded
decision-amount-label = Amount per year, in euros
decision-amount-hint = Calculated: { $amount } a year.
decision-amount-hint-override = Set by the worker: { $amount } a year.
decision-grounds-hint = In the committee's words: the legal and factual grounds, including why this category.
decision-save = Record the decision
outcome-granted = granted
outcome-partly_granted = partly granted
outcome-refused = refused
refusal-withdrawn = The request was withdrawn
refusal-hint = Only a condition found "not met", or the withdrawal of the request.
notified-registered_letter = registered letter
notified-handed_over = handed over against receipt
decision-summary-outcome = Decision of { $date }: { $outcome }
decision-summary-ground = Ground: { $ground }
decision-summary-category = Category: { $category }
decision-summary-amount = Amount: { $amount }
decision-summary-start = From { $date }
decision-summary-grounds = Grounds: { $grounds }
decision-summary-letter-sent = Decision letter sent on { $date }.
decision-summary-notified = Notified on { $date } by { $how }
decision-summary-not-notified = Not notified yet.

## Income request: messages of the core
error-refusal-ground = A refusal can only rest on one of the six conditions, found "not met", or on the request being withdrawn.
error-refusal-nationality = A person outside these groups is not refused: change the request to the equivalent leefloon (social aid, law of 8 July 1976).
error-no-amount-row = No amounts are known for { $date }. Add the amounts valid on that date in the settings.
error-no-sp-exemption = No socio-professional exemption amount is known for { $date }. Add it in the settings.
error-date-order = { $field } cannot be before { $other }.
error-reason-required = { $field }: a written reason is needed here.
field-received-on = Date received
field-kind = Kind of request
field-other-label = Label
field-received-by = Received by
field-receipt-given-on = Receipt handed over on
field-hearing-notice-given-on = Hearing-right notice handed over on
field-withdrawn-on = Withdrawn on
field-condition = Condition
field-finding = Finding
field-explanation = Explanation
field-detail = Details
field-evidence-kind = Kind of evidence
field-description = Description
field-seen-on = Date
field-bank-reason = Why resources could not be shown otherwise
field-visited-on = Date of the visit
field-unannounced-reason = Why the visit was not announced
field-purposes = Purpose of the visit
field-findings = What was found
field-amount-cents = Amount
field-period = Per
field-whose = Whose income
field-resource-kind = Kind of income
field-counted = Count this income
field-motivation = Motivation
field-category = Category
field-reason = Reason
field-yearly-cents = Amount per year
field-decided-on = Date of the decision
field-outcome = Decision
field-start-on = Start date
field-grounds = Grounds
field-refusal-condition = Ground for refusal
field-notified-on = Notified on
field-notified-how = Notified by
field-valid-from = Valid from
field-date = Date
field-request-id = Request
field-member = Which person
field-months = In how many months of the year
field-counted-yearly-cents = Count only this much a year (euros)
field-legal-ground = Legal ground of the exemption
field-unbuilt = Land without a building
field-share-percent = Share in joint ownership (%)
field-sold-on = Date of the sale or gift
field-sold-right = What was sold or given
field-deductions-cents = Debts paid off with it, and abatements (euros)
field-sp-shortage-months = Months at the amount for a shortage occupation
field-sp-months-elsewhere = Months used elsewhere
field-sp-months-used = Months of socio-professional exemption used
field-amount-motivation = Why the committee grants another amount than the calculated one
field-resources = Income lines
field-household-in-care = In the person's care
resource-group-income = Income
resource-group-capital = Capital and property
resource-group-exempt = Never counted
resource-member-hint = A name or initials. Lines of the same person are added up; two parents are two persons.
resource-months-all = every month
resource-months-hint = For an income of a few months only (a job of six months). The socio-professional exemption follows these months.
resource-months-shown =
    { $months ->
        [one] { $months } month
        *[other] { $months } months
    }
resource-counted-part-hint = Optional: leave empty to count the whole part above the category 1 amount.
resource-amount-capital = Capital in euros
resource-amount-cadastral = Cadastral income (not indexed), euros a year
resource-amount-sale = Market value at the sale or gift, euros
sp-shortage-hint = Three months, once, for a job of at least three months in a shortage occupation.
sp-months-used = Used in this file: { $file } months; elsewhere: { $elsewhere }; of { $total } in six years.
category-cohabitant = cohabitant
category-single = single
category-family = family in charge
resource-kind-wages = Wages
resource-kind-benefit = Unemployment or other benefit
resource-kind-maintenance = Maintenance received
resource-kind-property = Property income
resource-kind-family_allowance = Family allowance
resource-kind-study_grant = Study grant
resource-kind-ocmw_aid = OCMW aid
resource-kind-gift = Occasional gift
resource-kind-other = Other income
resource-kind-maintenance_children = Maintenance received for a child
resource-kind-family_allowance_applicant = Family allowance a cohabitant receives for the applicant
resource-kind-leefloon = Leefloon
resource-kind-exempt_other = Other exempt income
resource-kind-savings = Savings and other capital
resource-kind-real_estate = Real estate (cadastral income)
resource-kind-property_sale = Property sold or given away
resource-kind-wages-explain = Net pay from work, and vocational training allowances.
resource-kind-benefit-explain = Unemployment, sickness, disability, pension or any other benefit.
resource-kind-maintenance-explain = Maintenance the person receives for themselves: it counts.
resource-kind-maintenance_children-explain = Maintenance received for a child the person raises and has in care: exempt, never counted.
resource-kind-property-explain = Rent and other income from property. For a property rented out, record the rent here only when it is higher than its cadastral income times 3; otherwise record the cadastral income.
resource-kind-family_allowance-explain = Family allowance for the children the person raises: exempt, never counted.
resource-kind-family_allowance_applicant-explain = Family allowance a parent or other cohabitant receives for the applicant (without supplements). Exempt before 1 March 2026; since then part of that cohabitant's resources.
resource-kind-study_grant-explain = Study grants: exempt, never counted.
resource-kind-ocmw_aid-explain = Aid from the OCMW: exempt, never counted.
resource-kind-gift-explain = Occasional gifts: exempt, never counted.
resource-kind-leefloon-explain = A leefloon someone in the household receives: never counted.
resource-kind-exempt_other-explain = Another income exempt by law: name the legal ground. Recorded, never counted.
resource-kind-savings-explain = The capital itself (accounts, savings, shares), not its interest: up to €6,200 nothing counts, then 6 % and above €12,500 10 % a year.
resource-kind-real_estate-explain = The non-indexed cadastral income of property owned or held in usufruct, the home the person lives in too.
resource-kind-property_sale-explain = Property sold or given away in the ten years before the request: its market value at the time.
resource-kind-other-explain = Any other income.
whose-applicant = the applicant
whose-partner = the partner
whose-parent = a parent
whose-adult_child = an adult child
whose-other = another person living there
whose-maintenance_debtor = another adult family member (grandparent, in-law…)
sold-right-full = the full property
sold-right-usufruct = a usufruct
sold-right-bare_ownership = a bare ownership
capital-savings = Savings of { $whose }
capital-sales = Property of { $whose } sold or given away
period-month = a month
period-year = a year
step-amount-row = Amounts valid from { $valid_from }: { $category }, { $amount } a year.
step-resource-income = { $kind } of { $whose }: { $amount } { $period }, that is { $yearly } a year.
step-resource-income-months = { $kind } of { $whose }: { $amount } { $period } during { $months ->
        [one] { $months } month
       *[other] { $months } months
    }, that is { $yearly } a year.
step-resource-exempt = { $kind } of { $whose }: { $amount }. Not counted: this kind of income is exempt (art. 22 §1 of the royal decree of 11 July 2002).
step-resource-exempt-other = { $kind } of { $whose }: { $amount }. Not counted, exempt on the ground: { $ground }
step-resource-leefloon = Leefloon of { $whose }: { $amount }. Never counted.
step-resource-never = { $kind } of { $whose }: not counted. The resources of other people living with the applicant (a brother or sister, a friend, a minor child) never count (art. 34).
step-resource-never-before-reform = { $kind } of { $whose }: not counted. Before 1 March 2026 only the resources of a partner, the parents and adult children could count (art. 34).
step-resource-savings = Savings and other capital of { $whose }: { $amount }.
step-resource-real-estate = Built property of { $whose }: cadastral income (not indexed) { $amount } a year, share { $share } %.
step-resource-land = Land of { $whose }: cadastral income (not indexed) { $amount } a year, share { $share } %.
step-resource-sale = Property of { $whose } sold or given away: market value { $amount }, share { $share } %.
step-sale = Sale or gift of { $date }: { $value } × { $share } % × { $right } ({ $right_percent } %) = { $counted_value }, minus { $deductions } of debts paid off with it and abatements: { $net } counts as capital (art. 28-32). The decree's own abatements for a sale were not found in Tandem's sources: enter those that apply as deductions.
step-sale-too-old = Sale or gift of { $date }: more than ten years before the request, not counted (art. 28).
step-capital = { $what }: { $capital }. Up to { $free } nothing counts; 6 % of the { $first_part } between { $free } and { $second }, and 10 % of the { $second_part } above: { $amount } a year (art. 27).
step-real-estate-built = Built property of { $whose }: cadastral income { $cadastral } minus the exempt { $free } (€750 plus €125 for each of the { $children } children in care, times the share), times 3: { $amount } a year (art. 25). Mortgage interest may be deducted under conditions Tandem could not verify: if it applies, set the amount yourself with a motivation.
step-real-estate-unbuilt = Land of { $whose }: cadastral income { $cadastral } minus the exempt { $free } (€30 times the share), times 3: { $amount } a year (art. 25).
step-person-applicant = Resources of { $whose }: { $total } a year. They count.
step-person-partner-full = Resources of { $whose }: { $total } a year. In category 3 a partner's resources count in full (art. 34).
step-person-partner-above = Resources of { $whose }: { $total } a year. Only the part above the category 1 amount ({ $cat1 }) counts (art. 34): { $above }.
step-person-relative-not-chosen = Resources of { $whose }: { $total } a year; the part above the category 1 amount ({ $cat1 }) is { $above }. Not counted: the OCMW may count it (art. 34) and did not choose to.
step-person-relative-not-chosen-reform = Resources of { $whose }: { $total } a year; the part above the category 1 amount ({ $cat1 }) is { $above }. Not counted. Since 1 March 2026 (royal decree of 7 January 2026) the federal administration describes counting these resources as an obligation; the decree's text was not found in Tandem's sources, so the choice stays with you, and not counting is the reading most favourable to the person.
step-person-relative-below = Resources of { $whose }: { $total } a year, not above the category 1 amount ({ $cat1 }): nothing of them can count (art. 34).
step-person-relative-wholly = Resources of { $whose }: { $total } a year; the part above the category 1 amount ({ $cat1 }), { $above }, counts by the OCMW's choice (art. 34). Motivation: { $motivation }
step-person-relative-partly = Resources of { $whose }: { $total } a year; the part above the category 1 amount ({ $cat1 }) is { $above }, of which { $part } counts by the OCMW's choice (art. 34). Motivation: { $motivation }
step-sp-exemption = Socio-professional exemption on the applicant's earned income (art. 35): { $months ->
        [one] { $months } month
       *[other] { $months } months
    } × { $per_month } = minus { $amount } a year. Months used before: { $used } of { $total }; with these: { $after }.
step-sp-exemption-shortage = Socio-professional exemption on the applicant's earned income (art. 35): { $shortage } months at the amount for a shortage occupation ({ $high }) and the others at { $per_month }, { $months ->
        [one] { $months } month
       *[other] { $months } months
    } in all: minus { $amount } a year. Months used before: { $used } of { $total }; with these: { $after }.
step-sp-exemption-used-up = Socio-professional exemption (art. 35): the { $total } months have been used ({ $used }), so none is left.
warning-single-partner = A partner's resources are recorded but the category is single: living with a partner makes it category 1 (cohabitant) or 3 (with a minor child in care). Check the category. Here the partner's resources count as in category 1.
warning-amounts-old = The newest amounts in the table start on { $valid_from }, more than a year before this date: check that no indexation is missing (Settings, amounts).
step-countable = Resources that count: { $amount } a year.
step-general-exemption = General exemption for the category { $category }: minus { $amount } a year, because the resources are below the category amount.
step-general-exemption-none = No general exemption: the resources are not below the category amount.
step-result = Leefloon: { $category_amount } minus { $countable } = { $yearly } a year, or { $monthly } a month.
step-result-zero = The resources that count reach the category amount: no leefloon is due.
step-override = Amount set by the worker: { $yearly } a year ({ $monthly } a month). Motivation: { $motivation }
resource-why-counted = counts
resource-why-exempt = exempt: never counted
resource-why-never = never counted (other cohabitant)
resource-why-not-chosen = not counted (worker's choice)
resource-why-chosen = counted by choice
resource-why-above-cat1 = counts above the category 1 amount
resource-why-leefloon = never counted (leefloon)
category-why-family = At least one unmarried minor lives with the person and is in their care ({ $names }). With shared custody, a child who stays with the person regularly, even if not without interruption, counts too (Tandem did not find this rule's source in Primabook: check it).
category-why-partner = A partner lives under the same roof ({ $names }).
category-why-single = Nobody is recorded as living with the person.
category-why-others = Others live under the same roof ({ $names }) but no partner. Living together counts as cohabitation only when household matters are mainly shared: check this, and change the category with a reason if so.
category-why-unknown = For { $names } it is not recorded whether they live with the person.
age-proposal-adult = { $age } years old on the date of the request: an adult.
age-proposal-minor = { $age } years old on the date of the request: a minor. The condition is met if the person is married, has a child in their care, or is pregnant.
age-proposal-assimilated = A minor treated as an adult ({ $case }).
age-proposal-unknown = The birth date is not recorded: check the age.
assimilation-married_minor = married
assimilation-child_in_care = a child in their care
assimilation-pregnant = pregnant
nationality-route-equivalent = This person is outside the groups of the law of 26 May 2002. They are not refused: they can receive the equivalent leefloon (social aid, law of 8 July 1976) after a social inquiry.

