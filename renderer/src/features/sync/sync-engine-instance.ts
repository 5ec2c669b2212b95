import { useSyncExternalStore } from 'react';
import { appRepositories, syncEngineOf, type SyncEngine, type SyncStatus } from '../../db';
import { sessionTokenStore } from '../../platform/api';

let engine: SyncEngine | undefined;

/**
 * The window's one sync engine, started on first use. Without a configured server it only reads
 * the (absent) connection from the register: no network call is made.
 */
export function windowSyncEngine(): SyncEngine {
  if (!engine) {
    const repos = appRepositories();
    engine = syncEngineOf(repos.ctx, {
      tokens: sessionTokenStore,
      blobs: repos.blobs,
      ...(typeof window !== 'undefined' ? { events: window } : {}),
    });
    void engine.start();
  }
  return engine;
}

export function useSyncStatus(): SyncStatus {
  const current = windowSyncEngine();
  return useSyncExternalStore(
    (listener) => current.subscribe(listener),
    () => current.current(),
  );
}

export const SYNC_STATE_LABELS: Record<SyncStatus['state'], string> = {
  off: 'Tanpa server',
  online: 'Daring',
  offline: 'Luring',
  syncing: 'Menyinkronkan',
  'signed-out': 'Perlu masuk lagi',
};
