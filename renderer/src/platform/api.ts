import type { CommandId } from '@shared/commands/registry';
import { isCommandId } from '@shared/commands/registry';
import type { IpcRequest, IpcResponse, WindowApi } from '@shared/ipc/contract';
import { MAX_SAVE_CHUNK_BYTES } from '@shared/ipc/save-chunk';

/**
 * The only reader of `window.api`. In Electron it calls the preload's typed functions; as a plain
 * web page (no `window.api`) it falls back to browser APIs: a download instead of a save dialog,
 * a file input instead of an open dialog, `window.print()` for printing.
 */
declare global {
  interface Window {
    api?: WindowApi;
  }
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type SaveResult = IpcResponse<'file:save-bytes'>;
export type OpenResult = IpcResponse<'file:open-bytes'>;

export function electronApi(): WindowApi | undefined {
  return typeof window !== 'undefined' ? window.api : undefined;
}

export const isDesktop = (): boolean => electronApi() !== undefined;

/**
 * True in an Electron window whose preload did not run (`window.api` missing): the app must not
 * quietly fall back to web mode there (downloads instead of save dialogs, no snapshots).
 */
export const desktopApiMissing = (): boolean =>
  typeof navigator !== 'undefined' &&
  / Electron\//.test(navigator.userAgent) &&
  electronApi() === undefined;

export const DESKTOP_API_MISSING_MESSAGE =
  'Bagian penghubung aplikasi desktop (preload) tidak termuat, jadi OVOP Desk tidak dapat menyimpan berkas maupun cadangan. Tutup dan buka kembali aplikasi; bila berulang, pasang ulang OVOP Desk dan kirim berkas log ke petugas TIK.';

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const mimeByExtension: Record<string, string> = {
  pdf: 'application/pdf',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  json: 'application/json',
  ovop: 'application/octet-stream',
};

/** Save bytes: a save dialog in Electron, a browser download otherwise. */
export async function saveBytes(
  suggestedName: string,
  bytes: Uint8Array,
  filters: FileFilter[],
): Promise<SaveResult> {
  const api = electronApi();
  if (api) return unwrap(await api.fileSaveBytes({ suggestedName, bytes, filters }));
  downloadBlob(new Blob([new Uint8Array(bytes)], { type: mimeOf(suggestedName) }), suggestedName);
  return { saved: false };
}

function mimeOf(fileName: string): string {
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  return mimeByExtension[ext] ?? 'application/octet-stream';
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Hands one chunk of a streamed save onwards; await it before producing the next chunk. */
export type ChunkWrite = (chunk: Uint8Array) => Promise<void>;

/** Chunks are gathered into IPC messages of this size: few round trips, few MB in memory. */
const SAVE_BATCH_BYTES = Math.min(4 * 1024 * 1024, MAX_SAVE_CHUNK_BYTES);

/**
 * Copies incoming chunks into fixed-size batches and sends each full batch. Always copies: a chunk
 * may be a view into a much larger buffer, and IPC would send the whole buffer behind a view.
 */
function batchedWriter(send: (bytes: Uint8Array) => Promise<void>) {
  let batch = new Uint8Array(SAVE_BATCH_BYTES);
  let filled = 0;
  const write: ChunkWrite = async (chunk) => {
    let at = 0;
    while (at < chunk.length) {
      const take = Math.min(chunk.length - at, batch.length - filled);
      batch.set(chunk.subarray(at, at + take), filled);
      filled += take;
      at += take;
      if (filled === batch.length) {
        const full = batch;
        batch = new Uint8Array(SAVE_BATCH_BYTES);
        filled = 0;
        await send(full);
      }
    }
  };
  const flush = async (): Promise<void> => {
    if (filled > 0) await send(batch.slice(0, filled));
    filled = 0;
  };
  return { write, flush };
}

/**
 * Saves a file produced piece by piece, so a large file (a 200 MB pack) is never in memory at
 * once. Electron: the save dialog opens first (`{ saved: false }` when cancelled, and `produce` is
 * not called); each `write` goes to a temp file beside the chosen one, which replaces the target
 * only when `produce` finishes. If `produce` throws (error or cancel) the temp file is deleted and
 * the error is rethrown. Web: the chunks are gathered into a Blob (outside the JS heap) and
 * downloaded; answers `{ saved: false }` like `saveBytes`.
 */
export async function saveStream(
  suggestedName: string,
  filters: FileFilter[],
  produce: (write: ChunkWrite) => Promise<void>,
): Promise<SaveResult> {
  const api = electronApi();
  if (!api) {
    downloadBlob(await collectBlob(produce, mimeOf(suggestedName)), suggestedName);
    return { saved: false };
  }
  const begun = unwrap(await api.fileBeginSave({ suggestedName, filters }));
  if (!begun.started) return { saved: false };
  const { token } = begun;
  const out = batchedWriter(async (bytes) => {
    unwrap(await api.fileAppendChunk({ token, bytes }));
  });
  try {
    await produce(out.write);
    await out.flush();
    return unwrap(await api.fileFinishSave({ token }));
  } catch (error) {
    // Main refuses a token that already finished or failed; nothing else to clean up then.
    await api.fileAbortSave({ token }).catch(() => undefined);
    throw error;
  }
}

/** Web mode: chunks folded into Blob parts every few MB, so the heap holds only the recent ones. */
async function collectBlob(
  produce: (write: ChunkWrite) => Promise<void>,
  type: string,
): Promise<Blob> {
  const parts: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const fold = (): void => {
    if (pending.length > 0) parts.push(new Blob(pending));
    pending = [];
    pendingBytes = 0;
  };
  await produce((chunk) => {
    pending.push(new Uint8Array(chunk));
    pendingBytes += chunk.length;
    if (pendingBytes >= 8 * 1024 * 1024) fold();
    return Promise.resolve();
  });
  fold();
  return new Blob(parts, { type });
}

/** The slice size `saveBlob` reads from a Blob: one slice in the heap at a time. */
const BLOB_SLICE_BYTES = 4 * 1024 * 1024;

/**
 * Saves a Blob without reading it whole into the heap: Electron streams it in slices through
 * `saveStream`; the web downloads the Blob itself.
 */
export async function saveBlob(
  suggestedName: string,
  blob: Blob,
  filters: FileFilter[],
): Promise<SaveResult> {
  if (!electronApi()) {
    downloadBlob(blob, suggestedName);
    return { saved: false };
  }
  return saveStream(suggestedName, filters, async (write) => {
    for (let at = 0; at < blob.size; at += BLOB_SLICE_BYTES) {
      await write(new Uint8Array(await blob.slice(at, at + BLOB_SLICE_BYTES).arrayBuffer()));
    }
  });
}

/** Open one file: an open dialog in Electron, a hidden file input otherwise. */
export async function openBytes(title: string, filters: FileFilter[]): Promise<OpenResult> {
  const api = electronApi();
  if (api) return unwrap(await api.fileOpenBytes({ title, filters }));
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
  input.style.display = 'none';
  document.body.append(input);
  try {
    const file = await new Promise<File | undefined>((resolve) => {
      input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
      input.addEventListener('cancel', () => resolve(undefined), { once: true });
      input.click();
    });
    if (!file) return { opened: false };
    return { opened: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } finally {
    input.remove();
  }
}

/** A document's own paper, e.g. a letter on F4 (215 × 330 mm). */
export interface PaperSize {
  widthMm: number;
  heightMm: number;
}

/**
 * Prints the window. Electron: main's `webContents.print`, on `paper` with no margins when given.
 * Web: `window.print()`; the page's `@page` rule carries the paper size.
 */
export async function printPage(paper?: PaperSize): Promise<void> {
  const api = electronApi();
  if (api) {
    unwrap(await api.appPrintPage(paper ? { pageSize: paper } : {}));
    return;
  }
  window.print();
}

export interface AppInfo {
  name: string;
  version: string;
  runtime: string;
}

export async function appInfo(): Promise<AppInfo> {
  const api = electronApi();
  if (api) {
    const info = unwrap(await api.appGetInfo({}));
    return {
      name: info.name,
      version: info.version,
      runtime: `Electron ${info.electron} · Chromium ${info.chrome} · ${info.platform}`,
    };
  }
  return {
    name: 'OVOP Desk',
    version: __APP_VERSION__,
    runtime: `Peramban: ${navigator.userAgent}`,
  };
}

/** Menu clicks from Electron's native menu; on the web nothing arrives and this is a no-op. */
export function onMenuCommand(listener: (id: CommandId) => void): () => void {
  const api = electronApi();
  if (!api) return () => undefined;
  return api.onCommandRun(({ id }) => {
    if (isCommandId(id)) listener(id);
  });
}

// ---------------------------------------------------------------------------------------------
// Desktop-only storage in the userData folder (attachments, register snapshots). In web mode each
// call answers `{ available: false, message }` so callers fall back to IndexedDB / downloads.

export type DesktopResult<T> =
  { available: true; value: T } | { available: false; message: string };

const WEB_MODE_MESSAGE = 'Tidak tersedia dalam mode web: fitur ini hanya ada di aplikasi desktop.';

async function desktopOnly<T>(
  call: (api: WindowApi) => Promise<{ ok: true; value: T } | { ok: false; error: string }>,
): Promise<DesktopResult<T>> {
  const api = electronApi();
  if (!api) return { available: false, message: WEB_MODE_MESSAGE };
  return { available: true, value: unwrap(await call(api)) };
}

export type SnapshotReason = IpcRequest<'backup:write-snapshot'>['reason'];
export type SnapshotInfo = IpcResponse<'backup:list-snapshots'>['snapshots'][number];

/** Stores an attachment under its SHA-256 (hex); main re-hashes and refuses a mismatch. */
export function putBlob(
  hash: string,
  bytes: Uint8Array,
): Promise<DesktopResult<{ stored: boolean }>> {
  return desktopOnly((api) => api.blobPut({ hash, bytes }));
}

/** The attachment's bytes with their CRC-32 (main computes it as it checks them), or null. */
export async function getBlob(
  hash: string,
): Promise<DesktopResult<{ bytes: Uint8Array; crc32: number } | null>> {
  const result = await desktopOnly((api) => api.blobGet({ hash }));
  if (!result.available) return result;
  const { bytes, crc32 } = result.value;
  return { available: true, value: bytes && crc32 !== null ? { bytes, crc32 } : null };
}

/** Which of these hashes are stored. */
export async function hasBlobs(hashes: string[]): Promise<DesktopResult<string[]>> {
  const result = await desktopOnly((api) => api.blobHas({ hashes }));
  return result.available ? { available: true, value: result.value.present } : result;
}

/** Writes a whole-register snapshot atomically (with manifest) and rotates old ones. */
export function writeSnapshot(
  reason: SnapshotReason,
  bytes: Uint8Array,
): Promise<DesktopResult<IpcResponse<'backup:write-snapshot'>>> {
  return desktopOnly((api) => api.backupWriteSnapshot({ reason, bytes }));
}

/** Snapshots newest first; only entries with `usable: true` may be restored. */
export async function listSnapshots(): Promise<DesktopResult<SnapshotInfo[]>> {
  const result = await desktopOnly((api) => api.backupListSnapshots({}));
  return result.available ? { available: true, value: result.value.snapshots } : result;
}

/** Bytes of a snapshot named by `listSnapshots()` (re-verified by main). */
export async function readSnapshot(name: string): Promise<DesktopResult<Uint8Array>> {
  const result = await desktopOnly((api) => api.backupReadSnapshot({ name }));
  return result.available ? { available: true, value: result.value.bytes } : result;
}

/** Free bytes on the volume that holds the app's data folder. */
export function freeSpace(): Promise<DesktopResult<{ freeBytes: number; totalBytes: number }>> {
  return desktopOnly((api) => api.backupFreeSpace({}));
}
