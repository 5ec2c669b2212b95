import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_TOKEN_FILE } from '../../../../../../electron/main/constants';
import type { WebContents } from 'electron';
import {
  createInvokeListener,
  type InvokeEventLike,
} from '../../../../../../electron/main/ipc/invoke-listener';
import { PROTECTED_STORAGE_MISSING_MESSAGE } from '../../../../../../electron/main/services/session-token-vault';
import {
  appFrame as fakeAppFrame,
  makeInvokeEvent,
  makeTempDir,
} from '../../../../../support/factories/electron';

const temp = makeTempDir('ovop-session-token-');
afterAll(temp.cleanup);

/** A stand-in for the OS keyring: a reversible scrambling keyed per "OS account". */
const os = { available: true, key: 0x5a };
const safeStorage = {
  isEncryptionAvailable: vi.fn(() => os.available),
  encryptString: vi.fn((plain: string) =>
    Buffer.from(Buffer.from(`enc:${plain}`).map((b) => b ^ os.key)),
  ),
  decryptString: vi.fn((bytes: Buffer) => {
    const plain = Buffer.from(bytes.map((b) => b ^ os.key)).toString();
    if (!plain.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext');
    return plain.slice(4);
  }),
};

vi.mock('electron', () => ({
  app: { getPath: () => temp.dir, on: vi.fn(), getName: () => 'OVOP Desk', getVersion: () => '0' },
  shell: {},
  safeStorage,
  dialog: {},
  BrowserWindow: {},
}));
const { createHandlers } = await import('../../../../../../electron/main/handlers');
const handlers = createHandlers();
const quiet = () => undefined;
/** The session handlers never read the sender; the fake one stands in for a WebContents. */
const asWindow = (event: InvokeEventLike<unknown>) => event as InvokeEventLike<WebContents>;
const appFrame = () => asWindow(fakeAppFrame());
const save = createInvokeListener('session:save-token', handlers['session:save-token'], quiet);
const load = createInvokeListener('session:load-token', handlers['session:load-token'], quiet);
const clear = createInvokeListener('session:clear-token', handlers['session:clear-token'], quiet);
const file = join(temp.dir, SESSION_TOKEN_FILE);
const TOKEN = 'q3Zx9_-abcDEF0123456789abcdefGHIJKLmnopQRS';

beforeEach(async () => {
  os.available = true;
  os.key = 0x5a;
  await clear(appFrame(), {});
});

describe('session token in Electron (safeStorage)', () => {
  it('keeps the token encrypted in userData and gives it back after a restart', async () => {
    expect(await save(appFrame(), { token: TOKEN })).toEqual({ ok: true, value: { stored: true } });
    const onDisk = readFileSync(file);
    expect(onDisk.toString('latin1')).not.toContain(TOKEN);
    expect(safeStorage.encryptString).toHaveBeenCalledWith(TOKEN);
    // No half-written temp file is left beside it.
    expect(readdirSync(temp.dir).filter((n) => n.includes(SESSION_TOKEN_FILE))).toEqual([
      SESSION_TOKEN_FILE,
    ]);
    const restarted = createHandlers();
    const reload = createInvokeListener('session:load-token', restarted['session:load-token']);
    expect(await reload(appFrame(), {})).toEqual({ ok: true, value: { token: TOKEN } });
  });

  it('answers no token before any sign-in, and none after sign-out', async () => {
    expect(await load(appFrame(), {})).toEqual({ ok: true, value: { token: null } });
    await save(appFrame(), { token: TOKEN });
    expect(await clear(appFrame(), {})).toEqual({ ok: true, value: { cleared: true } });
    expect(existsSync(file)).toBe(false);
    expect(await load(appFrame(), {})).toEqual({ ok: true, value: { token: null } });
  });

  it('refuses in Indonesian without protected storage, writes nothing and drops an older token', async () => {
    await save(appFrame(), { token: TOKEN });
    os.available = false;
    expect(await save(appFrame(), { token: 'another-token' })).toEqual({
      ok: true,
      value: { stored: false, message: PROTECTED_STORAGE_MISSING_MESSAGE },
    });
    expect(PROTECTED_STORAGE_MISSING_MESSAGE).toMatch(/penyimpanan terlindung/);
    expect(existsSync(file)).toBe(false);
    expect(await load(appFrame(), {})).toEqual({ ok: true, value: { token: null } });
  });

  it('treats a token it can no longer decrypt (another OS account) as signed out', async () => {
    await save(appFrame(), { token: TOKEN });
    os.key = 0x33;
    expect(await load(appFrame(), {})).toEqual({ ok: true, value: { token: null } });
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a malformed token and a foreign page, and stores nothing', async () => {
    const bad = await save(appFrame(), { token: 'two words\n' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/Permintaan tidak sah/);
    const foreign = await save(asWindow(makeInvokeEvent('https://example.com/')), { token: TOKEN });
    expect(foreign.ok).toBe(false);
    expect(existsSync(file)).toBe(false);
  });

  it('never reads a plain token someone put in the file', async () => {
    writeFileSync(file, TOKEN);
    expect(await load(appFrame(), {})).toEqual({ ok: true, value: { token: null } });
  });
});
