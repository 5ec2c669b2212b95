import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Name prefix of half-written files: listings ignore them, cleanup may delete them. */
export const TEMP_PREFIX = '.tmp-';

/**
 * Writes `bytes` so that `target` is either the old file or the complete new one, never a
 * truncated mix: write a temp file in the same folder, fsync it, rename over the target, then
 * fsync the folder (best effort: Windows cannot open folders for fsync).
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `${TEMP_PREFIX}${basename(target)}-${randomUUID()}`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** fsync a folder after a rename so the new name survives a power cut (no-op where unsupported). */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on every platform (Windows); the rename is still atomic.
  }
}
