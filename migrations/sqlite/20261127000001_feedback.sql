-- Feedback (seed 000, §V): messages from this office to the system's developers and
-- administrators. Forward-only: never drop or rename a column that a released client reads.

-- One message written here. Signed in to a server, it travels as the outbox mutation
-- `feedback.send` (outbox_seq; its state there says pending, delivered or refused); without a
-- server it stays on this computer (outbox_seq NULL).
CREATE TABLE feedback (
    id          INTEGER PRIMARY KEY,
    -- A UUID made here; the server stores a uid once.
    uid         TEXT NOT NULL UNIQUE,
    subject     TEXT,
    message     TEXT NOT NULL CHECK (message <> ''),
    app_version TEXT NOT NULL,
    -- When it was written (UTC, RFC 3339: it travels as the mutation's time).
    written_at  TEXT NOT NULL,
    written_by  TEXT NOT NULL,
    outbox_seq  INTEGER UNIQUE REFERENCES outbox(seq)
) STRICT;
