import type { SyncKind } from '@shared/sync/kinds';
import type { PullResponse, PulledChange } from '@shared/sync/protocol.schema';
import { withTx, type Actor, type Db, type Tx } from '../db/pool';

/** What this account sees of the change log: records in its scope, and those that left it. */
const SCOPED_RECORDS = `version > $1 AND ($2::text IS NULL OR kab_kota_code = $2 OR (kab_kota_code IS NULL AND kind = 'rounds'))`;
const SCOPE_EXITS = `version > $1 AND kab_kota_code = $2`;

/**
 * Records changed after `after`, in version order, as this account may see them; with `count`,
 * also how many are left from `after` on (counted on the version indexes, in the same
 * transaction as the page, so the page and its total agree).
 */
export async function pull(
  db: Db,
  actor: Actor,
  after: number,
  limit: number,
  count = false,
): Promise<PullResponse> {
  return withTx(db, actor, async (tx) => {
    const scope = actor.role === 'kabkota' ? actor.kabKotaCode : null;
    const { rows } = await tx.query<{
      version: string;
      kind: SyncKind;
      id: string;
      deleted: boolean;
      removed: boolean;
      data: Record<string, unknown> | null;
    }>(
      `SELECT version, kind, id, deleted, false AS removed, data FROM records WHERE ${SCOPED_RECORDS}
       UNION ALL
       SELECT version, kind, id, false, true, NULL FROM scope_exits WHERE ${SCOPE_EXITS}
       ORDER BY version LIMIT $3`,
      [after, scope, limit + 1],
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
    const more = rows.length > limit;
    const remaining = !count
      ? undefined
      : more
        ? await remainingAfter(tx, after, scope)
        : changes.length;
    return {
      changes,
      cursor: changes.at(-1)?.version ?? after,
      more,
      ...(remaining === undefined ? {} : { remaining }),
    };
  });
}

async function remainingAfter(tx: Tx, after: number, scope: string | null): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM records WHERE ${SCOPED_RECORDS})
          + (SELECT count(*) FROM scope_exits WHERE ${SCOPE_EXITS}) AS n`,
    [after, scope],
  );
  return Number(rows[0]?.n ?? 0);
}
