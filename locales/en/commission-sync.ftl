# The sync line's list of refusals: the commission's mutations and their reasons.
sync-rejected-what-member-save = A change to the commission's roster
sync-rejected-what-member-remove = A member taken off the roster
sync-rejected-what-protocol-send = A protocol sent for signature
sync-rejected-what-protocol-return = A protocol returned for rework
sync-rejected-what-protocol-sign = A protocol's signature
sync-reject-not_found = The server has no such record in your commission.
sync-reject-wrong_state = The protocol is in another state already (signed or returned, for example).
sync-reject-inactive_member = The protocol names an inactive member or someone not on the roster.
sync-reject-duplicate_protocol_number = The commission already has a protocol with that number.
sync-reject-application_not_reviewable = The application is not under the commission's review, or is in another protocol not yet signed.
sync-reject-not_the_sent_protocol = The signed file is not the one that was sent for signature.
sync-reject-signature_invalid = The server could not verify the signature (an untrusted certificate, not the chairman's, or a changed file).
