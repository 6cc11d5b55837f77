-- Functions name their tables without a schema, so they must not depend on the caller's
-- search_path: pg_dump's output runs with an empty search_path, and restoring a backup failed in
-- this trigger ("relation localities does not exist"). Forward-only.
ALTER FUNCTION applications_district_from_locality() SET search_path = public, pg_temp;
