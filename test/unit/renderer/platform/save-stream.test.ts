import { readFileSync, readdirSync } from 'node:fs';
import { resolveObjectURL } from 'node:buffer';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Channel, IpcRequest, WindowApi } from '@shared/ipc/contract';
import { MAX_SAVE_CHUNK_BYTES } from '@shared/ipc/save-chunk';
import { createInvokeListener } from '../../../../electron/main/ipc/invoke-listener';
import { saveStreamHandlers } from '../../../../electron/main/ipc/handlers/save-stream';
import { SavedFileRegistry } from '../../../../electron/main/services/saved-files';
import { StreamingSaves } from '../../../../electron/main/services/streaming-save';
import { saveBlob, saveStream } from '../../../../renderer/src/platform/api';
import type { FakeSender } from '../../../support/factories/electron';
import { appFrame, makeBytes, makeTempDir, sha256 } from '../../../support/factories/electron';

const zip = [{ name: 'Arsip ZIP', extensions: ['zip'] }];
const temps: { cleanup: () => void }[] = [];

afterEach(() => {
  vi.unstubAllGlobals();
  for (const t of temps.splice(0)) t.cleanup();
});

/**
 * `window.api` as the preload builds it, wired to the real main handlers over a real temp folder.
 * Requests go through `structuredClone`, as IPC does (a view carries its whole buffer along).
 */
function desktop(chosen: string | null = 'Paket.zip') {
  const temp = makeTempDir('ovop-save-api-');
  temps.push(temp);
  const h = saveStreamHandlers<FakeSender>({
    dialogs: {
      chooseSavePath: () => Promise.resolve(chosen === null ? undefined : join(temp.dir, chosen)),
      chooseOpenPath: () => Promise.resolve(undefined),
    },
    saved: new SavedFileRegistry(() => crypto.randomUUID()),
    saves: new StreamingSaves(() => crypto.randomUUID()),
    windowId: (sender) => sender.id,
  });
  const sentBuffers: number[] = [];
  function call<C extends Channel>(
    channel: C,
    impl: Parameters<typeof createInvokeListener<C, FakeSender>>[1],
  ) {
    const listener = createInvokeListener(channel, impl, () => undefined);
    return (request: IpcRequest<C>) => {
      const cloned: unknown = structuredClone(request);
      if (channel === 'file:append-chunk')
        sentBuffers.push((cloned as { bytes: Uint8Array }).bytes.buffer.byteLength);
      return listener(appFrame(), cloned);
    };
  }
  const api = {
    fileBeginSave: call('file:begin-save', h['file:begin-save']),
    fileAppendChunk: call('file:append-chunk', h['file:append-chunk']),
    fileFinishSave: call('file:finish-save', h['file:finish-save']),
    fileAbortSave: call('file:abort-save', h['file:abort-save']),
  };
  vi.stubGlobal('window', { api: api as unknown as WindowApi });
  return { dir: temp.dir, sentBuffers, listing: () => readdirSync(temp.dir) };
}

/** A 9 MiB "zip" produced as many views into one big buffer, like the zip writer's output. */
const big = makeBytes(9 * 1024 * 1024 + 123, 5);
async function produceInViews(write: (chunk: Uint8Array) => Promise<void>): Promise<void> {
  for (let at = 0; at < big.length; at += 100_000) await write(big.subarray(at, at + 100_000));
}

describe('saveStream in Electron', () => {
  it('writes the produced bytes to the chosen file, never sending more than a few MB per message', async () => {
    const d = desktop();
    const result = await saveStream('Paket.zip', zip, produceInViews);
    expect(result).toMatchObject({ saved: true, fileName: 'Paket.zip' });
    expect(sha256(readFileSync(join(d.dir, 'Paket.zip')))).toBe(sha256(big));
    expect(d.listing()).toEqual(['Paket.zip']);
    expect(d.sentBuffers.length).toBeGreaterThan(1);
    for (const size of d.sentBuffers) expect(size).toBeLessThanOrEqual(MAX_SAVE_CHUNK_BYTES);
  });

  it('deletes the temp file and rethrows when producing fails or is cancelled', async () => {
    const d = desktop();
    const cancelled = new Error('Dibatalkan oleh pengguna.');
    await expect(
      saveStream('Paket.zip', zip, async (write) => {
        await write(makeBytes(5 * 1024 * 1024));
        throw cancelled;
      }),
    ).rejects.toBe(cancelled);
    expect(d.listing()).toEqual([]);
  });

  it('does not produce anything when the save dialog is cancelled', async () => {
    const d = desktop(null);
    const produce = vi.fn(() => Promise.resolve());
    expect(await saveStream('Paket.zip', zip, produce)).toEqual({ saved: false });
    expect(produce).not.toHaveBeenCalled();
    expect(d.listing()).toEqual([]);
  });

  it('saveBlob streams a Blob to the chosen file in slices', async () => {
    const d = desktop();
    const blob = new Blob([big.slice(0, 5_000_000), big.slice(5_000_000)]);
    expect(await saveBlob('Paket.zip', blob, zip)).toMatchObject({
      saved: true,
      fileName: 'Paket.zip',
    });
    expect(sha256(readFileSync(join(d.dir, 'Paket.zip')))).toBe(sha256(big));
    for (const size of d.sentBuffers) expect(size).toBeLessThanOrEqual(MAX_SAVE_CHUNK_BYTES);
  });
});

describe('saveStream on the web', () => {
  it('downloads one Blob holding every produced byte under the suggested name', async () => {
    const links: { href: string; download: string; clicked: boolean }[] = [];
    vi.stubGlobal('document', {
      createElement: () => {
        const link = {
          href: '',
          download: '',
          rel: '',
          clicked: false,
          click: () => (link.clicked = true),
          remove: () => undefined,
        };
        links.push(link);
        return link;
      },
      body: { append: () => undefined },
    });
    expect(await saveStream('Paket.zip', zip, produceInViews)).toEqual({ saved: false });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ download: 'Paket.zip', clicked: true });
    const blob = resolveObjectURL(links[0]?.href ?? '');
    expect(blob?.type).toBe('application/zip');
    expect(sha256(new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0)))).toBe(
      sha256(big),
    );
  });
});
