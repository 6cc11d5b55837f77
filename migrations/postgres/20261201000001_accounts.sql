-- The central server's foundation: the administrative tree (regions → districts → commissions and
-- kindergartens), accounts with roles and scopes, device sessions, the audit history and the change
-- log that the sync feed will read. Forward-only: later migrations add, never drop what a released
-- client reads.

-- A region (oblast or city of republican significance) belongs to one country; its districts,
-- commissions and kindergartens inherit the country (and so the calendar and time zone).
CREATE TABLE regions (
    id          BIGSERIAL PRIMARY KEY,
    country     TEXT NOT NULL CHECK (country IN ('KZ', 'KG')),
    -- A stable code for seeds, imports and the command line; ids are the database's business.
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE districts (
    id          BIGSERIAL PRIMARY KEY,
    region_id   BIGINT NOT NULL REFERENCES regions (id),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX districts_region ON districts (region_id);

-- Commission on social questions of a district.
CREATE TABLE commissions (
    id          BIGSERIAL PRIMARY KEY,
    district_id BIGINT NOT NULL REFERENCES districts (id),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX commissions_district ON commissions (district_id);

CREATE TABLE kindergartens (
    id          BIGSERIAL PRIMARY KEY,
    district_id BIGINT NOT NULL REFERENCES districts (id),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX kindergartens_district ON kindergartens (district_id);

-- A staff account. Its scope is the one most specific unit it works for (none for administrators);
-- the ancestors of that unit are derived through `user_locations`, never stored twice.
CREATE TABLE users (
    id                   BIGSERIAL PRIMARY KEY,
    login                TEXT NOT NULL CHECK (login <> ''),
    full_name            TEXT NOT NULL,
    personal_number      TEXT,
    role                 TEXT NOT NULL CHECK (role IN (
                             'administrator', 'operator', 'commission_secretary',
                             'commission_chairman', 'commission_member', 'kindergarten_head',
                             'pmpk_specialist')),
    region_id            BIGINT REFERENCES regions (id),
    district_id          BIGINT REFERENCES districts (id),
    commission_id        BIGINT REFERENCES commissions (id),
    kindergarten_id      BIGINT REFERENCES kindergartens (id),
    -- PHC string, argon2id.
    password_hash        TEXT NOT NULL,
    disabled             BOOLEAN NOT NULL DEFAULT false,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    last_failed_login_at TIMESTAMPTZ,
    locked_until         TIMESTAMPTZ,
    password_changed_at  TIMESTAMPTZ NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    -- Mirrors scope::Role::scope_kinds: the server checks it first, this keeps other writers honest.
    CONSTRAINT users_role_scope CHECK (
        (role = 'administrator'
            AND num_nonnulls(region_id, district_id, commission_id, kindergarten_id) = 0)
        OR (role IN ('operator', 'pmpk_specialist')
            AND num_nonnulls(region_id, district_id) = 1
            AND num_nonnulls(commission_id, kindergarten_id) = 0)
        OR (role IN ('commission_secretary', 'commission_chairman', 'commission_member')
            AND commission_id IS NOT NULL
            AND num_nonnulls(region_id, district_id, kindergarten_id) = 0)
        OR (role = 'kindergarten_head'
            AND kindergarten_id IS NOT NULL
            AND num_nonnulls(region_id, district_id, commission_id) = 0)
    )
);
-- Logins are unique regardless of case: "Aigerim" and "aigerim" are one person.
CREATE UNIQUE INDEX users_login_key ON users (lower(login));

-- Where each user's scope sits in the tree, with its ancestors filled in.
CREATE VIEW user_locations AS
SELECT u.id AS user_id,
       COALESCE(u.region_id, d.region_id, cd.region_id, kd.region_id) AS region_id,
       COALESCE(u.district_id, c.district_id, k.district_id) AS district_id,
       u.commission_id,
       u.kindergarten_id
FROM users u
LEFT JOIN districts d ON d.id = u.district_id
LEFT JOIN commissions c ON c.id = u.commission_id
LEFT JOIN districts cd ON cd.id = c.district_id
LEFT JOIN kindergartens k ON k.id = u.kindergarten_id
LEFT JOIN districts kd ON kd.id = k.district_id;

-- A device's login. Only the SHA-256 of the bearer token is kept: a leaked table opens nothing.
CREATE TABLE device_sessions (
    id            BIGSERIAL PRIMARY KEY,
    token_sha256  BYTEA NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
    user_id       BIGINT NOT NULL REFERENCES users (id),
    device_id     TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    last_seen_at  TIMESTAMPTZ NOT NULL,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX device_sessions_user ON device_sessions (user_id) WHERE revoked_at IS NULL;

-- Who changed what, when, from which device: written in the same transaction as the change.
CREATE TABLE history (
    id            BIGSERIAL PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
    actor_user_id BIGINT REFERENCES users (id),
    -- The login, or "cli:<os user>" for the command line.
    actor         TEXT NOT NULL,
    device_id     TEXT,
    action        TEXT NOT NULL,
    object_kind   TEXT NOT NULL,
    object_id     BIGINT,
    before        JSONB,
    after         JSONB
);
CREATE INDEX history_object ON history (object_kind, object_id);

-- The change feed the sync pull will page through. The location columns let the feed be filtered
-- by scope without reading the payload. NOTE for sync: BIGSERIAL values are handed out at insert,
-- not at commit, so a reader must not move its cursor past a version still in flight.
CREATE TABLE change_log (
    version         BIGSERIAL PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    entity          TEXT NOT NULL,
    entity_id       BIGINT NOT NULL,
    op              TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    region_id       BIGINT,
    district_id     BIGINT,
    commission_id   BIGINT,
    kindergarten_id BIGINT,
    payload         JSONB
);
