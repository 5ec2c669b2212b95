import type { OvopDatabase } from '../database';
import { applyPage } from './apply-page';
import { SYNC_CURSOR_KEY } from './sync-keys';
import type { SyncHttp } from './sync-http';

export async function readCursor(db: OvopDatabase): Promise<number> {
  const value = (await db.syncState.get(SYNC_CURSOR_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/**
 * Pulls every page after the saved cursor, each applied with its cursor in one transaction, so a
 * pull cut short (crash, closed window, lost network) resumes after the last applied page.
 * `onPage` reports the records received so far.
 */
export async function pullAll(
  db: OvopDatabase,
  http: SyncHttp,
  options: { limit?: number; onPage?: (received: number) => void } = {},
): Promise<number> {
  let received = 0;
  for (;;) {
    const page = await http.pull(await readCursor(db), options.limit ?? 1000);
    if (page.changes.length > 0) await applyPage(db, page);
    received += page.changes.length;
    options.onPage?.(received);
    if (!page.more) return received;
  }
}
