import { REGISTER_TABLES, type OvopDatabase } from '../database';
import type { MarkerRecord } from '../registers/records';
import { ENTERPRISE_STATS_ID } from '../registers/register-stats';

/** Counts of every register table (cheap: IndexedDB counts by primary key). */
export async function tableCounts(db: OvopDatabase): Promise<Record<string, number>> {
  const counts = await Promise.all(
    REGISTER_TABLES.map(async (name) => [name, await db.table(name).count()] as const),
  );
  return Object.fromEntries(counts);
}

/**
 * The counts the start-up loss check compares, and the web marker remembers after a good start: the
 * IKM store's from its kept counts (`registerStats`, written in the same transaction as every IKM
 * write, emptied with the store), one `get` instead of an IndexedDB count that walks 100,000 keys;
 * every other store counted. No kept row: counted too.
 */
export async function lossCheckCounts(db: OvopDatabase): Promise<Record<string, number>> {
  const enterprises = async (): Promise<number> => {
    const kept = await db.registerStats.get(ENTERPRISE_STATS_ID);
    return kept === undefined ? db.enterprises.count() : kept.live + kept.deleted;
  };
  const counts = await Promise.all(
    REGISTER_TABLES.map(
      async (name) =>
        [name, await (name === 'enterprises' ? enterprises() : db.table(name).count())] as const,
    ),
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
