import { liveQuery, type Subscription } from 'dexie';
import type { RepositoryContext } from '../context';
import type { OvopDatabase } from '../database';
import type { SyncConflictRecord } from '../registers/records';
import { readConnection, normaliseServerUrl, readLastSync, type Connection } from './connection';
import { enqueueExisting } from './enqueue-existing';
import {
  LETTER_NUMBER_OFFLINE_MESSAGE,
  LETTER_NUMBER_SIGNED_OUT_MESSAGE,
  LetterNumberUnavailableError,
  setLetterNumberAuthority,
  type LetterNumberAuthority,
} from './letter-numbers';
import { pullAll, readCursor, readPullProgress } from './pull';
import { pushOutbox } from './push';
import {
  AttachmentUnavailableError,
  BLOB_SIGNED_OUT_MESSAGE,
  downloadBlob,
  rememberBlobLimit,
  setRemoteBlobSource,
  type RemoteBlobSource,
} from './remote-blobs';
import { SYNC_CONFIG_KEY, SYNC_STATUS_KEY } from './sync-keys';
import { ServerUnreachableError, SyncHttp, SyncHttpError } from './sync-http';
import type { SyncEngineOptions, SyncStatus } from './sync-status';

export type { SyncStatus } from './sync-status';

const MAX_BACKOFF_MS = 30_000;
const LOCAL_CHANGE_DELAY_MS = 200;
const NOT_CONNECTED = 'PC ini belum terhubung ke server.';
const IDLE = { pending: 0, received: 0, total: 0 } as const;

/**
 * The shared register's client: pushes the outbox, pulls pages after the cursor, keeps the conflict
 * list. Runs on a timer while online, backs off while the server is unreachable, and syncs at once
 * when the network comes back. Without a connection it does nothing and makes no network calls.
 */
export class SyncEngine implements LetterNumberAuthority, RemoteBlobSource {
  private token: string | undefined;
  private connection: Connection | undefined;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = true;
  private status: SyncStatus = { state: 'off', ...IDLE };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly onOnline = () => this.schedule(0);
  private watching: Subscription | undefined;
  private blobLimitKnown = false;

  constructor(
    readonly db: OvopDatabase,
    private readonly options: SyncEngineOptions,
  ) {
    setLetterNumberAuthority(db, this);
    setRemoteBlobSource(db, this);
  }

  current(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<SyncStatus>, clearMessage = false): void {
    const next = { ...this.status, ...patch };
    if (clearMessage) delete (next as { message?: string }).message;
    this.status = next;
    for (const listener of this.listeners) listener(next);
  }

  private http(): SyncHttp {
    if (!this.connection) throw new SyncHttpError(0, NOT_CONNECTED);
    return new SyncHttp(this.connection.serverUrl, () => this.token, this.options.fetch);
  }

  /** Reads the saved connection and starts syncing when there is one (and a token). */
  async start(): Promise<void> {
    this.connection = await readConnection(this.db);
    if (!this.connection) return this.set({ state: 'off', pending: 0 });
    this.token = await this.options.tokens.load();
    const lastSyncAt = await readLastSync(this.db);
    this.set({
      serverUrl: this.connection.serverUrl,
      account: this.connection.account,
      pending: await this.db.outbox.count(),
      ...(await this.pullProgress()),
      ...(lastSyncAt ? { lastSyncAt } : {}),
    });
    if (!this.token)
      return this.set({ state: 'signed-out', message: 'Sesi berakhir. Masuk lagi ke server.' });
    this.stopped = false;
    this.options.events?.addEventListener('online', this.onOnline);
    // A local change goes up soon after it is made, not only on the next round of the timer.
    this.watching = liveQuery(() => this.db.outbox.count()).subscribe((pending) => {
      this.set({ pending });
      if (pending > 0 && !this.running && this.failures === 0) this.schedule(LOCAL_CHANGE_DELAY_MS);
    });
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.options.events?.removeEventListener('online', this.onOnline);
    this.watching?.unsubscribe();
    this.watching = undefined;
  }

  /** Signs in, remembers the server for this PC and syncs once. Throws with an Indonesian message. */
  async connect(address: string, username: string, password: string): Promise<void> {
    const serverUrl = normaliseServerUrl(address);
    if (!serverUrl)
      throw new SyncHttpError(
        0,
        'Alamat server harus diawali http:// atau https://, misalnya http://192.168.1.10:8787',
      );
    const login = await new SyncHttp(serverUrl, () => undefined, this.options.fetch).login(
      username,
      password,
    );
    const previous = await readConnection(this.db);
    const firstTime = !previous && (await this.neverSynced());
    this.connection = {
      serverUrl,
      username,
      account: login.account,
      clientId:
        previous?.serverUrl === serverUrl && previous.username === username
          ? previous.clientId
          : (this.options.newClientId ?? (() => crypto.randomUUID()))(),
    };
    this.token = login.token;
    this.blobLimitKnown = false;
    const sessionNotice = await this.options.tokens.save(login.token);
    if (firstTime) await enqueueExisting(this.db);
    await this.db.syncState.put({ key: SYNC_CONFIG_KEY, value: this.connection });
    this.set({ serverUrl, account: login.account, state: 'online', sessionNotice }, true);
    this.stop();
    await this.start();
    await this.syncNow();
  }

