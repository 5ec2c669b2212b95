import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { OvopDatabase } from '../database';
import { applyKeptChange, hasStatsStore, keysOf, readKeptRow, STATS_STORE } from './kept-row';
import { isKeptRowCountStore, mutateRowCount } from './kept-row-counts';
import type { EnterpriseRecord, KeptRowCountRecord, RegisterStatsRecord } from './records';

/**
 * Counts of the IKM store kept in step with every write: live and deleted rows, live rows per
 * kab/kota and per commodity. Beranda reads them in one `get` instead of walking 100,000 rows
 * (IndexedDB counts walk their range). A DBCore middleware adds the `registerStats` store to every
 * read-write transaction that includes `enterprises` and updates the row in that same transaction,
 * so a write and its counts commit or vanish together. A missing row means "unknown": it is
 * recounted in one pass the next time someone asks (`readEnterpriseStats`).
 */
export const ENTERPRISE_STATS_ID = 'enterprises';
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

const isEnterpriseStats = (
  row: RegisterStatsRecord | KeptRowCountRecord | undefined,
): row is RegisterStatsRecord => row !== undefined && 'live' in row;

/** The kept IKM counts, if known (the store's other rows are row counts of other stores). */
export async function storedEnterpriseStats(
  db: OvopDatabase,
): Promise<RegisterStatsRecord | undefined> {
  const stored = await db.registerStats.get(ENTERPRISE_STATS_ID);
  return isEnterpriseStats(stored) ? stored : undefined;
}

/** The counts; recounted (and stored) in one pass when unknown (`readKeptRow`). */
export function readEnterpriseStats(db: OvopDatabase): Promise<RegisterStatsRecord> {
  return readKeptRow(db, ENTERPRISES, ENTERPRISE_STATS_ID, isEnterpriseStats, () =>
    recountEnterprises(db),
  );
}

const applyChange = (
  stats: DBCoreTable,
  trans: DBCoreTransaction,
  change: (row: RegisterStatsRecord) => RegisterStatsRecord | null,
): Promise<void> => applyKeptChange(stats, trans, ENTERPRISE_STATS_ID, change);

async function mutateCounted(
  down: DBCore,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (!hasStatsStore(trans)) return table.mutate(req);
  const stats = down.table(STATS_STORE);
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
          stores.some((s) => s === ENTERPRISES || isKeptRowCountStore(s)) &&
          !stores.includes(STATS_STORE) &&
          down.schema.tables.some((t) => t.name === STATS_STORE)
            ? [...stores, STATS_STORE]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (isKeptRowCountStore(name))
          return { ...table, mutate: (req) => mutateRowCount(down, table, name, req) };
        if (name !== ENTERPRISES) return table;
        return { ...table, mutate: (req) => mutateCounted(down, table, req) };
      },
    };
  },
};
