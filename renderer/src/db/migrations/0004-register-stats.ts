import type Dexie from 'dexie';

/**
 * Version 4: `registerStats` holds counts of the IKM store kept in step with every write
 * (db/register-stats.ts), so Beranda does not walk 100,000 rows. No upgrade function: the row is
 * missing after the upgrade and counted once, in one pass, the first time it is read.
 */
export const VERSION_4_STORES = { registerStats: 'id' } as const;

export function applyVersion4(db: Dexie): void {
  db.version(4).stores(VERSION_4_STORES);
}
