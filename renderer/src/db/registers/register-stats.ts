import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { OvopDatabase } from '../database';
import type { EnterpriseRecord, RegisterStatsRecord } from './records';

/**
 * Counts of the IKM store kept in step with every write: live and deleted rows, live rows per
 * kab/kota and per commodity. Beranda reads them in one `get` instead of walking 100,000 rows
 * (IndexedDB counts walk their range). A DBCore middleware adds the `registerStats` store to every
 * read-write transaction that includes `enterprises` and updates the row in that same transaction,
 * so a write and its counts commit or vanish together. A missing row means "unknown": it is
 * recounted in one pass the next time someone asks (`readEnterpriseStats`).
 */
export const ENTERPRISE_STATS_ID = 'enterprises';
const STATS = 'registerStats';
const ENTERPRISES = 'enterprises';

type Counted = Pick<EnterpriseRecord, 'live' | 'kabKotaCode' | 'commodity'>;

function emptyStats(): RegisterStatsRecord {
  return { id: ENTERPRISE_STATS_ID, live: 0, deleted: 0, byKabKota: {}, byCommodity: {} };
}

function bump(map: Record<string, number>, key: string, by: number): void {
  const next = (map[key] ?? 0) + by;
  if (next === 0) delete map[key];
  else map[key] = next;
}

/** Adds (`sign` 1) or removes (`sign` -1) one stored IKM row from `stats`. */
function countRow(stats: RegisterStatsRecord, row: Counted | undefined, sign: 1 | -1): void {
  if (!row) return;
  if (row.live !== 1) {
    stats.deleted += sign;
    return;
  }
  stats.live += sign;
  bump(stats.byKabKota, row.kabKotaCode ?? '', sign);
  if (row.commodity !== undefined) bump(stats.byCommodity, row.commodity, sign);
}

/** One pass over every IKM row. */
export async function recountEnterprises(db: OvopDatabase): Promise<RegisterStatsRecord> {
  const stats = emptyStats();
  await db.enterprises.each((row) => countRow(stats, row, 1));
  return stats;
}

/**
 * The counts; recounted (and stored) in one read-write transaction when unknown. The recount starts
 * from a timer so it runs outside the caller's Dexie zone: grids read totals inside liveQuery, where
 * Dexie refuses read-write transactions.
 */
export async function readEnterpriseStats(db: OvopDatabase): Promise<RegisterStatsRecord> {
  const stored = await db.registerStats.get(ENTERPRISE_STATS_ID);
  if (stored) return stored;
  const recount = () =>
    db.transaction('rw', [db.enterprises, db.registerStats], async () => {
      const again = await db.registerStats.get(ENTERPRISE_STATS_ID);
      if (again) return again;
      const fresh = await recountEnterprises(db);
      await db.registerStats.put(fresh);
      return fresh;
    });
  return new Promise<RegisterStatsRecord>((resolve, reject) =>
    setTimeout(() => recount().then(resolve, reject), 0),
  );
}

function hasStatsStore(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return names?.contains(STATS) ?? false;
}

/** Per transaction: the stats row as this transaction sees it (null: unknown, left unknown). */
const pending = new WeakMap<DBCoreTransaction, Promise<RegisterStatsRecord | null>>();

function keysOf(req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'deleteRange') return [];
  if (req.type === 'delete') return req.keys;
  return req.keys ?? req.values.map((v: { id?: unknown }) => v.id);
}

async function applyChange(
  stats: DBCoreTable,
  trans: DBCoreTransaction,
  change: (row: RegisterStatsRecord) => RegisterStatsRecord | null,
): Promise<void> {
  const previous =
    pending.get(trans) ??
    (
      stats.get({ trans, key: ENTERPRISE_STATS_ID }) as Promise<RegisterStatsRecord | undefined>
    ).then((r) => r ?? null);
  const next = previous.then(async (row) => {
    if (row === null) return null;
    const changed = change(row);
    if (changed === null)
      await stats.mutate({ trans, type: 'delete', keys: [ENTERPRISE_STATS_ID] });
    else await stats.mutate({ trans, type: 'put', values: [changed] });
    return changed;
  });
  pending.set(trans, next);
  await next;
}

async function mutateCounted(
  down: DBCore,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (!hasStatsStore(trans)) return table.mutate(req);
  const stats = down.table(STATS);
  if (req.type === 'deleteRange') {
    const response = await table.mutate(req);
    // Clearing the store empties the counts; any other range deletion makes them unknown.
    await applyChange(stats, trans, () => (req.range.type === 3 ? emptyStats() : null));
    return response;
  }
  const keys = keysOf(req);
  const before: (Counted | undefined)[] =
    req.type === 'add' ? [] : ((await table.getMany({ trans, keys })) as (Counted | undefined)[]);
  const response = await table.mutate(req);
  await applyChange(stats, trans, (row) => {
    const next = structuredClone(row);
    keys.forEach((_key, i) => {
      if (response.failures[i] !== undefined) return;
      countRow(next, before[i], -1);
      if (req.type !== 'delete') countRow(next, req.values[i] as Counted, 1);
    });
    return next;
  });
  return response;
}

export const registerStatsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'registerStats',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' &&
          stores.includes(ENTERPRISES) &&
          !stores.includes(STATS) &&
          down.schema.tables.some((t) => t.name === STATS)
            ? [...stores, STATS]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ENTERPRISES) return table;
        return { ...table, mutate: (req) => mutateCounted(down, table, req) };
      },
    };
  },
};
