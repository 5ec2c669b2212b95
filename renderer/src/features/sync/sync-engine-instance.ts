import { useSyncExternalStore } from 'react';
import {
  syncEngineOf,
  useRepositories,
  type AppRepositories,
  type SyncEngine,
  type SyncStatus,
} from '../../db';
import { sessionTokenStore } from '../../platform/session-token';

let engine: SyncEngine | undefined;

/**
 * The window's one sync engine, started on first use. Without a configured server it only reads
 * the (absent) connection from the register: no network call is made.
 */
function windowSyncEngine(repos: AppRepositories): SyncEngine {
  if (!engine) {
    engine = syncEngineOf(repos.ctx, {
      tokens: sessionTokenStore(),
      blobs: repos.blobs,
      ...(typeof window !== 'undefined' ? { events: window } : {}),
    });
    void engine.start();
  }
  return engine;
}

/** The window's sync engine, over the repositories the app provides. */
export function useSyncEngine(): SyncEngine {
  return windowSyncEngine(useRepositories());
}

export function useSyncStatus(): SyncStatus {
  const current = useSyncEngine();
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
