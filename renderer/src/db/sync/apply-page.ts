import Dexie, { type Table } from 'dexie';
import { SYNC_KINDS, type SyncKind } from '@shared/sync/kinds';
import type { PullResponse } from '@shared/sync/protocol.schema';
import type { OvopDatabase } from '../database';
import type { EnterpriseRecord, SyncStateRecord } from '../registers/records';
import { markRemote } from './outbox-middleware';
import {
  commoditiesOf,
  pendingByKey,
  planPage,
  withPending,
  type PlannedChange,
  type Row,
} from './page-plan';
import { SYNC_CURSOR_KEY } from './sync-keys';
import { storedRecordOf } from './stored-record';

export function syncTables(db: OvopDatabase): Table[] {
  return [...SYNC_KINDS.map((k) => db.table(k)), db.outbox, db.syncState, db.syncVersions];
}

const table = (db: OvopDatabase, kind: SyncKind) => db.table<Row, string>(kind);
const idOf = (row: Row | undefined, field: string) =>
  typeof row?.[field] === 'string' ? (row[field] as string) : undefined;

/** The stored rows the page replaces, read with one `bulkGet` per kind. */
async function previousOf(db: OvopDatabase, planned: readonly PlannedChange[]) {
  const previous = new Map<string, Row | undefined>();
  for (const kind of new Set(planned.map((p) => p.kind))) {
    const ofKind = planned.filter((p) => p.kind === kind);
    const rows = await table(db, kind).bulkGet(ofKind.map((p) => p.id));
    ofKind.forEach((p, i) => previous.set(p.key, rows[i]));
  }
  return previous;
}

/** Unpushed local changes to the page's records, in one query (none at all on a new PC). */
async function pendingOf(db: OvopDatabase, planned: readonly PlannedChange[]) {
  if ((await db.outbox.count()) === 0) return new Map();
  const rows = await db.outbox
    .where('[kind+id]')
    .anyOf(planned.map((p) => [p.kind, p.id]))
    .toArray();
  return pendingByKey(rows);
}

/**
 * Applies one pulled page in ONE transaction, with the cursor (and `alsoSave`, the pull's progress):
 * a crash leaves the page wholly applied with its cursor saved, or not at all (the next pull asks
 * for it again). The transaction is marked remote, so nothing is recorded in the outbox; the IKM
 * counts follow through their middleware, the search index through the records' index keys, and the
 * values kept on records (a sentra's IKM count, an IKM's commodity) are recomputed for the records
 * the page touched. Reads and writes are in bulk; everything else is computed in memory, and the
 * records are checked before the transaction opens (only Dexie operations are awaited inside it).
 */
export async function applyPage(
  db: OvopDatabase,
  page: PullResponse,
  alsoSave: readonly SyncStateRecord[] = [],
): Promise<void> {
  const planned = planPage(page.changes);
  await db.transaction('rw', syncTables(db), async () => {
    markRemote(Dexie.currentTransaction.idbtrans);
    const previous = await previousOf(db, planned);
    const pending = await pendingOf(db, planned);
    const entities = new Map<string, Row>();
    for (const p of planned)
      if (p.entity) entities.set(p.key, withPending(p.entity, pending.get(p.key)));

    const records = new Map<string, Row>();
    const put = (p: PlannedChange, beside = {}) => {
      const entity = entities.get(p.key);
      if (entity) records.set(p.key, storedRecordOf(p.kind, entity, previous.get(p.key), beside));
    };
    const of = (kind: SyncKind) => planned.filter((p) => p.kind === kind);
    for (const p of planned) if (p.kind !== 'enterprises' && p.kind !== 'sentras') put(p);

    // IKM commodity: from the IKM's products as they stand after this page.
    const owners = new Set<string>(of('enterprises').map((p) => p.id));
    for (const p of of('products'))
      for (const row of [previous.get(p.key), records.get(p.key)]) {
        const owner = idOf(row, 'enterpriseId');
        if (owner) owners.add(owner);
      }
    const commodity = await commoditiesAfter(db, owners, of('products'), records);
    for (const p of of('enterprises')) put(p, { commodity: commodity.get(p.id) });
    await writeKinds(db, planned, { previous, records }, (kind) => kind !== 'sentras');
    await refreshCommodities(db, owners, new Set(of('enterprises').map((p) => p.id)), commodity);

    // Sentra counts: live IKM per sentra, counted after the page's IKM are written.
    const sentras = new Set<string>(of('sentras').map((p) => p.id));
    for (const p of of('enterprises'))
      for (const row of [previous.get(p.key), records.get(p.key)]) {
        const sentra = idOf(row, 'sentraId');
        if (sentra) sentras.add(sentra);
      }
    const counts = new Map<string, number>();
    for (const id of sentras) counts.set(id, await liveEnterprisesOf(db, id));
    for (const p of of('sentras')) put(p, { enterpriseCount: counts.get(p.id) ?? 0 });
    await writeKinds(db, planned, { previous, records }, (kind) => kind === 'sentras');
    await refreshCounts(db, sentras, new Set(of('sentras').map((p) => p.id)), counts);

    const kept = planned.filter((p) => records.has(p.key));
    await db.syncVersions.bulkPut(kept.map((p) => ({ key: p.key, version: p.version })));
    await db.syncVersions.bulkDelete(planned.filter((p) => !records.has(p.key)).map((p) => p.key));
    await db.syncState.bulkPut([{ key: SYNC_CURSOR_KEY, value: page.cursor }, ...alsoSave]);
  });
}

