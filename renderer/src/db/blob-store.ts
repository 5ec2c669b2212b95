import { crc32 } from '@shared/bundle/crc32';
import { getBlob, hasBlobs, isDesktop, putBlob } from '../platform/api';
import type { RepositoryContext } from './context';
import type { OvopDatabase } from './database';

/**
 * Content-addressed attachment bytes. In Electron the main process keeps immutable files under
 * userData (they survive an IndexedDB loss and backups never copy them twice); in the browser the
 * bytes live in the `blobs` table. Either way a record keeps only the SHA-256 hash.
 */
export interface BlobStore {
  /** Stores the bytes (once per content) and returns their SHA-256 as 64 lowercase hex characters. */
  put(bytes: Uint8Array): Promise<string>;
  get(hash: string): Promise<Uint8Array | undefined>;
  /** `get` with the bytes' CRC-32 where the store has it (for the ZIP writer's stored entries). */
  read(hash: string): Promise<StoredBlob | undefined>;
  has(hash: string): Promise<boolean>;
}

export interface StoredBlob {
  readonly bytes: Uint8Array;
  readonly crc32?: number | undefined;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The browser mode's store. A row keeps the bytes' CRC-32, computed when they are stored; for a row
 * without one (stored before rows kept it, or restored from a backup, which does not carry it) the
 * ZIP writer computes it.
 */
export function indexedDbBlobStore(db: OvopDatabase): BlobStore {
  const read = async (hash: string): Promise<StoredBlob | undefined> => {
    const row = await db.blobs.get(hash);
    return row && { bytes: row.bytes, crc32: row.crc32 };
  };
  return {
    async put(bytes) {
      const hash = await sha256Hex(bytes);
      await db.transaction('rw', db.blobs, async () => {
        if ((await db.blobs.where('hash').equals(hash).count()) === 0) {
          const copy = new Uint8Array(bytes);
          await db.blobs.add({ hash, bytes: copy, size: bytes.byteLength, crc32: crc32(bytes) });
        }
      });
      return hash;
    },
    get: async (hash) => (await read(hash))?.bytes,
    read,
    has: async (hash) => (await db.blobs.where('hash').equals(hash).count()) > 0,
  };
}

/** Through the IPC channels blob:put/get/has (main re-hashes and refuses a mismatch). */
function desktopBlobStore(): BlobStore {
  const value = <T>(
    result: { available: true; value: T } | { available: false; message: string },
  ): T => {
    if (!result.available) throw new Error(result.message);
    return result.value;
  };
  const read = async (hash: string): Promise<StoredBlob | undefined> =>
    value(await getBlob(hash)) ?? undefined;
  return {
    async put(bytes) {
      const hash = await sha256Hex(bytes);
      value(await putBlob(hash, bytes));
      return hash;
    },
    get: async (hash) => (await read(hash))?.bytes,
    read,
    has: async (hash) => value(await hasBlobs([hash])).includes(hash),
  };
}

/** The desktop store in Electron, IndexedDB in the plain-browser mode. */
export function createBlobStore(db: OvopDatabase): BlobStore {
  return isDesktop() ? desktopBlobStore() : indexedDbBlobStore(db);
}

/** The blob store of a repository context's register (features hold the context, not the database). */
export function blobStoreOf(ctx: RepositoryContext): BlobStore {
  return createBlobStore(ctx.db);
}
