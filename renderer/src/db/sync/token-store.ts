/**
 * Where the session token lives between starts. Never in IndexedDB or localStorage (plain files
 * on disk): Electron keeps it encrypted with the OS's protected storage
 * (platform/session-token.ts), the web page only for the tab's life.
 */
export interface TokenStore {
  load(): Promise<string | undefined>;
  /** Keeps the token; answers a notice (Indonesian) when it could not be kept as promised. */
  save(token: string): Promise<string | undefined>;
  clear(): Promise<void>;
}

/** Kept in memory only: gone when the window closes (tests, and the fallback). */
export function memoryTokenStore(): TokenStore {
  let token: string | undefined;
  return {
    load: () => Promise.resolve(token),
    save: (value) => {
      token = value;
      return Promise.resolve(undefined);
    },
    clear: () => {
      token = undefined;
      return Promise.resolve();
    },
  };
}
