import { SYNC_RECORD_SCHEMAS, type SyncKind } from '@shared/sync/kinds';
import type { ConflictView } from '@shared/sync/protocol.schema';
import { withTx, type Actor, type Db } from '../db/pool';
import { HttpError } from '../http/http-error';
import { writeAudit } from './audit';
import { lockCounter, lockRecord, saveCounter, upsertRecord } from './record-sql';

interface ConflictRow {
  id: string;
  kind: SyncKind;
  record_id: string;
  field: string;
  kept_value: unknown;
  kept_by: string;
  other_value: unknown;
  other_by: string;
  at: Date;
}

/** Open conflicts this account may see (row-level security narrows a kab/kota officer's list). */
export async function listConflicts(db: Db, actor: Actor): Promise<ConflictView[]> {
  return withTx(db, actor, async (tx) => {
    const { rows } = await tx.query<ConflictRow>(
      'SELECT * FROM conflicts WHERE resolved_at IS NULL ORDER BY at, id LIMIT 500',
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      recordId: r.record_id,
      field: r.field,
      keptValue: r.kept_value,
      keptBy: r.kept_by,
      otherValue: r.other_value,
      otherBy: r.other_by,
      at: r.at.toISOString(),
    }));
  });
}

/** Settles a conflict: keep the value that won, or put the other one back (a new change everyone pulls). */
export async function resolveConflict(
  db: Db,
  actor: Actor,
  conflictId: string,
  choice: 'kept' | 'other',
): Promise<{ version?: number }> {
  return withTx(db, actor, async (tx) => {
    const { rows } = await tx.query<ConflictRow>(
      'SELECT * FROM conflicts WHERE id = $1 AND resolved_at IS NULL FOR UPDATE',
      [conflictId],
    );
    const conflict = rows[0];
    if (!conflict) throw new HttpError(404, 'Konflik tidak ditemukan atau sudah diselesaikan.');
    let version: number | undefined;
    if (choice === 'other') {
      version = (await lockCounter(tx)) + 1;
      await saveCounter(tx, version);
      const record = await lockRecord(tx, conflict.kind, conflict.record_id);
      if (!record || record.deleted)
        throw new HttpError(409, 'Data yang berkonflik sudah dihapus.');
      const data = { ...record.data };
      if (conflict.other_value === null) delete data[conflict.field];
      else data[conflict.field] = conflict.other_value;
      const parsed = SYNC_RECORD_SCHEMAS[conflict.kind].safeParse(data);
      if (!parsed.success)
        throw new HttpError(
          422,
          `Nilai lain tidak lagi sah: ${parsed.error.issues[0]?.message ?? ''}`,
        );
      await upsertRecord(tx, {
        ...record,
        data: parsed.data,
        field_versions: { ...record.field_versions, [conflict.field]: version },
        field_authors: { ...record.field_authors, [conflict.field]: actor.displayName },
        version,
        updatedBy: actor.accountId,
      });
    }
    await tx.query('UPDATE conflicts SET resolved_at = now(), resolved_by = $2 WHERE id = $1', [
      conflictId,
      actor.accountId,
    ]);
    await writeAudit(tx, actor.accountId, 'conflict-resolve', conflict.kind, conflict.record_id, {
      field: conflict.field,
      choice,
    });
    return version === undefined ? {} : { version };
  });
}
