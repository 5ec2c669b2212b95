import Dexie, { type Table } from 'dexie';
import {
  SYNC_KINDS,
  SYNC_KIND_LABELS,
  SYNC_RECORD_SCHEMAS,
  type SyncKind,
} from '@shared/sync/kinds';
import type { PullResponse } from '@shared/sync/protocol.schema';
import type { OvopDatabase } from '../database';
import { markRemote } from './outbox-middleware';
import { SYNC_CURSOR_KEY } from './sync-keys';
import { commodityOf, liveEnterprisesOf, storedRecordOf } from './stored-record';
import { versionKey } from './wire-shape';

type Row = Record<string, unknown>;

/** A pulled record the shared schemas refuse: the page is not applied and the cursor stays. */
class PulledRecordError extends Error {
  constructor(kind: SyncKind, id: string, detail: string) {
    super(`${SYNC_KIND_LABELS[kind]} ${id} dari server tidak sah: ${detail}`);
    this.name = 'PulledRecordError';
  }
}

export function syncTables(db: OvopDatabase): Table[] {
  return [...SYNC_KINDS.map((k) => db.table(k)), db.outbox, db.syncState, db.syncVersions];
}

function entityOf(kind: SyncKind, id: string, data: Row): Row {
  const parsed = SYNC_RECORD_SCHEMAS[kind].safeParse({ ...data, id });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PulledRecordError(kind, id, issue?.message ?? 'data tidak sah');
  }
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
}

/** Local changes not yet pushed stay on top of what the server sent, until they are pushed. */
async function withPending(db: OvopDatabase, kind: SyncKind, id: string, entity: Row) {
  const pending = await db.outbox.where('[kind+id]').equals([kind, id]).sortBy('seq');
  const out = { ...entity };
  for (const row of pending)
    for (const [field, value] of Object.entries(row.changes ?? {}))
      if (value === null) delete out[field];
      else out[field] = value;
  return out;
}

/**
 * Applies one pulled page in ONE transaction, with the cursor: a crash leaves the page wholly
 * applied with its cursor saved, or not at all (the next pull asks for it again). The transaction is
 * marked remote, so nothing is recorded in the outbox; the IKM counts follow through their
 * middleware, the search index through Dexie's change events, and the counts kept on records (a
 * sentra's IKM, an IKM's commodity) are recomputed here for the records the page touched.
 */
export async function applyPage(db: OvopDatabase, page: PullResponse): Promise<void> {
  await db.transaction('rw', syncTables(db), async () => {
    markRemote(Dexie.currentTransaction.idbtrans);
    const sentrasTouched = new Set<string>();
    const enterprisesTouched = new Set<string>();
    const touch = (kind: SyncKind, row: Row | undefined) => {
      if (!row) return;
      if (kind === 'enterprises' && typeof row.sentraId === 'string')
        sentrasTouched.add(row.sentraId);
      if (kind === 'products' && typeof row.enterpriseId === 'string')
        enterprisesTouched.add(row.enterpriseId);
    };
    for (const change of page.changes) {
      const table = db.table<Row, string>(change.kind);
      const previous = await table.get(change.id);
      touch(change.kind, previous);
      const key = versionKey(change.kind, change.id);
      if (change.deleted || change.removed || !change.data) {
        if (previous) await table.delete(change.id);
        await db.syncVersions.delete(key);
        continue;
      }
      const entity = await withPending(
        db,
        change.kind,
        change.id,
        entityOf(change.kind, change.id, change.data),
      );
      const record = await storedRecordOf(db, change.kind, entity, previous);
      await table.put(record);
      touch(change.kind, record);
      await db.syncVersions.put({ key, version: change.version });
    }
    for (const id of enterprisesTouched) {
      const row = await db.enterprises.get(id);
      if (!row) continue;
      const commodity = await commodityOf(db, id);
      if (row.commodity === commodity) continue;
      const { commodity: _old, ...rest } = row;
      await db.enterprises.put(commodity ? { ...rest, commodity } : rest);
    }
    for (const id of sentrasTouched) {
      const row = await db.sentras.get(id);
      const count = await liveEnterprisesOf(db, id);
      if (row && row.enterpriseCount !== count)
        await db.sentras.put({ ...row, enterpriseCount: count });
    }
    await db.syncState.put({ key: SYNC_CURSOR_KEY, value: page.cursor });
  });
}
