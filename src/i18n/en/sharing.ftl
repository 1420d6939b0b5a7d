# Sharing and access: consents, the sharing gate and its log, the person's own copy, hand-over, closing and erasing a file; together mode.

## Sharing and access on the person's page
sharing-title = Sharing and access
sharing-intro = Nothing about the person leaves the OCMW without their consent. Here you record what they agreed to and everything that was shared, and you give them a copy of their own file.
consent-title = Consents of the person
consent-intro = Each consent says who may receive which parts of the file, and why. The person can withdraw it at any time, without giving a reason.
consent-empty = No consent recorded.
consent-recipient = { $organisation } ({ $role })
consent-purpose-shown = Purpose: { $purpose }
consent-covers = Covers: { $parts }
consent-given-on = given on { $date }
consent-ends-on = ends on { $date }
consent-no-end = no end date
consent-withdrawn-on = withdrawn on { $date }
consent-status-current = current
consent-status-withdrawn = withdrawn
consent-status-expired = expired
consent-status-not_yet = not started yet
consent-withdraw = Withdraw
consent-withdrawn-done = Withdrawn as of { $date }: nothing more goes to { $organisation } on this consent.
consent-add-legend = Record a new consent
consent-role-hint = For example: social worker, debt counsellor, doctor.
consent-purpose-hint = Why the person agrees, in plain words: for what help, with what aim.
consent-ends-hint = Optional. Leave it empty when the consent has no end date: the person can still withdraw it at any time.
consent-give = Record the consent
consent-given-done = The consent is recorded.
consent-parts-required = Tick at least one part of the file that the consent covers.
part-identity = identity details
part-household = household
part-income = income and resources
part-report = social report
part-plan = support plan

## Sharing: field labels (also used by the core in error messages)
field-recipient-organisation = Recipient organisation
field-recipient-role = Role of the recipient
field-purpose = Purpose
field-covers = Parts of the file covered
field-given-on = Given on
field-ends-on = Ends on
field-parts = Parts of the file concerned
field-what = What was shared
field-consent-id = Consent
field-document = Document
field-document-kind = Kind of document
field-document-id = Document
field-closed-on = Closed on
field-retention-years = Keep closed files for (years)
field-bundle = Hand-over file
field-conditions-secrecy-bound = recipient bound by professional secrecy, for the same mission
field-conditions-necessary-only = only what is necessary
field-conditions-informed-consent = person informed and agreeing

## Share something
share-title = Share something
share-intro = Only on a current consent of the person, and only when the three conditions of shared professional secrecy are met. Every share is written in the sharing log below.
share-consent-label = On the consent of the person
share-consent-choose = Choose a consent…
share-consent-option = { $organisation } ({ $role }): { $purpose }
share-no-consent = There is no current consent. Record the person's consent first.
share-consent-required = Choose the consent of the person that this rests on. Without a consent, nothing can be shared.
share-covers = The consent covers: { $parts }
share-doc-kind-label = A document from the file
share-doc-none = No document
share-doc-kind-report = Social report
share-doc-kind-receipt = Acknowledgement of receipt
share-doc-kind-decision = Decision letter
share-doc-kind-end = Letter ending the right
share-doc-kind-plan = Support plan
share-doc-hint = Optional. The PDF is saved in the Tandem folder of your Documents, and the parts it contains are written in the log.
share-doc-which = Which one
share-doc-empty = There is no such document in this file yet.
share-doc-request = Request of { $date }: { $kind }
share-doc-plan = Support plan opened on { $date }
share-doc-required = Choose the document to share, or choose "No document".
share-what-hint = In a few words: what you passed on, and how (by phone, by letter, in a meeting). Not needed when you share a document.
secrecy-conditions-legend = The three conditions of shared professional secrecy
secrecy-conditions-hint = Tick each one only when it is true. If one of them is not true, nothing can be shared.
cond-secrecy = The recipient is bound by professional secrecy and works for the same mission for this person.
cond-necessary = Only what is necessary for that mission is shared.
cond-consent = The person was told what is shared, with whom and why, and agrees.
share-submit = Record the share
share-recorded = Recorded in the sharing log.
share-saved-as = Recorded in the sharing log. The document is saved as { $path }

## Sharing log
log-title = Sharing log
log-intro = Everything shared from this file, newest first. The person may read this log at any time.
log-empty = Nothing has been shared from this file.
log-recipient = Recipient
log-what = What
log-kind = How
log-worker = By
log-fingerprint = Fingerprint: { $sha }
share-kind-copy = information passed on
share-kind-document = document
share-kind-handover = hand-over of the file

## The person's own copy (right of access)
export-title = A copy for the person
export-intro = The person has the right to see their file and to receive a copy of it. This saves everything Tandem holds about them: a PDF to read and a data file to keep or to take elsewhere. No consent is needed.
export-button = Make a copy for the person
export-saved-pdf = Copy to read saved as { $path }
export-saved-json = Data file saved as { $path }

