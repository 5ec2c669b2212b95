import type { WindowApi } from '@shared/ipc/contract';
import { electronApi } from './api';

/**
 * Where the shared register's session token lives between starts (the sync engine's TokenStore).
 * Never in localStorage or IndexedDB, which are plain files on disk:
 * - Electron: main encrypts it with the OS's protected storage (safeStorage) into userData. When
 *   the OS offers none, main refuses with a message and the token stays for this window only.
 * - Web page: this tab's sessionStorage (gone when the tab closes: sign in again).
 */
export interface SessionTokenStore {
  load(): Promise<string | undefined>;
  /** Answers an Indonesian notice when the token is kept for this window only. */
  save(token: string): Promise<string | undefined>;
  clear(): Promise<void>;
}

const SESSION_TOKEN_KEY = 'ovop-sync-session';

function tabStorage(): Storage | undefined {
  try {
    return typeof sessionStorage !== 'undefined' ? sessionStorage : undefined;
  } catch {
    return undefined;
  }
}

function webTokenStore(): SessionTokenStore {
  return {
    load: () => Promise.resolve(tabStorage()?.getItem(SESSION_TOKEN_KEY) ?? undefined),
    save: (token) => {
      tabStorage()?.setItem(SESSION_TOKEN_KEY, token);
      return Promise.resolve(undefined);
    },
    clear: () => {
      tabStorage()?.removeItem(SESSION_TOKEN_KEY);
      return Promise.resolve();
    },
  };
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The desktop store over `window.api`; a refusal falls back to the window's sessionStorage. */
export function desktopTokenStore(
  api: Pick<WindowApi, 'sessionLoadToken' | 'sessionSaveToken' | 'sessionClearToken'>,
  fallback: SessionTokenStore = webTokenStore(),
): SessionTokenStore {
  return {
    async load() {
      const { token } = unwrap(await api.sessionLoadToken({}));
      return token ?? (await fallback.load());
    },
    async save(token) {
      const result = unwrap(await api.sessionSaveToken({ token }));
      if (result.stored) {
        await fallback.clear();
        return undefined;
      }
      await fallback.save(token);
      return result.message;
    },
    async clear() {
      await fallback.clear();
      unwrap(await api.sessionClearToken({}));
    },
  };
}

/** The store for this window: the desktop one when the preload's API is there, else the tab's. */
export function sessionTokenStore(): SessionTokenStore {
  const api = electronApi();
  return api ? desktopTokenStore(api) : webTokenStore();
}
