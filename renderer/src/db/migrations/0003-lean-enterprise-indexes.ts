import type Dexie from 'dexie';

/**
 * Version 3: the IKM store drops five single-field indexes nothing queries (`nameKey`,
 * `kabKotaCode`, `commodity`, `sizeClass`, `deletedAt`; the grid uses the `[live+…+nameKey]`
 * compound indexes). Every index is written on every save, so a 10,000-row import writes ~50,000
 * fewer index entries. Rows are not touched: deleting an index needs no upgrade function.
 */
export const VERSION_3_STORES = {
  enterprises:
    'id, &nib, sentraId, *words, [live+nameKey], [live+nib], [live+updatedAt], [live+kabKotaCode+nameKey], [live+commodity+nameKey], [live+sentraId+nameKey], [live+sizeClass+nameKey]',
} as const;

export function applyVersion3(db: Dexie): void {
  db.version(3).stores(VERSION_3_STORES);
}