## Hand-over to a colleague
handover-title = Hand over to a colleague
handover-intro = When the person's file moves to a colleague with their own Tandem, the whole file goes as one encrypted file. It needs a current consent that covers every part of the file, and the three conditions.
handover-needs-all = A hand-over needs a consent that covers every part of the file.
handover-pass-hint = At least 12 characters, chosen only for this hand-over. It is not your own passphrase.
handover-submit = Make the hand-over file
handover-saved-as = Hand-over file saved as { $path }
handover-tell-passphrase = Give the file to your colleague, and tell them the passphrase by another channel: by phone or face to face, never in the same e-mail or on the same USB stick.

## Closing the file
file-title = Closing the file
file-intro = When the help ends, close the file. A closed file is kept for the period set in the settings, then listed on the home screen to be erased. Reopen it if the person comes back.
file-open = This file is open.
file-closed = Closed on { $closed }, kept until { $until }.
file-close = Close the file
file-reopen = Reopen the file
person-closed-on = file closed on { $date }
hint-retention-years = A closed file is kept this many years after it was closed (1 to 30), then listed on the home screen to be erased.

## Home: import a hand-over, files past their retention period
import-title = Import a hand-over
import-intro = A colleague handed a person's file over to you: choose the hand-over file they gave you and type the passphrase they told you by another channel.
import-pass-hint = The passphrase of this hand-over, from your colleague.
import-submit = Import the file
import-file-required = Choose the hand-over file first.
import-read-failed = The file could not be read. Choose it again.
import-done = Imported. The person's file is open.
retention-title = Files past their retention period
retention-intro = These files were closed and the period to keep them is over. Erase each one: then nothing about the person stays in the vault.
retention-empty = No file is past its retention period.
retention-line = Closed on { $closed }, kept until { $until }
retention-erase = Erase…
retention-confirm-text = Erase the file of { $name } for good? Everything about this person is deleted from the vault. This cannot be undone.
retention-erase-confirm = Erase for good
retention-erase-cancel = Keep it
retention-erased = The file has been erased. Nothing about this person remains in the vault.

## Together mode: the person reads their own file beside the worker
together-toggle = Together mode
together-toggle-title = Read this file together with the person: large type, plain words, nothing about anyone else
together-banner-title = Together mode
together-banner-text = You are reading your own file, with your social worker. You can see everything in this file. Nothing about anyone else is on the screen.
together-leave = Leave together mode
together-why-identity = We ask this to know who you are and how to reach you. Only a name is needed: the rest you may give or not.
together-why-household = We ask who lives with you because the law looks at it: it decides which amount applies to you.
together-why-request = We note the date of your request because it starts the clock: the OCMW must decide within 30 days, and tell you the decision within 8 days after that.
together-why-conditions = We go through these six points because the law sets them for the leefloon. We look at nothing else.
together-why-resources = We ask about your income because it counts for the amount. Your expenses are never asked.
together-why-report = We write this report because the committee decides on it. You read it first, you may add your own remarks, and you decide whether to sign it.
together-why-plan = We only ask whether you want help. Help is your choice: it has no effect on your income, and you can stop at any time.
together-why-sharing = We show this so that you know where your information goes. Nothing about you leaves the OCMW without your consent, and you can withdraw a consent at any time.
together-title-household = Who lives with you
together-title-requests = Your requests for an income
together-title-support = Help, if you want it
together-title-sharing = Who may see your information
together-title-conditions = What the law looks at
together-title-resources = Your income
together-title-category = Which amount applies to you
together-title-calculation = How the amount is worked out
together-title-report = The report about your request

## Sharing, hand-over and retention: messages of the core
error-consent-missing = There is no consent of the person for this recipient and this purpose. Record the person's consent first: without it, nothing can be shared.
error-consent-withdrawn = The person has withdrawn this consent, so nothing can be shared on it any more. If the person agrees again, record a new consent.
error-consent-expired = This consent is not valid today: it has ended, or it has not started yet. Check the dates with the person, and record a new consent if they agree.
error-consent-scope = The person's consent does not cover { $parts }. Share only what the consent covers, or ask the person and record a new consent that includes it.
error-share-conditions = Nothing was shared: the condition "{ $field }" is not confirmed. Shared professional secrecy needs all three conditions. Tick it only when it is true; if it is not, sharing is not possible.
error-handover-wrong = This hand-over file cannot be opened: the passphrase is wrong, or the file is damaged or was changed. Nothing was imported. Check the passphrase with your colleague, or ask them for the file again.
error-handover-format = This is not a Tandem hand-over file, or it was made by a newer version of Tandem. Nothing was imported. Ask your colleague for the right file, or update Tandem.
error-handover-duplicate = This hand-over was already imported into this vault. Nothing was imported a second time: look the person up in the list.
error-file-not-closed = This file is not closed. Only a closed file whose retention period is over can be erased: close it first.
error-retention-running = This file must be kept until { $date }. It can only be erased after that date.
error-closed-before-activity = The file shows activity until { $date }: it cannot be closed on an earlier date, because the retention period counts from the closing.
error-right-ended = This right ended on { $date }. A new request opens a new right.
error-right-running = A right is still running in this file: end it first (on the request, "End the right"); the retention period counts from the closing.

