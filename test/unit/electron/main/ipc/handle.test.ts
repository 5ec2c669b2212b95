import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appFrame, makeBytes, makeInvokeEvent } from '../../../../support/factories/electron';

const ipcMainHandle = vi.fn();
vi.mock('electron', () => ({ ipcMain: { handle: ipcMainHandle } }));

const { BAD_RESPONSE_MESSAGE, FOREIGN_SENDER_MESSAGE, createInvokeListener, handle } =
  await import('../../../../../electron/main/ipc/handle');
const { UserFacingError } = await import('../../../../../electron/main/ipc/user-error');

const info = {
  name: 'OVOP Desk',
  version: '0.1.0',
  electron: '41',
  chrome: '140',
  node: '22',
  platform: 'linux',
};

describe('handle wrapper', () => {
  beforeEach(() => ipcMainHandle.mockReset());

  it.each([
    ['a foreign web page', 'https://evil.example/index.html'],
    ['a file:// page', 'file:///tmp/index.html'],
    ['another custom origin', 'app://other/index.html'],
    ['a destroyed frame', null],
  ])('rejects %s without running the handler', async (_label, url) => {
    const impl = vi.fn(() => info);
    const listener = createInvokeListener('app:get-info', impl, () => undefined);
    const result = await listener(makeInvokeEvent(url), {});
    expect(result).toEqual({ ok: false, error: FOREIGN_SENDER_MESSAGE });
    expect(impl).not.toHaveBeenCalled();
  });

  it('rejects a malformed payload with an Indonesian message and never runs the handler', async () => {
    const impl = vi.fn(() => ({ saved: false as const }));
    const listener = createInvokeListener('file:save-bytes', impl, () => undefined);
    const result = await listener(appFrame(), {
      suggestedName: '../../etc/passwd',
      bytes: 'not bytes',
      filters: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Permintaan tidak sah/);
    expect(impl).not.toHaveBeenCalled();
  });

  it('rejects extra keys (payloads are strict)', async () => {
    const listener = createInvokeListener(
      'app:get-info',
      () => info,
      () => undefined,
    );
    const result = await listener(appFrame(), { path: '/etc/passwd' });
    expect(result.ok).toBe(false);
  });

  it('returns the value in an ok envelope for a valid call from the app origin', async () => {
    const impl = vi.fn(() => ({ saved: false as const }));
    const listener = createInvokeListener('file:save-bytes', impl, () => undefined);
    const request = { suggestedName: 'Surat Usulan.pdf', bytes: makeBytes(8), filters: [] };
    expect(await listener(appFrame(), request)).toEqual({ ok: true, value: { saved: false } });
    expect(impl).toHaveBeenCalledWith(request, { sender: { id: 1 } });
  });

  it('passes a user-facing error message through and hides unexpected errors', async () => {
    const userError = createInvokeListener(
      'app:get-info',
      () => {
        throw new UserFacingError('Berkas tidak ditemukan.');
      },
      () => undefined,
    );
    expect(await userError(appFrame(), {})).toEqual({
      ok: false,
      error: 'Berkas tidak ditemukan.',
    });

    const crash = createInvokeListener(
      'app:get-info',
      () => {
        throw new Error('ENOENT /home/secret/path');
      },
      () => undefined,
    );
    const result = await crash(appFrame(), {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).not.toContain('/home/secret');
      expect(result.error).toMatch(/kesalahan/);
    }
  });

  it('refuses to return a response that breaks the contract', async () => {
    const listener = createInvokeListener(
      'app:print-page',
      () => ({ printed: 'yes' }) as unknown as { printed: boolean },
      () => undefined,
    );
    expect(await listener(appFrame(), {})).toEqual({ ok: false, error: BAD_RESPONSE_MESSAGE });
  });

  it('registers through ipcMain.handle with the sender check in place', async () => {
    handle('app:get-info', () => info);
    expect(ipcMainHandle).toHaveBeenCalledTimes(1);
    const [channel, registered] = ipcMainHandle.mock.calls[0] as [
      string,
      (e: unknown, p: unknown) => Promise<unknown>,
    ];
    expect(channel).toBe('app:get-info');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await registered(makeInvokeEvent('https://evil.example/'), {})).toEqual({
      ok: false,
      error: FOREIGN_SENDER_MESSAGE,
    });
    expect(await registered(appFrame(), {})).toEqual({ ok: true, value: info });
  });
});