interface Written {
  readonly previous: ReadonlyMap<string, Row | undefined>;
  readonly records: ReadonlyMap<string, Row>;
}

/** Live IKM of a sentra, counted on the grid's index keys (no record is read). */
function liveEnterprisesOf(db: OvopDatabase, sentraId: string): Promise<number> {
  return db.enterprises
    .where('[live+sentraId+nameKey]')
    .between([1, sentraId, Dexie.minKey], [1, sentraId, Dexie.maxKey])
    .count();
}

async function commoditiesAfter(
  db: OvopDatabase,
  owners: ReadonlySet<string>,
  pageProducts: readonly PlannedChange[],
  records: ReadonlyMap<string, Row>,
) {
  if (owners.size === 0) return new Map<string, unknown>();
  const stored = await db.products
    .where('enterpriseId')
    .anyOf([...owners])
    .toArray();
  const after = new Map<string, Row>(stored.map((r) => [r.id, r as unknown as Row]));
  for (const p of pageProducts) {
    const record = records.get(p.key);
    if (record) after.set(p.id, record);
    else after.delete(p.id);
  }
  return commoditiesOf([...after.values()].filter((r) => owners.has(String(r.enterpriseId))));
}

async function writeKinds(
  db: OvopDatabase,
  planned: readonly PlannedChange[],
  { previous, records }: Written,
  which: (kind: SyncKind) => boolean,
) {
  for (const kind of new Set(planned.map((p) => p.kind))) {
    if (!which(kind)) continue;
    const ofKind = planned.filter((p) => p.kind === kind);
    const added: Row[] = [];
    const replaced: Row[] = [];
    for (const p of ofKind) {
      const record = records.get(p.key);
      if (record) (previous.get(p.key) ? replaced : added).push(record);
    }
    const gone = ofKind.filter((p) => !records.has(p.key)).map((p) => p.id);
    if (gone.length > 0) await table(db, kind).bulkDelete(gone);
    if (replaced.length > 0) await table(db, kind).bulkPut(replaced);
    // Read absent in this transaction: added as new (the counts need no earlier row).
    if (added.length > 0) await table(db, kind).bulkAdd(added);
  }
}

/** IKM outside the page whose products changed: their commodity follows. */
async function refreshCommodities(
  db: OvopDatabase,
  owners: ReadonlySet<string>,
  inPage: ReadonlySet<string>,
  commodity: ReadonlyMap<string, unknown>,
) {
  const ids = [...owners].filter((id) => !inPage.has(id));
  if (ids.length === 0) return;
  const rows = await db.enterprises.bulkGet(ids);
  const changed = rows.flatMap((row) => {
    if (!row || row.commodity === commodity.get(row.id)) return [];
    const { commodity: _old, ...rest } = row;
    const next = commodity.get(row.id) as EnterpriseRecord['commodity'];
    return [next === undefined ? rest : { ...rest, commodity: next }];
  });
  if (changed.length > 0) await db.enterprises.bulkPut(changed);
}

/** Sentras outside the page whose IKM changed: their count follows. */
async function refreshCounts(
  db: OvopDatabase,
  sentras: ReadonlySet<string>,
  inPage: ReadonlySet<string>,
  counts: ReadonlyMap<string, number>,
) {
  const ids = [...sentras].filter((id) => !inPage.has(id));
  if (ids.length === 0) return;
  const rows = await db.sentras.bulkGet(ids);
  const changed = rows.flatMap((row) =>
    row && row.enterpriseCount !== counts.get(row.id)
      ? [{ ...row, enterpriseCount: counts.get(row.id) ?? 0 }]
      : [],
  );
  if (changed.length > 0) await db.sentras.bulkPut(changed);
}
