import type Dexie from 'dexie';

/**
 * Version 1: the first released layout. Never edit a released version: add `0002-….ts` with a new
 * `version(2).stores({...changed tables only}).upgrade(...)` and register it in database.ts.
 *
 * Grid indexes start with `live` (1 = not deleted) so a page of live rows is one index range;
 * `nameKey` is the sort key for names; `*words` answers "contains a word starting with …".
 */
export const VERSION_1_STORES = {
  offices: 'id',
  settings: 'key',
  sentras:
    'id, nameKey, kabKotaCode, commodity, decreeId, deletedAt, *words, [live+nameKey], [live+kabKotaCode+nameKey], [live+commodity+nameKey], [live+updatedAt]',
  decrees: 'id, number, issuingRegionCode',
  enterprises:
    'id, &nib, nameKey, kabKotaCode, sentraId, commodity, sizeClass, deletedAt, *words, [live+nameKey], [live+nib], [live+updatedAt], [live+kabKotaCode+nameKey], [live+commodity+nameKey], [live+sentraId+nameKey], [live+sizeClass+nameKey]',
  products: 'id, enterpriseId, commodity',
  credentials: 'id, enterpriseId, kind, expiresOn',
  attachments: 'id, hash, ownerKey, [ownerKey+live]',
  blobs: 'hash',
  thumbnails: 'sourceHash',
  awards: 'id, enterpriseId, year',
  rounds: 'id, year',
  nominations: 'id, roundId, enterpriseId, status, [roundId+status]',
  letters: 'id, roundId',
  letterRegister: '++seq, number, year',
  audit: 'id, at, [entity+entityId], user',
  importJournal: 'id, at',
  marker: 'id',
} as const;

export function applyVersion1(db: Dexie): void {
  db.version(1).stores(VERSION_1_STORES);
}
