import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WindowApi } from '@shared/ipc/contract';
import { createInvokeListener } from '../../../../electron/main/ipc/invoke-listener';
import { sessionHandlers } from '../../../../electron/main/ipc/handlers/session';
import {
  PROTECTED_STORAGE_MISSING_MESSAGE,
  SessionTokenVault,
} from '../../../../electron/main/services/session-token-vault';
import {
  desktopTokenStore,
  sessionTokenStore,
  type SessionTokenStore,
} from '../../../../renderer/src/platform/session-token';
import { appFrame, makeTempDir } from '../../../support/factories/electron';

const temps: { cleanup: () => void }[] = [];
afterEach(() => {
  vi.unstubAllGlobals();
  for (const t of temps.splice(0)) t.cleanup();
});

/** `window.api`'s session functions wired to main's real handlers over a temp userData file. */
function desktop(available: { value: boolean }) {
  const temp = makeTempDir('ovop-renderer-token-');
  temps.push(temp);
  const file = join(temp.dir, 'sync-session.bin');
  const vault = new SessionTokenVault(file, {
    isEncryptionAvailable: () => available.value,
    encryptString: (plain) => Buffer.from(plain).reverse(),
    decryptString: (bytes) => Buffer.from(bytes).reverse().toString(),
  });
  const h = sessionHandlers<{ id: number }>(vault);
  const api = {
    sessionLoadToken: (r: object) =>
      createInvokeListener('session:load-token', h['session:load-token'])(appFrame(), r),
    sessionSaveToken: (r: { token: string }) =>
      createInvokeListener('session:save-token', h['session:save-token'])(appFrame(), r),
    sessionClearToken: (r: object) =>
      createInvokeListener('session:clear-token', h['session:clear-token'])(appFrame(), r),
  };
  return { api, file };
}

function windowStore(): SessionTokenStore & { value: string | undefined } {
  const store = {
    value: undefined as string | undefined,
    load: () => Promise.resolve(store.value),
    save: (token: string) => {
      store.value = token;
      return Promise.resolve(undefined);
    },
    clear: () => {
      store.value = undefined;
      return Promise.resolve();
    },
  };
  return store;
}

describe('desktop session token store', () => {
  it('keeps the token with main (encrypted file), not in the window', async () => {
    const { api, file } = desktop({ value: true });
    const fallback = windowStore();
    const store = desktopTokenStore(api, fallback);
    expect(await store.save('tok-123')).toBeUndefined();
    expect(existsSync(file)).toBe(true);
    expect(fallback.value).toBeUndefined();
    // A new window (after a restart) finds it.
    expect(await desktopTokenStore(api, windowStore()).load()).toBe('tok-123');
    await store.clear();
    expect(existsSync(file)).toBe(false);
    expect(await store.load()).toBeUndefined();
  });

  it('without protected storage keeps the token for this window only and says so', async () => {
    const { api, file } = desktop({ value: false });
    const fallback = windowStore();
    const store = desktopTokenStore(api, fallback);
    expect(await store.save('tok-456')).toBe(PROTECTED_STORAGE_MISSING_MESSAGE);
    expect(existsSync(file)).toBe(false);
    expect(fallback.value).toBe('tok-456');
    expect(await store.load()).toBe('tok-456');
    expect(await desktopTokenStore(api, windowStore()).load()).toBeUndefined();
  });

  it('is the store chosen when the preload API exists', async () => {
    const { api, file } = desktop({ value: true });
    vi.stubGlobal('window', { api: api as unknown as WindowApi });
    expect(await sessionTokenStore().save('tok-789')).toBeUndefined();
    expect(existsSync(file)).toBe(true);
  });

  it('falls back to the tab store in web mode', async () => {
    const tab = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => tab.get(k) ?? null,
      setItem: (k: string, v: string) => tab.set(k, v),
      removeItem: (k: string) => tab.delete(k),
    });
    const store = sessionTokenStore();
    await store.save('tok-web');
    expect([...tab.values()]).toEqual(['tok-web']);
    expect(await store.load()).toBe('tok-web');
  });
});
