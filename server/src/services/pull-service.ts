import type { SyncKind } from '@shared/sync/kinds';
import type { PullResponse, PulledChange } from '@shared/sync/protocol.schema';
import { withTx, type Actor, type Db, type Tx } from '../db/pool';

/** What this account sees of the change log: records in its scope, and those that left it. */
const SCOPED_RECORDS = `version > $1 AND ($2::text IS NULL OR kab_kota_code = $2 OR (kab_kota_code IS NULL AND kind = 'rounds'))`;
const SCOPE_EXITS = `version > $1 AND kab_kota_code = $2`;

/**
 * The page is chosen on the versions alone and only its own records' data is read: ordering the
 * data of every change after the cursor (what PostgreSQL planned for the plain query, as the
 * row-level-security filter hides how many rows match) sorted megabytes on disk for each page of
 * a first sync.
 */
const PAGE_SQL = `
  WITH page AS (
    SELECT version, kind, id, deleted, false AS removed FROM records WHERE ${SCOPED_RECORDS}
    UNION ALL
    SELECT version, kind, id, false, true FROM scope_exits WHERE ${SCOPE_EXITS}
    ORDER BY version LIMIT $3
  )
  SELECT page.version, page.kind, page.id, page.deleted, page.removed,
         CASE WHEN page.removed OR page.deleted THEN NULL ELSE records.data::text END AS data
  FROM page LEFT JOIN records
    ON NOT page.removed AND records.kind = page.kind AND records.id = page.id
  ORDER BY page.version`;

interface PulledRow {
  version: string;
  kind: SyncKind;
  id: string;
  deleted: boolean;
  removed: boolean;
  /** The record's `jsonb` as PostgreSQL writes it out (valid JSON text), or null. */
  data: string | null;
}

/** A page of the pull as the JSON text of a `PullResponse`, and how many changes it holds. */
export interface PullPage {
  json: string;
  changes: number;
}

/**
 * Records changed after `after`, in version order, as this account may see them; with `count`,
 * also how many are left from `after` on (counted on the version indexes, in the same
 * transaction as the page, so the page and its total agree).
 *
 * The reply is written as JSON text here: each record's data goes out as PostgreSQL's own JSON
 * text of its `jsonb`, instead of being parsed into objects by the driver and written again (on a
 * first sync, most of a pull's time in Node).
 */
export async function pull(
  db: Db,
  actor: Actor,
  after: number,
  limit: number,
  count = false,
): Promise<PullPage> {
  return withTx(db, actor, async (tx) => {
    const scope = actor.role === 'kabkota' ? actor.kabKotaCode : null;
    const { rows } = await tx.query<PulledRow>(PAGE_SQL, [after, scope, limit + 1]);
    const page = rows.slice(0, limit);
    const more = rows.length > limit;
    const remaining = !count
      ? undefined
      : more
        ? await remainingAfter(tx, after, scope)
        : page.length;
    const rest: Omit<PullResponse, 'changes'> = {
      cursor: page.length > 0 ? Number(page[page.length - 1]?.version) : after,
      more,
      ...(remaining === undefined ? {} : { remaining }),
    };
    const json = `{"changes":[${page.map(changeJson).join(',')}],${JSON.stringify(rest).slice(1)}`;
    return { json, changes: page.length };
  });
}

/** One change as JSON: its fields by JSON.stringify, its data as PostgreSQL's JSON text. */
function changeJson(r: PulledRow): string {
  const change: PulledChange = {
    version: Number(r.version),
    kind: r.kind,
    id: r.id,
    deleted: r.deleted,
    ...(r.removed ? { removed: true } : {}),
  };
  const head = JSON.stringify(change);
  return r.deleted || r.removed || r.data === null
    ? head
    : `${head.slice(0, -1)},"data":${r.data}}`;
}

async function remainingAfter(tx: Tx, after: number, scope: string | null): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM records WHERE ${SCOPED_RECORDS})
          + (SELECT count(*) FROM scope_exits WHERE ${SCOPE_EXITS}) AS n`,
    [after, scope],
  );
  return Number(rows[0]?.n ?? 0);
}
