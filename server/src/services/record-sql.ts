import type { SyncKind } from '@shared/sync/kinds';
import type { Tx } from '../db/pool';

/** SQL of single `records` rows and the `sync_state` counter (batched writes are in push-batch.ts). */
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
  /** See field-stamps.ts: the stamp of fields not named in field_versions; null: full maps. */
  created_version: string | number | null;
  created_by: string | null;
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
