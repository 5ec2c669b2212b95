import type Dexie from 'dexie';

/**
 * Version 8: an import of new IKM writes ONE audit row (the import's own, `entity: 'import'`) that
 * lists every record it created in `recordIds` instead of one audit row per IKM, product and
 * legalitas; the multi-entry index `*recordIds` lets a record's history find that row. Four indexes
 * nothing queries go: `audit.user`, `products.commodity`, `credentials.kind` and
 * `credentials.expiresOn` (every index is written on every save).
 *
 * Rows are not touched: older audit rows keep `[entity+entityId]`, which the history still reads,
 * and an index added to a store is filled by IndexedDB from the rows already in it.
 */
export const VERSION_8_STORES = {
  audit: 'id, at, [entity+entityId], *recordIds',
  products: 'id, enterpriseId',
  credentials: 'id, enterpriseId',
} as const;

export function applyVersion8(db: Dexie): void {
  db.version(8).stores(VERSION_8_STORES);
}
