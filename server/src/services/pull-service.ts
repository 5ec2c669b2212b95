import type { SyncKind } from '@shared/sync/kinds';
import type { PullResponse, PulledChange } from '@shared/sync/protocol.schema';
import { withTx, type Actor, type Db, type Tx } from '../db/pool';

/** What this account sees of the change log: records in its scope, and those that left it. */
const SCOPED_RECORDS = `version > $1 AND ($2::text IS NULL OR kab_kota_code = $2 OR (kab_kota_code IS NULL AND kind = 'rounds'))`;
const SCOPE_EXITS = `version > $1 AND kab_kota_code = $2`;

/** A pulled change with its data as PostgreSQL's JSON text of the stored `jsonb`, not parsed. */
interface PageRow {
  readonly change: Omit<PulledChange, 'data'>;
  readonly data: string | undefined;
}

/**
 * A page of the change log as the reply's JSON text: every value written by `JSON.stringify`,
 * except each record's data, which is the stored `jsonb` as PostgreSQL writes it out (valid JSON)
 * placed as it is. Read as JSON, it is the page's PullResponse.
 */
export async function pullJson(
  db: Db,
  actor: Actor,
  after: number,
  limit: number,
  count = false,
): Promise<string> {
  const { rows, ...rest } = await pullPage(db, actor, after, limit, count);
  const changes = rows.map(({ change, data }) =>
    data === undefined
      ? JSON.stringify(change)
      : `${JSON.stringify(change).slice(0, -1)},"data":${data}}`,
  );
  return `{"changes":[${changes.join(',')}],${JSON.stringify(rest).slice(1)}`;
}

/**
 * Records changed after `after`, in version order, as this account may see them; with `count`,
 * also how many are left from `after` on (counted on the version indexes, in the same
 * transaction as the page, so the page and its total agree).
 */
async function pullPage(
  db: Db,
  actor: Actor,
  after: number,
  limit: number,
  count: boolean,
): Promise<Omit<PullResponse, 'changes'> & { rows: PageRow[] }> {
  return withTx(db, actor, async (tx) => {
    const scope = actor.role === 'kabkota' ? actor.kabKotaCode : null;
    // The data as text: `pg` would parse each record's jsonb only for the reply to write it again.
    const { rows } = await tx.query<{
      version: string;
      kind: SyncKind;
      id: string;
      deleted: boolean;
      removed: boolean;
      data: string | null;
    }>(
      `SELECT version, kind, id, deleted, false AS removed, data::text AS data FROM records WHERE ${SCOPED_RECORDS}
       UNION ALL
       SELECT version, kind, id, false, true, NULL FROM scope_exits WHERE ${SCOPE_EXITS}
       ORDER BY version LIMIT $3`,
      [after, scope, limit + 1],
    );
    const page: PageRow[] = rows.slice(0, limit).map((r) => ({
      change: {
        version: Number(r.version),
        kind: r.kind,
        id: r.id,
        deleted: r.deleted,
        ...(r.removed ? { removed: true } : {}),
      },
      data: !r.deleted && !r.removed && r.data !== null ? r.data : undefined,
    }));
    const more = rows.length > limit;
    const remaining = !count
      ? undefined
      : more
        ? await remainingAfter(tx, after, scope)
        : page.length;
    return {
      rows: page,
      cursor: page.at(-1)?.change.version ?? after,
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
