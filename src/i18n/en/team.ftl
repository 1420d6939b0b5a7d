# The team: the store, joining, cover grants, the lead's deadlines, the committee
team-role-worker = social worker
team-role-lead = team lead
team-role-secretary = committee secretary

# The store in the top bar, and Settings, Work in a team
store-vault = Personal vault
store-team = Team { $team } · { $login } ({ $role })
team-settings-title = Work in a team
team-now-vault = Your files are in your personal vault, on this laptop.
team-now-team = Your files are on the team server of { $ocmw } ({ $server }); you work there as { $login }, { $role }.
team-now-unreachable = You work in the team of { $ocmw } ({ $server }) as { $login }, but the server cannot be reached now. Nothing falls back to this laptop: try again when the office network is there.
team-join-intro = Your OCMW's administrator gives you a one-time enrolment code. Paste it here: Tandem shows where it leads before anything is sent. Once you join, your files are on the team's server; your passphrase still opens Tandem.
team-code = Enrolment code
team-read = Read the code
team-ocmw = OCMW
team-server = Server
team-team = Team
team-login = Your login
team-authority = Certificate of the OCMW
team-preview-hint = Check the fingerprint with your administrator before you join: it proves the server is your OCMW's.
team-enrol = Join this team
team-leave-intro = Back to your personal vault: Tandem forgets the link to the team's server. Your files in the team stay on the server, for your team; the files of your personal vault come back.
team-leave = Back to my personal vault
team-leave-confirm = Leave the team on this laptop? To come back you need a new enrolment code from your administrator.
team-leave-yes = Yes, back to my personal vault
team-leave-no = Stay in the team

# The team room
team-button = Team
team-room-title = Team
team-deadlines-title = The team's deadlines
team-deadlines-hint = File references and dates only, for the next 30 days and what is overdue: you see no name and open no file.
team-deadlines-empty = No deadline in the next 30 days, and none overdue.
team-col-file = File
team-col-next = Next step
team-col-due = Due
team-col-worker = Social worker
team-col-state = State
team-col-owner = File of
team-col-cover = Followed by
team-col-until = Until
team-col-actions = Actions
team-state-overdue = overdue
team-state-due = due this week
team-state-later = later
team-stale = being updated
team-covers-title = Cover during an absence
team-covers-hint = A colleague follows one file until a date, that day included; the next day the file closes to them by itself. The support plan never opens to them.
team-covers-empty = No cover is running.
cover-give-legend = Give a colleague one file
cover-worker = Colleague
cover-until = Until (that day included)
cover-give = Give the file
cover-given = { $worker } follows the file until { $date }.
cover-end = End now
cover-ended = The cover of { $file } has ended.
cover-banner = This is { $owner }'s file. You follow it during their absence until { $date }, that day included. Their support plan stays with them.
committee-title = The committee
committee-session = Session
committee-session-option = { $date } · { $place }
committee-none = No session is set yet.
session-add-legend = Set a session
session-date = Date
session-place = Place
session-add = Set the session
session-added = The session is set.
agenda-title = The agenda
agenda-hint = The signed reports the social workers put on this session's agenda, and nothing else of their files. Each report you open is recorded in the person's journal.
agenda-open = Open the report
agenda-print = Print the agenda (PDF)
agenda-saved = The agenda is saved: { $path }
mine-title = Your reports on this agenda
mine-empty = None yet. Put a report on an agenda from its review, once it is signed or sent.
mine-take-off = Take off the agenda

# The report card: a frozen version on a session's agenda
report-agenda-session = On the agenda of the committee's session
report-agenda-put = Put it on the agenda
report-agenda-done = The report is on the agenda of { $session }.
report-agenda-none = No session of the committee is set yet: the secretary sets them.

# Moving a file of the personal vault to the team
move-title = Files of your personal vault
move-hint = A file of your personal vault moves to the team whole (its support plan stays yours there too), once. Both journals record it, and the copy on this laptop is closed: it is kept for the retention years, then listed to be erased.
move-empty = No open file in your personal vault.
move-button = Move this file to the team
move-confirm = Yes, move { $name } to the team
move-done = { $name } is in the team now; the copy in your personal vault is closed.
