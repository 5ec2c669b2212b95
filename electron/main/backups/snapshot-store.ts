import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { UserFacingError } from '../ipc/user-error';
import { TEMP_PREFIX, writeFileAtomic } from '../services/atomic-file';
import type { SnapshotManifest } from './manifest';
import { verifyManifest } from './manifest';
import type { RotationPolicy } from './rotation';
import { chooseSnapshotsToDelete, defaultRotationPolicy } from './rotation';
import type { SnapshotReason } from './snapshot-names';
import { makeSnapshotName, manifestNameOf, parseSnapshotName } from './snapshot-names';

export interface SnapshotInfo {
  readonly name: string;
  readonly reason: SnapshotReason;
  readonly createdAt: string;
  readonly size: number;
  readonly sha256: string | null;
  readonly usable: boolean;
  readonly problem?: string;
}

export interface SnapshotStoreOptions {
  readonly now?: () => Date;
  readonly policy?: RotationPolicy;
}

const STALE_TEMP_MS = 60 * 60 * 1000;

async function hashFile(path: string): Promise<{ size: number; sha256: string } | undefined> {
  try {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path)) {
      const buffer = chunk as Buffer;
      size += buffer.byteLength;
      hash.update(buffer);
    }
    return { size, sha256: hash.digest('hex') };
  } catch {
    return undefined;
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Whole-register snapshots under `<userData>/backups`, the copy of the register that survives a
 * wiped IndexedDB. Each snapshot is written atomically, then its manifest (size + SHA-256);
 * a snapshot without a matching manifest is listed as unusable and never read back.
 */
export class SnapshotStore {
  readonly #now: () => Date;
  readonly #policy: RotationPolicy;

  constructor(
    private readonly dir: string,
    options: SnapshotStoreOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
    this.#policy = options.policy ?? defaultRotationPolicy;
  }

  async write(
    reason: SnapshotReason,
    bytes: Uint8Array,
  ): Promise<{ snapshot: SnapshotInfo; removed: string[] }> {
    await mkdir(this.dir, { recursive: true });
    const existing = new Set(await readdir(this.dir));
    const createdAt = this.#now();
    const name = makeSnapshotName(reason, createdAt, existing);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const manifest: SnapshotManifest = {
      format: 'ovop-desk-snapshot',
      version: 1,
      name,
      reason,
      sha256,
      size: bytes.byteLength,
      createdAt: createdAt.toISOString(),
    };
    await writeFileAtomic(join(this.dir, name), bytes);
    await writeFileAtomic(
      join(this.dir, manifestNameOf(name)),
      new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    );
    const removed = await this.rotate();
    return {
      snapshot: {
        name,
        reason,
        createdAt: manifest.createdAt,
        size: bytes.byteLength,
        sha256,
        usable: true,
      },
      removed,
    };
  }

  /** Every snapshot file, newest first, each checked against its manifest. */
  async list(): Promise<SnapshotInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const infos: SnapshotInfo[] = [];
    for (const fileName of names) {
      const parsed = parseSnapshotName(fileName);
      if (!parsed) continue;
      const actual = await hashFile(join(this.dir, fileName));
      const check = verifyManifest(
        fileName,
        await readText(join(this.dir, manifestNameOf(fileName))),
        actual,
      );
      infos.push({
        name: fileName,
        reason: parsed.reason,
        createdAt: check.usable ? check.manifest.createdAt : parsed.createdAt.toISOString(),
        size: actual?.size ?? 0,
        sha256: check.usable ? check.manifest.sha256 : null,
        usable: check.usable,
        ...(check.usable ? {} : { problem: check.problem }),
      });
    }
    return infos.sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
    );
  }

  /** Bytes of a usable snapshot that `list()` reports; anything else is refused. */
  async read(name: string): Promise<Uint8Array> {
    if (!parseSnapshotName(name)) throw new UserFacingError('Nama cadangan tidak dikenal.');
    const entry = (await this.list()).find((info) => info.name === name);
    if (!entry) throw new UserFacingError('Cadangan tidak ditemukan.');
    if (!entry.usable)
      throw new UserFacingError(`Cadangan tidak dapat dipakai: ${entry.problem ?? 'rusak'}`);
    const bytes = await readFile(join(this.dir, name));
    if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) {
      throw new UserFacingError('Cadangan berubah saat dibaca; coba lagi.');
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Deletes snapshots the policy no longer keeps, and temp files left by a killed writer. */
  async rotate(): Promise<string[]> {
    const usable = (await this.list()).filter((info) => info.usable);
    const doomed = chooseSnapshotsToDelete(
      usable.map((info) => ({
        name: info.name,
        reason: info.reason,
        createdAt: new Date(info.createdAt),
      })),
      this.#now(),
      this.#policy,
    );
    for (const name of doomed) {
      await rm(join(this.dir, manifestNameOf(name)), { force: true });
      await rm(join(this.dir, name), { force: true });
    }
    await this.#removeStaleTemps();
    return doomed;
  }

  async #removeStaleTemps(): Promise<void> {
    const now = this.#now().getTime();
    for (const fileName of await readdir(this.dir)) {
      if (!fileName.startsWith(TEMP_PREFIX)) continue;
      try {
        const info = await stat(join(this.dir, fileName));
        if (now - info.mtimeMs > STALE_TEMP_MS) await rm(join(this.dir, fileName), { force: true });
      } catch {
        // already gone
      }
    }
  }
}

/** Free and total bytes on the volume holding `dir`. */
export async function volumeSpace(dir: string): Promise<{ freeBytes: number; totalBytes: number }> {
  const info = await statfs(dir);
  return { freeBytes: info.bavail * info.bsize, totalBytes: info.blocks * info.bsize };
}
