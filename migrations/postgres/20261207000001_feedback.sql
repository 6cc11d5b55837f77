-- Feedback (seed 000, §V): messages from the offices to the system's developers and
-- administrators, read with `kezek-server feedback list`. Forward-only.

-- One message. `uid` is made by the desktop that wrote it (maybe offline) and keeps a message
-- from being stored twice. Who sent it is the session's user at the time of the push: login,
-- role and the whole scope path are copied, so later changes to the account do not rewrite it.
CREATE TABLE feedback (
    id              BIGSERIAL PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE CHECK (uid <> '' AND length(uid) <= 64),
    user_id         BIGINT NOT NULL REFERENCES users (id),
    login           TEXT NOT NULL,
    role            TEXT NOT NULL,
    scope_kind      TEXT NOT NULL,
    region_id       BIGINT REFERENCES regions (id),
    district_id     BIGINT REFERENCES districts (id),
    commission_id   BIGINT REFERENCES commissions (id),
    kindergarten_id BIGINT REFERENCES kindergartens (id),
    device_id       TEXT NOT NULL,
    subject         TEXT,
    message         TEXT NOT NULL CHECK (message <> '' AND char_length(message) <= 4000),
    app_version     TEXT NOT NULL,
    -- When the user wrote it (the desktop's clock: information, not authority).
    written_at      TIMESTAMPTZ NOT NULL,
    -- When the server stored it (the server's clock).
    received_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX feedback_received ON feedback (received_at);
