-- The meal benefit (seed 000, §III "Питание"): som a day for a voucher child's meals, granted by
-- a protocol of the district's commission, pushed by its secretary as `meal_benefit.save`.
-- Forward-only.

-- Every benefit stored; the current one of an application is marked `current`, the ones before
-- it stay as history. `uid` is made by the desktop that saved it and keeps a push retried after
-- a restore from being stored twice.
CREATE TABLE meal_benefits (
    id              BIGSERIAL PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE CHECK (uid <> '' AND length(uid) <= 64),
    application_id  BIGINT NOT NULL REFERENCES applications (id),
    commission_id   BIGINT NOT NULL REFERENCES commissions (id),
    -- Tyiyn a day (1 som = 100 tyiyn).
    amount_tyiyn    BIGINT NOT NULL CHECK (amount_tyiyn > 0 AND amount_tyiyn <= 1000000),
    protocol_number TEXT NOT NULL CHECK (protocol_number <> ''),
    protocol_date   DATE NOT NULL,
    protocol_pdf    BYTEA NOT NULL CHECK (length(protocol_pdf) <= 5242880),
    saved_by        BIGINT NOT NULL REFERENCES users (id),
    -- The desktop's clock (information) and the server's (authority).
    saved_at        TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    current         BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX meal_benefits_current ON meal_benefits (application_id) WHERE current;
