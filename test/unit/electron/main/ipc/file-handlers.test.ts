import { describe, expect, it, vi } from 'vitest';
import { crc32 } from '@shared/bundle/crc32';
import { createInvokeListener } from '../../../../../electron/main/ipc/invoke-listener';
import type { FileDeps } from '../../../../../electron/main/ipc/handlers/files';
import { fileHandlers } from '../../../../../electron/main/ipc/handlers/files';
import { SavedFileRegistry } from '../../../../../electron/main/services/saved-files';
import type { FakeSender } from '../../../../support/factories/electron';
import {
  appFrame,
  makeBytes,
  makeTempDir,
  sha256,
  storageIn,
} from '../../../../support/factories/electron';

const quiet = () => undefined;
const pdf = [{ name: 'PDF', extensions: ['pdf'] }];

/** `savePath: null` stands for a cancelled save dialog. */
function setup(savePath: string | null = '/home/staf/Dokumen/Surat.pdf', size = 10) {
  let n = 0;
  const deps: FileDeps<FakeSender> = {
    dialogs: {
      chooseSavePath: vi.fn(() => Promise.resolve(savePath ?? undefined)),
      chooseOpenPath: vi.fn(() => Promise.resolve('/home/staf/Unduhan/data.xlsx')),
    },
    saved: new SavedFileRegistry(() => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`),
    writeFile: vi.fn(() => Promise.resolve()),
    fileSize: () => Promise.resolve(size),
    readFile: () => Promise.resolve(makeBytes(size)),
    showItemInFolder: vi.fn(),
    maxOpenBytes: 100,
  };
  const h = fileHandlers(deps);
  return {
    deps,
    save: createInvokeListener('file:save-bytes', h['file:save-bytes'], quiet),
    open: createInvokeListener('file:open-bytes', h['file:open-bytes'], quiet),
    reveal: createInvokeListener('file:reveal-saved', h['file:reveal-saved'], quiet),
  };
}

describe('file handlers', () => {
  it('saves to the path chosen in the dialog and hands back a token, not the path', async () => {
    const { deps, save, reveal } = setup();
    const result = await save(appFrame(), {
      suggestedName: 'Surat.pdf',
      bytes: makeBytes(4),
      filters: pdf,
    });
    expect(result).toEqual({
      ok: true,
      value: { saved: true, token: '00000000-0000-4000-8000-000000000001', fileName: 'Surat.pdf' },
    });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/staf/Dokumen/Surat.pdf', makeBytes(4));
    expect(await reveal(appFrame(), { token: '00000000-0000-4000-8000-000000000001' })).toEqual({
      ok: true,
      value: { revealed: true },
    });
    expect(deps.showItemInFolder).toHaveBeenCalledWith('/home/staf/Dokumen/Surat.pdf');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { deps, save } = setup(null);
    expect(
      await save(appFrame(), { suggestedName: 'Surat.pdf', bytes: makeBytes(4), filters: pdf }),
    ).toEqual({ ok: true, value: { saved: false } });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('refuses to reveal a token it never issued, and refuses paths in place of tokens', async () => {
    const { deps, reveal } = setup();
    const unknown = await reveal(appFrame(), { token: '11111111-1111-4111-8111-111111111111' });
    expect(unknown).toEqual({
      ok: false,
      error: 'Berkas ini tidak disimpan oleh aplikasi pada sesi ini.',
    });
    const path = await reveal(appFrame(), { token: '/etc/passwd' });
    expect(path.ok).toBe(false);
    expect(deps.showItemInFolder).not.toHaveBeenCalled();
  });

  it('refuses a suggested name that carries folders', async () => {
    const { deps, save } = setup();
    for (const suggestedName of ['../../.bashrc', 'C:\\Windows\\x.pdf', 'sub/dir.pdf']) {
      expect(
        (await save(appFrame(), { suggestedName, bytes: makeBytes(1), filters: pdf })).ok,
      ).toBe(false);
    }
    expect(deps.dialogs.chooseSavePath).not.toHaveBeenCalled();
  });

  it('opens a chosen file with its bare name, and refuses one over the size limit', async () => {
    const small = await setup(null, 10).open(appFrame(), { title: 'Impor', filters: pdf });
    expect(small).toEqual({
      ok: true,
      value: { opened: true, name: 'data.xlsx', bytes: makeBytes(10) },
    });
    const big = await setup(null, 101).open(appFrame(), { title: 'Impor', filters: pdf });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.error).toMatch(/terlalu besar/);
  });
});

describe('storage handlers refuse names they did not issue', () => {
  it('backup:read-snapshot refuses paths and unknown names; blob:get refuses non-hashes', async () => {
    const temp = makeTempDir();
    try {
      const h = storageIn(temp.dir);
      const write = createInvokeListener(
        'backup:write-snapshot',
        h['backup:write-snapshot'],
        quiet,
      );
      const read = createInvokeListener('backup:read-snapshot', h['backup:read-snapshot'], quiet);
      const blobGet = createInvokeListener('blob:get', h['blob:get'], quiet);
      const written = await write(appFrame(), { reason: 'manual', bytes: makeBytes(10) });
      expect(written.ok).toBe(true);
      for (const name of [
        '../backups/x',
        '/etc/passwd',
        'C:\\x',
        'attachments',
        'snapshot-20990101T000000000Z-manual.ovopsnap',
      ]) {
        expect((await read(appFrame(), { name })).ok, name).toBe(false);
      }
      if (written.ok) {
        expect(await read(appFrame(), { name: written.value.snapshot.name })).toEqual({
          ok: true,
          value: { bytes: makeBytes(10) },
        });
      }
      expect((await blobGet(appFrame(), { hash: '../../etc/passwd' })).ok).toBe(false);
    } finally {
      temp.cleanup();
    }
  });
});

describe('blob:get', () => {
  it('hands out the bytes with their CRC-32, and nulls for a hash not stored', async () => {
    const temp = makeTempDir();
    try {
      const h = storageIn(temp.dir);
      const put = createInvokeListener('blob:put', h['blob:put'], quiet);
      const get = createInvokeListener('blob:get', h['blob:get'], quiet);
      const bytes = makeBytes(70_000);
      const hash = sha256(bytes);
      // Over 2^31: the value travels unsigned.
      expect(crc32(bytes)).toBeGreaterThan(2 ** 31);
      expect(await put(appFrame(), { hash, bytes })).toEqual({ ok: true, value: { stored: true } });
      // zlib's CRC in main against the window's own (SheetJS) implementation.
      expect(await get(appFrame(), { hash })).toEqual({
        ok: true,
        value: { bytes, crc32: crc32(bytes) },
      });
      expect(await get(appFrame(), { hash: sha256(makeBytes(3)) })).toEqual({
        ok: true,
        value: { bytes: null, crc32: null },
      });
    } finally {
      temp.cleanup();
    }
  });
});
