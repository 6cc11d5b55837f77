-- Kezek local store, first schema: the applications journal and its reference data.
-- Forward-only: never drop or rename a column that a released client reads.

-- This installation: its device id (for history and, later, sync) and local settings.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE regions (
    id      INTEGER PRIMARY KEY,
    country TEXT NOT NULL CHECK (country IN ('KZ', 'KG')),
    name    TEXT NOT NULL
) STRICT;

CREATE TABLE districts (
    id        INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    name      TEXT NOT NULL
) STRICT;

CREATE TABLE localities (
    id          INTEGER PRIMARY KEY,
    district_id INTEGER NOT NULL REFERENCES districts(id),
    name        TEXT NOT NULL
) STRICT;

-- Benefit categories are data: their names come from locales (benefit-<code>).
CREATE TABLE benefit_categories (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('out_of_turn', 'first_turn', 'general'))
) STRICT;

CREATE TABLE kindergartens (
    id          INTEGER PRIMARY KEY,
    locality_id INTEGER NOT NULL REFERENCES localities(id),
    name        TEXT NOT NULL,
    address     TEXT NOT NULL,
    phone       TEXT NOT NULL
) STRICT;

CREATE TABLE groups (
    id              INTEGER PRIMARY KEY,
    kindergarten_id INTEGER NOT NULL REFERENCES kindergartens(id),
    name            TEXT NOT NULL,
    birth_year      INTEGER NOT NULL,
    language        TEXT NOT NULL CHECK (language IN ('kk', 'ky', 'ru', 'en')),
    kind            TEXT NOT NULL CHECK (kind IN ('general', 'special')),
    correction_type TEXT,
    capacity        INTEGER NOT NULL CHECK (capacity >= 0)
) STRICT;
CREATE INDEX groups_kindergarten ON groups(kindergarten_id);

CREATE TABLE children (
    id              INTEGER PRIMARY KEY,
    personal_number TEXT NOT NULL UNIQUE,
    surname         TEXT NOT NULL,
    given_name      TEXT NOT NULL,
    patronymic      TEXT,
    birth_date      TEXT NOT NULL,
    sex             TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    -- "surname given patronymic" as domain::search::sort_key: alphabetical in ru, kk and ky.
    name_key        TEXT NOT NULL
) STRICT;

CREATE TABLE applicants (
    id              INTEGER PRIMARY KEY,
    personal_number TEXT NOT NULL UNIQUE,
    surname         TEXT NOT NULL,
    given_name      TEXT NOT NULL,
    patronymic      TEXT,
    birth_date      TEXT NOT NULL,
    phone           TEXT NOT NULL,
    email           TEXT,
    address         TEXT NOT NULL,
    name_key        TEXT NOT NULL
) STRICT;

CREATE TABLE applications (
    id                     INTEGER PRIMARY KEY,
    number                 TEXT NOT NULL UNIQUE,
    kind                   TEXT NOT NULL CHECK (kind IN ('queue', 'voucher')),
    child_id               INTEGER NOT NULL REFERENCES children(id),
    applicant_id           INTEGER NOT NULL REFERENCES applicants(id),
    relation               TEXT NOT NULL CHECK (relation IN ('father', 'mother', 'guardian')),
    benefit_category_id    INTEGER NOT NULL REFERENCES benefit_categories(id),
    benefit_verified       INTEGER NOT NULL DEFAULT 0 CHECK (benefit_verified IN (0, 1)),
    locality_id            INTEGER NOT NULL REFERENCES localities(id),
    language               TEXT NOT NULL CHECK (language IN ('kk', 'ky', 'ru', 'en')),
    status                 TEXT NOT NULL,
    channel                TEXT NOT NULL CHECK (channel IN ('office', 'portal')),
    -- Local date-times in the office's time zone, ISO 8601 ("YYYY-MM-DD HH:MM:SS").
    registered_at          TEXT NOT NULL,
    in_queue_since         TEXT,
    updated_at             TEXT NOT NULL,
    -- Computed from the queue order (domain::queue), never typed in.
    queue_position         INTEGER,
    benefit_queue_position INTEGER,
    extra_email            TEXT,
    extra_phone            TEXT,
    -- Denormalised for the journal's sorting and filtering without joins.
    birth_date             TEXT NOT NULL,
    child_name_key         TEXT NOT NULL,
    applicant_name_key     TEXT NOT NULL,
    child_number           TEXT NOT NULL
) STRICT;
CREATE INDEX applications_registered ON applications(registered_at);
CREATE INDEX applications_status_registered ON applications(status, registered_at);
CREATE INDEX applications_child_number ON applications(child_number);
CREATE INDEX applications_child_name ON applications(child_name_key);
CREATE INDEX applications_applicant_name ON applications(applicant_name_key);
CREATE INDEX applications_queue_position ON applications(queue_position);
CREATE INDEX applications_birth_date ON applications(birth_date);
-- Place, then benefit category, then status: "first-turn children waiting in my district".
CREATE INDEX applications_place ON applications(locality_id, benefit_category_id, status);
CREATE INDEX applications_benefit ON applications(benefit_category_id, registered_at);
CREATE INDEX applications_child ON applications(child_id);

-- One row per word of the child's and the applicant's names, normalised: prefix search on an
-- index for any word of either name. The row also carries copies of the application's filter
-- columns (kept by the trigger below), so that a name search with filters is found, filtered
-- and counted from this table alone, without a lookup per match into applications.
CREATE TABLE application_search_terms (
    term                TEXT NOT NULL,
    application_id      INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    status              TEXT NOT NULL,
    kind                TEXT NOT NULL,
    benefit_category_id INTEGER NOT NULL,
    locality_id         INTEGER NOT NULL,
    registered_at       TEXT NOT NULL,
    PRIMARY KEY (term, application_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX application_search_terms_application ON application_search_terms(application_id);

CREATE TRIGGER application_search_terms_follow AFTER UPDATE OF
    status, kind, benefit_category_id, locality_id, registered_at ON applications
BEGIN
    UPDATE application_search_terms
       SET status = NEW.status, kind = NEW.kind, benefit_category_id = NEW.benefit_category_id,
           locality_id = NEW.locality_id, registered_at = NEW.registered_at
     WHERE application_id = NEW.id;
END;

-- Every change of an application's queue number with its reason: how many who stood ahead
-- left (or lost a benefit) and how many came ahead (joined, or had a benefit verified).
CREATE TABLE queue_position_changes (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    at             TEXT NOT NULL,
    before         INTEGER NOT NULL,
    after          INTEGER NOT NULL,
    ahead_left     INTEGER NOT NULL,
    ahead_joined   INTEGER NOT NULL
) STRICT;
CREATE INDEX queue_position_changes_application ON queue_position_changes(application_id, at);

-- Documents of an application: registration notices, child's card, directions.
CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    kind           TEXT NOT NULL,
    section        TEXT NOT NULL CHECK (section IN ('general', 'attachment')),
    created_at     TEXT NOT NULL,
    file_name      TEXT,
    content        BLOB
) STRICT;
CREATE INDEX documents_application ON documents(application_id);

-- The history of changes: every change, who made it, when, from which device, what changed.
-- entity is 'application' or 'settings' (local actions are recorded too).
CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    device_id TEXT NOT NULL,
    -- JSON array of {"field", "before", "after"}.
    changes   TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX history_entity ON history(entity, entity_id, at);
