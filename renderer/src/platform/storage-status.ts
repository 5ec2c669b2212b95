/** Whether the browser keeps this origin's storage (the register) when the disk runs low. */
export interface StorageStatus {
  persistent: boolean;
  usedBytes?: number;
  quotaBytes?: number;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { persistent: false };
  const persistent = (await storage.persisted?.()) ?? false;
  const estimate = await storage.estimate?.().catch(() => undefined);
  return { persistent, usedBytes: estimate?.usage, quotaBytes: estimate?.quota };
}

/** Asks again (Electron grants it to the app origin; a browser may ask or decide by itself). */
export async function requestPersistentStorage(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}
