import type { RecordRow } from './record-sql';

// The statements of a push (push-batch.ts) that read or write many records at once.

/** A record as a push keeps it: read from `records`, or changed by the push (its account). */
export type Row = Omit<RecordRow, 'version'> & {
  version: number | string;
  updatedBy?: string | null;
};

/** A row of OPEN_SQL: an alias (name: the alias), a natural key (name: the key) or a record. */
export type OpenRow = RecordRow & { what: 'alias' | 'key' | 'record'; name: string | null };

/** Pairs given as two JSON arrays of strings ($a, $b), row by row, named `alias(first, second)`. */
const pairs = (a: string, b: string, alias: string): string =>
  `ROWS FROM (json_array_elements_text(${a}::json), json_array_elements_text(${b}::json)) AS ${alias}`;

/**
 * The live record of each (kind, key) given in $kinds and $keys, as rows (kind, key, id): one index
 * probe per key (LIMIT 1 keeps the planner from turning it into a join, which it planned as a scan
 * of every record while the table's statistics were young); the predicate of the partial unique
 * index is spelt out so that index serves it.
 */
const keyProbes = (kinds: string, keys: string): string =>
  `SELECT k.kind, k.key, r.id FROM ${pairs(kinds, keys, 'k(kind, key)')}
    CROSS JOIN LATERAL (SELECT id FROM records WHERE kind = k.kind AND natural_key = k.key
      AND natural_key IS NOT NULL AND NOT deleted LIMIT 1) AS r`;

/** Reads and locks the records of the (kind, id) pairs in `t`: one primary-key probe each. */
const lockedRecords = (t: string): string =>
  `SELECT r.* FROM (${t}) AS t CROSS JOIN LATERAL (SELECT * FROM records WHERE kind = t.kind AND id = t.id FOR UPDATE) AS r`;

/**
 * What a push names, in one statement: $1/$2 the kinds and ids of its records (an alias read as
 * the id it stands for), $3/$4 the kinds and natural keys of the records it creates.
 * A join on the pushed ids was planned as a scan of every record: hence the probes.
 */
export const OPEN_SQL = `WITH pushed AS (SELECT * FROM ${pairs('$1', '$2', 'p(kind, id)')}),
  a AS (SELECT a.kind, a.alias, a.id FROM id_aliases a JOIN pushed p ON a.kind = p.kind AND a.alias = p.id),
  r AS (${lockedRecords('SELECT DISTINCT p.kind, coalesce(a.id, p.id) AS id FROM pushed p LEFT JOIN a ON a.kind = p.kind AND a.alias = p.id')}),
  k AS (${keyProbes('$3', '$4')})
SELECT 'alias' AS what, kind, alias AS name, id, NULL AS kab_kota_code, NULL::jsonb AS data, NULL::jsonb AS field_versions,
  NULL::jsonb AS field_authors, NULL AS natural_key, NULL::boolean AS deleted, NULL::bigint AS version,
  NULL::bigint AS created_version, NULL AS created_by FROM a
UNION ALL SELECT 'key', kind, key, id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM k
UNION ALL SELECT 'record', kind, NULL, id, kab_kota_code, data, field_versions, field_authors, natural_key, deleted,
  version, created_version, created_by FROM r`;

/** Reads and locks records given as two JSON arrays, kinds and ids, as OPEN_SQL does. */
export const LOAD_SQL = lockedRecords(`SELECT DISTINCT * FROM ${pairs('$1', '$2', 't(kind, id)')}`);

/** The live records of natural keys given as two JSON arrays, kinds and keys, as OPEN_SQL finds them. */
export const KEYS_SQL = keyProbes('$1', '$2');

/**
 * Writes rows of `records` given as two JSON arrays made natively (no PostgreSQL array literal per
 * column, which escapes every element in JavaScript): $1 the rows' columns, one array per row in
 * the order of `recordParams`, and $2 their data, each record parsed once into jsonb.
 */
export const WRITE_RECORDS_SQL = `INSERT INTO records (kind, id, kab_kota_code, data, field_versions, field_authors, natural_key, deleted, version, updated_by, updated_at, created_version, created_by)
  SELECT r->>0, r->>1, r->>2, d.data::jsonb, r->3, r->4, r->>5, (r->>6)::boolean, (r->>7)::bigint, (r->>8)::uuid, now(), (r->>9)::bigint, r->>10
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS c(r, n)
  JOIN json_array_elements($2::json) WITH ORDINALITY AS d(data, n) USING (n)
  ON CONFLICT (kind, id) DO UPDATE SET kab_kota_code = excluded.kab_kota_code, data = excluded.data, field_versions = excluded.field_versions,
    field_authors = excluded.field_authors, natural_key = excluded.natural_key, deleted = excluded.deleted, version = excluded.version,
    updated_by = excluded.updated_by, updated_at = now(), created_version = excluded.created_version, created_by = excluded.created_by`;

export const recordParams = (rows: readonly Row[]): [string, string] => [
  JSON.stringify(
    rows.map((r) => [
      r.kind,
      r.id,
      r.kab_kota_code,
      r.field_versions,
      r.field_authors,
      r.natural_key,
      r.deleted,
      r.version,
      r.updatedBy ?? null,
      r.created_version,
      r.created_by,
    ]),
  ),
  JSON.stringify(rows.map((r) => r.data)),
];

/**
 * A list of (kind, id) or (kind, key) as two JSON arrays, its kinds and its ids or keys, made
 * natively (a PostgreSQL array literal has every element escaped in JavaScript; a JSON object per
 * row costs PostgreSQL more to take apart).
 */
export function columns<F extends 'id' | 'key'>(
  list: readonly ({ kind: string } & Record<F, string>)[],
  field: F,
): [string, string] {
  return [JSON.stringify(list.map((r) => r.kind)), JSON.stringify(list.map((r) => r[field]))];
}
