-- The voucher commission (seed 000): its roster, its protocols and what they decided, the mail
-- outbox that tells the families, and the certificates the server trusts for signatures.

-- A member of a commission's roster. `uid` is made by the desktop that added the member (it may
-- have been offline); `id` is ours. A removed member is deleted (protocols keep their names).
CREATE TABLE commission_members (
    id              BIGSERIAL PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE CHECK (uid <> ''),
    commission_id   BIGINT NOT NULL REFERENCES commissions (id),
    personal_number TEXT NOT NULL,
    surname         TEXT NOT NULL CHECK (surname <> ''),
    given_name      TEXT NOT NULL CHECK (given_name <> ''),
    patronymic      TEXT,
    birth_date      DATE NOT NULL,
    position        TEXT NOT NULL,
    phone           TEXT NOT NULL,
    email           TEXT,
    role            TEXT NOT NULL CHECK (role IN ('chairman', 'secretary', 'member')),
    active          BOOLEAN NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT commission_members_person UNIQUE (commission_id, personal_number)
);

-- A protocol as sent for signature, returned, or signed. `content` holds the members present
-- (copied) and the reviewed applications, as `kezek_sync::ProtocolRecord` carries them.
CREATE TABLE protocols (
    id              BIGSERIAL PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE CHECK (uid <> ''),
    commission_id   BIGINT NOT NULL REFERENCES commissions (id),
    number          TEXT NOT NULL CHECK (number <> ''),
    date            DATE NOT NULL,
    language        TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('sent_for_signature', 'returned', 'signed')),
    present         JSONB NOT NULL,
    comment         TEXT NOT NULL,
    sent_by         TEXT NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL,
    returned_reason TEXT,
    returned_by     TEXT,
    returned_at     TIMESTAMPTZ,
    signed_by       TEXT,
    signer          TEXT,
    signed_at       TIMESTAMPTZ,
    -- The draft as sent; the signed file must begin with exactly these bytes.
    draft_pdf       BYTEA NOT NULL,
    signed_pdf      BYTEA,
    CONSTRAINT protocols_number UNIQUE (commission_id, number),
    CONSTRAINT protocols_signed CHECK (
        (state = 'signed') = (signed_pdf IS NOT NULL AND signed_at IS NOT NULL))
);

-- The applications a protocol decides. An application sits in at most one protocol that is not
-- signed yet (checked under the application's row lock when a protocol is sent).
CREATE TABLE protocol_applications (
    protocol_id     BIGINT NOT NULL REFERENCES protocols (id) ON DELETE CASCADE,
    application_id  BIGINT NOT NULL REFERENCES applications (id),
    position        INTEGER NOT NULL,
    benefit_code    TEXT NOT NULL,
    documents       JSONB NOT NULL,
    other_documents JSONB NOT NULL,
    decision        TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
    comment         TEXT NOT NULL,
    PRIMARY KEY (protocol_id, application_id)
);
CREATE INDEX protocol_applications_application ON protocol_applications (application_id);

-- E-mails waiting for the mailer, written in the transaction of what they announce; `sent_at`
-- is set once the SMTP server took the message. A failure is retried with `attempts` counted.
CREATE TABLE mail_outbox (
    id          BIGSERIAL PRIMARY KEY,
    recipient   TEXT NOT NULL,
    language    TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    -- What it is about, for the history and for tests ("protocol_decision", …).
    kind        TEXT NOT NULL,
    object_id   BIGINT,
    created_at  TIMESTAMPTZ NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    next_try_at TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_try_at) WHERE sent_at IS NULL;

-- Root certificates a signature must chain to (`kezek-server trust add`).
CREATE TABLE trusted_certificates (
    id          BIGSERIAL PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    der         BYTEA NOT NULL,
    subject     TEXT NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL
);

ALTER TABLE change_feed DROP CONSTRAINT change_feed_entity_check;
ALTER TABLE change_feed ADD CONSTRAINT change_feed_entity_check CHECK (entity IN ('region',
    'district', 'locality', 'benefit_category', 'kindergarten', 'group', 'application',
    'place_grant', 'commission_member', 'protocol'));
