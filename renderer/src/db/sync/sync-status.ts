import type { AccountView } from '@shared/sync/protocol.schema';
import type { BlobStore } from '../blob-store';
import type { FetchLike } from './sync-http';
import type { TokenStore } from './token-store';

export type SyncState = 'off' | 'online' | 'offline' | 'syncing' | 'signed-out';

export interface SyncStatus {
  readonly state: SyncState;
  readonly serverUrl?: string;
  readonly account?: AccountView;
  readonly lastSyncAt?: string;
  /** Local changes not yet on the server. */
  readonly pending: number;
  /** Records received in the current (or last) pull, counted on from a pull cut short. */
  readonly received: number;
  /** Records the current pull brings in all (0: not known, e.g. nothing left to pull). */
  readonly total: number;
  /** The last problem, in Indonesian; absent when the last sync went well. */
  readonly message?: string;
  /** Why the session is kept for this window only (no protected storage), from the last sign-in. */
  readonly sessionNotice?: string;
}

export interface SyncEngineOptions {
  readonly tokens: TokenStore;
  readonly blobs?: BlobStore;
  readonly fetch?: FetchLike;
  readonly now?: () => Date;
  readonly newClientId?: () => string;
  /** Pause between syncs while online (ms). */
  readonly intervalMs?: number;
  readonly pageSize?: number;
  /** Window-like target for `online` events and the storage events of local writes. */
  readonly events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}
