/**
 * Where the session token lives between starts. Never in IndexedDB or localStorage (plain files
 * on disk): Electron keeps it encrypted with the OS's protected storage (platform/api.ts), the web
 * page only for the tab's life.
 */
export interface TokenStore {
  load(): Promise<string | undefined>;
  save(token: string): Promise<void>;
  clear(): Promise<void>;
}

/** Kept in memory only: gone when the window closes (tests, and the fallback). */
export function memoryTokenStore(): TokenStore {
  let token: string | undefined;
  return {
    load: () => Promise.resolve(token),
    save: (value) => {
      token = value;
      return Promise.resolve();
    },
    clear: () => {
      token = undefined;
      return Promise.resolve();
    },
  };
}
