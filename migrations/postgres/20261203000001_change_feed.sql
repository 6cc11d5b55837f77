-- The pull side of sync: the data the feed carries (localities, benefit categories, the fields of
-- kindergartens and groups that clients show, children, applicants, applications) and the change
-- feed itself, which replaces the unused-by-clients `change_log` of the first migration.
-- Forward-only.

-- A settlement (city, town, village) of a district; applications and kindergartens sit in one.
CREATE TABLE localities (
    id          BIGSERIAL PRIMARY KEY,
    district_id BIGINT NOT NULL REFERENCES districts (id),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX localities_district ON localities (district_id);

-- Every district gets a locality of its own name (code = the district's code): kindergartens made
-- before localities existed, or without naming one, sit there.
INSERT INTO localities (district_id, code, name) SELECT id, code, name FROM districts ORDER BY id;

CREATE TABLE benefit_categories (
    id          BIGSERIAL PRIMARY KEY,
    -- Stable; the name comes from locales (`benefit-<code>`).
    code        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('out_of_turn', 'first_turn', 'general')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE kindergartens
    ADD COLUMN locality_id BIGINT REFERENCES localities (id),
    ADD COLUMN address     TEXT NOT NULL DEFAULT '',
    ADD COLUMN phone       TEXT NOT NULL DEFAULT '';
UPDATE kindergartens k SET locality_id = l.id
FROM districts d JOIN localities l ON l.code = d.code
WHERE d.id = k.district_id;
CREATE INDEX kindergartens_locality ON kindergartens (locality_id);

ALTER TABLE groups
    ADD COLUMN birth_year      INTEGER NOT NULL DEFAULT (extract(year FROM now())::integer - 3),
    ADD COLUMN language        TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('kk', 'ky', 'ru', 'en')),
    ADD COLUMN kind            TEXT NOT NULL DEFAULT 'general' CHECK (kind IN ('general', 'special')),
    ADD COLUMN correction_type TEXT;

-- People are identified by their personal number (IIN / PIN, digits only) on the wire.
CREATE TABLE children (
    id              BIGSERIAL PRIMARY KEY,
    personal_number TEXT NOT NULL UNIQUE CHECK (personal_number ~ '^[0-9]{12}([0-9]{2})?$'),
    surname         TEXT NOT NULL,
    given_name      TEXT NOT NULL,
    patronymic      TEXT,
    birth_date      DATE NOT NULL,
    sex             TEXT NOT NULL CHECK (sex IN ('female', 'male'))
);

CREATE TABLE applicants (
    id              BIGSERIAL PRIMARY KEY,
    personal_number TEXT NOT NULL UNIQUE CHECK (personal_number ~ '^[0-9]{12}([0-9]{2})?$'),
    surname         TEXT NOT NULL,
    given_name      TEXT NOT NULL,
    patronymic      TEXT,
    birth_date      DATE NOT NULL,
    phone           TEXT NOT NULL,
    email           TEXT,
    address         TEXT NOT NULL
);

-- An application, as kezek_sync::records::ApplicationRecord carries it. Times are the office's
-- local time (as the desktop keeps them). `district_id` is derived from the locality (trigger
-- below): the scope of the row, never typed in.
CREATE TABLE applications (
    id                  BIGSERIAL PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('queue', 'voucher')),
    child_id            BIGINT NOT NULL REFERENCES children (id),
    applicant_id        BIGINT NOT NULL REFERENCES applicants (id),
    relation            TEXT NOT NULL CHECK (relation IN ('father', 'mother', 'guardian')),
    benefit_category_id BIGINT NOT NULL REFERENCES benefit_categories (id),
    benefit_verified    BOOLEAN NOT NULL DEFAULT false,
    locality_id         BIGINT NOT NULL REFERENCES localities (id),
    district_id         BIGINT NOT NULL REFERENCES districts (id),
    language            TEXT NOT NULL,
    status              TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('office', 'portal')),
    registered_at       TIMESTAMP NOT NULL,
    in_queue_since      TIMESTAMP,
    updated_at          TIMESTAMP NOT NULL,
    extra_email         TEXT,
    extra_phone         TEXT
);
CREATE INDEX applications_district ON applications (district_id);
CREATE INDEX applications_child ON applications (child_id);
CREATE INDEX applications_applicant ON applications (applicant_id);

CREATE FUNCTION applications_district_from_locality() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT district_id INTO NEW.district_id FROM localities WHERE id = NEW.locality_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER applications_district
    BEFORE INSERT OR UPDATE OF locality_id ON applications
    FOR EACH ROW EXECUTE FUNCTION applications_district_from_locality();

