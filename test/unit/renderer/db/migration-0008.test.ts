import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../renderer/src/db/context';
import { DATABASE_VERSION, OvopDatabase } from '../../../../renderer/src/db/database';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import { VERSION_2_STORES } from '../../../../renderer/src/db/migrations/0002-letter-register';
import { VERSION_3_STORES } from '../../../../renderer/src/db/migrations/0003-lean-enterprise-indexes';
import { VERSION_4_STORES } from '../../../../renderer/src/db/migrations/0004-register-stats';
import { VERSION_5_STORES } from '../../../../renderer/src/db/migrations/0005-sync';
import { auditRepository } from '../../../../renderer/src/db/repositories/audit-repository';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { runBulkImport } from '../../../../renderer/src/db/safety/import-journal';
import { createRegionCatalog } from '../../../../renderer/src/regions';
import { formOf, seedVersionFixture } from '../../../support/factories/db';
import { nodeRegionSource } from '../../../support/factories/regions';
import { makeEnterprise } from '../../../support/factories/register';
import { generateRegister } from '../../../support/seed/generate-register';
import { registerRecords } from '../../../support/seed/seed-database';

const indexNames = (db: OvopDatabase, table: 'audit' | 'products' | 'credentials'): string[] =>
  db.table(table).schema.indexes.map((i) => i.name);

describe('migration 0008 (one audit row per import) on a version-7 register', () => {
  it('keeps every row and the per-record history written before, and indexes what an import lists', async () => {
    const regions = [...(await createRegionCatalog(nodeRegionSource()).loadDesa('63.03.07'))];
    const records = registerRecords(
      generateRegister({ ikm: 20, sentra: 3, seed: 8, regions, at: '2025-05-01T00:00:00.000Z' }),
    );
    const first = records.enterprises[0] as { id: string; nib: string };
    // Before version 8 an import wrote one `create` row per IKM.
    const oldAudit = {
      id: 'audit-lama-1',
      at: '2025-05-01T00:00:00.000Z',
      user: 'Rina',
      entity: 'enterprise',
      entityId: first.id,
      action: 'create',
      changes: [{ field: 'nib', before: null, after: first.nib }],
    };
    const name = `migration-0008-${Math.random().toString(36).slice(2)}`;
    const stores = { ...VERSION_1_STORES, ...VERSION_2_STORES, ...VERSION_3_STORES };
    await seedVersionFixture(
      name,
      7,
      { ...stores, ...VERSION_4_STORES, ...VERSION_5_STORES },
      { ...records, audit: [oldAudit] },
    );

    const db = new OvopDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    expect(await db.enterprises.count()).toBe(records.enterprises.length);
    expect(await db.products.count()).toBe(records.products.length);
    expect(await db.audit.toArray()).toEqual([oldAudit]);
    expect(indexNames(db, 'audit')).toContain('recordIds');
    expect(indexNames(db, 'audit')).not.toContain('user');
    expect(indexNames(db, 'products')).toEqual(['enterpriseId']);
    expect(indexNames(db, 'credentials')).toEqual(['enterpriseId']);

    const ctx = createContext(db);
    const audit = auditRepository(ctx);
    expect((await audit.history('enterprise', first.id)).map((a) => a.id)).toEqual([
      'audit-lama-1',
    ]);
    const repo = enterpriseRepository(ctx);
    expect((await repo.get(first.id))?.nib).toBe(first.nib);

    // An import after the upgrade: its one row shows in the new IKM's history.
    await runBulkImport(ctx, 'import-ikm', 1, (log) =>
      repo.bulkCreate(
        [formOf(makeEnterprise({ name: 'UD Baru Sesudah', nib: '9120000009999' }))],
        [],
        log,
      ),
    );
    const created = await repo.findByNib('9120000009999');
    expect((await audit.history('enterprise', created?.id ?? '')).map((a) => a.action)).toEqual([
      'import',
    ]);
    expect((await audit.history('enterprise', first.id)).map((a) => a.id)).toEqual([
      'audit-lama-1',
    ]);
    db.close();
  });
});