  /** A pull cut short goes on counting where it stopped. */
  private async pullProgress(): Promise<{ received: number; total: number }> {
    return (await readPullProgress(this.db)) ?? { received: 0, total: 0 };
  }

  private async neverSynced(): Promise<boolean> {
    return (
      (await this.db.outbox.count()) === 0 &&
      (await readCursor(this.db)) === 0 &&
      (await this.db.syncVersions.count()) === 0
    );
  }

  /** Ends the session on the server (when reachable) and stops syncing; the local register stays. */
  async signOut(): Promise<void> {
    this.stop();
    if (this.connection && this.token)
      await this.http()
        .logout()
        .catch(() => undefined);
    this.token = undefined;
    await this.options.tokens.clear();
    await this.db.syncState.delete(SYNC_CONFIG_KEY);
    this.connection = undefined;
    this.status = { state: 'off', ...IDLE, pending: await this.db.outbox.count() };
    this.set({});
  }

  /** One push + pull + conflict refresh; concurrent callers share the run in progress. */
  syncNow(): Promise<void> {
    this.running ??= this.cycle().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async cycle(): Promise<void> {
    if (!this.connection || !this.token) return;
    const http = this.http();
    const pending = await this.db.outbox.count();
    this.set({ state: 'syncing', pending, ...(await this.pullProgress()) });
    try {
      await pushOutbox(this.db, http, this.connection.clientId, { blobs: this.options.blobs });
      this.set({ pending: await this.db.outbox.count() });
      await pullAll(this.db, http, {
        ...(this.options.pageSize ? { limit: this.options.pageSize } : {}),
        onProgress: (progress) => this.set(progress),
      });
      await this.refreshConflicts(http);
      if (!this.blobLimitKnown) this.blobLimitKnown = await rememberBlobLimit(this.db, http);
      const at = (this.options.now?.() ?? new Date()).toISOString();
      await this.db.syncState.put({ key: SYNC_STATUS_KEY, value: at });
      this.failures = 0;
      this.set({ state: 'online', lastSyncAt: at, pending: await this.db.outbox.count() }, true);
    } catch (error) {
      await this.failed(error);
    } finally {
      this.schedule();
    }
  }

  private async failed(error: unknown): Promise<void> {
    const pending = await this.db.outbox.count();
    if (error instanceof ServerUnreachableError) {
      this.failures += 1;
      return this.set({ state: 'offline', pending, message: error.message });
    }
    if (error instanceof SyncHttpError && error.status === 401) {
      this.token = undefined;
      await this.options.tokens.clear();
      this.stop();
      return this.set({ state: 'signed-out', pending, message: error.message });
    }
    this.failures += 1;
    const message = error instanceof Error ? error.message : String(error);
    this.set({ state: 'online', pending, message });
  }

  private schedule(delay?: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const interval = this.options.intervalMs ?? 1500;
    const wait =
      delay ??
      (this.failures === 0 ? interval : Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.failures));
    this.timer = setTimeout(() => void this.syncNow(), wait);
  }

  private async refreshConflicts(http: SyncHttp): Promise<void> {
    const list = await http.conflicts();
    await this.db.transaction('rw', this.db.syncConflicts, async () => {
      await this.db.syncConflicts.clear();
      await this.db.syncConflicts.bulkPut(list);
    });
  }

  /** Settles a conflict on the server (keep the kept value, or take the other), then syncs. */
  async resolveConflict(id: string, choice: 'kept' | 'other'): Promise<void> {
    await this.http().resolve(id, choice);
    await this.syncNow();
  }

  /** The open conflicts as last fetched (shown offline too), oldest first. */
  async listConflicts(): Promise<SyncConflictRecord[]> {
    return (await this.db.syncConflicts.toArray()).sort((a, b) => a.at.localeCompare(b.at));
  }

  /** The office's next letter sequence from the server; refused offline or signed out. */
  async allocateLetterSequence(year: number): Promise<number> {
    if (!this.connection || !this.token)
      throw new LetterNumberUnavailableError(LETTER_NUMBER_SIGNED_OUT_MESSAGE);
    try {
      return await this.http().letterSequence(year);
    } catch (error) {
      if (error instanceof ServerUnreachableError)
        throw new LetterNumberUnavailableError(LETTER_NUMBER_OFFLINE_MESSAGE);
      if (error instanceof SyncHttpError && error.status === 401) {
        await this.failed(error);
        throw new LetterNumberUnavailableError(LETTER_NUMBER_SIGNED_OUT_MESSAGE);
      }
      throw error;
    }
  }

  /** Attachment bytes this PC does not have yet, from the server (the caller checks and keeps them). */
  async fetchBlob(hash: string): Promise<Uint8Array> {
    if (!this.connection || !this.token)
      throw new AttachmentUnavailableError(BLOB_SIGNED_OUT_MESSAGE);
    return downloadBlob(this.http(), hash, (error) => this.failed(error));
  }
}

/** The engine of a repository context's register (features hold the context, not the database). */
export function syncEngineOf(ctx: RepositoryContext, options: SyncEngineOptions): SyncEngine {
  return new SyncEngine(ctx.db, options);
}
