import type { SyncKind } from '@shared/sync/kinds';
import type { PullResponse } from '@shared/sync/protocol.schema';
import { scopeParams, SET_SCOPE_SQL, withTx, type Actor, type Db, type Tx } from '../db/pool';
import { Utf8Bytes } from './utf8-bytes';

/** What this account sees of the change log: records in its scope, and those that left it. */
const SCOPED_RECORDS = `version > $1 AND ($2::text IS NULL OR kab_kota_code = $2 OR (kab_kota_code IS NULL AND kind = 'rounds'))`;
const SCOPE_EXITS = `version > $1 AND kab_kota_code = $2`;

/**
 * The pull's transaction sets the actor's scope and turns off bitmap and sequential scans for its
 * statements. Row-level security's condition on `records` (on current_setting) is estimated to keep
 * about 2 % of the rows, so the planner expects a page never to fill and reads, converts and sorts
 * every record after the cursor (for a first page of 5,000 of 10,000 records, a sort on disk) instead
 * of reading `records_version` in order and stopping at the page's end, which it then does.
 */
const PULL_SETTINGS_SQL = `SELECT ${SET_SCOPE_SQL}, set_config('enable_bitmapscan', 'off', true) AS bitmapscan,
  set_config('enable_seqscan', 'off', true) AS seqscan`;

/** A change of the page as read, its data PostgreSQL's JSON text of the stored `jsonb`. */
interface ChangeRow {
  version: string;
  kind: SyncKind;
  id: string;
  deleted: boolean;
  removed: boolean;
  data: string | null;
}

/**
 * A page of the change log as the reply's JSON, UTF-8 encoded: every value written by
 * `JSON.stringify`, except each live record's data, which is the stored `jsonb` as PostgreSQL writes
 * it out (valid JSON) placed as it is. Read as JSON, it is the page's PullResponse. Each change is
 * encoded straight into one buffer that grows as needed: one text of the whole page, encoded at
 * once, took about twice as long to build and encode, and a buffer per change then joined cost a
 * second copy of the page.
 */
export async function pullJson(
  db: Db,
  actor: Actor,
  after: number,
  limit: number,
  count = false,
): Promise<Buffer> {
  const { rows, ...rest } = await pullPage(db, actor, after, limit, count);
  // Room for the page as it most likely is (ASCII), and for any one change three times over.
  let expected = 64;
  let largest = 0;
  for (const r of rows) {
    expected += (r.data?.length ?? 0) + 96;
    largest = Math.max(largest, r.data?.length ?? 0);
  }
  const out = new Utf8Bytes(expected + 3 * (largest + 96));
  out.write('{"changes":[');
  for (const [i, r] of rows.entries()) {
    const head = `{"version":${JSON.stringify(Number(r.version))},"kind":${JSON.stringify(r.kind)},"id":${JSON.stringify(r.id)},"deleted":${JSON.stringify(r.deleted)}`;
    const exit = r.removed ? ',"removed":true' : '';
    const data = !r.deleted && !r.removed && r.data !== null ? `,"data":${r.data}` : '';
    out.write(`${i > 0 ? ',' : ''}${head}${exit}${data}}`);
  }
  out.write(`],${JSON.stringify(rest).slice(1)}`);
  return out.bytes();
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
): Promise<Omit<PullResponse, 'changes'> & { rows: ChangeRow[] }> {
  return withTx(
    db,
    actor,
    async (tx) => {
      await tx.query(PULL_SETTINGS_SQL, scopeParams(actor));
      const scope = actor.role === 'kabkota' ? actor.kabKotaCode : null;
      // The data as text: `pg` would parse each record's jsonb only for the reply to write it again.
      const { rows } = await tx.query<ChangeRow>(
        // Each part in version order up to the page's end, so the two are merged as they are read.
        `(SELECT version, kind, id, deleted, false AS removed, data::text AS data FROM records
        WHERE ${SCOPED_RECORDS} ORDER BY version LIMIT $3)
       UNION ALL
       (SELECT version, kind, id, false, true, NULL FROM scope_exits WHERE ${SCOPE_EXITS} ORDER BY version LIMIT $3)
       ORDER BY version LIMIT $3`,
        [after, scope, limit + 1],
      );
      const page = rows.slice(0, limit);
      const more = rows.length > limit;
      const remaining = !count
        ? undefined
        : more
          ? await remainingAfter(tx, after, scope)
          : page.length;
      return {
        rows: page,
        cursor: page.length > 0 ? Number(page.at(-1)?.version) : after,
        more,
        ...(remaining === undefined ? {} : { remaining }),
      };
    },
    { scopeInFirstStatement: true },
  );
}

async function remainingAfter(tx: Tx, after: number, scope: string | null): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM records WHERE ${SCOPED_RECORDS})
          + (SELECT count(*) FROM scope_exits WHERE ${SCOPE_EXITS}) AS n`,
    [after, scope],
  );
  return Number(rows[0]?.n ?? 0);
}
