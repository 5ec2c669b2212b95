import { REGISTER_TABLES, type OvopDatabase, type RegisterTableName } from '../database';
import { isKeptRowCountStore, readKeptRowCount } from '../registers/kept-row-counts';
import type { MarkerRecord } from '../registers/records';
import { storedEnterpriseStats } from '../registers/register-stats';

/** Counts of every register table (cheap: IndexedDB counts by primary key). */
export async function tableCounts(db: OvopDatabase): Promise<Record<string, number>> {
  const counts = await Promise.all(
    REGISTER_TABLES.map(async (name) => [name, await db.table(name).count()] as const),
  );
  return Object.fromEntries(counts);
}

/**
 * The counts the start-up loss check compares, and the web marker remembers after a good start. The
 * stores that grow with the register are read from their kept counts (`registerStats`, written in
 * the same transaction as every write to the store, emptied with it): the IKM store's live and
 * deleted rows, the row counts of products, legalitas and audit rows (kept-row-counts.ts), one
 * `get` each instead of an IndexedDB count that walks every key. The small stores are counted. A
 * store whose kept row is missing is counted (and, but for the IKM, its row stored).
 */
export async function lossCheckCounts(db: OvopDatabase): Promise<Record<string, number>> {
  const enterprises = async (): Promise<number> => {
    const kept = await storedEnterpriseStats(db);
    return kept ? kept.live + kept.deleted : db.enterprises.count();
  };
  const count = (name: RegisterTableName): Promise<number> =>
    name === 'enterprises'
      ? enterprises()
      : isKeptRowCountStore(name)
        ? readKeptRowCount(db, name)
        : db.table(name).count();
  const counts = await Promise.all(
    REGISTER_TABLES.map(async (name) => [name, await count(name)] as const),
  );
  return Object.fromEntries(counts);
}

/** The marker row, created with a fresh register id the first time. */
export async function ensureMarker(
  db: OvopDatabase,
  now: () => Date = () => new Date(),
): Promise<MarkerRecord> {
  const existing = await db.marker.get('register');
  if (existing) return existing;
  const marker: MarkerRecord = {
    id: 'register',
    registerId: crypto.randomUUID(),
    counts: {},
    updatedAt: now().toISOString(),
  };
  await db.marker.put(marker);
  return marker;
}

/** Call after a snapshot file is safely written: remembers it and the row counts it holds. */
export async function recordSnapshot(
  db: OvopDatabase,
  snapshotId: string,
  now: () => Date = () => new Date(),
): Promise<MarkerRecord> {
  return db.transaction('rw', [...REGISTER_TABLES.map((t) => db.table(t)), db.marker], async () => {
    const marker = await ensureMarker(db, now);
    const next: MarkerRecord = {
      ...marker,
      counts: await tableCounts(db),
      lastSnapshotId: snapshotId,
      updatedAt: now().toISOString(),
    };
    await db.marker.put(next);
    return next;
  });
}

/** What recovery knows about the newest usable snapshot file (read from its JSON). */
export interface SnapshotManifest {
  readonly snapshotId: string;
  readonly registerId: string;
  readonly counts: Readonly<Record<string, number>>;
}

export type LossState =
  /** Nothing suggests loss. */
  | 'ok'
  /** No snapshot to compare with (first start, or web mode without a kept file). */
  | 'no-snapshot'
  /** The database is empty (no marker, no rows) but a snapshot with rows exists: offer restore. */
  | 'empty-but-snapshot-exists'
  /** The snapshot belongs to another register (another office's file, or a reinstall). */
  | 'different-register'
  /** Same register, but a table has fewer rows than the snapshot (rows are only ever soft-deleted). */
  | 'rows-missing';

/**
 * Start-up check: compares the marker and the row counts with the newest snapshot's manifest, so the
 * app never shows an empty register silently after IndexedDB was wiped.
 */
export async function detectLoss(
  db: OvopDatabase,
  newest: SnapshotManifest | undefined,
): Promise<LossState> {
  if (!newest) return 'no-snapshot';
  const [marker, counts] = await Promise.all([db.marker.get('register'), lossCheckCounts(db)]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const snapshotRows = Object.values(newest.counts).reduce((a, b) => a + b, 0);
  if (!marker && total === 0) return snapshotRows > 0 ? 'empty-but-snapshot-exists' : 'ok';
  if (marker && marker.registerId !== newest.registerId) return 'different-register';
  const missing = Object.entries(newest.counts).some(([table, n]) => (counts[table] ?? 0) < n);
  return missing ? 'rows-missing' : 'ok';
}
