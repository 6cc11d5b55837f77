# Printed documents (crates/documents): the commission protocol and the direction to a kindergarten.
# Dates come in already formatted (dd.mm.yyyy); numbers of documents are text ("12/34").

doc-page = Page { $page } of { $total }
doc-identifier = Document ID: { $id }
doc-signature = (signature)

## Protocol of the commission (seed 000)

doc-protocol-title = Minutes of the commission meeting No. { $number }
doc-protocol-date = Meeting date
doc-protocol-commission = Commission
doc-protocol-present = Commission members present
doc-protocol-agenda = Applications considered: { $count }
doc-protocol-child = Child
doc-protocol-birth-date = Date of birth
doc-protocol-benefit = Benefit category
doc-protocol-documents = Documents submitted
doc-protocol-no-documents = none submitted
doc-protocol-decision = Decision
doc-protocol-decision-approved = Approve: grant the voucher
doc-protocol-decision-rejected = Reject: refuse the voucher
doc-protocol-comments = Comments
doc-protocol-general-comment = Additional comments
doc-protocol-summary = Approved: { $approved }. Rejected: { $rejected }.
doc-protocol-chairman = Chairman of the commission
doc-protocol-secretary = Executive secretary

## Direction to a state kindergarten (seed 002)

doc-direction-title = Direction No. { $number } to a state preschool organisation
doc-direction-date = Date of issue
doc-direction-child = Child's full name
doc-direction-iin = Child's IIN
doc-direction-pin = Child's PIN
doc-direction-birth-date = Date of birth
doc-direction-kindergarten = Preschool organisation
doc-direction-group = Group
doc-direction-language = Language of instruction
doc-direction-valid-until = Valid until
doc-direction-note = This direction is valid until { $date } inclusive. If the child does not arrive at the preschool organisation by then, the direction is annulled automatically and the application goes on the stop list for { $stop_days } working days. The direction can be extended once, by no more than { $extension_days } calendar days.
doc-direction-issued-by = Issued by
