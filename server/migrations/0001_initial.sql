-- Up Migration

-- One server serves one province: its Dinas and every kab/kota office in it.
CREATE TABLE office (
  id integer PRIMARY KEY CHECK (id = 1),
  name text NOT NULL,
  province_code text NOT NULL CHECK (province_code ~ '^\d{2}$')
);

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'province', 'kabkota')),
  kab_kota_code text CHECK (kab_kota_code ~ '^\d{2}\.\d{2}$'),
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'kabkota' OR kab_kota_code IS NOT NULL)
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_failures (
  username text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_user_at ON login_failures (username, at);

-- The register: one row per record of every synced kind, its data as the app stores it.
-- `version` is the change that last touched the row; versions are handed out in commit order
-- (sync_state below), so "every row with version > cursor" never skips a change.
CREATE TABLE records (
  kind text NOT NULL,
  id text NOT NULL,
  kab_kota_code text,
  data jsonb NOT NULL,
  field_versions jsonb NOT NULL DEFAULT '{}',
  field_authors jsonb NOT NULL DEFAULT '{}',
  natural_key text,
  deleted boolean NOT NULL DEFAULT false,
  version bigint NOT NULL,
  updated_by uuid REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id)
);
CREATE INDEX records_version ON records (version);
CREATE INDEX records_scope_version ON records (kab_kota_code, version);
CREATE UNIQUE INDEX records_natural_key ON records (kind, natural_key) WHERE natural_key IS NOT NULL AND NOT deleted;

-- Rows that left a kab/kota (an IKM moved elsewhere): that kab/kota's PCs remove their copy.
CREATE TABLE scope_exits (
  version bigint PRIMARY KEY,
  kind text NOT NULL,
  id text NOT NULL,
  kab_kota_code text NOT NULL
);

-- Ids a PC created for a record the register already knew (the same round made on two PCs).
CREATE TABLE id_aliases (
  kind text NOT NULL,
  alias text NOT NULL,
  id text NOT NULL,
  PRIMARY KEY (kind, alias)
);

-- The version counter: taken at the end of a writing transaction and held until its commit, so
-- versions become visible in the order they were given.
CREATE TABLE sync_state (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
INSERT INTO sync_state (id, version) VALUES (1, 0);

-- Per PC, the last mutation applied: a batch re-sent after a lost reply is applied once.
CREATE TABLE client_mutations (
  client_id text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  last_mutation_id bigint NOT NULL
);

CREATE TABLE conflicts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  record_id text NOT NULL,
  kab_kota_code text,
  field text NOT NULL,
  kept_value jsonb,
  kept_by text NOT NULL,
  other_value jsonb,
  other_by text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES accounts (id)
);
CREATE INDEX conflicts_open ON conflicts (kab_kota_code) WHERE resolved_at IS NULL;

CREATE TABLE letter_counters (
  scope_code text NOT NULL,
  year integer NOT NULL,
  last_sequence integer NOT NULL,
  PRIMARY KEY (scope_code, year)
);

-- Attachment bytes by SHA-256 (bytea: simple to back up with pg_dump, fine up to the size limit).
CREATE TABLE blobs (
  hash text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_by uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  account_id uuid REFERENCES accounts (id),
  action text NOT NULL,
  kind text,
  record_id text,
  detail jsonb
);
CREATE INDEX audit_record ON audit (kind, record_id);

-- Row-level security: a kab/kota officer's transaction sees only its own kab/kota's rows even if a
-- query forgets its WHERE. The server sets ovop.role and ovop.kab_kota per transaction (SET LOCAL).
ALTER TABLE records ENABLE ROW LEVEL SECURITY;
ALTER TABLE records FORCE ROW LEVEL SECURITY;
CREATE POLICY records_scope ON records
  USING (
    current_setting('ovop.role', true) IN ('admin', 'province', 'system')
    OR (kab_kota_code IS NULL AND kind = 'rounds')
    OR kab_kota_code = current_setting('ovop.kab_kota', true)
  )
  WITH CHECK (
    current_setting('ovop.role', true) IN ('admin', 'province', 'system')
    OR (kab_kota_code IS NOT NULL AND kab_kota_code = current_setting('ovop.kab_kota', true))
  );

ALTER TABLE conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE conflicts FORCE ROW LEVEL SECURITY;
CREATE POLICY conflicts_scope ON conflicts
  USING (
    current_setting('ovop.role', true) IN ('admin', 'province', 'system')
    OR kab_kota_code = current_setting('ovop.kab_kota', true)
  );

-- Down Migration
DROP TABLE audit, blobs, letter_counters, conflicts, client_mutations, sync_state, id_aliases, scope_exits, records, login_failures, sessions, accounts, office;
