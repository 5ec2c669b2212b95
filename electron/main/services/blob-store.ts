import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { UserFacingError } from '../ipc/user-error';
import { writeFileAtomic } from './atomic-file';

const HASH_PATTERN = /^[a-f0-9]{64}$/;

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An attachment's bytes with their CRC-32 (what a stored ZIP entry of them needs). */
export interface StoredBlob {
  readonly bytes: Uint8Array;
  readonly crc32: number;
}

/**
 * Content-addressed attachment files under `<root>/<first two hex>/<hash>`. A blob is written
 * once (immutable) and only if its bytes hash to its name; reads are re-verified, so a file damaged
 * on disk is reported instead of handed back.
 */
export class BlobStore {
  constructor(private readonly root: string) {}

  #pathOf(hash: string): string {
    if (!HASH_PATTERN.test(hash)) throw new UserFacingError('Sidik lampiran tidak sah.');
    return join(this.root, hash.slice(0, 2), hash);
  }

  async put(hash: string, bytes: Uint8Array): Promise<{ stored: boolean }> {
    const target = this.#pathOf(hash);
    if (sha256Hex(bytes) !== hash) {
      throw new UserFacingError(
        'Isi lampiran tidak cocok dengan sidiknya (SHA-256); lampiran tidak disimpan.',
      );
    }
    if (await this.#isIntact(target, hash)) return { stored: false };
    await mkdir(join(this.root, hash.slice(0, 2)), { recursive: true });
    await writeFileAtomic(target, bytes);
    return { stored: true };
  }

  /**
   * The bytes with their CRC-32, computed here beside the SHA-256 check (zlib's, two to three times
   * the speed of the window's), so the window's ZIP writer stores the file without hashing it again.
   */
  async read(hash: string): Promise<StoredBlob | null> {
    const target = this.#pathOf(hash);
    let bytes: Buffer;
    try {
      bytes = await readFile(target);
    } catch {
      return null;
    }
    if (sha256Hex(bytes) !== hash)
      throw new UserFacingError('Berkas lampiran di disk rusak (sidik tidak cocok).');
    return {
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      crc32: crc32(bytes) >>> 0,
    };
  }

  /** Which of `hashes` are stored (existence and size only: cheap enough for long lists). */
  async has(hashes: readonly string[]): Promise<string[]> {
    const present: string[] = [];
    for (const hash of new Set(hashes)) {
      try {
        const info = await stat(this.#pathOf(hash));
        if (info.isFile()) present.push(hash);
      } catch {
        // absent
      }
    }
    return present;
  }

  async #isIntact(target: string, hash: string): Promise<boolean> {
    try {
      return sha256Hex(await readFile(target)) === hash;
    } catch {
      return false;
    }
  }
}
