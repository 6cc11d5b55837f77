# The voucher commission (seed 000): the roster, the review of voucher applications, the
# protocols. Benefits, statuses and document kinds are in domain.ftl.

nav-review = Applications
nav-commission = Commission
nav-protocols = Protocols

## Roster

commission-title = Commission
commission-intro = Members of the social affairs commission. Only active members appear in a protocol.
commission-add = + Add a commission member
commission-empty = The commission has no members yet.
commission-col-active = Active
commission-col-name = Full name
commission-col-position = Position
commission-col-phone = Phone
commission-col-email = Email
commission-col-role = Role
commission-col-birth-date = Date of birth
# $name: the member's full name.
commission-active-label = Active commission member: { $name }
commission-edit = Edit
commission-remove = Remove
# $name: the member's full name.
commission-remove-question = Remove { $name }?
commission-remove-confirm = Yes, remove
commission-cancel = Cancel
commission-pending = Waiting for sync
commission-role-chairman = Chairman
commission-role-secretary = Secretary
commission-role-member = Member

member-form-add-title = New commission member
member-form-edit-title = Commission member
member-pin = PIN / IIN
member-pin-hint = A 14-digit PIN or a 12-digit IIN; the date of birth is filled in from it.
member-birth-date = Date of birth
member-surname = Surname
member-given-name = Given name
member-patronymic = Patronymic
member-position = Position
member-phone = Phone
member-email = Email
member-role = Role in the commission
member-save = Save
member-cancel = Close without saving

## Applications under review

review-title = Voucher funding applications
review-total =
    { $count ->
        [one] { $count } application
       *[other] { $count } applications
    }
review-empty = No applications under review.
review-col-number = Application number
review-col-child = Child's full name
review-col-pin = Child's PIN
review-col-registered = Submitted on
review-col-benefit = Benefit type
review-col-status = Status
review-col-protocol = Protocol
review-col-decision = Decision
review-open = Open the application

## The review form

# $number: the application's number.
review-form-title = Voucher funding application No. { $number }
review-section-child = 1. Child's details
review-section-parent = 2. Parent / legal representative's details
review-section-benefit = 3. Benefit type
review-section-benefit-hint = Only one benefit type can be chosen.
review-section-members = 4. Commission
review-section-members-hint = Tick the commission members who took part in the meeting and are to appear in the protocol.
review-member-inactive = inactive: cannot appear in a protocol
review-no-members = The commission has no members: add them on the "Commission" page.
review-section-documents = 5. Documents submitted
review-other-document = Another document
review-other-document-add = + Add
review-other-document-remove = Remove
review-section-comment = 6. Additional comments
review-protocol-number = Protocol number
review-decision = Commission's decision
review-decision-approved = Approve
review-decision-rejected = Reject
review-save = Save and generate the protocol
review-back = Back to the applications
# $number: the protocol's number; $state: its state, as a label.
review-read-only = The application is in protocol No. { $number } ({ $state }) and cannot be changed.
review-read-only-role = Only the commission's secretary can change an application's review.

commission-decision-approved = Approved
commission-decision-rejected = Rejected

## Protocols

protocols-title = Commission meeting protocols
protocols-empty = No protocols yet.
protocols-col-number = Number
protocols-col-date = Date
protocols-col-applications = Applications
protocols-col-state = State

# $number: the protocol's number.
protocol-title = Protocol No. { $number }
protocol-draft-title = Draft protocol No. { $number }
protocol-state-returned = Returned for rework
protocol-number = Protocol number
protocol-date = Meeting date
protocol-state = State
protocol-sent-at = Sent for signature
protocol-signed-by = Signed by
protocol-signer = Certificate owner
protocol-signed-at = Signed at
protocol-applications = Applications and decisions
protocol-present = Commission members present
protocol-comment = Comment
protocol-pending = Waiting for sync
# $name: who returned it; $reason: as they wrote it.
protocol-returned-reason = Chairman { $name } returned the protocol for rework: { $reason }
protocol-close = Close
protocol-send = Send for signature
protocol-sent-notice = The protocol was sent to the commission's chairman for signature.
protocol-sign = Sign
protocol-signed-notice = The protocol is signed.
protocol-return = Return for rework
protocol-return-reason = Reason for returning
protocol-return-submit = Return to the secretary
protocol-returned-notice = The protocol was returned to the secretary for rework.

## Refusals (invalid_input / conflict with args.reason)

commission-error-personal_number = Invalid PIN/IIN: a 14-digit PIN or a 12-digit IIN with a real date of birth is needed.
# $member: who has the number already.
commission-error-personal_number_taken = This PIN/IIN is already on the commission's list: { $member }.
commission-error-name = Enter the surname and the given name.
commission-error-position = Enter the position.
commission-error-phone = Invalid phone number.
commission-error-email = Invalid e-mail address.
commission-error-role = Choose a role: chairman, secretary or member.
commission-error-not_under_review = The application is no longer under the commission's review.
commission-error-benefit = Choose one benefit type.
commission-error-document = Unknown kind of document.
commission-error-protocol_number = Enter the protocol number.
commission-error-decision = Choose a decision: approve or reject.
commission-error-no_members_present = No commission member who took part in the meeting is ticked.
# $member: the member's name.
commission-error-inactive_member = Commission member { $member } is inactive and cannot appear in a protocol.
commission-error-not_a_member = { $member } is not a member of this commission.
commission-error-wrong_state = The protocol cannot be changed in its current state.
# $number: the protocol's number.
commission-error-protocol_closed = Protocol No. { $number } has already been sent for signature or signed: enter another number.
commission-error-number_taken = Protocol No. { $number } already exists in this commission.
commission-error-reason_required = Enter the reason for returning.
