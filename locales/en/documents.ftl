# Printed documents (crates/documents): the commission protocol, the direction to a kindergarten,
# the registration notice, the child's card and the voucher enrolment contract.
# Dates come in already formatted (dd.mm.yyyy); numbers of documents are text ("12/34").
# $hash in doc-identifier: the first 16 hex digits of the content hash (crate docs: verification).

doc-page = Page { $page } of { $total }
doc-identifier = Document ID: { $id } · sha256:{ $hash }
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

## Labels shared by the registration notice, the child's card and the contract

doc-child-name = Child's full name
doc-iin = IIN
doc-pin = PIN
doc-birth-date = Date of birth
doc-applicant = Applicant
doc-address = Address
doc-phone = Phone
doc-email = Email
doc-application-number = Application number
doc-registered-at = Registered on
doc-locality = Locality
doc-district = District
doc-benefit = Benefit category
doc-queue-number = Number in the general queue
doc-benefit-queue-number = Number in the benefit category queue
doc-section-application = Application
doc-section-child = Child
doc-section-applicant = Applicant
doc-section-queue = Queue

## Registration notice (seeds 002, 004)
# $queue: the number in the whole queue; $months: 12; $date: the next confirmation deadline.

doc-notice-title = Notice of registration of application No. { $number }
doc-notice-lead = The child has been placed in the queue for preschool organisations under number { $queue }.
doc-notice-kindergartens = Preferred preschool organisations
doc-notice-interest-rule = Every { $months } months from the date of registration you must confirm your interest in a place at a preschool organisation (in your personal account: "Confirm interest"). Next deadline: { $date }. If the interest is not confirmed, the child is removed from the queue.
doc-notice-queue-moves = The number in the queue may change: children entitled to a place out of turn or in the first turn are placed ahead. The current number is shown in the application log.
doc-notice-issued-by = Notice issued by

## Child's card (seed 002)

doc-card-title = Child's card for application No. { $number }
doc-card-relation = Relation to the child
doc-card-status = Current status
doc-card-status-value = { $status } (since { $since })
doc-card-history = History of changes
doc-card-history-when = Date and time
doc-card-history-event = Event
doc-card-no-history = No events.
doc-card-printed = Card generated on { $date } from the records of the Kezek system.

## Voucher enrolment contract (seed 003)
# Every message gets all arguments: $country (KZ or KG: law, BIN/INN, currency), $number,
# $kindergarten, $bin, $head, $parent, $child, $birth_date, $group, $language, $voucher,
# $amount (digits grouped), $from, $until. Clauses are doc-contract-<section>-<n>.

doc-contract-title = Contract No. { $number } on the upbringing and education of a child at a preschool organisation under a voucher
doc-contract-preamble = { $kindergarten } ({ $country ->
        [KG] INN
       *[KZ] BIN
    } { $bin }), represented by its head { $head }, acting under its charter (the Organisation), of the one part, and { $parent }, legal representative of the child { $child } (the Parent), of the other part, together the Parties, have concluded this contract as follows.
doc-contract-subject = Subject of the contract
doc-contract-subject-1 = The Organisation admits the child { $child } (date of birth: { $birth_date }; group: { $group }; language of instruction: { $language }) and provides for the child's upbringing and education in accordance with the state compulsory standard of preschool education.
doc-contract-subject-2 = The services are paid for by voucher No. { $voucher } of the authorised body, { $amount } { $country ->
        [KG] som
       *[KZ] tenge
    } a month. The Parent pays no fee for the services the voucher covers.
doc-contract-subject-3 = The voucher is assigned to the child and cannot be transferred to anyone else; when the voucher is annulled, its payments stop.
doc-contract-kindergarten = The Organisation undertakes
doc-contract-kindergarten-1 = To protect the child's life and health and to supervise and care for the child during the group's opening hours.
doc-contract-kindergarten-2 = To organise education under the preschool curriculum and balanced meals according to the approved norms.
doc-contract-kindergarten-3 = To keep the child's place during illness, sanatorium treatment, quarantine and the Parent's holiday.
doc-contract-kindergarten-4 = To keep the Parent informed of the child's development, and of any change in the child's health immediately.
doc-contract-kindergarten-5 = Not to disclose the personal data of the child and the Parent and to use them only to perform this contract.
doc-contract-parent = The Parent undertakes
doc-contract-parent-1 = Before the child starts attending, to submit the documents listed in section 5 of this contract.
doc-contract-parent-2 = To bring the child to the Organisation healthy and tidy and to collect the child in person or through adults named in the Parent's written statement.
doc-contract-parent-3 = To inform the Organisation of the child's illness or other absence no later than on its first day, and to bring a medical certificate after an illness.
doc-contract-parent-4 = To report a change of address, phone number or other details given in the contract within three working days.
doc-contract-parent-5 = To respect the honour and dignity of the Organisation's staff and to observe its internal rules.
doc-contract-term = Term and termination
doc-contract-term-1 = The contract enters into force when the head of the Organisation signs it and is valid from { $from } to { $until } inclusive.
doc-contract-term-2 = The contract may be terminated by agreement of the Parties, at the Parent's request made at least 10 calendar days in advance, or when the voucher is annulled.
doc-contract-term-3 = Disputes are settled by negotiation and, failing agreement, by the courts under the law of { $country ->
        [KG] the Kyrgyz Republic
       *[KZ] the Republic of Kazakhstan
    }.
doc-contract-term-4 = The contract is made in electronic form and signed with the Parties' electronic digital signatures; a printed copy is verified by its QR code.
doc-contract-documents = Documents attached to the contract
doc-contract-documents-intro = The Parent attaches scanned copies of the following documents:
doc-contract-parties = Details and signatures of the Parties
doc-contract-kindergarten-side = Organisation
doc-contract-kindergarten-name = Name
doc-contract-bin = { $country ->
        [KG] INN
       *[KZ] BIN
    }
doc-contract-head = Head
doc-contract-parent-side = Parent (legal representative)
doc-contract-parent-name = Full name
doc-contract-parent-sign = Parent
