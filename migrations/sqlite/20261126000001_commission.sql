-- The voucher commission (seed 000, docs/commission.md): its roster, the secretary's reviews
-- of voucher applications, and the protocols.
-- Forward-only: never drop or rename a column that a released client reads.

-- The roster. `uid` is made by the desktop that added the member (a UUID) and travels with
-- every mutation; `server_id` is set once the feed brings the server's row back.
CREATE TABLE commission_members (
    uid             TEXT PRIMARY KEY NOT NULL,
    server_id       INTEGER UNIQUE,
    commission_id   INTEGER,
    personal_number TEXT NOT NULL,
    surname         TEXT NOT NULL,
    given_name      TEXT NOT NULL,
    patronymic      TEXT,
    -- Derived from the PIN/IIN, never typed.
    birth_date      TEXT NOT NULL,
    position        TEXT NOT NULL,
    phone           TEXT NOT NULL,
    email           TEXT,
    role            TEXT NOT NULL CHECK (role IN ('chairman', 'secretary', 'member')),
    active          INTEGER NOT NULL CHECK (active IN (0, 1)),
    -- The last local mutation about this member (pending until the server's verdict).
    outbox_seq      INTEGER REFERENCES outbox(seq),
    -- Local time of the office.
    updated_at      TEXT NOT NULL
) STRICT;

-- Protocols: the secretary's drafts (only here) and what the feed brings (sent, returned,
-- signed). `present` and `applications` are copies as JSON, so a protocol reads the same after
-- the roster changes: present `[{uid, full_name, position, role}]`, applications as
-- kezek_sync's ReviewedApplication.
CREATE TABLE protocols (
    uid             TEXT PRIMARY KEY NOT NULL,
    server_id       INTEGER UNIQUE,
    commission_id   INTEGER,
    number          TEXT NOT NULL,
    date            TEXT NOT NULL,
    language        TEXT NOT NULL,
    state           TEXT NOT NULL
                    CHECK (state IN ('draft', 'sent_for_signature', 'returned', 'signed')),
    present         TEXT NOT NULL DEFAULT '[]',
    applications    TEXT NOT NULL DEFAULT '[]',
    comment         TEXT NOT NULL DEFAULT '',
    sent_by         TEXT,
    -- UTC, RFC 3339 (the server's times travel so).
    sent_at         TEXT,
    returned_reason TEXT,
    returned_by     TEXT,
    returned_at     TEXT,
    signed_by       TEXT,
    signer          TEXT,
    signed_at       TEXT,
    -- The draft as made (and sent); the signed file beside it, so that a refused signature
    -- drops only the signed file.
    pdf             BLOB,
    signed_pdf      BLOB,
    outbox_seq      INTEGER REFERENCES outbox(seq),
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX protocols_number ON protocols(number);

-- The secretary's review of one voucher application (the form of figures 5.1-5.2). No foreign
-- key to applications: the feed may bring a signed protocol's reviews before their applications.
CREATE TABLE voucher_reviews (
    application_id  INTEGER PRIMARY KEY,
    protocol_uid    TEXT REFERENCES protocols(uid),
    benefit_code    TEXT NOT NULL,
    -- JSON arrays: kind codes ticked, documents typed in, member uids present.
    documents       TEXT NOT NULL DEFAULT '[]',
    other_documents TEXT NOT NULL DEFAULT '[]',
    present         TEXT NOT NULL DEFAULT '[]',
    decision        TEXT CHECK (decision IN ('approved', 'rejected')),
    comment         TEXT NOT NULL DEFAULT '',
    protocol_number TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX voucher_reviews_protocol ON voucher_reviews(protocol_uid);
