-- Office intake of voucher applications (seed 001's form typed in at the office): the address
-- bureau's streets the form offers, and this office's intakes waiting for the server.
-- Forward-only: never drop or rename a column that a released client reads.

-- A district's streets as the feed brings them (the server's ids). The form offers only these:
-- an application from an invented street is refused, never added.
CREATE TABLE streets (
    id          INTEGER PRIMARY KEY,
    district_id INTEGER NOT NULL REFERENCES districts(id),
    -- Where an application from this street sits; NULL: the district's own locality.
    locality_id INTEGER REFERENCES localities(id),
    name        TEXT NOT NULL
) STRICT;
CREATE INDEX streets_district ON streets(district_id, name);

-- An application typed in here on a parent's behalf. It travels as the outbox mutation
-- `application.register` (outbox_seq, written in the same transaction); the server gives the
-- number. States:
-- - 'pending': not decided yet, or accepted and its application has not arrived by pull;
-- - 'registered': a pulled voucher application of the same child (application_id/number);
-- - 'refused': the server rejected the mutation (refusal_code/detail, as in the outbox).
-- No foreign key to applications: the feed may take an application away again.
CREATE TABLE voucher_intakes (
    id                    INTEGER PRIMARY KEY,
    outbox_seq            INTEGER NOT NULL UNIQUE REFERENCES outbox(seq),
    -- The form as sent (JSON of kezek_domain::intake::ApplicationForm).
    form                  TEXT NOT NULL,
    -- Digits only, as applications.child_number: the pulled application is found by it.
    child_personal_number TEXT NOT NULL,
    child_name            TEXT NOT NULL,
    district_id           INTEGER NOT NULL,
    state                 TEXT NOT NULL DEFAULT 'pending'
                          CHECK (state IN ('pending', 'registered', 'refused')),
    application_id        INTEGER,
    application_number    TEXT,
    refusal_code          TEXT,
    refusal_detail        TEXT,
    -- When it was typed in (UTC, RFC 3339: it travels as the mutation's time), and by whom.
    made_at               TEXT NOT NULL,
    made_by               TEXT NOT NULL,
    -- Local time of the office when it was registered or refused.
    decided_at            TEXT,
    CHECK ((state = 'registered') = (application_number IS NOT NULL)),
    CHECK ((state = 'refused') = (refusal_code IS NOT NULL)),
    CHECK ((state = 'pending') = (decided_at IS NULL))
) STRICT;
CREATE INDEX voucher_intakes_pending ON voucher_intakes(child_personal_number)
    WHERE state = 'pending';
