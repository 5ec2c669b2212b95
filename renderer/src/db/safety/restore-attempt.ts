import type { OvopDatabase } from '../database';

/**
 * A restore in progress, kept in the marker table (outside the register tables). Written in its own
 * transaction just before the restore's transaction, and deleted inside that transaction: when the
 * restore commits, the row is gone with it; when the window dies mid-way, IndexedDB rolls the
 * restore back and the row stays, so the next start can say what happened.
 */
export interface RestoreAttemptRecord {
  readonly id: 'restore-attempt';
  /** Where the backup came from, as shown to the user (file or snapshot name). */
  readonly source: string;
  readonly startedAt: string;
}

const ATTEMPT_ID = 'restore-attempt';

function attempts(db: OvopDatabase) {
  return db.table<RestoreAttemptRecord, string>('marker');
}

export async function recordRestoreAttempt(
  db: OvopDatabase,
  source: string,
  now: () => Date,
): Promise<void> {
  await attempts(db).put({ id: ATTEMPT_ID, source, startedAt: now().toISOString() });
}

/** Inside the restore's own transaction (which must include the marker table). */
export async function clearRestoreAttempt(db: OvopDatabase): Promise<void> {
  await attempts(db).delete(ATTEMPT_ID);
}

/** The restore that began and never committed, if any (read at start-up). */
export async function unfinishedRestore(
  db: OvopDatabase,
): Promise<RestoreAttemptRecord | undefined> {
  const row = await attempts(db).get(ATTEMPT_ID);
  return row?.id === ATTEMPT_ID ? row : undefined;
}
