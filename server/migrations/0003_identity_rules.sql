-- Up Migration

-- The identity rules the register's natural keys were last computed with (a SHA-256 of their
-- source, see src/services/rekey.ts). NULL: keys written by an older server; the next start keys
-- every live record again.
ALTER TABLE sync_state ADD COLUMN identity_rules text;

-- Down Migration
ALTER TABLE sync_state DROP COLUMN identity_rules;
