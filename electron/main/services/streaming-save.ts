import type { FileHandle } from 'node:fs/promises';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SAVE_CHUNK_TOO_LARGE_MESSAGE } from '@shared/ipc/contract';
import { MAX_SAVE_CHUNK_BYTES } from '@shared/ipc/save-chunk';
import { UserFacingError } from '../ipc/user-error';
import { TEMP_PREFIX, syncDirectory } from './atomic-file';

export const UNKNOWN_SAVE_MESSAGE = 'Penyimpanan ini tidak dimulai oleh aplikasi pada sesi ini.';
export const CLOSED_SAVE_MESSAGE =
  'Penyimpanan berkas ini sudah selesai atau dibatalkan; tidak dapat ditulis lagi.';

function cannotWrite(target: string): UserFacingError {
  return new UserFacingError(
    `Berkas "${basename(target)}" tidak dapat disimpan. Periksa izin folder dan ruang disk.`,
  );
}

interface OpenSave {
  readonly target: string;
  readonly temp: string;
  /** Id of the window (webContents) that began the save. */
  readonly owner: number;
  readonly handle: FileHandle;
  written: number;
  /** Every file operation of one save runs after the previous one (no interleaved writes). */
  queue: Promise<unknown>;
}

/**
 * Saves a file that arrives in chunks, so the whole file is never in memory: `begin` opens a temp
 * file beside the target (same folder, so the final rename is atomic), `append` writes, `finish`
 * fsyncs and renames it over the target, `abort` deletes it. Until `finish` the target is either
 * absent or the old file; a crash leaves only a `.tmp-…` file. Tokens are issued here, belong to
 * the window that began the save, and die with `finish`/`abort`.
 */
export class StreamingSaves {
  readonly #open = new Map<string, OpenSave>();
  readonly #closed = new Set<string>();

  constructor(
    private readonly newToken: () => string,
    private readonly maxChunkBytes = MAX_SAVE_CHUNK_BYTES,
  ) {}

  async begin(target: string, owner: number): Promise<string> {
    const token = this.newToken();
    const temp = join(dirname(target), `${TEMP_PREFIX}${basename(target)}-${token}`);
    let handle: FileHandle;
    try {
      handle = await open(temp, 'wx');
    } catch {
      throw cannotWrite(target);
    }
    this.#open.set(token, { target, temp, owner, handle, written: 0, queue: Promise.resolve() });
    return token;
  }

  /** Appends one chunk; answers the bytes written so far. */
  async append(token: string, owner: number, bytes: Uint8Array): Promise<number> {
    const save = this.#take(token, owner, false);
    if (bytes.byteLength > this.maxChunkBytes) {
      throw new UserFacingError(SAVE_CHUNK_TOO_LARGE_MESSAGE);
    }
    return await this.#enqueue(save, async () => {
      try {
        let at = 0;
        while (at < bytes.byteLength) {
          const { bytesWritten } = await save.handle.write(
            bytes,
            at,
            bytes.byteLength - at,
            save.written + at,
          );
          at += bytesWritten;
        }
      } catch {
        await this.#discard(token, save);
        throw cannotWrite(save.target);
      }
      save.written += bytes.byteLength;
      return save.written;
    });
  }

  /** fsync, close, rename over the target, fsync the folder; answers the final path. */
  async finish(token: string, owner: number): Promise<string> {
    const save = this.#take(token, owner, true);
    return await this.#enqueue(save, async () => {
      try {
        await save.handle.sync();
        await save.handle.close();
        await rename(save.temp, save.target);
      } catch {
        await save.handle.close().catch(() => undefined);
        await rm(save.temp, { force: true });
        throw cannotWrite(save.target);
      }
      await syncDirectory(dirname(save.target));
      return save.target;
    });
  }

  /** Deletes the temp file; the target (absent or an older file) is left untouched. */
  async abort(token: string, owner: number): Promise<void> {
    const save = this.#take(token, owner, true);
    await this.#enqueue(save, () => this.#discard(token, save));
  }

  get openCount(): number {
    return this.#open.size;
  }

  /** Aborts every save still open (window closed or app quitting). */
  async abortAll(): Promise<void> {
    const open = [...this.#open];
    await Promise.all(open.map(([token, save]) => this.#closeAnd(token, save)));
  }

  /** The open save behind `token`, refused unless this sender began it; `close` ends it now. */
  #take(token: string, owner: number, close: boolean): OpenSave {
    const save = this.#open.get(token);
    if (!save) {
      throw new UserFacingError(
        this.#closed.has(token) ? CLOSED_SAVE_MESSAGE : UNKNOWN_SAVE_MESSAGE,
      );
    }
    if (save.owner !== owner) throw new UserFacingError(UNKNOWN_SAVE_MESSAGE);
    if (close) this.#markClosed(token);
    return save;
  }

  #markClosed(token: string): void {
    this.#open.delete(token);
    this.#closed.add(token);
  }

  #enqueue<T>(save: OpenSave, step: () => Promise<T>): Promise<T> {
    const next = save.queue.then(step);
    save.queue = next.catch(() => undefined);
    return next;
  }

  #closeAnd(token: string, save: OpenSave): Promise<void> {
    this.#markClosed(token);
    return this.#enqueue(save, () => this.#discard(token, save));
  }

  async #discard(token: string, save: OpenSave): Promise<void> {
    this.#markClosed(token);
    await save.handle.close().catch(() => undefined);
    await rm(save.temp, { force: true });
  }
}
