# Texts of the workflows (crates/domain/src/workflow): one message for every code the
# machines emit, checked by crates/i18n/tests/workflow_codes.rs.
#
# Variables: dates and times come already formatted for the reader (their language, the
# office's time zone); `$reason` and `$decision` come as the codes listed in their sections.
# History labels take no variables: the history shows an event's data in its own column.

## Refusals (DomainError::code, error-<code>)

# $state, $command: the codes of the state and the command (for the log; not shown).
error-not_allowed_in_state = This action is not available in the current state.

# $deadline: the deadline that passed (date and time, formatted for the reader).
error-deadline_passed = The deadline has passed: { $deadline }.

# $deadline: the deadline that allows the action (date and time, formatted for the reader).
error-deadline_not_reached = It is too early: this becomes possible at { $deadline }.

# $turns_two_on: the child's second birthday (a date, formatted for the reader).
error-too_young = The child is not yet two full years old; they turn two on { $turns_two_on }.

error-turn_not_come = The applicant's turn has not come yet.
error-no_free_places = There are no free places.

# $until: the end of the stop list (date and time, formatted for the reader).
error-on_stop_list = The application is on the stop list until { $until }: directions are blocked.

error-extension_already_used = The extension has already been used: it is possible only once.

# $max_days: the longest extension in calendar days (30).
error-invalid_extension = An extension is from 1 to { $max_days } calendar days.

# $offered_from: the moment the extension is offered (date and time, formatted for the reader).
error-extension_not_offered = The extension is not offered yet: it becomes available at { $offered_from }.

# $closed_at: the end of the 24 hours (date and time, formatted for the reader).
error-annulment_window_closed = A direction can be annulled only within 24 hours of issue; that ended at { $closed_at }.

error-restore_already_used = The application was already restored from the stop list once; it cannot be restored again.

# $opens_at: the start of the next 12-month period (date and time, formatted for the reader).
error-interest_already_confirmed = Interest for the current period is already confirmed. The next period opens at { $opens_at }.

error-benefit_unchanged = The benefit is the same as before.

# $count: how many categories were given.
error-not_exactly_one_benefit = Exactly one benefit category is required; given: { $count }.

error-missing_protocol_number = The protocol number is missing.

# $expected: the number of the protocol holding the decision.
# $got: the number of the protocol given.
error-protocol_mismatch = The decision is recorded in protocol No. { $expected }, not in protocol No. { $got }.

error-no_members_present = No commission member is marked as present at the meeting.
error-no_decisions = The protocol holds no decision.

# $member: the member's name.
error-inactive_member = Commission member { $member } is not active and cannot be listed in the protocol.

# $member: the person's name.
error-not_a_member = { $member } is not a member of this commission.

error-not_chairman = Only the chairman of the commission signs the protocol.
error-immutable = A signed document cannot be changed.

# $missing: the names of the missing documents (contract-document-<code>), joined with commas.
error-missing_documents = Documents missing: { $missing }.

error-signature_required = A digital signature is required.
error-reason_required = Please give a reason.

## History of changes (Event::code, history-action-<code>)

# interest_confirmed, directed, removed and voucher_issued are in domain.ftl.

history-action-status_changed = Status changed
history-action-benefit_changed = Benefit changed
history-action-place_released_to_free_choice = Place released to free choice
history-action-direction_extended = Direction extended
history-action-direction_annulled = Direction annulled
history-action-direction_used = The child arrived at the kindergarten with the direction
history-action-put_on_stop_list = Put on the stop list
history-action-stop_list_ended = Stop list ended
history-action-documents_rejected = Rejected on the documents
history-action-voucher_annulled = Voucher annulled
history-action-enrolment_window_opened = Window to choose a kindergarten and enrol opened
history-action-extension_offered = Voucher extension offered
history-action-enrolment_window_extended = Enrolment window extended
history-action-enrolment_requested = Enrolment requested at a kindergarten
history-action-enrolment_declined = The kindergarten declined the enrolment request
history-action-restored = Restored from the stop list
history-action-contract_drafted = The kindergarten sent the contract to sign
history-action-contract_signed_by_parent = Contract signed by the parent
history-action-contract_returned = Contract returned to the parent
history-action-contract_in_force = Contract signed by the kindergarten and in force
history-action-contract_cancelled = Contract cancelled by the kindergarten
history-action-category_corrected = Benefit category corrected by the secretary
history-action-decision_recorded = Commission decision recorded in the protocol
history-action-decision_reopened = Commission decision reopened
history-action-protocol_number_set = Protocol number set
history-action-protocol_members_set = Members present at the meeting set
history-action-protocol_comment_set = Additional comments changed
history-action-protocol_decision_recorded = Decision on an application recorded in the protocol
history-action-protocol_returned = Protocol returned by the chairman
history-action-protocol_signed = Protocol signed by the chairman
history-action-notification_due = Notification prepared

