import { createContext, enterpriseRepository, restoreAll } from '../../../renderer/src/db';
import { OvopDatabase } from '../../../renderer/src/db/database';
import { generateRegister, type GeneratedRegister } from '../../support/seed/generate-register';
import { registerSnapshot, seedDatabase } from '../../support/seed/seed-database';
import { normaliseSearchText } from '../../../renderer/src/db/search/search-keys';
import type { EnterpriseRecord } from '../../../renderer/src/db/registers/records';
import { seedRegions } from './page-regions';
import type { BulkWriteResult, SearchResult } from './bench-api';

const AT = '2026-01-02T01:00:00.000Z';

async function register(ikm: number): Promise<GeneratedRegister> {
  return generateRegister({
    ikm,
    sentra: Math.max(1, Math.round(ikm / 20)),
    seed: 1,
    regions: await seedRegions('63'),
    at: AT,
  });
}

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('hapus basis data gagal'));
    request.onblocked = () => resolve();
  });
}

async function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('buka basis data gagal'));
  });
}

/**
 * Ours: `restoreAll` (validates every row with the domain schemas, then clears and bulk-adds in one
 * strict transaction) of a snapshot with `rows` IKM, their products and sentra. Peer: the same
 * records written with raw `put` in ONE IndexedDB transaction (strict durability too) into a
 * database with the identical schema (created by Dexie, then closed and reopened raw).
 */
export async function bulkWrite(rows: number): Promise<BulkWriteResult> {
  const generated = await register(rows);
  const snapshot = await registerSnapshot(generated, AT, 'bench');

  await deleteDatabase('bench-ours');
  const ours = new OvopDatabase('bench-ours');
  await ours.open();
  const t0 = performance.now();
  await restoreAll(ours, snapshot, () => new Date(AT));
  const oursMs = performance.now() - t0;
  ours.close();
  await deleteDatabase('bench-ours');

  await deleteDatabase('bench-peer');
  const schemaOnly = new OvopDatabase('bench-peer');
  await schemaOnly.open();
  schemaOnly.close();
  const raw = await rawOpen('bench-peer');
  const tables = {
    sentras: snapshot.tables.sentras,
    enterprises: snapshot.tables.enterprises,
    products: snapshot.tables.products,
  };
  const t1 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(Object.keys(tables), 'readwrite', { durability: 'strict' });
    for (const [name, list] of Object.entries(tables)) {
      const store = tx.objectStore(name);
      for (const row of list) store.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaksi gagal'));
  });
  const peerMs = performance.now() - t1;
  raw.close();
  await deleteDatabase('bench-peer');
  return { oursMs, peerMs, rows };
}

/** Seeds a fresh database with `rows` IKM through the seed helper (one bulk transaction). */
export async function seed(rows: number, dbName: string): Promise<number> {
  await deleteDatabase(dbName);
  const db = new OvopDatabase(dbName);
  await db.open();
  await seedDatabase(db, await register(rows));
  const count = await db.enterprises.count();
  db.close();
  return count;
}

/** The in-memory peer: filter + every-word prefix match, sort by name key, first page of 100. */
function linearScan(all: readonly EnterpriseRecord[], kabKotaCode: string, text: string): number {
  const terms = normaliseSearchText(text).split(' ').filter(Boolean);
  const hits = all.filter(
    (r) =>
      r.live === 1 &&
      r.kabKotaCode === kabKotaCode &&
      terms.every((t) => r.words.some((w) => w.startsWith(t))),
  );
  hits.sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
  return hits.slice(0, 100).length > 0 ? hits.length : 0;
}

/**
 * As-you-type search with a kab/kota filter: each keystroke asks the repository for the first page
 * of 100 (what the grid requests), then the peer answers the same query over an in-memory array.
 */
export async function search(
  rows: number,
  dbName: string,
  words: readonly string[],
): Promise<SearchResult> {
  const db = new OvopDatabase(dbName);
  await db.open();
  if ((await db.enterprises.count()) !== rows) throw new Error('basis data belum diisi');
  const repo = enterpriseRepository(createContext(db));
  const t = performance.now();
  await repo.prepareSearch();
  const indexLoadMs = performance.now() - t;
  const all = await db.enterprises.toArray();
  const kabCounts = new Map<string, number>();
  for (const r of all) kabCounts.set(r.kabKotaCode, (kabCounts.get(r.kabKotaCode) ?? 0) + 1);
  const kabKotaCode = [...kabCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const text = words.join(' ');
  const oursMs: number[] = [];
  const peerMs: number[] = [];
  let lastTotal = 0;
  for (let i = 1; i <= text.length; i++) {
    const typed = text.slice(0, i);
    if (typed.endsWith(' ')) continue;
    const t0 = performance.now();
    const page = await repo.page({
      filter: { kabKotaCode, text: typed },
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 100,
    });
    oursMs.push(performance.now() - t0);
    lastTotal = page.total;
    const t1 = performance.now();
    linearScan(all, kabKotaCode, typed);
    peerMs.push(performance.now() - t1);
  }
  db.close();
  return { oursMs, peerMs, keystrokes: oursMs.length, lastTotal, indexLoadMs };
}
