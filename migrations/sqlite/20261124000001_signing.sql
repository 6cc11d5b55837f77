-- Signing keys imported on this device, the local trust list, and signatures of documents.

-- A key as it was imported: the PKCS#12 file itself, still encrypted by its password (the
-- password is never stored here), with what the "My keys" list shows about its certificate.
CREATE TABLE signing_keys (
    id              INTEGER PRIMARY KEY,
    -- SHA-256 of the signer certificate's DER, hex: the same certificate is imported once.
    fingerprint     TEXT NOT NULL UNIQUE,
    alias           TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    pkcs12          BLOB NOT NULL,
    certificate     BLOB NOT NULL,
    owner           TEXT NOT NULL,
    personal_number TEXT,
    organization    TEXT,
    issuer          TEXT NOT NULL,
    not_before      TEXT NOT NULL,
    not_after       TEXT NOT NULL,
    imported_at     TEXT NOT NULL
) STRICT;

-- Root and intermediate certificates signatures are checked against. source 'local' was added
-- on this device (`kezek trust add`), 'server' came with the synced trust list.
CREATE TABLE trusted_certificates (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    der         BLOB NOT NULL,
    subject     TEXT NOT NULL,
    issuer      TEXT NOT NULL,
    is_root     INTEGER NOT NULL CHECK (is_root IN (0, 1)),
    not_after   TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('local', 'server')),
    added_at    TEXT NOT NULL
) STRICT;

-- A generated document's language and the hash of its data (what its QR code carries), and
-- how many signatures its PDF holds.
ALTER TABLE documents ADD COLUMN language TEXT;
ALTER TABLE documents ADD COLUMN content_hash TEXT;
ALTER TABLE documents ADD COLUMN signatures INTEGER NOT NULL DEFAULT 0;