## Notifications to send (NotificationKind::notification_code, notification-<code>)

# The text of the e-mail or SMS, in the recipient's language. Seed 003 gives the Russian
# wording of special_queue_confirmed and special_queue_rejected; the others follow the seeds'
# rules and terms.

# $position: the place in the queue, computed when the notification is rendered.
notification-queue_registered = Your child has been put in the queue under number { $position }.

# $choose_by: the end of the 3 working days to choose (date and time, formatted for the reader).
notification-turn_came = Your turn for a state kindergarten has come; the application's status is "Notification sent". Choose a kindergarten and get a direction by { $choose_by }. If you do not choose within 3 working days, the place becomes open to everyone in the queue for the same group year, and your application stays in the queue.

# $valid_until: the end of the direction's validity (date and time, formatted for the reader).
notification-direction_issued = A direction to a state kindergarten has been issued to you. It is valid until { $valid_until }. If the child does not arrive at the kindergarten by then, the direction is annulled and the application goes on the stop list for 10 working days.

# $stop_list_until: the end of the stop list (date and time, formatted for the reader).
notification-direction_expired = The direction has expired and is annulled. The application is on the stop list until { $stop_list_until }: until then no direction can be issued. If a direction expires twice, the child is removed from the queue.

# $reason: the removal reason code (removal-reason-<code>).
notification-removed_from_queue =
    { $reason ->
        [interest_not_confirmed] Your child has been removed from the queue: interest in a place was not confirmed within 12 months.
        [second_direction_expired] Your child has been removed from the queue: a direction expired for the second time.
       *[other] Your child has been removed from the queue under its rules.
    }

# $login: the login to the personal page (seed 001), given by the sender; not in the event.
notification-application_received = Your voucher application has been received. Your login to the personal page in AIS "Balalyk": { $login }. The commission's decision will be sent separately and shown on your personal page.

# $decision: the decision code (decision-<code>).
notification-commission_decision =
    { $decision ->
        [approved] The Commission on social issues has approved your voucher application.
       *[rejected] The Commission on social issues has refused a voucher on your application.
    }

notification-protocol_to_sign = The draft protocol of the Commission on social issues has been sent to you for signature. Sign it with your electronic signature or return it to the secretary with a reason.

# $position: the place in the special queue, computed when the notification is rendered.
notification-special_queue_confirmed = Your voucher application has been confirmed. Place in the queue: { $position }

# $by: the full name of the staff member who rejected it.
notification-special_queue_rejected = Your voucher application has been rejected by: { $by }

# $confirm_by: the end of the 2 working days to confirm interest (date and time, formatted for the reader).
notification-voucher_issued = Your turn has come: a voucher has been issued to you. Confirm your interest or refuse the voucher by { $confirm_by }, with the link in this notification or under "My applications". If you do not confirm your interest, the voucher is annulled and your application goes on the stop list.

# $reason: the annulment reason code (annulment-reason-<code>).
notification-voucher_annulled =
    { $reason ->
        [interest_not_confirmed] The voucher has been annulled: you did not confirm your interest within 2 working days.
        [refused] You refused the voucher: it has been annulled and the application archived. To get a voucher, you need to join the queue again.
        [not_enrolled_in_time] The voucher has been annulled: the enrolment was not completed in time. The application has been archived.
        [application_withdrawn] The voucher has been annulled: the application was withdrawn.
       *[other] The voucher has been annulled.
    }

