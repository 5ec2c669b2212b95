import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate';
import type { AsyncCrc32 } from './crc32-offload';

/**
 * A stored (not deflated) ZIP entry for fflate's `Zip`, through its documented `ZipInputFile`
 * interface: fflate's `ZipPassThrough`, with the CRC-32 (the only work per byte of a stored entry)
 * from an `AsyncCrc32`: the value the attachment store already has (`knownCrc32`), or a worker on
 * another core (`Crc32Offload`), so the main thread only copies each chunk to it and goes on
 * reading and writing.
 *
 * Each chunk is passed on to the archive as it is, once its copy is on its way to the hash. fflate
 * reads an entry's `crc` only when the entry's final chunk arrives, and holds a later entry's
 * chunks until then, so the final (empty) chunk is passed on when the CRC comes back. If the CRC
 * fails, the archive gets the error instead and ends unfinished.
 */
export class StoredZipEntry implements ZipInputFile {
  readonly compression = 0;
  crc = 0;
  size = 0;
  ondata?: AsyncFlateStreamHandler;
  private ended = false;

  constructor(
    readonly filename: string,
    private readonly hash: AsyncCrc32,
  ) {}

  /** Returns once the chunk is passed on and copied for the hash: the caller may then reuse it. */
  async push(chunk: Uint8Array, final = false): Promise<void> {
    const ondata = this.ondata;
    if (!ondata) throw new Error('Entri ZIP belum ditambahkan ke arsip.');
    if (this.ended) throw new Error('Entri ZIP ini sudah ditutup.');
    if (final) this.ended = true;
    if (chunk.length > 0) {
      await this.hash.update(chunk);
      this.size += chunk.length;
      // fflate types its chunks as ArrayBuffer-backed; it only reads them.
      ondata(null, chunk as Uint8Array<ArrayBuffer>, false);
    }
    if (final) this.hash.digest().then(this.finish(ondata), this.fail(ondata));
  }

  private finish(ondata: AsyncFlateStreamHandler): (crc: number) => void {
    return (crc) => {
      this.crc = crc;
      ondata(null, new Uint8Array(0), true);
    };
  }

  private fail(ondata: AsyncFlateStreamHandler): (error: Error) => void {
    return (error) => {
      ondata(error as Parameters<AsyncFlateStreamHandler>[0], new Uint8Array(0), true);
    };
  }
}
