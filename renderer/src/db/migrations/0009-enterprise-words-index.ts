import type Dexie from 'dexie';

/**
 * Version 9: the IKM store drops its multi-entry `*words` index (one index entry per distinct word
 * of the name and owner, five to eight per IKM, written on every save and every import). The grid's
 * text search reads the in-memory search index (db/search/search-index.ts) for every sort, so
 * nothing queries the IndexedDB one any more. Rows keep their `words` field (the in-memory index
 * and the exports' text filter read it) and are not touched: deleting an index needs no upgrade
 * function. Sentra keep their `*words` index.
 *
 * The plain `sentraId` index goes too: the one query that read it (a received bundle recounting a
 * sentra's IKM) counts the `[live+sentraId+nameKey]` range instead.
 */
export const VERSION_9_STORES = {
  enterprises:
    'id, &nib, [live+nameKey], [live+nib], [live+updatedAt], [live+kabKotaCode+nameKey], [live+commodity+nameKey], [live+sentraId+nameKey], [live+sizeClass+nameKey]',
} as const;

export function applyVersion9(db: Dexie): void {
  db.version(9).stores(VERSION_9_STORES);
}
