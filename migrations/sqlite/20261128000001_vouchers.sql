-- The voucher pilot (seed 000 §IV "Ваучер"): the kindergartens taking part, and what a voucher
-- pays a month, as data (domain::voucher computes a child's amount from these rows).
-- Forward-only: never drop or rename a column that a released client reads.

-- Kindergartens in the voucher pilot, since when.
CREATE TABLE voucher_pilot_kindergartens (
    kindergarten_id INTEGER PRIMARY KEY REFERENCES kindergartens(id),
    since           TEXT NOT NULL
) STRICT;

-- Two kinds of rows:
-- - an amount: a benefit category's monthly amount in som for every district
--   (district_id NULL, amount_som set, coefficient 1000);
-- - a district coefficient: per mille of the amount in one district (district_id set,
--   amount_som NULL), for one category or, with benefit_code NULL, for every category.
-- The row in force on a date is the latest effective_from (YYYY-MM-DD) not after it.
CREATE TABLE voucher_amounts (
    id                   INTEGER PRIMARY KEY,
    benefit_code         TEXT,
    district_id          INTEGER REFERENCES districts(id),
    amount_som           INTEGER CHECK (amount_som IS NULL OR amount_som >= 0),
    coefficient_permille INTEGER NOT NULL DEFAULT 1000 CHECK (coefficient_permille > 0),
    effective_from       TEXT NOT NULL,
    CHECK ((district_id IS NULL) = (amount_som IS NOT NULL)),
    CHECK (district_id IS NOT NULL OR benefit_code IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX voucher_amounts_key
    ON voucher_amounts(COALESCE(benefit_code, ''), COALESCE(district_id, 0), effective_from);
