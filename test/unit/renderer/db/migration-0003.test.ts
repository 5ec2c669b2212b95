import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../renderer/src/db/context';
import { DATABASE_VERSION, OvopDatabase } from '../../../../renderer/src/db/database';
import { VERSION_1_STORES } from '../../../../renderer/src/db/migrations/0001-initial';
import { VERSION_2_STORES } from '../../../../renderer/src/db/migrations/0002-letter-register';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { generateRegister } from '../../../support/seed/generate-register';
import { registerRecords } from '../../../support/seed/seed-database';
import { createRegionCatalog } from '../../../../renderer/src/regions';
import { seedVersionFixture } from '../../../support/factories/db';
import { nodeRegionSource } from '../../../support/factories/regions';

describe('migration 0003 (lean IKM indexes) on a version-2 register', () => {
  it('keeps every IKM, product and sentra, and the grid still filters, sorts and searches', async () => {
    const regions = [...(await createRegionCatalog(nodeRegionSource()).loadDesa('63.03.07'))];
    const records = registerRecords(
      generateRegister({ ikm: 30, sentra: 4, seed: 3, regions, at: '2025-05-01T00:00:00.000Z' }),
    );
    const name = `migration-0003-${Math.random().toString(36).slice(2)}`;
    await seedVersionFixture(name, 2, { ...VERSION_1_STORES, ...VERSION_2_STORES }, records);

    const db = new OvopDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    const byId = (a: { id: string }, b: { id: string }): number =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    expect(await db.enterprises.toArray()).toEqual([...records.enterprises].sort(byId));
    expect(await db.products.count()).toBe(records.products.length);
    expect(await db.sentras.count()).toBe(records.sentras.length);
    expect(db.enterprises.schema.indexes.map((i) => i.name)).not.toContain('kabKotaCode');

    const repo = enterpriseRepository(createContext(db));
    const sample = records.enterprises[0];
    const byNib = await repo.page({
      filter: { kabKotaCode: '63.03' },
      sort: { field: 'nib', direction: 'asc' },
      offset: 0,
      limit: 100,
    });
    expect(byNib.total).toBe(30);
    expect(byNib.rows.map((r) => r.nib)).toEqual(records.enterprises.map((e) => e.nib).sort());
    const found = await repo.page({
      filter: { text: sample?.nib ?? '' },
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(found.rows.map((r) => r.id)).toEqual([sample?.id]);
    expect(await repo.findByNib(sample?.nib ?? '')).toMatchObject({ id: sample?.id });
    db.close();
  });
});
