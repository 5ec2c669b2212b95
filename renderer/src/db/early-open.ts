/**
 * The register's database name, repeated here so the early script stays free of the app's code
 * (a unit test keeps it equal to DATABASE_NAME).
 */
const REGISTER_DATABASE = 'ovop-desk';

/** How long the early connection stays open: the app's own open has long finished by then. */
export const EARLY_HOLD_MS = 10_000;

/**
 * Runs first on the page (its own small script, ahead of the app's code; see vite.config.ts): opens
 * the register's database at the version it already has, so the browser reads it from disk while
 * the app's code is still fetched and compiled, and the app's own open finds it ready. It never
 * creates, upgrades or writes anything: a register that is not there yet (first start) is left
 * alone, and an upgrade request is aborted. The connection closes as soon as another connection
 * asks for a new version or a deletion, or after `holdMs`. Resolves true when a connection was
 * opened; never rejects.
 */
export async function openRegisterEarly(
  factory: IDBFactory = indexedDB,
  name: string = REGISTER_DATABASE,
  holdMs: number = EARLY_HOLD_MS,
): Promise<boolean> {
  const found = await factory.databases().then(
    (list) => list.find((info) => info.name === name),
    () => undefined,
  );
  const version = found?.version;
  if (version === undefined || version < 1) return false;
  return new Promise<boolean>((resolve) => {
    const request = factory.open(name, version);
    // Only when the database vanished in between: creating it is the app's work.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(false);
    };
    request.onsuccess = () => {
      const db = request.result;
      const timer = setTimeout(() => db.close(), holdMs);
      db.onversionchange = () => {
        clearTimeout(timer);
        db.close();
      };
      resolve(true);
    };
  });
}
