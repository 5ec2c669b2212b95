import type Dexie from 'dexie';

/**
 * Version 5: the shared register's bookkeeping on this PC (db/sync/). Nothing of the register
 * itself changes, so there is no upgrade function; the new stores start empty and stay empty
 * while no server is configured.
 * - `outbox`: local changes waiting to be pushed, written by the outbox middleware in the same
 *   transaction as the change; `seq` is the mutation id (it only grows).
 * - `syncState`: one row per key: the connection (server, account, PC id), the pull cursor (saved
 *   in the same transaction as the page it follows) and the last sync.
 * - `syncVersions`: per record (`kind:id`), the server version this PC last saw; an edit sends it
 *   as its base version so the server can tell concurrent edits apart.
 * - `syncConflicts`: the server's open conflicts as last fetched, so the list shows offline too.
 */
export const VERSION_5_STORES = {
  outbox: '++seq, [kind+id]',
  syncState: 'key',
  syncVersions: 'key',
  syncConflicts: 'id, recordId',
} as const;

export function applyVersion5(db: Dexie): void {
  db.version(5).stores(VERSION_5_STORES);
}
