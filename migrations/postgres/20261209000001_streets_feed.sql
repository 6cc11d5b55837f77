-- Office intake of voucher applications (seed 001's form typed in at the office, pushed as
-- `application.register`): the address bureau's streets reach the desktops through the change
-- feed, office applications get numbers of their own, and what the office form holds beyond the
-- application record is kept. Forward-only.

-- Streets are district reference data, scoped like localities (region_id, district_id).
ALTER TABLE change_feed DROP CONSTRAINT change_feed_entity_check;
ALTER TABLE change_feed ADD CONSTRAINT change_feed_entity_check CHECK (entity IN ('region',
    'district', 'locality', 'benefit_category', 'kindergarten', 'group', 'application',
    'place_grant', 'commission_member', 'protocol', 'street'));

-- A kindergarten head's branch of the feed reads the district's reference data, streets now
-- included (scope::DISTRICT_REFERENCE): the partial index's predicate must cover the query's
-- `entity IN (...)` for the planner to use it.
DROP INDEX change_feed_district_reference;
CREATE INDEX change_feed_district_reference ON change_feed (district_id, version)
    WHERE entity IN ('locality', 'kindergarten', 'group', 'street');

-- The streets that exist already, as kezek_sync::records::StreetRecord (the next pull numbers
-- them after everything the clients have).
INSERT INTO change_feed (entity, entity_id, at, region_id, district_id, data)
SELECT 'street', s.id, now(), d.region_id, s.district_id,
       jsonb_build_object('id', s.id, 'district_id', s.district_id, 'locality_id', s.locality_id,
                          'name', s.name)
FROM streets s JOIN districts d ON d.id = s.district_id ORDER BY s.id
ON CONFLICT (entity, entity_id) DO NOTHING;

-- Numbers of office voucher applications ("БЛ.2026.О000001", Cyrillic О), apart from the
-- portal's ("П") and from the desktops' queue numbering.
CREATE SEQUENCE office_application_numbers;

-- What the office form holds beyond the application record (the portal's counterpart is
-- `portal_submissions`, which needs a proven e-mail): the passport as typed, the checked address,
-- the family's e-mail if they gave one, who typed it in on which desktop (the mutation's client id
-- and sequence number), when the family gave its consent at the office (the desktop's clock,
-- never later than the receipt) and when the server received it. No parent cabinet is made at the
-- office.
CREATE TABLE office_intakes (
    application_id     BIGINT PRIMARY KEY REFERENCES applications (id),
    registered_by      BIGINT NOT NULL REFERENCES users (id),
    device_id          TEXT NOT NULL,
    client_id          TEXT NOT NULL,
    seq                BIGINT NOT NULL,
    email              TEXT CHECK (email = lower(email) AND email <> ''),
    passport_series    TEXT NOT NULL,
    passport_number    TEXT NOT NULL,
    passport_issued_by TEXT NOT NULL,
    passport_issued_on DATE NOT NULL,
    street_id          BIGINT NOT NULL REFERENCES streets (id),
    house              TEXT NOT NULL,
    flat               TEXT,
    consent_at         TIMESTAMPTZ NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT office_intakes_mutation UNIQUE (client_id, seq)
);
