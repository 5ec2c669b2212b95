import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate';
import { Crc32 } from './crc32';

/**
 * A stored (not deflated) ZIP entry for fflate's `Zip`, through its documented `ZipInputFile`
 * interface. It is fflate's `ZipPassThrough` with the CRC-32 from `Crc32`: for stored entries the
 * CRC is the only work per byte, and fflate's own byte-at-a-time CRC ran at half the speed of a copy.
 */
export class StoredZipEntry implements ZipInputFile {
  readonly compression = 0;
  crc = 0;
  size = 0;
  ondata?: AsyncFlateStreamHandler;
  private readonly hash = new Crc32();

  constructor(readonly filename: string) {}

  push(chunk: Uint8Array, final = false): void {
    if (!this.ondata) throw new Error('Entri ZIP belum ditambahkan ke arsip.');
    this.hash.update(chunk);
    this.size += chunk.length;
    if (final) this.crc = this.hash.digest();
    // fflate types its chunks as ArrayBuffer-backed; it only reads them.
    this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}
