-- Up Migration

-- Field stamps kept short: a record's fields carry the version and author of the change that
-- created it (created_version, created_by) unless field_versions / field_authors name a later
-- change. A new record thus stores '{}' twice instead of two maps as long as its data, which was
-- most of the cost of writing it. Rows written before this migration keep their full maps
-- (created_version NULL).
ALTER TABLE records ADD COLUMN created_version bigint, ADD COLUMN created_by text;

-- Pulls read `records` in version order (records_version) and filter a kab/kota officer's rows as
-- they go; a second index on (kab_kota_code, version) cost every write more than it saved reads.
DROP INDEX records_scope_version;

-- updated_by is the signed-in account of the push (accounts are disabled, never deleted); the
-- push's audit row keeps its foreign key to accounts, so each record need not check it again.
ALTER TABLE records DROP CONSTRAINT records_updated_by_fkey;

-- Down Migration
ALTER TABLE records ADD CONSTRAINT records_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES accounts (id);
CREATE INDEX records_scope_version ON records (kab_kota_code, version);
ALTER TABLE records DROP COLUMN created_version, DROP COLUMN created_by;
