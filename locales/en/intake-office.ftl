# Office intake of voucher applications (seed 001's form, typed in at the office on a parent's
# behalf): the form, its field errors, the intakes and the server's answers. ru is the reference.

nav-intake = Application intake

office-intake-title = Voucher application intake
office-intake-intro = A parent's (legal representative's) application for voucher funding of preschool education, filled in at the office from their documents. It is kept on this computer and goes to the server with the next sync; the server gives the application its number.
office-intake-choose = — choose —

office-intake-section-child = The child
office-intake-section-parent = The parent / legal representative
office-intake-section-address = Address of actual residence
office-intake-section-contacts = Contacts
office-intake-section-application = The application

office-intake-child-pin = Child's PIN / IIN
office-intake-birth-date = Date of birth
office-intake-pin-hint = A PIN has 14 digits (Kyrgyzstan), an IIN 12 (Kazakhstan); the date of birth is filled in from it.
office-intake-surname = Surname
office-intake-given-name = Given name
office-intake-patronymic = Patronymic (if any)
office-intake-relation = Relation to the child
office-intake-relation-father = Father
office-intake-relation-mother = Mother
office-intake-relation-guardian = Legal representative
office-intake-parent-pin = PIN / IIN
office-intake-passport-series = Passport series
office-intake-passport-number = Passport number
office-intake-passport-issued-by = Issued by
office-intake-passport-issued-on = Date of issue
office-intake-region = Region
office-intake-district = District
office-intake-street = Street
office-intake-street-hint = The street is chosen from the address bureau's list. If the street is missing, check its official name with a public service centre or the address bureau: an application with a street not on the list cannot be sent.
office-intake-no-streets = This computer has no address bureau street list for this district. Run a sync: without a street from the list the application cannot be sent.
office-intake-house = House
office-intake-flat = Flat
office-intake-phone = Phone
office-intake-email = E-mail
office-intake-email-hint = Optional at the office; if given, the commission's decision is sent there.
office-intake-benefit = Category of the voucher recipient
office-intake-language = Language of the application
office-intake-consent = The parent (legal representative) has read and agrees to the terms of use and the processing of personal data
office-intake-submit = Take the application

office-intake-errors =
    { $count ->
        [one] Check { $count } field:
       *[other] Check { $count } fields:
    }
office-intake-error-required = Required.
office-intake-error-format = Wrong format.
office-intake-error-too_long = Too long.
office-intake-error-invalid_characters = Only letters, spaces, hyphens and apostrophes.
office-intake-error-unknown = Not in the reference list.
office-intake-error-length = A PIN has 14 digits, an IIN 12.
office-intake-error-not_a_digit = Digits only.
office-intake-error-century_digit = The 7th digit of an IIN (century and sex) must be 1 to 6.
office-intake-error-sex_digit = A PIN starts with 1 (female) or 2 (male).
office-intake-error-birth_date = The date of birth encoded in the number does not exist.
office-intake-error-check_digit = The IIN's check digit does not match.
office-intake-error-birth_date_in_future = The date of birth in the number is in the future.
office-intake-error-same_as_child = The parent's number is the child's.
office-intake-error-in_future = The date is in the future.
office-intake-error-before_birth = A passport cannot be issued before its holder's birth.
office-intake-error-wrong_country = A number of the other country: a PIN (14 digits) in Kyrgyzstan, an IIN (12 digits) in Kazakhstan.
office-intake-error-other = Wrong value ({ $reason }).
office-intake-error-address-street-unknown = The address bureau's list for this district has no such street.
office-intake-error-address-district_id-unknown = This computer's reference data has no such district.
office-intake-error-benefit_code-unknown = No such category in the reference data.
office-intake-error-phone-format = Phone: 9 to 15 digits; +, spaces, hyphens and brackets allowed.
office-intake-error-email-format = This does not look like an e-mail address.
office-intake-error-parent-passport-series-format = Passport series: letters and digits only.
office-intake-error-parent-passport-number-format = Passport number: 5 to 12 digits.
office-intake-error-parent-passport-issued_on-format = Enter the date of issue.

office-intake-field-email = E-mail
office-intake-field-language = Language of the application
office-intake-field-child-personal_number = Child's PIN / IIN
office-intake-field-child-surname = Child's surname
office-intake-field-child-given_name = Child's given name
office-intake-field-child-patronymic = Child's patronymic
office-intake-field-parent-relation = Relation to the child
office-intake-field-parent-personal_number = Parent's PIN / IIN
office-intake-field-parent-surname = Parent's surname
office-intake-field-parent-given_name = Parent's given name
office-intake-field-parent-patronymic = Parent's patronymic
office-intake-field-parent-passport-series = Passport series
office-intake-field-parent-passport-number = Passport number
office-intake-field-parent-passport-issued_by = Passport issued by
office-intake-field-parent-passport-issued_on = Passport date of issue
office-intake-field-address-district_id = District
office-intake-field-address-street = Street
office-intake-field-address-house = House
office-intake-field-address-flat = Flat
office-intake-field-phone = Phone
office-intake-field-benefit_code = Recipient category
office-intake-field-consent = Parent's consent

office-intake-duplicate = The child already has the open voucher application No. { $number }; a second one is not taken.
office-intake-duplicate-waiting = An application for this child was already taken on this computer and waits for sync.
office-intake-open-card = Open the card
office-intake-queued = The application for { $child } was taken and goes to the server with the next sync.

office-intake-list-title = Applications taken
office-intake-none = No applications have been taken on this computer yet.
office-intake-col-made = Taken
office-intake-col-child = Child
office-intake-col-state = State
office-intake-state-pending = Waiting for sync
office-intake-state-accepted = Accepted by the server, number to follow
office-intake-state-registered = Registered No. { $number }
office-intake-state-refused = Refused: { $reason }
office-intake-status-pending = waiting for sync
office-intake-status-registered = registered
office-intake-status-refused = refused

sync-rejected-what-application-register = Voucher application taken at the office (child { $child })
sync-reject-invalid_field = The server did not accept fields of the application.
sync-reject-unknown_street = The street is not on the address bureau's list for this district.
sync-reject-duplicate_application = The child already has an open voucher application.

history-action-intake_queued = Voucher application taken (waiting for sync)
history-action-intake_registered = The application taken at the office was registered by the server
history-action-intake_refused = The server refused the application taken at the office
history-field-intake = Office intake
history-field-intake_state = Intake state
history-field-number = Application number
history-field-child = Child
history-field-applicant = Applicant
history-field-child_personal_number = Child's PIN / IIN
history-field-detail = Server's explanation