-- Grants are looked up by child when the feed places an application (the kindergarten head of the
-- child's grant sees it).
CREATE INDEX place_grants_by_child ON place_grants (child_personal_number);

-- The change feed (see server/src/db/feed.rs for the argument):
-- - one row per (entity, entity_id): the current state (`data`), or a tombstone (`data` NULL);
--   a writer upserts it in the transaction that changes the entity, which sets `version` NULL
--   and renews `written`;
-- - `version` is handed out only by the sequencer, to committed rows, under an advisory lock and
--   from `change_feed_clock`: versions grow in the order the sequencer commits, so a reader never
--   sees a hole that fills later;
-- - the scope columns let the feed be filtered without reading `data`: NULL region for the rows
--   everyone sees (regions, districts, benefit categories).
DROP TABLE change_log;

CREATE SEQUENCE change_feed_written;

CREATE TABLE change_feed (
    id              BIGSERIAL PRIMARY KEY,
    entity          TEXT NOT NULL CHECK (entity IN ('region', 'district', 'locality',
                        'benefit_category', 'kindergarten', 'group', 'application', 'place_grant')),
    entity_id       BIGINT NOT NULL,
    -- Write order, renewed at every write: the sequencer numbers pending rows in this order, so a
    -- kindergarten written before its groups gets the smaller version.
    written         BIGINT NOT NULL DEFAULT nextval('change_feed_written'),
    version         BIGINT,
    at              TIMESTAMPTZ NOT NULL,
    region_id       BIGINT,
    district_id     BIGINT,
    kindergarten_id BIGINT,
    data            JSONB,
    CONSTRAINT change_feed_entity_key UNIQUE (entity, entity_id)
);
-- The sequencer's work list, and its cheap "anything waiting?" check.
CREATE INDEX change_feed_pending ON change_feed (written) WHERE version IS NULL;
-- One index per branch of the scope filter (scope::FeedScope::filter).
CREATE UNIQUE INDEX change_feed_version ON change_feed (version);
CREATE INDEX change_feed_everyone ON change_feed (version)
    WHERE entity IN ('region', 'district', 'benefit_category');
CREATE INDEX change_feed_region ON change_feed (region_id, version);
CREATE INDEX change_feed_district ON change_feed (district_id, version);
CREATE INDEX change_feed_district_reference ON change_feed (district_id, version)
    WHERE entity IN ('locality', 'kindergarten', 'group');
CREATE INDEX change_feed_kindergarten_cases ON change_feed (kindergarten_id, version)
    WHERE entity IN ('application', 'place_grant');

-- The last version handed out (one row). Taken FOR UPDATE by the sequencer only.
CREATE TABLE change_feed_clock (
    one          BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    last_version BIGINT NOT NULL CHECK (last_version >= 0)
);
INSERT INTO change_feed_clock (last_version) VALUES (0);

-- The feed of what exists already, in dependency order (the first pull numbers it).
INSERT INTO change_feed (entity, entity_id, at, data)
SELECT 'region', id, now(), jsonb_build_object('id', id, 'country', country, 'name', name)
FROM regions ORDER BY id;
INSERT INTO change_feed (entity, entity_id, at, data)
SELECT 'district', id, now(), jsonb_build_object('id', id, 'region_id', region_id, 'name', name)
FROM districts ORDER BY id;
INSERT INTO change_feed (entity, entity_id, at, region_id, district_id, data)
SELECT 'locality', l.id, now(), d.region_id, l.district_id,
       jsonb_build_object('id', l.id, 'district_id', l.district_id, 'name', l.name)
FROM localities l JOIN districts d ON d.id = l.district_id ORDER BY l.id;
INSERT INTO change_feed (entity, entity_id, at, region_id, district_id, kindergarten_id, data)
SELECT 'kindergarten', k.id, now(), d.region_id, k.district_id, k.id,
       jsonb_build_object('id', k.id, 'locality_id', k.locality_id, 'name', k.name,
                          'address', k.address, 'phone', k.phone)
FROM kindergartens k JOIN districts d ON d.id = k.district_id ORDER BY k.id;
INSERT INTO change_feed (entity, entity_id, at, region_id, district_id, kindergarten_id, data)
SELECT 'group', g.id, now(), d.region_id, k.district_id, k.id,
       jsonb_build_object('id', g.id, 'kindergarten_id', g.kindergarten_id, 'name', g.name,
                          'birth_year', g.birth_year, 'language', g.language, 'kind', g.kind,
                          'correction_type', g.correction_type, 'capacity', g.capacity)
FROM groups g JOIN kindergartens k ON k.id = g.kindergarten_id
JOIN districts d ON d.id = k.district_id ORDER BY g.id;
INSERT INTO change_feed (entity, entity_id, at, region_id, district_id, kindergarten_id, data)
SELECT 'place_grant', p.id, now(), d.region_id, k.district_id, k.id,
       jsonb_build_object('id', p.id, 'group_id', p.group_id, 'seat', p.seat,
                          'child_personal_number', p.child_personal_number,
                          'granted_at', to_char(p.granted_at AT TIME ZONE 'UTC',
                                                'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                          'granted_by', u.login, 'client_id', p.client_id, 'seq', p.seq)
FROM place_grants p JOIN groups g ON g.id = p.group_id
JOIN kindergartens k ON k.id = g.kindergarten_id JOIN districts d ON d.id = k.district_id
JOIN users u ON u.id = p.granted_by ORDER BY p.id;