# $enrol_by: the current end of the enrolment window (date and time, formatted for the reader).
notification-extension_offered = You have not completed the enrolment yet; the window ends at { $enrol_by }. You can extend the voucher by 2 more working days under "My applications".

notification-contract_to_sign = The kindergarten has reviewed your application and sent you the contract to sign. Fill it in, attach the documents, sign it with your digital signature and send it to the kindergarten to sign.
notification-contract_to_sign_by_head = The parent has signed the enrolment contract. Check the contract and the documents and sign it with your digital signature, or return it to the parent with a reason.
notification-contract_returned = The kindergarten has returned the contract to you. Correct it, sign it with your digital signature and send it again.
notification-enrolled = Your child has been enrolled in the kindergarten.

## Reasons and decisions (the other code() functions of the workflows)

removal-reason-interest_not_confirmed = Interest not confirmed within 12 months
removal-reason-second_direction_expired = A direction expired for the second time
annulment-reason-expired = Expired
annulment-reason-by_applicant = Annulled by the applicant
annulment-reason-application_withdrawn = Application withdrawn
annulment-reason-interest_not_confirmed = Interest not confirmed
annulment-reason-refused = Voucher refused
annulment-reason-not_enrolled_in_time = Not enrolled in time
decision-approved = Approved
decision-rejected = Rejected
archive-reason-rejected = Rejected on the documents
archive-reason-voucher_refused = Voucher refused
archive-reason-not_restored = Not restored from the stop list within 28 days
archive-reason-interest_not_confirmed_again = Interest not confirmed again
archive-reason-not_enrolled_in_time = Not enrolled in time
archive-reason-withdrawn = Application withdrawn
contract-document-form027 = Certificate form 027/u
contract-document-birth_certificate = Birth certificate
contract-document-parent_identity = Identity document of one of the parents
contract-document-health_passport052 = Certificate form No. 052-2/u "Child's health passport"
contract-document-vaccinations065 = Vaccination card form No. 065/u
contract-document-pmpk_conclusion = PMPK conclusion

## States of the state-kindergarten queue (QueueState::code, queue-state-<code>)

queue-state-registered = Registered
queue-state-in_queue = In the queue
queue-state-notified = Notification sent
queue-state-directed = Direction issued
queue-state-enrolled = Enrolled
queue-state-withdrawn = Removed from the queue
queue-state-removed = Removed from the queue under the rules
queue-state-archived = Archived

## States of a direction (DirectionState::code, direction-state-<code>)

direction-state-issued = Valid
direction-state-extended = Extended
direction-state-used = Used
direction-state-expired = Expired
direction-state-annulled = Annulled

## States of a voucher application in Kyrgyzstan (VoucherKgState::code, voucher-kg-state-<code>)

voucher-kg-state-submitted = Submitted
voucher-kg-state-under_review = Under review by the commission
voucher-kg-state-decided = Decision in the draft protocol
voucher-kg-state-voucher_active = Voucher granted
voucher-kg-state-rejected = Rejected
voucher-kg-state-withdrawn = Withdrawn
voucher-kg-state-archived = Archived

## States of the special voucher queue (SpecialVoucherState::code, special-voucher-state-<code>)

special-voucher-state-awaiting_documents = Awaiting document confirmation
special-voucher-state-in_queue = In the queue
special-voucher-state-voucher_issued = Voucher issued
special-voucher-state-stop_list = On the stop list
special-voucher-state-choosing_kindergarten = Choosing a kindergarten
special-voucher-state-awaiting_contract = Awaiting the contract from the kindergarten
special-voucher-state-contract_to_sign = Contract with the parent to sign
special-voucher-state-contract_signed_by_parent = Contract with the kindergarten to sign
special-voucher-state-enrolled = Enrolled
special-voucher-state-archived = Archived

## States of a commission protocol (ProtocolState::code, protocol-state-<code>)

protocol-state-draft = Draft
protocol-state-sent_for_signature = Awaiting the chairman's signature
protocol-state-signed = Signed

## States of an enrolment contract (ContractState::code, contract-state-<code>)

contract-state-drafted = Awaiting the parent's signature
contract-state-signed_by_parent = Signed by the parent
contract-state-in_force = In force
contract-state-cancelled = Cancelled
