import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { OvopDatabase } from '../database';
import type { KeptRowCountRecord, RegisterStatsRecord } from './records';

type KeptRow = RegisterStatsRecord | KeptRowCountRecord;

/** The store of counts kept in step with other stores' writes (register-stats.ts, kept-row-counts.ts). */
export const STATS_STORE = 'registerStats';

/** Whether a transaction includes the counts store (the middleware adds it where it is needed). */
export function hasStatsStore(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return names?.contains(STATS_STORE) ?? false;
}

/** Per transaction and row id: the kept row as this transaction sees it (null: unknown, left so). */
const pending = new WeakMap<DBCoreTransaction, Map<string, Promise<unknown>>>();

/**
 * Changes the kept row `id` inside the writing transaction. `change` gets the row as this
 * transaction last left it and returns the next one, or null to forget it (unknown: recounted when
 * next asked). A missing row stays missing: counts are never started from a guess.
 */
export async function applyKeptChange<Row extends { id: string }>(
  stats: DBCoreTable,
  trans: DBCoreTransaction,
  id: string,
  change: (row: Row) => Row | null,
): Promise<void> {
  const rows = pending.get(trans) ?? new Map<string, Promise<unknown>>();
  pending.set(trans, rows);
  const previous =
    (rows.get(id) as Promise<Row | null> | undefined) ??
    (stats.get({ trans, key: id }) as Promise<Row | undefined>).then((r) => r ?? null);
  const next = previous.then(async (row) => {
    if (row === null) return null;
    const changed = change(row);
    if (changed === null) await stats.mutate({ trans, type: 'delete', keys: [id] });
    else await stats.mutate({ trans, type: 'put', values: [changed] });
    return changed;
  });
  rows.set(id, next);
  await next;
}

/** The primary keys a write names (a put without keys names its values' ids). */
export function keysOf(req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'deleteRange') return [];
  if (req.type === 'delete') return req.keys;
  return req.keys ?? req.values.map((v: { id?: unknown }) => v.id);
}

/**
 * The kept row `id` (`isRow` tells it from the store's other rows); when unknown, counted over
 * `store` and stored in one read-write transaction. The recount starts from a timer so it runs
 * outside the caller's Dexie zone: grids read totals inside liveQuery, where Dexie refuses
 * read-write transactions.
 */
export async function readKeptRow<Row extends KeptRow>(
  db: OvopDatabase,
  store: string,
  id: Row['id'],
  isRow: (row: KeptRow | undefined) => row is Row,
  count: () => Promise<Row>,
): Promise<Row> {
  const stored = await db.registerStats.get(id);
  if (isRow(stored)) return stored;
  const recount = () =>
    db.transaction('rw', [db.table(store), db.registerStats], async () => {
      const again = await db.registerStats.get(id);
      if (isRow(again)) return again;
      const fresh = await count();
      await db.registerStats.put(fresh);
      return fresh;
    });
  return new Promise<Row>((resolve, reject) =>
    setTimeout(() => recount().then(resolve, reject), 0),
  );
}
