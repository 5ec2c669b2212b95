import type { SyncKind } from '@shared/sync/kinds';
import type { PullResponse, PulledChange } from '@shared/sync/protocol.schema';
import { withTx, type Actor, type Db } from '../db/pool';

/** Records changed after `after`, in version order, as this account may see them. */
export async function pull(
  db: Db,
  actor: Actor,
  after: number,
  limit: number,
): Promise<PullResponse> {
  return withTx(db, actor, async (tx) => {
    const scoped = actor.role === 'kabkota';
    const { rows } = await tx.query<{
      version: string;
      kind: SyncKind;
      id: string;
      deleted: boolean;
      removed: boolean;
      data: Record<string, unknown> | null;
    }>(
      `SELECT version, kind, id, deleted, false AS removed, data FROM records
         WHERE version > $1 AND ($2::text IS NULL OR kab_kota_code = $2 OR (kab_kota_code IS NULL AND kind = 'rounds'))
       UNION ALL
       SELECT version, kind, id, false, true, NULL FROM scope_exits WHERE version > $1 AND kab_kota_code = $2
       ORDER BY version LIMIT $3`,
      [after, scoped ? actor.kabKotaCode : null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const changes: PulledChange[] = page.map((r) => ({
      version: Number(r.version),
      kind: r.kind,
      id: r.id,
      deleted: r.deleted,
      ...(r.removed ? { removed: true } : {}),
      ...(!r.deleted && !r.removed && r.data ? { data: r.data } : {}),
    }));
    return { changes, cursor: changes.at(-1)?.version ?? after, more: rows.length > limit };
  });
}
