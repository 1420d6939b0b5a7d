# The caseload (home screen), its menu, and the codes of the file reference.
caseload-title = My files
caseload-search-label = Find a file
caseload-search-hint = By name, file reference or national register number (with or without dots and dashes).
caseload-filters = Show
caseload-filter-all = All files
caseload-filter-overdue = Overdue
caseload-filter-week = This week
caseload-filter-papers = Waiting for papers
caseload-stage-label = Stage
caseload-stage-any = All stages
caseload-col-person = Person
caseload-col-reference = File reference
caseload-col-stage = Stage
caseload-col-next = Next step
caseload-col-date = By
caseload-sort-by = Sort by { $column }
caseload-page = { $from }–{ $to } of { $total }
caseload-prev = Previous
caseload-next = Next
caseload-empty = No files yet. Start with “New person”.
caseload-no-match = No file matches this search or choice.
caseload-upcoming = Next deadlines
caseload-no-date = no deadline
caseload-waiting-papers = waiting for papers
caseload-due-today = today
caseload-days-late = { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
caseload-days-left = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
caseload-overdue-count = { $count ->
    [0] No deadline has passed
    [one] { $count } file overdue
   *[other] { $count } files overdue
}
caseload-home = My files
caseload-menu = More
caseload-menu-label = More: deadlines, files to erase, hand-over
caseload-menu-deadlines = Deadlines of the next 7 days
caseload-menu-retention = Files to erase
caseload-menu-import = Import a colleague's hand-over
caseload-back = Back to my files
stage-intake = Request
stage-inquiry = Social inquiry
stage-read_together = Read together
stage-at_committee = At the committee
stage-decided = Decided
stage-notified = Notified
stage-running = Right running
stage-review_due = Review due
stage-closed = Closed
next-action-record_request = Record the request
next-action-start_inquiry = Start the social inquiry
next-action-finish_inquiry = Finish the social inquiry
next-action-send_to_committee = Send the report to the committee
next-action-record_decision = Record the decision
next-action-notify = Notify the decision
next-action-review = Yearly review
field-filter = Show
field-stage = Stage
field-sort = Sort
field-query = Search
field-offset = Start of the page
field-limit = Files per page
field-ocmw-code = Code of the OCMW
field-worker-code = Your code
codes-hint = Letters and digits, at most 8. Together they begin every new file reference (for example GNT-AB-2025-00001), so that two social workers of one OCMW never give the same one. Existing references stay as they are.
error-invalid-code = { $field }: letters and digits only, at most { $max }.
identity-title = Identity and household
doc-export-col-reference = File reference
