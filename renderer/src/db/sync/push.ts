import Dexie from 'dexie';
import { outboxBatch, type OutboxBatch, type OutboxEntry } from '@shared/sync/outbox-batch';
import { PUSH_BATCH_MAX, type PushResponse } from '@shared/sync/protocol.schema';
import type { BlobStore } from '../blob-store';
import type { OvopDatabase } from '../database';
import { syncTables } from './apply-page';
import { markRemote } from './outbox-middleware';
import { pullAll } from './pull';
import { SYNC_INFLIGHT_KEY } from './sync-keys';
import { SyncHttpError, type SyncHttp } from './sync-http';
import { versionKey } from './wire-shape';

/**
 * At most this many characters of changes per push (a character is at most 3 bytes of UTF-8):
 * a batch of large records (letters with long lampiran) stays well under the server's body limit
 * (8 MB unless its admin set it otherwise), so a batch is never refused for its size alone.
 */
const PUSH_BATCH_CHARS = 2 * 1024 * 1024;

/** The first rows whose changes fit in `maxChars` (always the first row, however large). */
function withinChars(rows: OutboxEntry[], maxChars: number): OutboxEntry[] {
  let chars = 0;
  const over = rows.findIndex((row, i) => {
    chars += JSON.stringify(row.changes ?? {}).length;
    return i > 0 && chars > maxChars;
  });
  return over === -1 ? rows : rows.slice(0, over);
}

/** The next rows to send: exactly the in-flight batch when one was sent without a reply. */
async function nextRows(db: OvopDatabase, limit: number, maxChars: number): Promise<OutboxEntry[]> {
  const inflight = (await db.syncState.get(SYNC_INFLIGHT_KEY))?.value;
  if (typeof inflight === 'number')
    return (await db.outbox.where('seq').belowOrEqual(inflight).toArray()) as OutboxEntry[];
  const rows = withinChars(
    (await db.outbox.orderBy('seq').limit(limit).toArray()) as OutboxEntry[],
    maxChars,
  );
  const last = rows.at(-1);
  if (last) await db.syncState.put({ key: SYNC_INFLIGHT_KEY, value: last.seq });
  return rows;
}

const SHA256 = /^[0-9a-f]{64}$/;
const MISSING_ASK_LIMIT = 1000;

/** The file hashes a change names (`hash`, `scanHash`, `signedCopyHash`, …). */
function hashesOf(changes: Readonly<Record<string, unknown>> | undefined): string[] {
  return Object.entries(changes ?? {})
    .filter(([key, value]) => /(^h|H)ash$/.test(key) && typeof value === 'string')
    .map(([, value]) => value as string)
    .filter((value) => SHA256.test(value));
}

/**
 * File bytes go up before the records naming them, each SHA-256 once: the server is asked which it
 * lacks, and only those are sent. Bytes over the server's limit stay on this PC (attaching such a
 * file is refused while a server is configured; one attached before stays local rather than
 * holding up every other change).
 */
async function uploadBlobs(http: SyncHttp, blobs: BlobStore | undefined, batch: OutboxBatch) {
  if (!blobs) return;
  const hashes = [...new Set(batch.mutations.flatMap((m) => hashesOf(m.changes)))];
  for (let i = 0; i < hashes.length; i += MISSING_ASK_LIMIT) {
    for (const hash of await http.missingBlobs(hashes.slice(i, i + MISSING_ASK_LIMIT))) {
      const bytes = await blobs.get(hash);
      if (!bytes) continue;
      try {
        await http.putBlob(hash, bytes);
      } catch (error) {
        if (!(error instanceof SyncHttpError && error.status === 413)) throw error;
      }
    }
  }
}

/** The server has the batch: drop its rows, remember the versions, follow ids the server mapped. */
async function settle(
  db: OvopDatabase,
  batch: OutboxBatch,
  reply: PushResponse,
): Promise<{ kind: string; id: string }[]> {
  const last = Math.max(...batch.seqs);
  const unknownBase: { kind: string; id: string }[] = [];
  await db.transaction('rw', syncTables(db), async () => {
    markRemote(Dexie.currentTransaction.idbtrans);
    await db.outbox.bulkDelete(batch.seqs);
    for (const result of reply.results) {
      const m = batch.mutations.find((x) => x.mutationId === result.mutationId);
      if (!m) continue;
      if (result.id !== m.id) {
        // The register already knew this record (same natural key): the local copy gives way to
        // the register's, which the pull brings.
        await db.table(m.kind).delete(m.id);
        await db.syncVersions.delete(versionKey(m.kind, m.id));
      }
      const later = db.outbox
        .where('[kind+id]')
        .equals([m.kind, result.id])
        .filter((row) => (row.seq ?? 0) > last);
      if (result.version === undefined) {
        // Applied by an earlier send whose reply was lost: the version it made is learnt by pulling.
        if ((await later.count()) > 0) unknownBase.push({ kind: m.kind, id: result.id });
        continue;
      }
      await db.syncVersions.put({ key: versionKey(m.kind, result.id), version: result.version });
      // Edits made while the batch was on its way build on the version it made.
      await later.modify({ baseVersion: result.version });
    }
    await db.syncState.delete(SYNC_INFLIGHT_KEY);
  });
  return unknownBase;
}

/**
 * Later edits of records whose push reply was lost build on the version that push made: pull it,
 * then rebase them on the version now seen (an edit by another PC in that same moment is then
 * merged as if seen, the price of a lost reply).
 */
async function rebase(
  db: OvopDatabase,
  http: SyncHttp,
  records: readonly { kind: string; id: string }[],
): Promise<void> {
  if (records.length === 0) return;
  await pullAll(db, http);
  await db.transaction('rw', [db.outbox, db.syncVersions], async () => {
    for (const { kind, id } of records) {
      const seen = await db.syncVersions.get(versionKey(kind, id));
      if (seen)
        await db.outbox.where('[kind+id]').equals([kind, id]).modify({ baseVersion: seen.version });
    }
  });
}

/** Sends the outbox in batches until it is empty; returns how many local changes went up. */
export async function pushOutbox(
  db: OvopDatabase,
  http: SyncHttp,
  clientId: string,
  options: { limit?: number; maxChars?: number; blobs?: BlobStore | undefined } = {},
): Promise<number> {
  let sent = 0;
  for (;;) {
    const rows = await nextRows(
      db,
      options.limit ?? PUSH_BATCH_MAX,
      options.maxChars ?? PUSH_BATCH_CHARS,
    );
    if (rows.length === 0) {
      await db.syncState.delete(SYNC_INFLIGHT_KEY);
      return sent;
    }
    const batch = outboxBatch(rows);
    await uploadBlobs(http, options.blobs, batch);
    const reply = await http.push({ clientId, mutations: batch.mutations });
    await rebase(db, http, await settle(db, batch, reply));
    sent += rows.length;
  }
}
