import type { SnapshotManifest } from '../../db';

/**
 * Web mode keeps the register id and row counts OUTSIDE IndexedDB, so a wiped database is noticed.
 * Two copies: localStorage alone is not enough — Chromium writes it to disk seconds later, and the
 * disk-full test (test/diskfull) lost it every time the disk filled right after an import. The copy
 * in the origin-private file system is on disk once `close()` resolves and is replaced atomically.
 * Reading takes the newer of the two.
 */
const STORAGE_KEY = 'ovop-desk.register-marker';
const FILE_NAME = 'ovop-desk-penanda-register.json';

interface StoredMarker {
  readonly savedAt: number;
  readonly manifest: SnapshotManifest;
}

function parseMarker(raw: string | null | undefined): StoredMarker | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<SnapshotManifest> & { savedAt?: unknown };
    if (
      typeof value.registerId !== 'string' ||
      typeof value.counts !== 'object' ||
      value.counts === null
    )
      return undefined;
    return {
      savedAt: typeof value.savedAt === 'number' ? value.savedAt : 0,
      manifest: {
        snapshotId: String(value.snapshotId ?? 'web'),
        registerId: value.registerId,
        counts: value.counts,
      },
    };
  } catch {
    return undefined;
  }
}

async function privateRoot(): Promise<FileSystemDirectoryHandle | undefined> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function')
    return undefined;
  return navigator.storage.getDirectory().catch(() => undefined);
}

async function writeFileCopy(text: string): Promise<void> {
  const root = await privateRoot();
  if (!root) return;
  const writable = await (await root.getFileHandle(FILE_NAME, { create: true })).createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

async function readFileCopy(): Promise<string | undefined> {
  const root = await privateRoot();
  if (!root) return undefined;
  try {
    return await (await (await root.getFileHandle(FILE_NAME)).getFile()).text();
  } catch {
    return undefined;
  }
}

/** Stores the marker in both places; a failing copy (storage full or blocked) leaves the other. */
export async function rememberWebMarker(manifest: SnapshotManifest, savedAt: Date): Promise<void> {
  const text = JSON.stringify({ ...manifest, savedAt: savedAt.getTime() });
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // storage full or blocked: the file copy below may still work
  }
  await writeFileCopy(text).catch(() => undefined);
}

/** The newer of the two copies, or undefined when neither exists (first start). */
export async function webMarker(): Promise<SnapshotManifest | undefined> {
  let local: string | null = null;
  try {
    local = localStorage.getItem(STORAGE_KEY);
  } catch {
    // blocked: use the file copy
  }
  const copies = [parseMarker(local), parseMarker(await readFileCopy())].filter(
    (c): c is StoredMarker => c !== undefined,
  );
  return copies.sort((a, b) => b.savedAt - a.savedAt)[0]?.manifest;
}
