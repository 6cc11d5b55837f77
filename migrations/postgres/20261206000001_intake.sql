-- The parents' portal (seed 001): a voucher application typed in by the parent, with the e-mail
-- address proven by a 6-digit code, the street checked against the address bureau's list, and a
-- parent's cabinet account made on the first application. Forward-only.

-- The address bureau's streets of a district (reference data: the portal offers these and refuses
-- any other; an unknown street is reported, never invented). `locality_id`, when known, is where
-- an application from that street sits; otherwise the district's own locality.
CREATE TABLE streets (
    id          BIGSERIAL PRIMARY KEY,
    district_id BIGINT NOT NULL REFERENCES districts (id),
    locality_id BIGINT REFERENCES localities (id),
    name        TEXT NOT NULL CHECK (btrim(name) <> ''),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- A name is looked up within its district regardless of case.
CREATE UNIQUE INDEX streets_district_name ON streets (district_id, lower(name));

-- A confirmation code sent to an address. Only the SHA-256 of "<address>:<code>" is kept. The
-- newest code of an address is the only live one: a new code supersedes the older ones; a code
-- is spent when used, or after too many wrong tries.
CREATE TABLE email_codes (
    id           BIGSERIAL PRIMARY KEY,
    email        TEXT NOT NULL CHECK (email = lower(email) AND email <> ''),
    code_sha256  BYTEA NOT NULL CHECK (length(code_sha256) = 32),
    language     TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    spent_at     TIMESTAMPTZ,
    spent_reason TEXT CHECK (spent_reason IN ('used', 'attempts', 'superseded')),
    CONSTRAINT email_codes_spent CHECK ((spent_at IS NULL) = (spent_reason IS NULL))
);
-- The throttle (codes of an address in the last hour) and the newest code of an address.
CREATE INDEX email_codes_email ON email_codes (email, created_at DESC, id DESC);

-- A parent's cabinet (not a staff account: no role, no scope, no device sessions). The login is
-- the parent's personal number; the password was generated and shown only in the e-mail.
CREATE TABLE parent_accounts (
    id            BIGSERIAL PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE CHECK (login ~ '^[0-9]{12}([0-9]{2})?$'),
    applicant_id  BIGINT NOT NULL REFERENCES applicants (id),
    email         TEXT NOT NULL,
    -- PHC string, argon2id.
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

-- What the parent's form holds beyond the application record: the passport as typed, the
-- checked address, the proven e-mail (and the code that proved it), and when consent was given.
CREATE TABLE portal_submissions (
    application_id     BIGINT PRIMARY KEY REFERENCES applications (id),
    email              TEXT NOT NULL,
    email_code_id      BIGINT NOT NULL REFERENCES email_codes (id),
    passport_series    TEXT NOT NULL,
    passport_number    TEXT NOT NULL,
    passport_issued_by TEXT NOT NULL,
    passport_issued_on DATE NOT NULL,
    street_id          BIGINT NOT NULL REFERENCES streets (id),
    house              TEXT NOT NULL,
    flat               TEXT,
    consent_at         TIMESTAMPTZ NOT NULL,
    submitted_at       TIMESTAMPTZ NOT NULL
);

-- Numbers of portal applications ("БЛ.2026.П000001"), apart from the office's numbering.
CREATE SEQUENCE portal_application_numbers;
