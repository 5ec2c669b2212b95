import {
  detectLoss,
  ensureMarker,
  lossCheckCounts,
  recordSnapshot,
  type LossState,
  type RepositoryContext,
  type SnapshotManifest,
} from '../../db';
import {
  isDesktop,
  listSnapshots,
  readSnapshot,
  writeSnapshot,
  type SnapshotInfo,
  type SnapshotReason,
} from '../../platform/api';
import { backupBytes, readBackupHead, type BackupPreview } from './backup-file';
import { rememberWebMarker, webMarker } from './web-marker';
import { errorText } from '../../ui/error-text';

/** Desktop: writes a whole-register snapshot file and remembers it in the marker row. */
export async function takeSnapshot(
  ctx: RepositoryContext,
  reason: SnapshotReason,
): Promise<{ written: true; name: string } | { written: false; message: string }> {
  const { bytes } = await backupBytes(ctx);
  const result = await writeSnapshot(reason, bytes);
  if (!result.available) return { written: false, message: result.message };
  await recordSnapshot(ctx.db, result.value.snapshot.name, ctx.now);
  return { written: true, name: result.value.snapshot.name };
}

/** Daily snapshot at start-up (desktop) when none was written today. */
export async function dailySnapshotIfDue(ctx: RepositoryContext): Promise<void> {
  if (!isDesktop()) return;
  const list = await listSnapshots();
  if (!list.available) return;
  const today = ctx.now().toISOString().slice(0, 10);
  if (list.value.some((s) => s.usable && s.createdAt.slice(0, 10) === today)) return;
  await takeSnapshot(ctx, 'daily');
}

interface NewestSnapshot {
  readonly info: SnapshotInfo;
  readonly preview: BackupPreview;
}

/** The newest usable snapshot, read and parsed (desktop); undefined on the web or when none is usable. */
async function newestSnapshot(): Promise<NewestSnapshot | undefined> {
  const list = await listSnapshots();
  if (!list.available) return undefined;
  for (const info of list.value.filter((s) => s.usable)) {
    const bytes = await readSnapshot(info.name);
    if (!bytes.available) return undefined;
    const parsed = readBackupHead(bytes.value);
    if (parsed.ok) return { info, preview: parsed.preview };
  }
  return undefined;
}

export type RecoveryCheck =
  | { readonly state: 'ok' }
  | { readonly state: 'open-failed'; readonly message: string; readonly snapshot?: NewestSnapshot }
  | {
      readonly state: Exclude<LossState, 'ok' | 'no-snapshot'>;
      readonly snapshot?: NewestSnapshot;
      readonly expected: SnapshotManifest;
    };

/**
 * What the loss check compares the register with: the newest snapshot (desktop) or the web marker
 * (web-marker.ts). Start-up begins reading it before the register opens (app/start-up.ts).
 */
export interface LossReference {
  readonly snapshot: Promise<NewestSnapshot | undefined>;
  readonly marker: Promise<SnapshotManifest | undefined>;
}

export function readLossReference(): LossReference {
  const desktop = isDesktop();
  return {
    snapshot: desktop ? newestSnapshot().catch(() => undefined) : Promise.resolve(undefined),
    marker: desktop ? Promise.resolve(undefined) : webMarker(),
  };
}

/** Start-up check: the marker and row counts against the newest snapshot (desktop) or the web marker (web-marker.ts). */
export async function checkForLoss(
  ctx: RepositoryContext,
  reference: LossReference = readLossReference(),
): Promise<RecoveryCheck> {
  try {
    await ctx.db.open();
  } catch (error) {
    const snapshot = await reference.snapshot;
    return { state: 'open-failed', message: errorText(error), ...(snapshot ? { snapshot } : {}) };
  }
  const snapshot = await reference.snapshot;
  const expected: SnapshotManifest | undefined = snapshot
    ? {
        snapshotId: snapshot.info.name,
        registerId: snapshot.preview.registerId,
        counts: snapshot.preview.counts,
      }
    : await reference.marker;
  const state = await detectLoss(ctx.db, expected);
  if (state === 'ok' || state === 'no-snapshot' || !expected) return { state: 'ok' };
  // Another register's snapshot on a register that has rows is not a loss (e.g. restored from a file).
  if (
    state === 'different-register' &&
    Object.values(await lossCheckCounts(ctx.db)).some((n) => n > 0)
  )
    return { state: 'ok' };
  return { state, expected, ...(snapshot ? { snapshot } : {}) };
}

/** Web mode: remember the register id and row counts after a good start, an import or a restore. */
export async function refreshWebMarker(ctx: RepositoryContext): Promise<void> {
  if (isDesktop()) return;
  const marker = await ensureMarker(ctx.db, ctx.now);
  await rememberWebMarker(
    { snapshotId: 'web', registerId: marker.registerId, counts: await lossCheckCounts(ctx.db) },
    ctx.now(),
  );
}
