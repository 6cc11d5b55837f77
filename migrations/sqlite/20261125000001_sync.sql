-- Sync with the central server (DESIGN.md §6): the outbox of local mutations, this client's
-- sync state, and places (server grants and this client's pending requests).
-- Forward-only: never drop or rename a column that a released client reads.

-- Every local change the server must decide, in the order it was made. `seq` is the per-client
-- sequence number the push carries (1, 2, 3… without holes); rows are never deleted, so the
-- outbox is also the record of what the server said.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY CHECK (seq >= 1),
    name        TEXT NOT NULL,
    -- The mutation's arguments as JSON.
    args        TEXT NOT NULL,
    -- When the user made it (UTC, RFC 3339: it travels as the mutation's time).
    made_at     TEXT NOT NULL,
    -- The login of the user who made it.
    made_by     TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'accepted', 'rejected')),
    -- The server's stable rejection code (kezek_sync::reject) and its detail for people.
    reason_code TEXT,
    detail      TEXT,
    -- Local time of the office when the verdict was recorded.
    decided_at  TEXT,
    -- Local time when the user acknowledged a rejection (it then leaves the "rejected" list).
    seen_at     TEXT,
    CHECK ((state = 'rejected') = (reason_code IS NOT NULL)),
    CHECK ((state = 'pending') = (decided_at IS NULL))
) STRICT;
CREATE INDEX outbox_pending ON outbox(seq) WHERE state = 'pending';
CREATE INDEX outbox_unseen_rejections ON outbox(seq) WHERE state = 'rejected' AND seen_at IS NULL;

-- One row: who this client is to the server and how far it has read the change feed.
CREATE TABLE sync_state (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    -- Made once from the device id and a random suffix; never changes for this database.
    client_id         TEXT NOT NULL,
    -- The version of the last change feed entry applied (0: nothing pulled yet).
    cursor            INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
    -- Local time of the last sync run that completed (push and pull to the end).
    last_sync_at      TEXT,
    -- 1 when pulled applications have not been counted into the queue positions yet: a run cut
    -- after some pages leaves it set, and the next run that completes recomputes.
    positions_stale   INTEGER NOT NULL DEFAULT 0 CHECK (positions_stale IN (0, 1)),
    -- The last failed run's stable code and detail (cleared by a run that completes).
    last_error_code   TEXT,
    last_error_detail TEXT,
    last_error_at     TEXT
) STRICT;

-- Places in groups. Two kinds of rows:
-- - 'granted': a grant the server made (server_id set), as the feed brought it;
-- - 'pending': this client asked for it (outbox_seq set) and the server has not answered yet,
--   or has accepted it and the grant has not arrived by pull yet. A rejection deletes the row
--   (the outbox keeps the reason); the arrival of the grant turns it into 'granted'.
-- No foreign key to groups: the feed may bring a grant before its group.
CREATE TABLE place_grants (
    id                    INTEGER PRIMARY KEY,
    state                 TEXT NOT NULL CHECK (state IN ('pending', 'granted')),
    server_id             INTEGER UNIQUE,
    outbox_seq            INTEGER UNIQUE REFERENCES outbox(seq),
    group_id              INTEGER NOT NULL,
    child_personal_number TEXT NOT NULL,
    -- The seat number: known only once granted.
    seat                  INTEGER,
    -- Granted: the server's time (UTC, RFC 3339) and granting login. Pending: the request's.
    at                    TEXT NOT NULL,
    by_user               TEXT NOT NULL,
    -- The mutation that asked for it, as the server recorded it (any client's).
    client_id             TEXT,
    seq                   INTEGER,
    CHECK ((state = 'granted') = (server_id IS NOT NULL)),
    CHECK (state = 'granted' OR outbox_seq IS NOT NULL)
) STRICT;
CREATE INDEX place_grants_group ON place_grants(group_id, state);
CREATE INDEX place_grants_child ON place_grants(child_personal_number);
