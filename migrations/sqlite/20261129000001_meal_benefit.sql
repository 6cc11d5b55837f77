-- The meal benefit (seed 000, §III "Питание"): som a day for a voucher child's meals, granted by
-- a protocol of the commission. Forward-only: never drop or rename a column a released client
-- reads.

-- Every benefit saved here, the current one of an application marked `current`; saving another
-- clears the mark of the one before, which stays as history. Each row travels as the outbox
-- mutation `meal_benefit.save` (outbox_seq).
CREATE TABLE meal_benefits (
    id              INTEGER PRIMARY KEY,
    -- A UUID made here; the server stores a uid once.
    uid             TEXT NOT NULL UNIQUE,
    application_id  INTEGER NOT NULL REFERENCES applications(id),
    -- Tyiyn a day (1 som = 100 tyiyn): integers, never floats.
    amount_tyiyn    INTEGER NOT NULL CHECK (amount_tyiyn > 0 AND amount_tyiyn <= 1000000),
    protocol_number TEXT NOT NULL CHECK (protocol_number <> ''),
    -- YYYY-MM-DD.
    protocol_date   TEXT NOT NULL,
    protocol_pdf    BLOB NOT NULL,
    saved_by        TEXT NOT NULL,
    -- UTC, RFC 3339 (it travels as the mutation's time).
    saved_at        TEXT NOT NULL,
    current         INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1)),
    outbox_seq      INTEGER UNIQUE REFERENCES outbox(seq)
) STRICT;
CREATE UNIQUE INDEX meal_benefits_current ON meal_benefits (application_id) WHERE current = 1;
