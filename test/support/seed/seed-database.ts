import { DATABASE_VERSION, type OvopDatabase } from '../../../renderer/src/db/database';
import {
  enterpriseDerived,
  freshMeta,
  sentraDerived,
} from '../../../renderer/src/db/registers/record-mappers';
import type {
  EnterpriseRecord,
  ProductRecord,
  SentraRecord,
} from '../../../renderer/src/db/registers/records';
import { SNAPSHOT_FORMAT, type RegisterSnapshot } from '../../../renderer/src/db/safety/snapshot';
import {
  BACKUP_FORMAT_VERSION,
  snapshotDigest,
} from '../../../renderer/src/db/safety/snapshot-manifest';
import type { GeneratedRegister } from './generate-register';

/** Records exactly as the repositories would store them (same derived keys and counters). */
export function registerRecords(register: GeneratedRegister): {
  sentras: SentraRecord[];
  enterprises: EnterpriseRecord[];
  products: ProductRecord[];
} {
  const counts = new Map<string, number>();
  for (const e of register.enterprises)
    if (e.sentraId) counts.set(e.sentraId, (counts.get(e.sentraId) ?? 0) + 1);
  const firstCommodity = new Map<string, ProductRecord['commodity']>();
  for (const p of register.products)
    if (!firstCommodity.has(p.enterpriseId)) firstCommodity.set(p.enterpriseId, p.commodity);
  return {
    sentras: register.sentras.map((s) => ({
      ...s,
      ...sentraDerived(s, counts.get(s.id) ?? 0),
      ...freshMeta(s.deletedAt),
    })),
    enterprises: register.enterprises.map((e) => ({
      ...e,
      ...enterpriseDerived(e, firstCommodity.get(e.id)),
      ...freshMeta(e.deletedAt),
    })),
    products: register.products.map((p) => ({ ...p, ...freshMeta(p.deletedAt) })),
  };
}

/** Writes a generated register straight into a database in one transaction (dev and benchmarks). */
export async function seedDatabase(db: OvopDatabase, register: GeneratedRegister): Promise<void> {
  const records = registerRecords(register);
  await db.transaction('rw', db.sentras, db.enterprises, db.products, async () => {
    await db.sentras.bulkAdd(records.sentras);
    await db.enterprises.bulkAdd(records.enterprises);
    await db.products.bulkAdd(records.products);
  });
}

/** The same register as a snapshot file that `restoreAll` (Pulihkan cadangan) accepts. */
export async function registerSnapshot(
  register: GeneratedRegister,
  exportedAt: string,
  registerId: string,
): Promise<RegisterSnapshot> {
  const records = registerRecords(register);
  const empty: readonly unknown[] = [];
  const tables = {
    offices: empty,
    settings: empty,
    decrees: empty,
    credentials: empty,
    attachments: empty,
    blobs: [],
    thumbnails: empty,
    awards: empty,
    rounds: empty,
    nominations: empty,
    letters: empty,
    letterRegister: empty,
    audit: empty,
    importJournal: empty,
    sentras: records.sentras,
    enterprises: records.enterprises,
    products: records.products,
  };
  const counts = Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.length]),
  );
  const covered = { schemaVersion: DATABASE_VERSION, exportedAt, registerId, counts, tables };
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    manifest: { algorithm: 'SHA-256', digest: await snapshotDigest(covered) },
    ...covered,
  };
}
