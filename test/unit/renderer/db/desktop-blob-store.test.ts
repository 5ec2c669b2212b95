import { afterEach, describe, expect, it, vi } from 'vitest';
import { crc32 } from '@shared/bundle/crc32';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import type { WindowApi } from '@shared/ipc/contract';
import { createInvokeListener } from '../../../../electron/main/ipc/invoke-listener';
import { createBlobStore } from '../../../../renderer/src/db/blob-store';
import {
  buildZipBlob,
  readZipSafely,
  type ZipWriterFile,
} from '../../../../renderer/src/platform/zip';
import * as crc32Worker from '../../../../renderer/src/platform/crc32-worker';
import { appFrame, makeBytes, makeTempDir, storageIn } from '../../../support/factories/electron';
import { makeDatabase } from '../../../support/factories/db';

const temps: { cleanup: () => void }[] = [];
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  for (const t of temps.splice(0)) t.cleanup();
});

/** `window.api`'s attachment functions wired to main's real handlers over a temp userData folder. */
function desktopApi(): Pick<WindowApi, 'blobPut' | 'blobGet' | 'blobHas'> {
  const temp = makeTempDir('ovop-renderer-blobs-');
  temps.push(temp);
  const h = storageIn(temp.dir);
  return {
    blobPut: (r) => createInvokeListener('blob:put', h['blob:put'])(appFrame(), r),
    blobGet: (r) => createInvokeListener('blob:get', h['blob:get'])(appFrame(), r),
    blobHas: (r) => createInvokeListener('blob:has', h['blob:has'])(appFrame(), r),
  };
}

describe('the desktop attachment store in the window', () => {
  it("hands out main's CRC-32 with the bytes, and the zip stores the file under it", async () => {
    vi.stubGlobal('window', { api: desktopApi() as unknown as WindowApi });
    const store = createBlobStore(makeDatabase('desktop-blobs'));
    const photo = makeBytes(900_000, 3);
    const hash = await store.put(photo);
    const stored = await store.read(hash);
    expect(stored).toEqual({ bytes: photo, crc32: crc32(photo) });
    expect(await store.read('0'.repeat(64))).toBeUndefined();

    if (stored?.crc32 === undefined) throw new Error('tanpa CRC-32');
    const known = stored.crc32;
    const hashing = vi.spyOn(crc32Worker, 'crc32Offload');
    async function* files(): AsyncGenerator<ZipWriterFile> {
      yield { name: 'lampiran/foto.jpg', bytes: photo, compress: false, crc32: known };
    }
    const zip = new Uint8Array(await (await buildZipBlob(files(), 1)).arrayBuffer());
    expect(hashing).not.toHaveBeenCalled();
    const read = readZipSafely(zip, DEFAULT_ZIP_LIMITS);
    expect(read.problems).toEqual([]);
    expect(Buffer.from(read.files.get('lampiran/foto.jpg')?.data ?? []).equals(photo)).toBe(true);
  });
});
