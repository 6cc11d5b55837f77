# Screens of the desktop app. ru is the reference: every id here must exist in kk, ky and en.

app-title = Kezek
app-subtitle = Kindergarten queue and vouchers

nav-journal = Applications journal
nav-settings = Settings

common-loading = Loading…
common-close = Close
common-retry = Retry
common-any = All
common-yes = Yes
common-no = No
common-not-set = —

journal-title = Applications journal
journal-search-placeholder = IIN/PIN, application number or full name
journal-search-label = Search
journal-col-number = Number
journal-col-child-name = Child's full name
journal-col-child-number = Child's IIN/PIN
journal-col-queue-position = Queue number
journal-col-applicant-name = Applicant's full name
journal-col-registered-at = Date created
journal-col-status = Status
journal-col-benefit = Benefit type
journal-col-birth-date = Date of birth
journal-filter-status = Status
journal-filter-kind = Queue type
journal-filter-benefit = Benefit category
journal-filter-region = Region
journal-filter-district = District
journal-filter-locality = Locality
journal-filter-from = Created from
journal-filter-to = to
journal-filter-reset = Reset filters
journal-total =
    { $count ->
        [one] { $count } application found
       *[other] { $count } applications found
    }
journal-empty = No applications found. Change the search terms or filters.
journal-page = Page { $page } of { $pages }
journal-prev = Previous
journal-next = Next
journal-page-size = Rows per page
journal-sort-hint = Click a column header to sort

card-back = Back to journal
card-tab-info = Application details
card-tab-history = History of changes
card-tab-documents = General documents
card-section-applicant = Applicant details
card-section-child = Child details
card-section-application = Application details

field-full-name = Full name
field-personal-number = IIN/PIN
field-birth-date = Date of birth
field-sex = Sex
field-phone = Phone
field-email = Email
field-address = Address
field-relation = Relationship to the child
field-benefit = Benefit type
field-benefit-verified = Benefit confirmed by documents
field-queue-position = Queue number
field-benefit-queue-position = Queue number in the benefit category
field-number = Application number
field-kind = Queue type
field-registered-at = Date registered
field-channel = Submitted via
field-status = Current status
field-updated-at = Last changed
field-in-queue-since = In the queue since
field-place = Locality
field-language = Language of instruction
field-extra-email = Additional email
field-extra-phone = Additional phone

history-col-at = Date and time
history-col-action = Action
history-col-user = User
history-col-device = Device
history-col-changes = Changes
history-empty = No changes yet.
history-change = { $field }: { $before } → { $after }

documents-col-section = Section
documents-col-name = Document name
documents-col-created = Date created
documents-col-file = File
documents-empty = No documents.
documents-no-file = File not generated yet

settings-title = Settings
settings-language = Interface language
settings-language-hint = The language changes immediately and is remembered on this computer.
settings-about = About
about-version = Kezek version
about-tauri = Tauri version
about-sqlite = SQLite version
about-schema = Database schema version
about-database = Database file
about-device = Device ID

ui-language-ru = Русский
ui-language-kk = Қазақша
ui-language-ky = Кыргызча
ui-language-en = English

demo-offer-title = The local database is empty
demo-offer-text = Load demo data to get to know Kezek? These are fictitious applications, children and kindergartens; real data will come from the server when you synchronise.
demo-offer-count = Number of applications
demo-offer-load = Load demo data
demo-offer-skip = Start with an empty database
demo-loading = Loaded { $done } of { $total }
demo-loaded = Demo data loaded
