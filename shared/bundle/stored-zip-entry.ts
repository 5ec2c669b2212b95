import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate';
import { createFastCrc32, type Crc32Hash } from './crc32';

/**
 * A stored (not deflated) ZIP entry for fflate's `Zip`, through its documented `ZipInputFile`
 * interface. It is fflate's `ZipPassThrough` with a faster CRC-32 (`createFastCrc32`): for stored
 * entries the CRC is the only work per byte, and fflate's own byte-at-a-time CRC ran at half the
 * speed of a copy. Create it with `StoredZipEntry.create`.
 */
export class StoredZipEntry implements ZipInputFile {
  readonly compression = 0;
  crc = 0;
  size = 0;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    private readonly hash: Crc32Hash,
  ) {}

  static async create(filename: string): Promise<StoredZipEntry> {
    return new StoredZipEntry(filename, await createFastCrc32());
  }

  push(chunk: Uint8Array, final = false): void {
    if (!this.ondata) throw new Error('Entri ZIP belum ditambahkan ke arsip.');
    this.hash.update(chunk);
    this.size += chunk.length;
    if (final) this.crc = this.hash.digest();
    // fflate types its chunks as ArrayBuffer-backed; it only reads them.
    this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}
