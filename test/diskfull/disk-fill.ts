import { execFileSync } from 'node:child_process';
import { closeSync, fstatSync, ftruncateSync, openSync, statfsSync, writeSync } from 'node:fs';

/** Mounts a tmpfs of `sizeMb` MiB on `dir`; returns why it could not (not root, no mount, …) or undefined. */
export function mountTmpfs(dir: string, sizeMb: number): string | undefined {
  if (process.platform !== 'linux')
    return `bukan Linux (${process.platform}), tmpfs tidak tersedia`;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    const reason = (stderr.trim() || (error instanceof Error ? error.message : String(error)))
      .split('\n')[0]
      ?.trim();
    return `mount tmpfs ditolak (${reason})`;
  }
}

/** Unmounts; falls back to a lazy unmount when a process still holds a file there. */
export function unmountTmpfs(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
  }
}

export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

function isNoSpace(error: unknown): boolean {
  return (error as { code?: string }).code === 'ENOSPC';
}

/**
 * Writes `file` until the file system says ENOSPC (1 MiB, then 4 KiB writes), then gives back
 * `leaveBytes` so a few pages stay free, as on a disk that is "almost" full. Returns the file size.
 */
export function fillUntilFull(file: string, leaveBytes: number): number {
  const fd = openSync(file, 'w');
  try {
    for (const size of [1024 * 1024, 4096]) {
      const chunk = Buffer.alloc(size, 0x5a);
      for (;;) {
        try {
          if (writeSync(fd, chunk) < size) break;
        } catch (error) {
          if (isNoSpace(error)) break;
          throw error;
        }
      }
    }
    const written = fstatSync(fd).size;
    ftruncateSync(fd, Math.max(0, written - leaveBytes));
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}
