import type { OvopDatabase } from '../database';
import { applyPage } from './apply-page';
import { SYNC_CURSOR_KEY, SYNC_PULL_PROGRESS_KEY } from './sync-keys';
import type { SyncHttp } from './sync-http';

export async function readCursor(db: OvopDatabase): Promise<number> {
  const value = (await db.syncState.get(SYNC_CURSOR_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/**
 * A pull's progress: records received and the total to receive (0 while the server has not told
 * it). A pull cut short keeps counting where it stopped, towards the same total.
 */
export interface PullProgress {
  readonly received: number;
  readonly total: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The progress of a pull cut short (crash, closed window, lost network), if any. */
export async function readPullProgress(db: OvopDatabase): Promise<PullProgress | undefined> {
  const value = (await db.syncState.get(SYNC_PULL_PROGRESS_KEY))?.value as
    Partial<PullProgress> | undefined;
  return value && isCount(value.received) && isCount(value.total)
    ? { received: value.received, total: value.total }
    : undefined;
}

/**
 * Records per page. Larger pages were measured slower on a first sync (more memory per
 * transaction) and make the progress bar coarser.
 */
export const PULL_PAGE = 1000;

/**
 * Pulls every page after the saved cursor, each applied with its cursor and the progress in one
 * transaction, so a pull cut short resumes after the last applied page and its count goes on from
 * there. The first page asks the server for the number of changes left, which makes the total.
 * The next page is on its way while one is applied (its `after` is the page's cursor); it is
 * fetched outside the page's transaction. Returns the records received in this call.
 */
export async function pullAll(
  db: OvopDatabase,
  http: SyncHttp,
  options: { limit?: number; onProgress?: (progress: PullProgress) => void } = {},
): Promise<number> {
  const earlier = await readPullProgress(db);
  const limit = options.limit ?? PULL_PAGE;
  let page = await http.pull(await readCursor(db), limit, true);
  const left = page.remaining;
  // Only a pull with something left goes on from an earlier one; otherwise its record is stale.
  const base = earlier && left !== undefined && left > 0 ? earlier.received : 0;
  const total = left === undefined ? 0 : base + left;
  let received = base;
  options.onProgress?.({ received, total });
  for (;;) {
    const next = page.more ? http.pull(page.cursor, limit) : undefined;
    // A page not applied (a refused record, a closed window) leaves its successor unused.
    next?.catch(() => undefined);
    received += page.changes.length;
    const progress = { received, total: total > 0 ? Math.max(total, received) : 0 };
    if (page.changes.length > 0)
      await applyPage(db, page, [{ key: SYNC_PULL_PROGRESS_KEY, value: progress }]);
    options.onProgress?.(progress);
    if (!next) break;
    page = await next;
  }
  await db.syncState.delete(SYNC_PULL_PROGRESS_KEY);
  return received - base;
}
