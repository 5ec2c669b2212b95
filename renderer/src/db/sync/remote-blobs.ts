import type { BlobStore, StoredBlob } from '../blob-store';
import { sha256Hex } from '../blob-store';
import type { OvopDatabase } from '../database';
import { readConnection } from './connection';
import { ServerUnreachableError, SyncHttpError, type SyncHttp } from './sync-http';
import { SYNC_BLOB_LIMIT_KEY } from './sync-keys';

/**
 * Attachment bytes with a shared register: a PC receives only an attachment's metadata in the pull
 * and fetches its bytes from the server the first time a screen opens it, then keeps them.
 */
export interface RemoteBlobSource {
  /** The bytes the server keeps under `hash`; throws AttachmentUnavailableError with the reason. */
  fetchBlob(hash: string): Promise<Uint8Array>;
}

const BLOB_OFFLINE_MESSAGE =
  'Berkas belum diunduh dari server; sambungkan ke server (Pengaturan → Server) untuk membukanya.';
export const BLOB_SIGNED_OUT_MESSAGE =
  'Berkas belum diunduh dari server; masuk lagi ke server di Pengaturan → Server untuk membukanya.';
const BLOB_NOT_ON_SERVER_MESSAGE =
  'Berkas belum ada di server: PC yang melampirkannya belum mengirimnya. Coba lagi setelah PC itu tersambung ke server.';
const BLOB_MISMATCH_MESSAGE =
  'Berkas dari server tidak cocok dengan sidik SHA-256-nya, jadi tidak disimpan. Coba buka lagi; bila tetap gagal, lampirkan ulang berkasnya dari PC asalnya.';
const BLOB_NOT_HERE_MESSAGE = 'Isi berkas tidak ada di PC ini.';

/** The bytes cannot be shown now; the message says why and what to do. */
export class AttachmentUnavailableError extends Error {
  override readonly name = 'AttachmentUnavailableError';
}

/** A file larger than the server takes, refused when it is attached. */
export class AttachmentTooLargeError extends Error {
  override readonly name = 'AttachmentTooLargeError';
}

/**
 * GET /blobs/:hash, its failures said as what the user can do; `signedOut` is told of a 401 (the
 * session ended) before the refusal is thrown.
 */
export async function downloadBlob(
  http: SyncHttp,
  hash: string,
  signedOut: (error: SyncHttpError) => Promise<void>,
): Promise<Uint8Array> {
  try {
    return await http.getBlob(hash);
  } catch (error) {
    if (error instanceof ServerUnreachableError)
      throw new AttachmentUnavailableError(BLOB_OFFLINE_MESSAGE);
    if (error instanceof SyncHttpError && error.status === 404)
      throw new AttachmentUnavailableError(BLOB_NOT_ON_SERVER_MESSAGE);
    if (error instanceof SyncHttpError && error.status === 401) {
      await signedOut(error);
      throw new AttachmentUnavailableError(BLOB_SIGNED_OUT_MESSAGE);
    }
    throw error;
  }
}

/** Keeps the server's attachment limit for the check made when a file is attached; true once known. */
export async function rememberBlobLimit(db: OvopDatabase, http: SyncHttp): Promise<boolean> {
  await db.syncState.put({ key: SYNC_BLOB_LIMIT_KEY, value: await http.blobLimit() });
  return true;
}

const sources = new WeakMap<OvopDatabase, RemoteBlobSource>();

/** The sync engine of a register announces itself here; the attachment module asks it for bytes. */
export function setRemoteBlobSource(db: OvopDatabase, source: RemoteBlobSource): void {
  sources.set(db, source);
}

/** Fetches `hash` from the server and keeps the bytes once they match it. */
async function fetchAndKeep(db: OvopDatabase, blobs: BlobStore, hash: string): Promise<Uint8Array> {
  const source = sources.get(db);
  if (!source) throw new AttachmentUnavailableError(BLOB_OFFLINE_MESSAGE);
  const bytes = await source.fetchBlob(hash);
  if ((await sha256Hex(bytes)) !== hash)
    throw new AttachmentUnavailableError(BLOB_MISMATCH_MESSAGE);
  await blobs.put(bytes);
  return bytes;
}

/**
 * The bytes under `hash`: from this PC when here, else from the server (checked against the hash
 * before they are kept). Throws AttachmentUnavailableError when neither can give them now.
 */
export async function blobOnDemand(
  db: OvopDatabase,
  blobs: BlobStore,
  hash: string,
): Promise<Uint8Array> {
  const local = await blobs.get(hash);
  if (local) return local;
  if (!(await readConnection(db))) throw new AttachmentUnavailableError(BLOB_NOT_HERE_MESSAGE);
  return fetchAndKeep(db, blobs, hash);
}

/**
 * A blob store whose `get` fetches from the server what this PC does not keep yet (for outputs that
 * gather files, such as the submission pack): without a server configured a missing file is
 * `undefined` as before; with one, a file that cannot be had now throws AttachmentUnavailableError
 * with the reason.
 */
export function blobsOnDemand(db: OvopDatabase, blobs: BlobStore): BlobStore {
  const read = async (hash: string): Promise<StoredBlob | undefined> => {
    const local = await blobs.read(hash);
    if (local || !(await readConnection(db))) return local;
    return { bytes: await fetchAndKeep(db, blobs, hash) };
  };
  return {
    put: (bytes) => blobs.put(bytes),
    has: (hash) => blobs.has(hash),
    get: async (hash) => (await read(hash))?.bytes,
    read,
  };
}

/** Sizes as the server counts them (1 MB = 1024 × 1024 bytes). */
function sizeText(bytes: number): string {
  const kib = bytes / 1024;
  if (kib < 1024) return `${Math.max(1, Math.round(kib)).toLocaleString('id-ID')} kB`;
  return `${(kib / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** Refuses a file over the server's attachment limit while a server is configured. */
export async function checkServerBlobLimit(db: OvopDatabase, size: number): Promise<void> {
  if (!(await readConnection(db))) return;
  const limit = (await db.syncState.get(SYNC_BLOB_LIMIT_KEY))?.value;
  if (typeof limit !== 'number' || size <= limit) return;
  throw new AttachmentTooLargeError(
    `Berkas ${sizeText(size)} melebihi batas server kantor (paling besar ${sizeText(limit)} per berkas). Perkecil atau pindai ulang berkasnya, lalu unggah lagi.`,
  );
}
