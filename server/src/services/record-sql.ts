import type { SyncKind } from '@shared/sync/kinds';
import type { Tx } from '../db/pool';

/** SQL of the `records`, `id_aliases`, `scope_exits` and `sync_state` tables, in one place. */
export interface RecordRow {
  kind: SyncKind;
  id: string;
  kab_kota_code: string | null;
  data: Record<string, unknown>;
  field_versions: Record<string, number>;
  field_authors: Record<string, string>;
  natural_key: string | null;
  deleted: boolean;
  version: string;
}

export async function lockRecord(
  tx: Tx,
  kind: SyncKind,
  id: string,
): Promise<RecordRow | undefined> {
  const { rows } = await tx.query<RecordRow>(
    'SELECT * FROM records WHERE kind = $1 AND id = $2 FOR UPDATE',
    [kind, id],
  );
  return rows[0];
}

export async function findByNaturalKey(
  tx: Tx,
  kind: SyncKind,
  key: string,
): Promise<string | undefined> {
  const { rows } = await tx.query<{ id: string }>(
    'SELECT id FROM records WHERE kind = $1 AND natural_key = $2 AND NOT deleted',
    [kind, key],
  );
  return rows[0]?.id;
}

export async function scopeOf(
  tx: Tx,
  kind: SyncKind,
  id: string,
): Promise<{ found: boolean; kabKota: string | null }> {
  const { rows } = await tx.query<{ kab_kota_code: string | null }>(
    'SELECT kab_kota_code FROM records WHERE kind = $1 AND id = $2',
    [kind, id],
  );
  return rows[0]
    ? { found: true, kabKota: rows[0].kab_kota_code }
    : { found: false, kabKota: null };
}

export async function resolveAlias(tx: Tx, kind: SyncKind, id: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    'SELECT id FROM id_aliases WHERE kind = $1 AND alias = $2',
    [kind, id],
  );
  return rows[0]?.id ?? id;
}

export async function addAlias(tx: Tx, kind: SyncKind, alias: string, id: string): Promise<void> {
  await tx.query(
    'INSERT INTO id_aliases (kind, alias, id) VALUES ($1, $2, $3) ON CONFLICT (kind, alias) DO NOTHING',
    [kind, alias, id],
  );
}

/**
 * Locks the version counter for the rest of this transaction and returns its value. A transaction
 * holding higher versions therefore cannot commit before one holding lower versions: a reader that
 * has seen version N has seen every version below N (a sequence would hand out numbers that commit
 * out of order, and a reader past N would never see a slower N - 1).
 */
export async function lockCounter(tx: Tx): Promise<number> {
  const { rows } = await tx.query<{ version: string }>(
    'SELECT version FROM sync_state WHERE id = 1 FOR UPDATE',
  );
  return Number(rows[0]?.version ?? 0);
}

/** Stores the last version this transaction handed out (the lock is released at commit). */
export async function saveCounter(tx: Tx, version: number): Promise<void> {
  await tx.query('UPDATE sync_state SET version = $1 WHERE id = 1', [version]);
}

export async function upsertRecord(
  tx: Tx,
  row: Omit<RecordRow, 'version'> & { version: number; updatedBy: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO records (kind, id, kab_kota_code, data, field_versions, field_authors, natural_key, deleted, version, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
     ON CONFLICT (kind, id) DO UPDATE SET kab_kota_code = $3, data = $4, field_versions = $5, field_authors = $6,
       natural_key = $7, deleted = $8, version = $9, updated_by = $10, updated_at = now()`,
    [
      row.kind,
      row.id,
      row.kab_kota_code,
      JSON.stringify(row.data),
      JSON.stringify(row.field_versions),
      JSON.stringify(row.field_authors),
      row.natural_key,
      row.deleted,
      row.version,
      row.updatedBy,
    ],
  );
}

export async function addScopeExit(
  tx: Tx,
  version: number,
  kind: SyncKind,
  id: string,
  kabKota: string,
): Promise<void> {
  await tx.query(
    'INSERT INTO scope_exits (version, kind, id, kab_kota_code) VALUES ($1, $2, $3, $4)',
    [version, kind, id, kabKota],
  );
}
