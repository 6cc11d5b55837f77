# Domain vocabulary: statuses, benefit categories, channels, documents, history.

kind-queue = Queue for a state kindergarten
kind-voucher = Voucher

status-registered = Registered
status-in_queue = In the queue
status-notified = Notification sent
status-directed = Direction issued
status-enrolled = Enrolled
status-under_review = Under review by the commission
status-voucher_issued = Voucher issued
status-rejected = Rejected
status-withdrawn = Removed from the queue
status-removed = Removed from the queue under the rules
status-archived = Archived

benefit-none = No benefit
benefit-orphan = Orphans and children left without parental care
benefit-military_family = Children of military personnel killed in the line of duty
benefit-disability = Children with disabilities
benefit-special_needs = Children with special educational needs
benefit-large_family = Children from large families
benefit-low_income = Children from low-income families

benefit-kind-out_of_turn = Out of turn
benefit-kind-first_turn = Priority
benefit-kind-general = General queue

channel-office = Education department (PSC)
channel-portal = E-government portal (egov)

relation-father = Father
relation-mother = Mother
relation-guardian = Legal representative

sex-female = Female
sex-male = Male

language-kk = Kazakh
language-ky = Kyrgyz
language-ru = Russian
language-en = English

document-kind-registration_notice = Registration notice
document-kind-acceptance_notice = Notice of receipt of documents
document-kind-book_registration = Child's entry in the registration book
document-kind-child_card = Child's card
document-kind-direction = Direction to a preschool organisation
document-kind-benefit_proof = Documents proving the benefit
document-kind-birth_certificate = Birth certificate

documents-section-general = General documents
documents-section-attachment = Attachments to the application

history-action-registered = Application registered
history-action-queued = Placed in the queue
history-action-benefit_verified = Benefit confirmed
history-action-interest_confirmed = Interest confirmed
history-action-contacts_changed = Contact details changed
history-action-notified = Notification sent
history-action-directed = Direction issued
history-action-enrolled = Child enrolled
history-action-withdrawn = Removed from the queue at the applicant's request
history-action-removed = Removed from the queue under the rules
history-action-archived = Moved to the archive
history-action-review_started = Referred to the commission
history-action-voucher_issued = Voucher issued
history-action-rejected = Rejected by the commission
history-action-language_changed = Interface language changed
history-action-demo_loaded = Demo data loaded

history-field-status = Status
history-field-benefit_verified = Benefit confirmed
history-field-phone = Phone
history-field-email = Email
history-field-language = Language
history-field-kindergarten = Kindergarten
history-field-applications = Applications
