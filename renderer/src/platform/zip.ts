import { Zip, ZipDeflate } from 'fflate';
import { StoredZipEntry } from '@shared/bundle/stored-zip-entry';
import type { Crc32Offload } from '@shared/bundle/crc32-offload';
import { knownCrc32 } from '@shared/bundle/known-crc32';
import { extractZip, type ZipExtraction } from '@shared/bundle/zip-safety';
import type { ZipLimits } from '@shared/bundle/zip-limits';
import { yieldToUi } from './yield-to-ui';
import { crc32Offload } from './crc32-worker';

/**
 * Streaming ZIP writer on fflate. Files are pushed in 1 MiB slices and the output leaves as chunks
 * through `onChunk` (a stored entry's slices pass through as they are, not copied), so memory holds
 * the file being written, the next one being read, and a few chunks however large the archive is.
 * JPEG/PNG/PDF are stored (`compress: false`): deflating them costs ~6× the time and makes them
 * bigger; stored entries only need a CRC-32 (StoredZipEntry): the one the attachment store hands
 * out with the bytes when it has it, otherwise computed by a worker on another core
 * (crc32-worker.ts) while this thread goes on with the next slices and files.
 */
export interface ZipWriterFile {
  name: string;
  bytes: Uint8Array;
  compress: boolean;
  /** The bytes' CRC-32 when the attachment store already has it: a stored entry then hashes nothing. */
  crc32?: number | undefined;
}

const SLICE = 1024 * 1024;

export class CancelledError extends Error {
  constructor() {
    super('Dibatalkan oleh pengguna.');
    this.name = 'CancelledError';
  }
}

class StreamingZipWriter {
  private readonly zip: Zip;
  private failure: Error | undefined;
  private done = false;
  private finished: Promise<void>;
  private resolveFinished!: () => void;
  private rejectFinished!: (e: Error) => void;
  /** Uncompressed bytes added so far. */
  written = 0;

  constructor(
    onChunk: (chunk: Uint8Array) => void,
    private readonly crcs: () => Crc32Offload,
  ) {
    this.finished = new Promise<void>((resolve, reject) => {
      this.resolveFinished = resolve;
      this.rejectFinished = reject;
    });
    // A failure may come while nothing awaits `finished` yet; `finish` still throws it.
    this.finished.catch(() => undefined);
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        this.rejectFinished(error);
        return;
      }
      onChunk(chunk);
      if (final) {
        this.done = true;
        this.resolveFinished();
      }
    });
  }

  async add(file: ZipWriterFile): Promise<void> {
    if (this.failure) throw this.failure;
    const { bytes } = file;
    if (file.compress) {
      const entry = new ZipDeflate(file.name, { level: 6 });
      this.zip.add(entry);
      if (bytes.length === 0) entry.push(new Uint8Array(0), true);
      for (let at = 0; at < bytes.length; at += SLICE)
        entry.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
    } else {
      // The entry's CRC may still be on its way when the next file starts: fflate holds the next
      // file's slices (references to bytes held anyway) until it arrives.
      const hash = file.crc32 === undefined ? this.crcs().start() : knownCrc32(file.crc32);
      const entry = new StoredZipEntry(file.name, hash);
      this.zip.add(entry);
      if (bytes.length === 0) await entry.push(new Uint8Array(0), true);
      for (let at = 0; at < bytes.length; at += SLICE) {
        await entry.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
        if (this.failure) throw this.failure;
      }
    }
    this.written += bytes.length;
  }

  async finish(): Promise<void> {
    this.zip.end();
    await this.finished;
    if (!this.done) throw new Error('ZIP tidak selesai ditulis.');
  }

  abort(): void {
    this.zip.terminate();
  }
}

/** The Blob copies the bytes, so a chunk on a plain ArrayBuffer goes in as it is. */
function blobPart(chunk: Uint8Array): Uint8Array<ArrayBuffer> {
  return chunk.buffer instanceof ArrayBuffer
    ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)
    : new Uint8Array(chunk);
}

/**
 * Collects output chunks into a Blob. Blob parts live outside the JS heap once wrapped, so the
 * pending Uint8Arrays are folded into a Blob every few MB: the heap never holds the whole archive.
 */
class BlobCollector {
  private parts: BlobPart[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  size = 0;

  constructor(private readonly foldEvery = 8 * 1024 * 1024) {}

  push = (chunk: Uint8Array): void => {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.size += chunk.length;
    if (this.pendingBytes >= this.foldEvery) this.fold();
  };

  private fold(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending.map(blobPart)));
    this.pending = [];
    this.pendingBytes = 0;
  }

  blob(type = 'application/zip'): Blob {
    this.fold();
    return new Blob(this.parts, { type });
  }
}

export interface ZipBuildProgress {
  done: number;
  total: number;
  current: string;
}

/**
 * Writes files produced one at a time by `files` (an async generator resolving bytes lazily) into
 * one ZIP Blob, with progress and cancel through an AbortSignal. The next file is asked for before
 * the current one is written, so its reading (IndexedDB or IPC) and hashing (WebCrypto) run while
 * this one's CRC-32 takes the main thread.
 */
export async function buildZipBlob(
  files: AsyncIterable<ZipWriterFile>,
  total: number,
  options: { signal?: AbortSignal; onProgress?: (p: ZipBuildProgress) => void } = {},
): Promise<Blob> {
  const collector = new BlobCollector();
  const writer = new StreamingZipWriter(collector.push, crc32Offload);
  const source = files[Symbol.asyncIterator]();
  let upcoming = source.next();
  let done = 0;
  try {
    for (let step = await upcoming; !step.done; step = await upcoming) {
      if (options.signal?.aborted) throw new CancelledError();
      upcoming = source.next();
      // Its failure is reported where it is awaited; a cancel before then leaves it unread.
      upcoming.catch(() => undefined);
      const file = step.value;
      options.onProgress?.({ done, total, current: file.name });
      await writer.add(file);
      done += 1;
      options.onProgress?.({ done, total, current: file.name });
      // Let the UI paint and a cancel click arrive between files.
      await yieldToUi();
    }
    if (options.signal?.aborted) throw new CancelledError();
    await writer.finish();
  } catch (error) {
    writer.abort();
    // Closes the source once a pending read ends, without holding up the cancel.
    void source.return?.().catch(() => undefined);
    throw error;
  }
  return collector.blob();
}

/** Reads an untrusted ZIP with the shared safety checks (names, sizes, ratio, CRC). */
export function readZipSafely(
  bytes: Uint8Array,
  limits: ZipLimits,
  keep: (name: string) => boolean = () => true,
): ZipExtraction {
  return extractZip(bytes, limits, keep);
}
