-- Sync push (mutations applied exactly once per client id and sequence number) and the minimal
-- place model that the server is the authority for: groups with a capacity, and place grants that
-- the database itself refuses to give twice. Forward-only.

-- A client installation (the outbox of one desktop). One client id belongs to one user; the
-- server takes this row FOR UPDATE around each mutation, so two pushes of one client never
-- interleave, and `last_seq` moves in the same transaction as the mutation's effect.
CREATE TABLE sync_clients (
    client_id    TEXT PRIMARY KEY CHECK (client_id <> '' AND length(client_id) <= 128),
    user_id      BIGINT NOT NULL REFERENCES users (id),
    -- The highest sequence number with a recorded verdict; every number up to it has one.
    last_seq     BIGINT NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
    created_at   TIMESTAMPTZ NOT NULL,
    last_push_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sync_clients_user ON sync_clients (user_id);

-- Every mutation the server has decided, with its verdict: the answer repeated to duplicates.
CREATE TABLE sync_mutations (
    client_id   TEXT NOT NULL REFERENCES sync_clients (client_id),
    seq         BIGINT NOT NULL CHECK (seq > 0),
    name        TEXT NOT NULL,
    args        JSONB NOT NULL,
    -- The client's word: when and by whom the change was made offline.
    made_at     TIMESTAMPTZ NOT NULL,
    made_by     TEXT NOT NULL,
    -- The server's: the session's user that pushed it, and when it arrived.
    user_id     BIGINT NOT NULL REFERENCES users (id),
    received_at TIMESTAMPTZ NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
    reason_code TEXT,
    detail      TEXT,
    PRIMARY KEY (client_id, seq),
    CONSTRAINT sync_mutations_reason CHECK ((outcome = 'rejected') = (reason_code IS NOT NULL))
);

-- A group of a kindergarten; `capacity` seats, numbered 1 ..= capacity.
CREATE TABLE groups (
    id              BIGSERIAL PRIMARY KEY,
    kindergarten_id BIGINT NOT NULL REFERENCES kindergartens (id),
    -- A stable code for seeds and imports.
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    capacity        INTEGER NOT NULL CHECK (capacity > 0),
    created_at      TIMESTAMPTZ NOT NULL,
    -- The target of place_grants' composite key: a grant carries the capacity it was checked against.
    CONSTRAINT groups_id_capacity UNIQUE (id, capacity)
);
CREATE INDEX groups_kindergarten ON groups (kindergarten_id);

-- A place given to a child. A double grant is impossible in the database, not only in the server:
-- - UNIQUE (group_id, seat): one seat, one child;
-- - CHECK (seat <= capacity) with (group_id, capacity) a foreign key to groups (id, capacity):
--   a grant cannot sit beyond the group's capacity, so a full group admits no further row; and
--   ON UPDATE CASCADE re-checks every grant when a capacity changes, so the capacity can never
--   shrink below a held seat;
-- - UNIQUE (group_id, child_personal_number): one child, one place in a group (the number is
--   stored normalized: digits only).
CREATE TABLE place_grants (
    id                    BIGSERIAL PRIMARY KEY,
    group_id              BIGINT NOT NULL,
    capacity              INTEGER NOT NULL,
    seat                  INTEGER NOT NULL CHECK (seat >= 1),
    child_personal_number TEXT NOT NULL CHECK (child_personal_number ~ '^[0-9]{12}([0-9]{2})?$'),
    granted_by            BIGINT NOT NULL REFERENCES users (id),
    granted_at            TIMESTAMPTZ NOT NULL,
    -- The mutation that asked for it (NULL when granted otherwise, e.g. by an import).
    client_id             TEXT,
    seq                   BIGINT,
    CONSTRAINT place_grants_group_capacity FOREIGN KEY (group_id, capacity)
        REFERENCES groups (id, capacity) ON UPDATE CASCADE,
    CONSTRAINT place_grants_seat_in_capacity CHECK (seat <= capacity),
    CONSTRAINT place_grants_seat UNIQUE (group_id, seat),
    CONSTRAINT place_grants_child UNIQUE (group_id, child_personal_number),
    CONSTRAINT place_grants_mutation FOREIGN KEY (client_id, seq)
        REFERENCES sync_mutations (client_id, seq) DEFERRABLE INITIALLY DEFERRED
);
