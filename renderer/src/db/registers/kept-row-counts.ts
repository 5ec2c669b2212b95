import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import type { OvopDatabase } from '../database';
import { applyKeptChange, hasStatsStore, keysOf, readKeptRow, STATS_STORE } from './kept-row';
import type { KeptRowCountRecord, RegisterStatsRecord } from './records';

/**
 * The stores besides the IKM that grow with the register (a product or more per IKM, its
 * legalitas, an audit row per change), whose row counts are kept in step with every write: the
 * start-up loss check reads one row each instead of an IndexedDB count, which walks every key
 * (about 0.2–0.35 s for 100,000 products in a relaunched browser, holding back every read queued
 * behind it). The same middleware as the IKM counts (register-stats.ts) writes them in the writing
 * transaction. A missing row means "unknown": counted and stored the next time it is asked for
 * (`readKeptRowCount`).
 */
export const KEPT_ROW_COUNT_STORES = ['products', 'credentials', 'audit'] as const;
export type KeptRowCountStore = (typeof KEPT_ROW_COUNT_STORES)[number];

export function isKeptRowCountStore(name: string): name is KeptRowCountStore {
  return (KEPT_ROW_COUNT_STORES as readonly string[]).includes(name);
}

export const keptRowCountId = (store: KeptRowCountStore): KeptRowCountRecord['id'] =>
  `rows:${store}`;

/** Rows a put adds (distinct keys not stored before) or a delete removes (distinct keys stored before). */
function rowChange(
  req: Extract<DBCoreMutateRequest, { type: 'put' | 'delete' }>,
  keys: readonly unknown[],
  before: readonly unknown[],
  response: DBCoreMutateResponse,
): number {
  const seen = new Set<unknown>();
  let change = 0;
  keys.forEach((key, i) => {
    if (response.failures[i] !== undefined || seen.has(key)) return;
    seen.add(key);
    const existed = before[i] !== undefined;
    if (req.type === 'delete' && existed) change -= 1;
    if (req.type === 'put' && !existed) change += 1;
  });
  return change;
}

/** A write to a store of KEPT_ROW_COUNT_STORES, and its row count's change in the same transaction. */
export async function mutateRowCount(
  down: DBCore,
  table: DBCoreTable,
  store: KeptRowCountStore,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (!hasStatsStore(trans)) return table.mutate(req);
  const id = keptRowCountId(store);
  const stats = down.table(STATS_STORE);
  const keep = (change: (rows: number) => number | null) =>
    applyKeptChange<KeptRowCountRecord>(stats, trans, id, (row) => {
      const rows = change(row.rows);
      return rows === null ? null : { id, rows };
    });
  if (req.type === 'deleteRange') {
    const response = await table.mutate(req);
    // Clearing the store empties it; any other range deletion makes the count unknown.
    await keep(() => (req.range.type === 3 ? 0 : null));
    return response;
  }
  if (req.type === 'add') {
    const response = await table.mutate(req);
    await keep((rows) => rows + req.values.length - response.numFailures);
    return response;
  }
  const keys = keysOf(req);
  // Keys that are not plain strings or numbers (none of these stores has them) are not tracked.
  if (keys.some((k) => typeof k !== 'string' && typeof k !== 'number')) {
    const response = await table.mutate(req);
    await keep(() => null);
    return response;
  }
  const before = await table.getMany({ trans, keys });
  const response = await table.mutate(req);
  await keep((rows) => rows + rowChange(req, keys, before, response));
  return response;
}

const isRowCount = (
  row: RegisterStatsRecord | KeptRowCountRecord | undefined,
): row is KeptRowCountRecord => row !== undefined && 'rows' in row;

/** One store's kept row count; counted (and stored) when unknown (`readKeptRow`). */
export async function readKeptRowCount(
  db: OvopDatabase,
  store: KeptRowCountStore,
): Promise<number> {
  const id = keptRowCountId(store);
  const kept = await readKeptRow(db, store, id, isRowCount, async () => ({
    id,
    rows: await db.table(store).count(),
  }));
  return kept.rows;
}
