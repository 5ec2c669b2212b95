import { SYNC_KIND_LABELS, SYNC_RECORD_SCHEMAS, type SyncKind } from '@shared/sync/kinds';
import type { PulledChange } from '@shared/sync/protocol.schema';
import type { OutboxRecord } from '../registers/records';
import { versionKey } from './wire-shape';

export type Row = Record<string, unknown>;

/** A pulled record the shared schemas refuse: the page is not applied and the cursor stays. */
class PulledRecordError extends Error {
  constructor(kind: SyncKind, id: string, detail: string) {
    super(`${SYNC_KIND_LABELS[kind]} ${id} dari server tidak sah: ${detail}`);
    this.name = 'PulledRecordError';
  }
}

/** One record of a page: the server's entity, or `undefined` when it is to be removed locally. */
export interface PlannedChange {
  readonly kind: SyncKind;
  readonly id: string;
  readonly key: string;
  readonly version: number;
  readonly entity: Row | undefined;
}

function entityOf(kind: SyncKind, id: string, data: Row): Row {
  const parsed = SYNC_RECORD_SCHEMAS[kind].safeParse({ ...data, id });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PulledRecordError(kind, id, issue?.message ?? 'data tidak sah');
  }
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
}

/**
 * The page checked with the shared schemas, before any transaction is opened (a refused record
 * leaves the register and the cursor untouched). A record listed twice keeps its last state.
 */
export function planPage(changes: readonly PulledChange[]): PlannedChange[] {
  const latest = new Map<string, PlannedChange>();
  for (const change of changes) {
    const key = versionKey(change.kind, change.id);
    const gone = change.deleted || change.removed === true || !change.data;
    latest.delete(key);
    latest.set(key, {
      kind: change.kind,
      id: change.id,
      key,
      version: change.version,
      entity: gone || !change.data ? undefined : entityOf(change.kind, change.id, change.data),
    });
  }
  return [...latest.values()];
}

/** Local changes not yet pushed stay on top of what the server sent, until they are pushed. */
export function withPending(entity: Row, pending: readonly OutboxRecord[] | undefined): Row {
  if (!pending || pending.length === 0) return entity;
  const out = { ...entity };
  for (const row of pending)
    for (const [field, value] of Object.entries(row.changes ?? {}))
      if (value === null) delete out[field];
      else out[field] = value;
  return out;
}

/** Pending outbox rows by version key, oldest first. */
export function pendingByKey(rows: readonly OutboxRecord[]): Map<string, OutboxRecord[]> {
  const byKey = new Map<string, OutboxRecord[]>();
  for (const row of [...rows].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
    const key = versionKey(row.kind, row.id);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return byKey;
}

/**
 * Commodity of each IKM: that of its first live product by creation time, as the repository
 * derives it. `products` are the IKM's products as they stand after the page.
 */
export function commoditiesOf(products: readonly Row[]): Map<string, unknown> {
  const text = (v: unknown) => String(v ?? '');
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const sorted = [...products].sort(
    (a, b) => order(text(a.createdAt), text(b.createdAt)) || order(text(a.id), text(b.id)),
  );
  const out = new Map<string, unknown>();
  for (const p of sorted) {
    const owner = String(p.enterpriseId);
    if (p.deletedAt === undefined && !out.has(owner)) out.set(owner, p.commodity);
  }
  return out;
}
