import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { OutboxRecord, SyncVersionRecord } from '../registers/records';
import { changedFields, isSyncKind, versionKey, wireOf } from './wire-shape';
import { SYNC_CONFIG_KEY } from './sync-keys';

/**
 * Every local write to a synced table records its change in `outbox` inside the same transaction,
 * so a change and its outbox row commit or vanish together (a change that never committed is never
 * sent). Only while this PC is connected to a server (the `syncState` connection row exists,
 * read in the transaction itself, so another window connecting is seen at once); without a server
 * nothing is recorded. Writes of the sync module applying pulled changes are marked with
 * `markRemote` and not recorded again.
 */
const OUTBOX = 'outbox';
const STATE = 'syncState';
const VERSIONS = 'syncVersions';

const remote = new WeakSet<DBCoreTransaction>();
const enabledIn = new WeakMap<DBCoreTransaction, Promise<boolean>>();

/** Marks a transaction (Dexie's `idbtrans`) as applying the server's changes. */
export function markRemote(trans: object): void {
  remote.add(trans as DBCoreTransaction);
}

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return names?.contains(name) ?? false;
}

function syncEnabled(down: DBCore, trans: DBCoreTransaction): Promise<boolean> {
  let known = enabledIn.get(trans);
  if (!known) {
    known = (down.table(STATE).get({ trans, key: SYNC_CONFIG_KEY }) as Promise<unknown>).then(
      (row) => row !== undefined,
    );
    enabledIn.set(trans, known);
  }
  return known;
}

async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'deleteRange') {
    const found = await table.query({
      trans: req.trans,
      values: false,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    return found.result;
  }
  if (req.type === 'delete') return req.keys;
  return req.keys ?? req.values.map((v: { id?: unknown }) => v.id);
}

interface Recorded {
  readonly keys: unknown[];
  readonly before: unknown[];
  readonly seen: (SyncVersionRecord | undefined)[];
}

function outboxRows(
  kind: string,
  req: DBCoreMutateRequest,
  { keys, before, seen }: Recorded,
  response: DBCoreMutateResponse,
): OutboxRecord[] {
  if (!isSyncKind(kind)) return [];
  const rows: OutboxRecord[] = [];
  keys.forEach((key, i) => {
    if (response.failures[i] !== undefined) return;
    const id = String(key);
    const baseVersion = seen[i]?.version ?? 0;
    const old = wireOf(kind, before[i]);
    const next = req.type === 'put' || req.type === 'add' ? wireOf(kind, req.values[i]) : undefined;
    if (!next) {
      if (old) rows.push({ kind, id, op: 'delete', baseVersion });
      return;
    }
    const changes = changedFields(old, next);
    if (Object.keys(changes).length > 0) rows.push({ kind, id, op: 'put', changes, baseVersion });
  });
  return rows;
}

/**
 * Chained with Dexie's promise (not `await`): a write outside an explicit transaction runs in
 * Dexie's zone only as long as each step is a Dexie promise continuation, and the layers below
 * (hooks) need that zone.
 */
function mutateRecorded(
  down: DBCore,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const kind = table.name;
  if (!isSyncKind(kind) || remote.has(trans) || !hasStore(trans, OUTBOX)) return table.mutate(req);
  const P = Dexie.Promise;
  return P.resolve(syncEnabled(down, trans)).then((enabled) => {
    if (!enabled) return table.mutate(req);
    return P.resolve(keysOf(table, req)).then((keys) => {
      const versionKeys = keys.map((k) => versionKey(kind, String(k)));
      return P.all([
        req.type === 'add' ? [] : table.getMany({ trans, keys }),
        down.table(VERSIONS).getMany({ trans, keys: versionKeys }),
      ]).then(([before, seen]) => {
        // A range delete (a cleared table) goes down as a delete of the keys it covers.
        const down1 = req.type === 'deleteRange' ? { trans, type: 'delete' as const, keys } : req;
        return P.resolve(table.mutate(down1)).then((response) => {
          const rows = outboxRows(kind, req, { keys, before, seen }, response);
          if (rows.length === 0) return response;
          return P.resolve(down.table(OUTBOX).mutate({ trans, type: 'add', values: rows })).then(
            () => response,
          );
        });
      });
    });
  });
}

export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'syncOutbox',
  create(down) {
    const ready = down.schema.tables.some((t) => t.name === OUTBOX);
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          ready && mode === 'readwrite' && stores.some(isSyncKind)
            ? [...new Set([...stores, OUTBOX, STATE, VERSIONS])]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isSyncKind(name)) return table;
        return { ...table, mutate: (req) => mutateRecorded(down, table, req) };
      },
    };
  },
};
