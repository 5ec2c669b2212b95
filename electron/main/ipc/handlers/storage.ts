import type { HandlerMap } from '../handler-map';
import type { BlobStore } from '../../services/blob-store';
import type { SnapshotStore } from '../../backups/snapshot-store';

export interface StorageDeps {
  readonly blobs: BlobStore;
  readonly snapshots: SnapshotStore;
  readonly freeSpace: () => Promise<{ freeBytes: number; totalBytes: number }>;
}

type StorageChannel =
  | 'blob:put'
  | 'blob:get'
  | 'blob:has'
  | 'backup:write-snapshot'
  | 'backup:list-snapshots'
  | 'backup:read-snapshot'
  | 'backup:free-space';

/** Attachment blobs and register snapshots in the userData folder (see services/, backups/). */
export function storageHandlers<S>(deps: StorageDeps): Pick<HandlerMap<S>, StorageChannel> {
  return {
    'blob:put': ({ hash, bytes }) => deps.blobs.put(hash, bytes),
    'blob:get': async ({ hash }) => {
      const stored = await deps.blobs.read(hash);
      return { bytes: stored?.bytes ?? null, crc32: stored?.crc32 ?? null };
    },
    'blob:has': async ({ hashes }) => ({ present: await deps.blobs.has(hashes) }),
    'backup:write-snapshot': ({ reason, bytes }) => deps.snapshots.write(reason, bytes),
    'backup:list-snapshots': async () => ({ snapshots: await deps.snapshots.list() }),
    'backup:read-snapshot': async ({ name }) => ({ bytes: await deps.snapshots.read(name) }),
    'backup:free-space': () => deps.freeSpace(),
  };
}
