# The voucher commission in the history of changes (entity commission_member, or the
# application) and the commission's refusals not listed in commission.ftl
# (invalid_input with args.reason; shown as commission-error-<reason>).

## History actions (history-action-<code>)

history-action-commission_member_added = Commission member added
history-action-commission_member_changed = Commission member's details changed
history-action-commission_member_removed = Commission member removed from the roster
history-action-commission_members_seeded = Commission roster loaded (demo data)
history-action-review_saved = Commission review saved
history-action-protocol_draft_generated = Draft protocol generated
history-action-protocol_sent = Protocol sent to the chairman for signature
history-action-protocol_change_rejected = The server refused an action on the protocol
history-action-commission_decided = Commission decision by a signed protocol

## Changed fields (history-field-<field>)

history-field-uid = Identifier
history-field-personal_number = PIN / IIN
history-field-full_name = Full name
history-field-position = Position
history-field-role = Role in the commission
history-field-active = Active
history-field-members = Commission members
history-field-benefit = Benefit
history-field-decision = Decision
history-field-protocol_number = Protocol number
history-field-members_present = Members present
history-field-protocol_state = Protocol state
history-field-reason = Reason
history-field-signer = Certificate owner
history-field-signed_by = Signed by
history-field-mutation = Action

## Refusals

# $member: the active chairman's name.
commission-error-second_chairman = The commission already has an active chairman: { $member }. Make them inactive first.
# $number: the application's number.
commission-error-not_a_voucher_application = Application { $number } is not a voucher application.
# $number: the protocol's number.
commission-error-application_not_editable = The application is in protocol { $number }, which has been sent for signature or signed: it cannot be changed.
commission-error-protocol_empty = The protocol holds no application.
commission-error-review_changed = The roster or the protocol changed while you were filling in the form. Save again.
commission-error-protocol_changed = The signed file does not match the draft protocol. Open the protocol again and sign once more.
commission-error-not_chairman = Only the commission's chairman may return or sign protocols.
