import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';

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
