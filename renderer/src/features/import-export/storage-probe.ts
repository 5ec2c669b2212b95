const PROBE_NAME = 'ovop-desk-uji-ruang.bin';
const CHUNK = 4 * 1024 * 1024;

/**
 * Web mode: can `bytes` really be written to this origin's storage right now? Chromium's
 * `navigator.storage.estimate()` reports a fixed quota (usage + 1 GiB, measured on a full 40 MiB
 * disk), so it never shows a full disk; the honest answer is to write a throw-away file of that
 * size in the origin-private file system (not IndexedDB) and delete it again.
 * Returns undefined when the browser has no origin-private file system.
 */
export async function canWriteBytes(bytes: number): Promise<boolean | undefined> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function')
    return undefined;
  let root: FileSystemDirectoryHandle;
  try {
    root = await navigator.storage.getDirectory();
  } catch {
    return undefined;
  }
  try {
    const handle = await root.getFileHandle(PROBE_NAME, { create: true });
    const writable = await handle.createWritable();
    try {
      const chunk = new Uint8Array(CHUNK).fill(0x5a);
      for (let written = 0; written < bytes; written += CHUNK)
        await writable.write(chunk.subarray(0, Math.min(CHUNK, bytes - written)));
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
    }
    return true;
  } catch {
    return false;
  } finally {
    await root.removeEntry(PROBE_NAME).catch(() => undefined);
  }
}
